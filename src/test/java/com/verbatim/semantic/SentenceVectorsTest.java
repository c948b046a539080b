package com.verbatim.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.index.Hit;
import com.verbatim.index.Occurrence;
import com.verbatim.index.SentenceIndex;
import com.verbatim.index.SentenceIndex.SentenceText;
import com.verbatim.model.NewArticle;
import com.verbatim.model.SplitArticle;
import com.verbatim.support.Samples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The vector backfill on a real index on disk, with a stand-in model so it runs in milliseconds. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SentenceVectorsTest {

  private static final String MODEL = "test-model";
  private static final SplitArticle FIRST = article("Alpha met Beta.\nGamma rose 5%.");
  private static final SplitArticle SECOND = Samples.split("Second", "Delta fell.\nAlpha met Beta.", "Post");

  @TempDir
  Path dir;
  private SentenceIndex index;
  private final List<String> embedded = new ArrayList<>();

  @BeforeEach
  void open() throws IOException {
    index = SentenceIndex.open(dir);
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  /** A stand-in model: a vector from the text's length and first letter, recorded as embedded. */
  private List<float[]> fake(List<String> texts) {
    embedded.addAll(texts);
    return texts.stream().map(SentenceVectorsTest::vector).toList();
  }

  private static float[] vector(String text) {
    return Vectors.normalize(new float[] {text.length(), text.charAt(0), 1, -2});
  }

  private SentenceVectors vectors(Function<List<String>, List<float[]>> embed) {
    return new SentenceVectors(index, MODEL, embed);
  }

  @Test
  @DisplayName("every stored sentence gets its vector, and the pending count goes to 0")
  void storesVectors() throws IOException {
    index.store(FIRST);
    index.store(SECOND);
    SentenceVectors vectors = vectors(this::fake);
    List<String> keys = index.withoutVector(MODEL, 10).stream().map(SentenceText::key).toList();

    assertThat(vectors.pending()).isEqualTo(3);
    assertThat(vectors.catchUp()).isEqualTo(3);
    assertThat(vectors.pending()).isZero();
    assertThat(embedded).containsExactlyInAnyOrder("Alpha met Beta.", "Gamma rose 5%.", "Delta fell.");
    Map<String, byte[]> stored = index.vectors(MODEL, keys);
    assertThat(stored).hasSize(3);
    assertThat(index.vectors("another-model", keys)).isEmpty();
    float[] alpha = Vectors.decode(stored.get(hit("alpha").key()));
    assertThat(Vectors.cosine(alpha, vector("Alpha met Beta."))).isGreaterThan(0.999);
    assertThat(vectors.catchUp()).isZero();
  }

  @Test
  @DisplayName("after a restart the sentences stored without a vector are embedded, and only those")
  void restartEmbedsTheMissing() throws IOException {
    index.store(FIRST);
    vectors(this::fake).catchUp();
    index.store(SECOND); // the process stops before its vectors are written
    index.close();
    embedded.clear();

    index = SentenceIndex.open(dir);
    SentenceVectors vectors = vectors(this::fake);

    assertThat(vectors.pending()).isEqualTo(1);
    assertThat(vectors.catchUp()).isEqualTo(1);
    assertThat(embedded).containsExactly("Delta fell.");
    assertThat(vectors.pending()).isZero();
  }

  @Test
  @DisplayName("a sentence rewritten by a later store keeps its vector")
  void rewriteKeepsVector() throws IOException {
    index.store(FIRST);
    vectors(this::fake).catchUp();

    index.store(SECOND); // rewrites "Alpha met Beta." with a second occurrence

    assertThat(index.withoutVector(MODEL, 10)).extracting(SentenceText::text).containsExactly("Delta fell.");
    assertThat(index.vectors(MODEL, List.of(hit("alpha").key()))).hasSize(1);
  }

  @Test
  @DisplayName("an article stored again while its sentences are being embedded is not undone")
  void concurrentStoreWins() throws IOException {
    index.store(FIRST);
    SplitArticle edited = article("Gamma rose 5%.\nEpsilon joined.");
    boolean[] once = {false};
    SentenceVectors vectors = vectors(texts -> {
      if (!once[0]) {
        once[0] = true;
        try {
          index.store(edited); // lands between reading the sentences and writing their vectors
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return fake(texts);
    });

    vectors.catchUp();

    assertThat(index.search(new TermQuery(new Term("text", "alpha")), 10)).isEmpty();
    Hit gamma = hit("gamma");
    assertThat(gamma.occurrences()).containsExactly(new Occurrence(edited.article().id(), 1));
    assertThat(index.vectors(MODEL, List.of(gamma.key(), hit("epsilon").key()))).hasSize(2);
    assertThat(vectors.pending()).isZero();
    assertThat(index.stats().sentences()).isEqualTo(2);
  }

  @Test
  @DisplayName("vectors of another model do not count: a new model embeds everything again")
  void modelChange() throws IOException {
    index.store(FIRST);
    vectors(this::fake).catchUp();

    SentenceVectors next = new SentenceVectors(index, "next-model", this::fake);

    assertThat(next.pending()).isEqualTo(2);
    assertThat(next.catchUp()).isEqualTo(2);
    assertThat(next.pending()).isZero();
  }

  @Test
  @DisplayName("after stop, catch-up returns without embedding")
  void stop() throws IOException {
    index.store(FIRST);
    SentenceVectors vectors = vectors(this::fake);
    vectors.stop();

    assertThat(vectors.catchUp()).isZero();
    assertThat(vectors.pending()).isEqualTo(2);
  }

  /** A version of the article at one URL, so each version replaces the one before. */
  private static SplitArticle article(String text) {
    return Samples.split(new NewArticle("First", text, "https://example.com/first", "Wire", null));
  }

  private Hit hit(String word) throws IOException {
    List<Hit> hits = index.search(new TermQuery(new Term("text", word)), 10);
    assertThat(hits).hasSize(1);
    return hits.get(0);
  }
}
