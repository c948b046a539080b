package com.verbatim.index;

import com.verbatim.answer.FollowUp;
import com.verbatim.model.Answer;
import com.verbatim.model.Ask;
import java.io.IOException;
import java.util.List;
import java.util.TreeSet;

/**
 * {@link AnswerFinder} behind an {@link AnswerCache}. A lookup is cheap (no Lucene) and may run on an event
 * loop; a miss is computed on a worker and remembered only when no commit came between its start and its
 * end, so an answer is never filed under a generation it was not computed on.
 */
public final class CachedAnswers {

  private final SentenceIndex index;
  private final AnswerFinder finder;
  private final AnswerCache cache;

  public CachedAnswers(SentenceIndex index, AnswerFinder finder, AnswerCache cache) {
    this.index = index;
    this.finder = finder;
    this.cache = cache;
  }

  /** The cache key of {@code ask} on the index as it stands now. */
  public AnswerCache.Key key(Ask ask) {
    return new AnswerCache.Key(FollowUp.resolve(ask.question(), ask.context()),
        List.copyOf(new TreeSet<>(ask.articleIds())), ask.limit(), index.generation());
  }

  /**
   * The remembered answer to {@code ask}, carrying the ask's own id and the time this lookup took since
   * {@code startedNanos}; null when there is none.
   */
  public Answer cached(AnswerCache.Key key, Ask ask, long startedNanos) {
    Answer known = cache.get(key);
    return known == null ? null
        : new Answer(ask.id(), known.sentences(), (System.nanoTime() - startedNanos) / 1e6);
  }

  /**
   * The remembered answer to {@code ask} as {@link #cached} gives it, for a caller that on a miss asks the
   * index verticle, which looks again and counts the miss: thread-safe, no Lucene, for the web's event loops.
   */
  public Answer lookup(Ask ask) {
    long started = System.nanoTime();
    if (!cache.enabled()) {
      return null;
    }
    Answer known = cache.get(key(ask), false);
    return known == null ? null : new Answer(ask.id(), known.sentences(), (System.nanoTime() - started) / 1e6);
  }

  /** Computes the answer (Lucene: call on a worker) and remembers it under {@code key} if still current. */
  public Answer compute(AnswerCache.Key key, Ask ask) throws IOException {
    Answer answer = finder.answer(ask);
    if (cache.enabled() && index.generation() == key.generation()) {
      cache.put(key, answer);
    }
    return answer;
  }

  public AnswerCache cache() {
    return cache;
  }
}
