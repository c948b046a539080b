package com.verbatim.index;

import com.verbatim.answer.QuestionKind;

/**
 * The kind of word that can answer a question, as the rescoring's proximity feature sees it: a sentence that
 * holds such a word near the words it matched is more likely to answer. Derived from {@link QuestionKind}.
 */
enum AnswerType {
  PERSON, TIME, PLACE, NUMBER, NONE;

  /** The answer type of a question of the given kind; {@link #NONE} for why, yes-no and other questions. */
  static AnswerType of(QuestionKind kind) {
    return switch (kind) {
      case WHO -> PERSON;
      case WHEN -> TIME;
      case WHERE -> PLACE;
      case HOW_OLD, HOW_LONG, HOW_MUCH, HOW_MANY -> NUMBER;
      default -> NONE;
    };
  }
}
