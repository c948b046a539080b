package com.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.verbatim.bus.ApiException;
import com.verbatim.bus.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
@DisplayName("The index's bounded pools")
class BoundedPoolTest {

  private final CountDownLatch release = new CountDownLatch(1);
  private final List<BoundedPool> pools = new ArrayList<>();

  @AfterEach
  void close() {
    release.countDown();
    pools.forEach(BoundedPool::close);
  }

  private BoundedPool pool(String name, int threads, int queue) {
    BoundedPool pool = new BoundedPool(name, threads, queue);
    pools.add(pool);
    return pool;
  }

  /** A task that tells when it started and then holds its thread until the test lets go. */
  private CompletableFuture<String> blocking(BoundedPool pool, CountDownLatch started) {
    return pool.submit(() -> {
      started.countDown();
      release.await();
      return "read";
    });
  }

  @Test
  @DisplayName("with every read thread busy and the read queue full, a write still runs and finishes at once")
  void writeIsNotQueuedBehindReads() throws Exception {
    BoundedPool reads = pool("reads", 2, 3);
    BoundedPool writes = pool("writes", 1, 4);
    CountDownLatch started = new CountDownLatch(2);
    List<CompletableFuture<String>> burst = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      burst.add(blocking(reads, started));
    }
    started.await();

    assertThat(writes.submit(() -> "written").get()).isEqualTo("written");
    assertThat(burst).noneMatch(CompletableFuture::isDone);
    assertThat(reads.queued()).isEqualTo(3);
    release.countDown();
    assertThat(CompletableFuture.allOf(burst.toArray(CompletableFuture[]::new)).thenApply(v -> "all")).succeedsWithin(
        java.time.Duration.ofSeconds(20));
  }

  @Test
  @DisplayName("work past the threads and the queue is refused at once with 'overloaded'; accepted work still runs")
  void fullQueueIsOverloaded() throws Exception {
    BoundedPool reads = pool("reads", 1, 1);
    CountDownLatch started = new CountDownLatch(1);
    CompletableFuture<String> running = blocking(reads, started);
    started.await();
    CompletableFuture<String> waiting = reads.submit(() -> "queued");

    CompletableFuture<String> refused = reads.submit(() -> "never");

    assertThat(refused).isCompletedExceptionally();
    assertThatThrownBy(refused::get).isInstanceOf(ExecutionException.class).cause()
        .isInstanceOf(ApiException.class)
        .satisfies(e -> assertThat(((ApiException) e).code()).isEqualTo(ErrorCode.OVERLOADED))
        .hasMessageContaining("reads");
    assertThatThrownBy(() -> reads.execute(() -> { })).isInstanceOf(ApiException.class);
    release.countDown();
    assertThat(running.get()).isEqualTo("read");
    assertThat(waiting.get()).isEqualTo("queued");
  }

  @Test
  @DisplayName("one thread runs writes in the order they were submitted")
  void oneThreadKeepsOrder() throws Exception {
    BoundedPool writes = pool("writes", 1, 100);
    List<Integer> order = new ArrayList<>();
    List<CompletableFuture<Integer>> done = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      int n = i;
      done.add(writes.submit(() -> {
        synchronized (order) {
          order.add(n);
        }
        return n;
      }));
    }
    CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get();

    assertThat(order).isSorted().hasSize(50);
  }

  @Test
  @DisplayName("a closed pool refuses work as closed, not as overloaded; a task's own failure is passed on as is")
  void closedAndFailing() throws Exception {
    BoundedPool pool = pool("p", 1, 1);
    CompletableFuture<String> failing = pool.submit(() -> {
      throw new IllegalStateException("boom");
    });
    assertThatThrownBy(failing::get).cause().isInstanceOf(IllegalStateException.class).hasMessage("boom");

    pool.close(5);

    assertThatThrownBy(() -> pool.submit(() -> "late").get()).cause().isInstanceOf(RejectedExecutionException.class);
  }
}
