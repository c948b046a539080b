package com.verbatim.semantic;

import com.verbatim.index.Hit;
import com.verbatim.index.Semantic;
import com.verbatim.index.SentenceIndex;
import java.io.IOException;
import java.util.List;

/**
 * Semantic similarity for one index, in one piece: the embedding model, the cache of question vectors, the
 * backfill that gives stored sentences their vectors, and the ranking hook. Only created when semantic
 * ranking is on, so with it off no model is loaded and no ONNX Runtime class is touched.
 */
public final class SemanticIndex implements Semantic, AutoCloseable {

  private final Embedder embedder;
  private final SentenceVectors sentences;
  private final StoredSimilarity similarity;

  private SemanticIndex(Embedder embedder, SentenceIndex index) {
    this.embedder = embedder;
    this.sentences = new SentenceVectors(index, Embedder.MODEL, embedder::passages);
    this.similarity = new StoredSimilarity(index, Embedder.MODEL,
        new QuestionVectors(embedder::query, QuestionVectors.CAPACITY));
  }

  /** Loads the model (a blocking call of a second or more) for {@code index}. */
  public static SemanticIndex load(SentenceIndex index) throws IOException {
    return new SemanticIndex(Embedder.load(), index);
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
