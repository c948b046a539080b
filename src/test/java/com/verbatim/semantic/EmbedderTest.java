package com.verbatim.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Runs the real model (loaded once, a few seconds); no server. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class EmbedderTest {

  private static Embedder embedder;

  @BeforeAll
  static void load() throws IOException {
    embedder = Embedder.load();
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  @Test
  @DisplayName("vectors have 384 dimensions and length 1")
  void normalized() {
    List<float[]> vectors = embedder.passages(List.of("Prices rose 5% in May.", "Short."));

    assertThat(vectors).hasSize(2);
    for (float[] v : vectors) {
      assertThat(v).hasSize(Embedder.DIMENSIONS);
      assertThat(Vectors.dot(v, v)).isCloseTo(1.0, within(1e-5));
    }
    assertThat(Vectors.dot(embedder.query("why did prices rise?"), embedder.query("why did prices rise?")))
        .isCloseTo(1.0, within(1e-5));
  }

  @Test
  @DisplayName("a paraphrase is closer than an unrelated sentence, and the answer is closest to its question")
  void meaning() {
    List<float[]> v = embedder.passages(List.of(
        "The minister resigned on Tuesday after the scandal.",
        "On Tuesday, the minister stepped down following the scandal.",
        "Heavy rain flooded the valley's vineyards."));
    float[] question = embedder.query("When did the minister quit?");

    assertThat(Vectors.cosine(v.get(0), v.get(1))).isGreaterThan(Vectors.cosine(v.get(0), v.get(2)) + 0.05);
    assertThat(Vectors.cosine(question, v.get(0))).isGreaterThan(Vectors.cosine(question, v.get(2)));
  }

  @Test
  @DisplayName("the same words as a query and as a passage get different vectors (the e5 prefixes)")
  void prefixes() {
    String text = "the minister resigned";

    assertThat(Vectors.cosine(embedder.query(text), embedder.passages(List.of(text)).get(0))).isLessThan(0.999);
  }

  @Test
  @DisplayName("batched passages come back in input order, each close to its vector embedded alone")
  void batchesKeepOrder() {
    List<String> texts = List.of("A long sentence about the budget, taxes, and the spending review of the year.",
        "Hi.", "Rain.", "The central bank kept rates unchanged.");
    List<float[]> batched = embedder.passages(texts);

    for (int i = 0; i < texts.size(); i++) {
      float[] alone = embedder.passages(List.of(texts.get(i))).get(0);
      // not identical: the quantized model scales activations over the whole batch
      assertThat(Vectors.cosine(batched.get(i), alone)).isGreaterThan(0.99);
    }
    assertThat(embedder.passages(List.of())).isEmpty();
  }

  @Test
  @DisplayName("the stored form (one byte per dimension) keeps the cosine to within 0.01")
  void storedForm() {
    List<float[]> v = embedder.passages(List.of("The minister resigned.", "Rain flooded the valley."));

    assertThat(Vectors.cosine(Vectors.decode(Vectors.encode(v.get(0))), v.get(1)))
        .isCloseTo(Vectors.cosine(v.get(0), v.get(1)), within(0.01));
  }

  @Test
  @DisplayName("a question batched with itself gets its lone vector; batched with others, one within cosine 0.99")
  void batchedQueries() {
    List<String> questions = List.of("Who won?", "Why did the minister resign on Tuesday after the scandal broke?",
        "How much did prices rise in May?", "Where is the stadium?");
    float[] alone = embedder.query(questions.get(0));

    for (float[] same : embedder.queries(List.of(questions.get(0), questions.get(0)))) {
      assertThat(Vectors.dot(same, alone)).isCloseTo(1.0, within(1e-6));
    }
    // not equal to float rounding: the quantized model scales its activations per tensor, so the other
    // questions of a run move a question's vector a little (cosine about 0.997 on the benchmark questions)
    List<float[]> batched = embedder.queries(questions);
    assertThat(batched).hasSize(questions.size());
    for (int i = 0; i < questions.size(); i++) {
      double cosine = Vectors.dot(batched.get(i), embedder.query(questions.get(i)));
      assertThat(cosine).as(questions.get(i)).isGreaterThan(0.99).isLessThanOrEqualTo(1.0 + 1e-6);
    }
  }
}
