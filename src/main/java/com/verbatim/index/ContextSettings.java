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
 */
record ContextSettings(int topArticles, double sentenceWeight, double contextWeight, double ownContext,
    double focusWeight,
    double looseFocus, double coverageBar, double rareBar) {
}
