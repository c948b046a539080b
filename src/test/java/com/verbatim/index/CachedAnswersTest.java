package com.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.model.Answer;
import com.verbatim.model.Answer.Quote;
import com.verbatim.model.Ask;
import com.verbatim.model.CacheStats;
import com.verbatim.support.Samples;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
@DisplayName("The answer cache")
class CachedAnswersTest {

  private static final String QUESTION = "Who did Blinken meet?";

  private final SentenceIndex index;
  private final String sampleId;
  private CachedAnswers answers;

  CachedAnswersTest() throws IOException {
    index = SentenceIndex.inMemory();
    sampleId = index.store(Samples.split(Samples.blinken())).id();
    answers = cache(100);
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  private CachedAnswers cache(int capacity) {
    return new CachedAnswers(index, new AnswerFinder(index), new AnswerCache(capacity));
  }

  /** Asks as the index verticle does: the cache first, the finder on a miss. */
  private Answer ask(Ask ask) throws IOException {
    AnswerCache.Key key = answers.key(ask);
    Answer cached = answers.cached(key, ask, System.nanoTime());
    return cached != null ? cached : answers.compute(key, ask);
  }

  private static Ask ask(String id, String question, int limit, List<String> scope) {
    return new Ask(id, question, limit, scope);
  }

  private static List<String> texts(Answer answer) {
    return answer.sentences().stream().map(Quote::text).toList();
  }

  @Test
  @DisplayName("the same question again is a hit: the same sentences, under the asker's own id")
  void hit() throws IOException {
    Answer first = ask(ask("a", QUESTION, 5, List.of()));
    Answer second = ask(ask("b", QUESTION, 5, List.of()));

    assertThat(second.id()).isEqualTo("b");
    assertThat(first.id()).isEqualTo("a");
    assertThat(second.sentences()).isEqualTo(first.sentences()).isNotEmpty();
    assertThat(second.tookMs()).isNotNegative();
    assertThat(answers.cache().stats()).isEqualTo(new CacheStats(1, 1, 1, 100));
    assertThat(answers.cache().stats().hitRatio()).isEqualTo(0.5);
  }

  @Test
  @DisplayName("limit, scope and follow-up context are part of the key; the scope's order is not")
  void keyParts() throws IOException {
    ask(ask("a", QUESTION, 5, List.of()));
    assertThat(ask(ask("b", QUESTION, 3, List.of())).sentences()).hasSize(3);
    ask(ask("c", QUESTION, 5, List.of(sampleId)));
    ask(ask("d", QUESTION, 5, List.of(sampleId, "other")));
    ask(ask("e", QUESTION, 5, List.of("other", sampleId)));
    Answer followUp = ask(new Ask("f", "When?", 5, List.of(), List.of(QUESTION)));
    Answer alone = ask(new Ask("g", "When?", 5, List.of()));

    assertThat(followUp.sentences()).isNotEqualTo(alone.sentences());
    assertThat(answers.cache().stats().hits()).isEqualTo(1);
    assertThat(answers.cache().stats().size()).isEqualTo(6);
  }

  @Test
  @DisplayName("a store or a delete starts a new generation: the next ask is computed afresh on the new corpus")
  void commitsInvalidate() throws IOException {
    Answer before = ask(ask("a", "Who won the snooker final?", 5, List.of()));
    assertThat(before.sentences()).isEmpty();
    long generation = index.generation();

    String added = index.store(Samples.split("Snooker final",
        "Ronnie O'Sullivan won the snooker final in Sheffield on Monday.", "Wire")).id();

    assertThat(index.generation()).isGreaterThan(generation);
    Answer afterStore = ask(ask("b", "Who won the snooker final?", 5, List.of()));
    assertThat(texts(afterStore)).anySatisfy(t -> assertThat(t).contains("O'Sullivan"));

    index.delete(added);

    Answer afterDelete = ask(ask("c", "Who won the snooker final?", 5, List.of()));
    assertThat(afterDelete.sentences()).isEmpty();
    assertThat(answers.cache().stats().hits()).isZero();
  }

  @Test
  @DisplayName("holds at most its capacity, forgetting the least recently used answer first")
  void bounded() throws IOException {
    answers = cache(2);
    ask(ask("1", QUESTION, 5, List.of()));
    ask(ask("2", "When will Blinken meet Wang Yi?", 5, List.of()));
    ask(ask("3", QUESTION, 5, List.of())); // a hit: now the most recently used
    ask(ask("4", "Why have Sino-U.S. ties deteriorated?", 5, List.of()));

    assertThat(answers.cache().stats().size()).isEqualTo(2);
    ask(ask("5", QUESTION, 5, List.of()));
    assertThat(answers.cache().stats().hits()).isEqualTo(2);
    ask(ask("6", "When will Blinken meet Wang Yi?", 5, List.of()));
    assertThat(answers.cache().stats().hits()).isEqualTo(2);
  }

  @Test
  @DisplayName("capacity 0 turns the cache off: every ask is computed, nothing is counted")
  void off() throws IOException {
    answers = cache(0);
    ask(ask("1", QUESTION, 5, List.of()));
    ask(ask("2", QUESTION, 5, List.of()));

    assertThat(answers.cache().stats()).isEqualTo(new CacheStats(0, 0, 0, 0));
  }

  @Test
  @DisplayName("the web's direct lookup finds a cached answer under the asker's id and counts no miss of its own")
  void directLookup() throws IOException {
    assertThat(answers.lookup(ask("a", QUESTION, 5, List.of()))).isNull();
    Answer computed = ask(ask("b", QUESTION, 5, List.of()));

    Answer looked = answers.lookup(ask("c", QUESTION, 5, List.of()));

    assertThat(looked.id()).isEqualTo("c");
    assertThat(looked.sentences()).isEqualTo(computed.sentences());
    assertThat(answers.cache().stats()).isEqualTo(new CacheStats(1, 1, 1, 100));
  }
}
