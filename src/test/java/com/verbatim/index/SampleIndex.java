package com.verbatim.index;

import com.verbatim.model.Answer.Quote;
import com.verbatim.model.Ask;
import com.verbatim.support.Samples;
import java.io.IOException;
import java.util.List;

/** The sample article in an in-memory index, with the product's answer finder over it. */
final class SampleIndex implements AutoCloseable {

  final SentenceIndex index;
  final AnswerFinder finder;

  private SampleIndex(SentenceIndex index) {
    this.index = index;
    this.finder = new AnswerFinder(index);
  }

  static SampleIndex open() throws IOException {
    SentenceIndex index = SentenceIndex.inMemory();
    index.store(Samples.split(Samples.blinken()));
    return new SampleIndex(index);
  }

  /** The texts of the answer, best first. */
  List<String> texts(String question, int limit) throws IOException {
    return finder.answer(new Ask("t", question, limit, List.of())).sentences().stream().map(Quote::text).toList();
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
