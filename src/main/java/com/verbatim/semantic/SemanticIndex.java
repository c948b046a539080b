package com.verbatim.semantic;

import com.verbatim.index.Hit;
import com.verbatim.index.Semantic;
import com.verbatim.index.SentenceIndex;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * Semantic similarity for one index, in one piece: the embedding model, the cache of question vectors, the
 * backfill that gives stored sentences their vectors, and the ranking hook. Only created when semantic
 * ranking is on, so with it off no model is loaded and no ONNX Runtime class is touched.
 */
public final class SemanticIndex implements Semantic, AutoCloseable {

  private final Embedder embedder;
  private final SentenceVectors sentences;
  private final StoredSimilarity similarity;

  private SemanticIndex(Embedder embedder, SentenceIndex index, int questionBatch) {
    this.embedder = embedder;
    this.sentences = new SentenceVectors(index, Embedder.MODEL, embedder::passages);
    Function<String, float[]> embed = questionBatch == 1 ? embedder::query
        : new QuestionBatcher(embedder::queries, questionBatch)::vector;
    this.similarity = new StoredSimilarity(index, Embedder.MODEL, new QuestionVectors(embed, QuestionVectors.CAPACITY));
  }

  /** Loads the model (a blocking call of a second or more) for {@code index}; every question embedded alone. */
  public static SemanticIndex load(SentenceIndex index) throws IOException {
    return load(index, 1);
  }

  /**
   * Loads the model for {@code index}; the questions of concurrent asks are embedded together, at most
   * {@code questionBatch} a model run ({@link QuestionBatcher}), or each alone and concurrently for 1.
   */
  public static SemanticIndex load(SentenceIndex index, int questionBatch) throws IOException {
    if (questionBatch < 1) {
      throw new IllegalArgumentException("questionBatch must be at least 1, not " + questionBatch);
    }
    return new SemanticIndex(Embedder.load(), index, questionBatch);
  }

  @Override
  public double[] cosines(String question, List<Hit> hits) throws IOException {
    return similarity.cosines(question, hits);
  }

  /** Embeds every stored sentence that has no vector yet; see {@link SentenceVectors#catchUp()}. */
  public int embedPending() throws IOException {
    return sentences.catchUp();
  }

  /** How many stored sentences wait for their vector. */
  public long pending() throws IOException {
    return sentences.pending();
  }

  /** Makes a running {@link #embedPending()} return soon; call before closing the index. */
  public void stop() {
    sentences.stop();
  }

  @Override
  public void close() {
    embedder.close();
  }
}
