package com.verbatim.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The batcher with a fake model that can be held inside a run by a latch, so the tests decide which
 * questions arrive while a batch runs; nothing depends on timing.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class QuestionBatcherTest {

  private final ExecutorService pool = Executors.newCachedThreadPool();

  /** A model whose first run waits for {@code release}; records each run's questions. */
  private static final class FakeModel implements Function<List<String>, List<float[]>> {
    final List<List<String>> runs = new ArrayList<>();
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    volatile String failOn;

    @Override
    public List<float[]> apply(List<String> questions) {
      synchronized (runs) {
        runs.add(List.copyOf(questions));
      }
      entered.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      if (questions.contains(failOn)) {
        throw new IllegalStateException("model failed on " + failOn);
      }
      List<float[]> out = new ArrayList<>();
      questions.forEach(q -> out.add(new float[] {q.length(), q.charAt(0)}));
      return out;
    }

    List<List<String>> runs() {
      synchronized (runs) {
        return List.copyOf(runs);
      }
    }
  }

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  private CompletableFuture<float[]> ask(QuestionBatcher batcher, String question) {
    return CompletableFuture.supplyAsync(() -> batcher.vector(question), pool);
  }

  /** Waits until {@code n} questions are queued behind the running batch; the class timeout bounds it. */
  private static void awaitQueued(QuestionBatcher batcher, int n) throws InterruptedException {
    while (batcher.queued() < n) {
      Thread.yield();
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
    }
  }

  @Test
  @DisplayName("a lone question runs at once, alone")
  void loneQuestion() {
    FakeModel model = new FakeModel();
    model.release.countDown();
    QuestionBatcher batcher = new QuestionBatcher(model, 16);

    assertThat(batcher.vector("abc")).containsExactly(3, 'a');
    assertThat(model.runs()).containsExactly(List.of("abc"));
  }

  @Test
  @DisplayName("questions that arrive while a batch runs go in one next run, and each caller gets its own vector")
  void concurrentCallersShareOneRun() throws Exception {
    FakeModel model = new FakeModel();
    QuestionBatcher batcher = new QuestionBatcher(model, 16);
    CompletableFuture<float[]> first = ask(batcher, "first");
    model.entered.await();
    CompletableFuture<float[]> b = ask(batcher, "bb");
    CompletableFuture<float[]> c = ask(batcher, "ccc");
    CompletableFuture<float[]> d = ask(batcher, "dddd");
    awaitQueued(batcher, 3);
    model.release.countDown();

    assertThat(first.get()).containsExactly(5, 'f');
    assertThat(b.get()).containsExactly(2, 'b');
    assertThat(c.get()).containsExactly(3, 'c');
    assertThat(d.get()).containsExactly(4, 'd');
    List<List<String>> runs = model.runs();
    assertThat(runs).hasSize(2);
    assertThat(runs.get(0)).containsExactly("first");
    assertThat(runs.get(1)).containsExactlyInAnyOrder("bb", "ccc", "dddd");
  }

  @Test
  @DisplayName("no run takes more questions than the cap; the rest go in the run after")
  void capRespected() throws Exception {
    FakeModel model = new FakeModel();
    QuestionBatcher batcher = new QuestionBatcher(model, 2);
    CompletableFuture<float[]> first = ask(batcher, "first");
    model.entered.await();
    List<CompletableFuture<float[]>> waiting = new ArrayList<>();
    for (String q : List.of("a1", "b22", "c333", "d4444", "e55555")) {
      waiting.add(ask(batcher, q));
    }
    awaitQueued(batcher, 5);
    model.release.countDown();

    first.get();
    for (int i = 0; i < waiting.size(); i++) {
      assertThat(waiting.get(i).get()[0]).isEqualTo(i + 2);
    }
    List<List<String>> runs = model.runs();
    assertThat(runs).allSatisfy(run -> assertThat(run).hasSizeLessThanOrEqualTo(2));
    assertThat(runs.stream().mapToInt(List::size).sum()).isEqualTo(6);
    assertThat(runs).hasSize(4);
  }

  @Test
  @DisplayName("a failing run fails every question of its batch, and the next batch works")
  void failureFailsTheBatchOnly() throws Exception {
    FakeModel model = new FakeModel();
    model.failOn = "bad";
    QuestionBatcher batcher = new QuestionBatcher(model, 16);
    CompletableFuture<float[]> first = ask(batcher, "first");
    model.entered.await();
    CompletableFuture<float[]> bad = ask(batcher, "bad");
    CompletableFuture<float[]> neighbour = ask(batcher, "neighbour");
    awaitQueued(batcher, 2);
    model.release.countDown();

    assertThat(first.get()).containsExactly(5, 'f');
    for (CompletableFuture<float[]> failed : List.of(bad, neighbour)) {
      assertThatThrownBy(failed::join).hasCauseInstanceOf(IllegalStateException.class)
          .hasRootCauseMessage("model failed on bad");
    }
    assertThat(batcher.vector("after")).containsExactly(5, 'a');
    assertThat(batcher.queued()).isZero();
  }

  @Test
  @DisplayName("the leader of a failing batch gets the model's own exception")
  void leaderSeesFailure() {
    FakeModel model = new FakeModel();
    model.release.countDown();
    model.failOn = "bad";
    QuestionBatcher batcher = new QuestionBatcher(model, 16);

    assertThatThrownBy(() -> batcher.vector("bad")).isInstanceOf(IllegalStateException.class)
        .hasMessage("model failed on bad");
    assertThat(batcher.vector("good")).containsExactly(4, 'g');
  }

  @Test
  @DisplayName("many concurrent callers each get the vector of their own question")
  void manyCallers() throws Exception {
    FakeModel model = new FakeModel();
    model.release.countDown();
    QuestionBatcher batcher = new QuestionBatcher(model, 4);
    List<CompletableFuture<float[]>> asks = new ArrayList<>();
    List<String> questions = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String q = (char) ('a' + i % 26) + "x".repeat(i);
      questions.add(q);
      asks.add(ask(batcher, q));
    }
    for (int i = 0; i < asks.size(); i++) {
      assertThat(asks.get(i).get()).containsExactly(questions.get(i).length(), questions.get(i).charAt(0));
    }
    assertThat(model.runs()).allSatisfy(run -> assertThat(run).hasSizeLessThanOrEqualTo(4));
    assertThat(model.runs().stream().mapToInt(List::size).sum()).isEqualTo(200);
  }
}
