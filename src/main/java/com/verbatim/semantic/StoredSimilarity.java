package com.verbatim.semantic;

import com.verbatim.index.Hit;
import com.verbatim.index.Semantic;
import com.verbatim.index.SentenceIndex;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The ranking's {@link Semantic} hook for a live index: the question's vector (cached in
 * {@link QuestionVectors}) against the vectors stored with the sentences Lucene found.
 */
public final class StoredSimilarity implements Semantic {

  private final SentenceIndex index;
  private final String model;
  private final QuestionVectors questions;

  public StoredSimilarity(SentenceIndex index, String model, QuestionVectors questions) {
    this.index = index;
    this.model = model;
    this.questions = questions;
  }

  @Override
  public double[] cosines(String question, List<Hit> hits) throws IOException {
    float[] q = questions.vector(question);
    Map<String, byte[]> stored = index.vectors(model, hits.stream().map(Hit::key).toList());
    double[] out = new double[hits.size()];
    for (int i = 0; i < out.length; i++) {
      byte[] v = stored.get(hits.get(i).key());
      out[i] = v == null ? Double.NaN : Vectors.cosine(q, Vectors.decode(v));
    }
    return out;
  }
}
