package com.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The learned model's file: every feature weighed, nothing unknown, and the product's file loads. */
@Timeout(10)
class AnswerModelTest {

  private static AnswerModel parse(String text) throws IOException {
    return AnswerModel.parse(new BufferedReader(new StringReader(text)));
  }

  @Test
  @DisplayName("a model reads back what it writes and scores the weighted sum of the features")
  void roundTrip() throws IOException {
    double[] weights = new double[CandidateFeatures.NAMES.size()];
    weights[0] = 2;
    weights[1] = -0.5;
    AnswerModel model = parse("# comment\n\n" + new AnswerModel(weights, 1.5).format());
    double[] features = new double[weights.length];
    features[0] = 3;
    features[1] = 4;

    assertThat(model.score(features)).isEqualTo(4.0);
    assertThat(model.bar()).isEqualTo(1.5);
  }

  @Test
  @DisplayName("a file missing a feature, naming an unknown one or lacking the bar is refused")
  void incompleteRefused() {
    String full = new AnswerModel(new double[CandidateFeatures.NAMES.size()], 0).format();

    assertThatThrownBy(() -> parse(full.replace("cosine\t", "cosinus\t"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> parse(full.replaceAll("(?m)^bar\t.*$", ""))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> parse(full + "cosine\t1\n")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("the product's model loads and weighs the cosine and the sentence's context")
  void productModelLoads() {
    AnswerModel model = AnswerModel.load();
    double[] cosine = new double[CandidateFeatures.NAMES.size()];
    cosine[CandidateFeatures.NAMES.indexOf("cosine")] = 1;
    double[] context = new double[CandidateFeatures.NAMES.size()];
    context[CandidateFeatures.NAMES.indexOf("context")] = 1;

    assertThat(model.score(cosine)).isPositive();
    assertThat(model.score(context)).isPositive();
  }
}
