package com.verbatim.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The learned combination of the article stage: a candidate's score is a weighted sum of its
 * {@link CandidateFeatures}, and a candidate scoring under {@link #bar()} is not shown (beside the evidence bars
 * of {@link InContext}, which still decide whether a question is answered). The weights are learned offline with
 * a listwise softmax loss on TrecQA train, NewsQA dev and WikiQA dev ({@code src/eval/java/com/verbatim/index/
 * AnswerModelTrainer}); the file {@value #RESOURCE} holds the weights only. Not final so evaluation code can
 * watch the candidates it scores.
 */
class AnswerModel {

  /** The product's model file, on the class path. */
  static final String RESOURCE = "/index/answer-model.tsv";

  private final double[] weights;
  private final double bar;

  AnswerModel(double[] weights, double bar) {
    if (weights.length != CandidateFeatures.NAMES.size()) {
      throw new IllegalArgumentException(weights.length + " weights for " + CandidateFeatures.NAMES.size() + " features");
    }
    this.weights = weights.clone();
    this.bar = bar;
  }

  /** The product's model, read from {@link #RESOURCE}. */
  static AnswerModel load() {
    try (InputStream in = AnswerModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A model from its text form: lines {@code name<TAB>weight} for every feature and {@code bar<TAB>value};
   * blank lines and lines starting with {@code #} are skipped.
   */
  static AnswerModel parse(BufferedReader reader) throws IOException {
    Map<String, Double> values = new HashMap<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      String stripped = line.strip();
      if (stripped.isEmpty() || stripped.startsWith("#")) {
        continue;
      }
      String[] parts = stripped.split("\\s+");
      if (parts.length != 2 || values.put(parts[0], Double.parseDouble(parts[1])) != null) {
        throw new IllegalArgumentException("bad or repeated model line: " + line);
      }
    }
    double[] weights = new double[CandidateFeatures.NAMES.size()];
    for (int i = 0; i < weights.length; i++) {
      Double w = values.remove(CandidateFeatures.NAMES.get(i));
      if (w == null) {
        throw new IllegalArgumentException("no weight for feature " + CandidateFeatures.NAMES.get(i));
      }
      weights[i] = w;
    }
    Double bar = values.remove("bar");
    if (bar == null || !values.isEmpty()) {
      throw new IllegalArgumentException("model needs a bar and knows no " + values.keySet());
    }
    return new AnswerModel(weights, bar);
  }

  /** The candidate's score: the weighted sum of its features. */
  double score(InContext.Candidate candidate) {
    return score(candidate.features());
  }

  /** The weighted sum of {@code features}, in the order of {@link CandidateFeatures#NAMES}. */
  final double score(double[] features) {
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i] * features[i];
    }
    return sum;
  }

  /** Candidates scoring under this are not shown. */
  double bar() {
    return bar;
  }

  /** This model with another bar. */
  AnswerModel withBar(double other) {
    return new AnswerModel(weights, other);
  }

  /** The text form {@link #parse} reads. */
  String format() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < weights.length; i++) {
      out.append(String.format(Locale.ROOT, "%s\t%.6f%n", CandidateFeatures.NAMES.get(i), weights[i]));
    }
    return out.append(String.format(Locale.ROOT, "bar\t%.6f%n", bar)).toString();
  }
}
