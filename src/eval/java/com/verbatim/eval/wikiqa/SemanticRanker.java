package com.verbatim.eval.wikiqa;

import com.verbatim.index.CandidateRanking;
import com.verbatim.index.Hit;
import com.verbatim.index.RankingSettings;
import com.verbatim.index.Semantic;
import com.verbatim.semantic.Embedder;
import com.verbatim.semantic.Vectors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The product's ranking with semantic similarity on: {@link CandidateRanking} with a {@link Semantic} that
 * gives each candidate the cosine between the question's and the sentence's e5 vectors. Sentence vectors
 * go through the stored form ({@link Vectors#encode}) unless {@code storedAsFloats}, as the index keeps
 * them. Vectors are cached by text, so a parameter sweep embeds each sentence once.
 */
public final class SemanticRanker implements CandidateRanker {

  private final Embedder embedder;
  private final Map<String, float[]> questions;
  private final Map<String, float[]> passages;
  private final boolean storedAsFloats;
  private final boolean allCandidates;
  private final CandidateRanking ranking;

  /** A fresh ranker with its own model and caches. */
  public SemanticRanker(RankingSettings settings, boolean storedAsFloats, boolean allCandidates) {
    this(load(), new HashMap<>(), new HashMap<>(), settings, storedAsFloats, allCandidates);
  }

  private SemanticRanker(Embedder embedder, Map<String, float[]> questions, Map<String, float[]> passages,
      RankingSettings settings, boolean storedAsFloats, boolean allCandidates) {
    this.embedder = embedder;
    this.questions = questions;
    this.passages = passages;
    this.storedAsFloats = storedAsFloats;
    this.allCandidates = allCandidates;
    this.ranking = new CandidateRanking(settings);
  }

  /** The same model and cached vectors with other settings. */
  public SemanticRanker with(RankingSettings other, boolean floats, boolean all) {
    return new SemanticRanker(embedder, questions, passages, other, floats, all);
  }

  private static Embedder load() {
    try {
      return Embedder.load();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Embeds every question and sentence not seen yet, as {@link #scores} would. */
  public void prepare(List<WikiQaData.Question> all) {
    for (WikiQaData.Question q : all) {
      questions.computeIfAbsent(q.text(), embedder::query);
      embedNew(q.sentences());
    }
  }

  /**
   * Embeds the candidates not seen yet together, as the product embeds an article's new sentences: the
   * quantized model scales activations over a whole batch, so a vector depends a little on its batch.
   */
  private void embedNew(List<String> candidates) {
    List<String> todo = candidates.stream().filter(s -> !passages.containsKey(s)).distinct().toList();
    List<float[]> vectors = embedder.passages(todo);
    for (int i = 0; i < todo.size(); i++) {
      passages.put(todo.get(i), vectors.get(i));
    }
  }

  @Override
  public double[] scores(String question, List<String> candidates) {
    embedNew(candidates);
    Semantic semantic = (q, hits) -> cosines(q, hits, candidates);
    double[] raw = ranking.score(question, candidates, semantic, allCandidates).stream()
        .mapToDouble(CandidateRanking.Scored::score).toArray();
    return ProductRanker.distinctRanks(raw);
  }

  /**
   * The model as the product's {@link Semantic}: cosines by sentence text, embedding a sentence the first time
   * it is seen (byte-quantized, as stored).
   */
  public Semantic semantic() {
    return (question, hits) -> {
      embedNew(hits.stream().map(Hit::text).toList());
      float[] q = questions.computeIfAbsent(question, embedder::query);
      return hits.stream().mapToDouble(h -> Vectors.cosine(q, Vectors.decode(Vectors.encode(passages.get(h.text())))))
          .toArray();
    };
  }

  private double[] cosines(String question, List<Hit> hits, List<String> candidates) {
    float[] q = questions.computeIfAbsent(question, embedder::query);
    double[] out = new double[hits.size()];
    for (int i = 0; i < out.length; i++) {
      String text = candidates.get(hits.get(i).occurrences().get(0).n() - 1);
      float[] v = passages.get(text);
      out[i] = Vectors.cosine(q, storedAsFloats ? v : Vectors.decode(Vectors.encode(v)));
    }
    return out;
  }
}
