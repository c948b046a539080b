package com.verbatim.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class QuestionVectorsTest {

  private final List<String> computed = new ArrayList<>();
  private final Function<String, float[]> embed = q -> {
    computed.add(q);
    return new float[] {q.length()};
  };

  @Test
  @DisplayName("a question asked again, in another case or spacing, is computed once")
  void cachesByNormalizedQuestion() {
    QuestionVectors vectors = new QuestionVectors(embed, 10);

    float[] first = vectors.vector("Who met  Wang Yi?");
    float[] again = vectors.vector(" who met wang yi? ");

    assertThat(again).isSameAs(first);
    assertThat(computed).containsExactly("who met wang yi?");
  }

  @Test
  @DisplayName("it holds at most its capacity and forgets the least recently used question first")
  void boundedLeastRecentlyUsed() {
    QuestionVectors vectors = new QuestionVectors(embed, 2);
    vectors.vector("a");
    vectors.vector("b");
    vectors.vector("a"); // a is now more recent than b
    vectors.vector("c"); // evicts b

    assertThat(vectors.size()).isEqualTo(2);
    vectors.vector("a");
    vectors.vector("b");
    assertThat(computed).containsExactly("a", "b", "c", "b");
  }

  @Test
  @DisplayName("two asks of the same new question at once share one computation")
  void concurrentAsksShareOneComputation() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger runs = new AtomicInteger();
    QuestionVectors vectors = new QuestionVectors(q -> {
      runs.incrementAndGet();
      entered.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      return new float[] {q.length()};
    }, 10);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<float[]> first = pool.submit(() -> vectors.vector("Who won?"));
      entered.await();
      Future<float[]> second = pool.submit(() -> vectors.vector("who won?"));
      while (vectors.shared() == 0) {
        Thread.yield();
      }
      release.countDown();

      assertThat(second.get()).isSameAs(first.get());
      assertThat(runs).hasValue(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @DisplayName("a failed computation is not remembered: the next ask computes again")
  void failureNotCached() {
    AtomicInteger runs = new AtomicInteger();
    QuestionVectors vectors = new QuestionVectors(q -> {
      if (runs.incrementAndGet() == 1) {
        throw new IllegalStateException("model down");
      }
      return new float[] {1};
    }, 10);

    assertThatThrownBy(() -> vectors.vector("q")).hasMessage("model down");
    assertThat(vectors.vector("q")).containsExactly(1);
    assertThat(vectors.computing()).isZero();
  }
}
