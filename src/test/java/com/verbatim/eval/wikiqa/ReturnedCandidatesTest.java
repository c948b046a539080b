package com.verbatim.eval.wikiqa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.verbatim.model.Answer;
import com.verbatim.model.Answer.Quote;
import com.verbatim.model.ArticleMeta;
import com.verbatim.model.Citation;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReturnedCandidatesTest {

  private static final ArticleMeta ARTICLE = new ArticleMeta("candidates", "candidates", null, null, null);

  /** A quote of sentence {@code n} (1-based) with the given folded twins. */
  private static Quote quote(int n, int... twins) {
    List<Citation> alsoIn = Arrays.stream(twins).mapToObj(t -> new Citation(0, ARTICLE, t)).toList();
    return new Quote("sentence " + n, 1.0, List.of(), List.of(), new Citation(1, ARTICLE, n), alsoIn);
  }

  private static ReturnedCandidates returned(int candidates, int limit, Quote... quotes) {
    return ReturnedCandidates.of(new Answer("q", List.of(quotes), 0), "candidates", candidates, limit);
  }

  @Test
  @DisplayName("quotes rank in the answer's order, each folded twin right after its quote, the rest last in order")
  void ranksQuotesThenTwinsThenTheRest() {
    // six candidates: the answer quotes sentence 5 (with its twin, sentence 2 folded in), then sentence 3
    ReturnedCandidates r = returned(6, 6, quote(5, 2), quote(3));

    assertThat(r.quotes()).containsExactly(List.of(4, 1), List.of(2));
    assertThat(r.order()).containsExactly(4, 1, 2);
    assertThat(r.folded()).isEqualTo(1);
    assertThat(r.full()).isFalse();
    // ranks: 4 first, its twin 1, then 2; candidates 0, 3, 5 were not returned and follow in candidate order
    assertThat(r.scores()).containsExactly(3, 5, 4, 2, 6, 1);
  }

  @Test
  @DisplayName("an empty answer ranks every candidate in candidate order")
  void emptyAnswerKeepsCandidateOrder() {
    assertThat(returned(3, 3).scores()).containsExactly(3, 2, 1);
  }

  @Test
  @DisplayName("an answer that fills its limit is full: candidates past it may have been cut")
  void fullAtTheLimit() {
    assertThat(returned(4, 2, quote(2), quote(4)).full()).isTrue();
  }

  @Test
  @DisplayName("a candidate cited twice, or a citation outside the candidates, is an error")
  void rejectsCitationsThatAreNotCandidates() {
    assertThatThrownBy(() -> returned(3, 3, quote(1, 2), quote(2))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> returned(3, 3, quote(4))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not one of the 3 candidates");
  }
}
