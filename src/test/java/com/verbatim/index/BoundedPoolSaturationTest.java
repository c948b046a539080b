package com.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.bus.ApiException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@DisplayName("BoundedPool says when it is saturated (the readiness check of the read queue)")
@Timeout(60)
class BoundedPoolSaturationTest {

  @Test
  @DisplayName("saturated exactly while every thread is busy and the queue full, i.e. while new work is refused")
  void saturated() throws Exception {
    try (BoundedPool pool = new BoundedPool("test-read", 1, 2)) {
      assertThat(pool.capacity()).isEqualTo(2);
      assertThat(pool.saturated()).isFalse();
      CountDownLatch running = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      CompletableFuture<Integer> busy = pool.submit(() -> {
        running.countDown();
        release.await();
        return 1;
      });
      assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
      CompletableFuture<Integer> first = pool.submit(() -> 2);
      assertThat(pool.saturated()).as("one of two queue places taken").isFalse();
      CompletableFuture<Integer> second = pool.submit(() -> 3);
      assertThat(pool.queued()).isEqualTo(2);
      assertThat(pool.saturated()).isTrue();
      Assertions.assertThatThrownBy(() -> pool.submit(() -> 4).get(30, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(ApiException.class);

      release.countDown();
      assertThat(CompletableFuture.allOf(busy, first, second).thenApply(v -> second.join()).get(30, TimeUnit.SECONDS))
          .isEqualTo(3);
      assertThat(pool.queued()).isZero();
    }
  }
}
