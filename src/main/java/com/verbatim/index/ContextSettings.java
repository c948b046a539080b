package com.verbatim.index;

/**
 * The knobs of the article stage of ranking ({@link InContext}), tuned on our news dev questions.
 *
 * @param topArticles how many of the best articles have all their sentences compete, not only those that
 *     matched the question's words
 * @param sentenceWeight weight of the sentence's own lexical score
 * @param contextWeight weight of the question's words found in the sentence's context (its article's title
 *     and lead and the sentence before it, with the sentence itself), each counted by its rarity
 * @param ownContext the share of the context score that is the sentence's own context; the rest is its
 *     article's best, so sentences of one article compete mostly on their own words and the answer they hold
 * @param focusWeight bonus for holding a span of the kind of answer asked for (an age for "how old")
 * @param looseFocus the share of that bonus for kinds whose spans are everywhere in news (names for "who",
 *     places for "where", dates for "when")
 * @param coverageBar the least share of the question's rarity the sentence in context must cover to be shown
 * @param rareBar the share needed when the question's rarest term is missing from the sentence in context
 * @param untyped what a sentence without a span of the kind asked for keeps of its score, for the kinds whose
 *     spans are rare and telling (ages, durations, amounts, counts, reasons)
 * @param looseUntyped the same for names and places (not dates: "when" is often answered by a duration or
 *     an event)
 * @param semanticBar the least cosine of question and sentence embeddings a sentence needs to be shown, when
 *     semantic similarity is on (0: no bar), unless its context covers at least {@code semanticTrust} of the
 *     question
 * @param semanticTrust see {@code semanticBar}
 * @param model the learned combination of the candidate's features that replaces the weights above (sentence,
 *     context, own context, focus, loose focus, untyped, loose untyped) and adds its own bar; null for the
 *     hand-set combination
 */
record ContextSettings(int topArticles, double sentenceWeight, double contextWeight, double ownContext,
    double focusWeight, double looseFocus, double coverageBar, double rareBar, double untyped, double looseUntyped,
    double semanticBar, double semanticTrust, AnswerModel model) {

  /** The hand-set combination, no learned model. */
  ContextSettings(int topArticles, double sentenceWeight, double contextWeight, double ownContext,
      double focusWeight, double looseFocus, double coverageBar, double rareBar, double untyped, double looseUntyped,
      double semanticBar, double semanticTrust) {
    this(topArticles, sentenceWeight, contextWeight, ownContext, focusWeight, looseFocus, coverageBar, rareBar, untyped,
        looseUntyped, semanticBar, semanticTrust, null);
  }

  /** These settings with {@code other} as the learned model (null: the hand-set combination). */
  ContextSettings withModel(AnswerModel other) {
    return new ContextSettings(topArticles, sentenceWeight, contextWeight, ownContext, focusWeight, looseFocus,
        coverageBar, rareBar, untyped, looseUntyped, semanticBar, semanticTrust, other);
  }
}
