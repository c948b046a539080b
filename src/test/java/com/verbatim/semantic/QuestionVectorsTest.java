package com.verbatim.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
}
