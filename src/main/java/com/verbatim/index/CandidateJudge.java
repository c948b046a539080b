package com.verbatim.index;

import com.verbatim.answer.AnswerSpans;
import com.verbatim.answer.QuestionKind;
import com.verbatim.index.Reranker.Ranked;
import com.verbatim.index.SentenceIndex.StoredArticle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Judges the sentences found for one question in their articles, for {@link InContext}: which question words
 * (weighted by rarity) the sentence and its context (its article's title and lead, the sentence before it) hold,
 * which evidence bars it fails, and the spans of the kind of answer asked for. One instance per ask.
 */
final class CandidateJudge {

  /** Names written in words that the analyzer cannot join to their short form. */
  private static final Map<String, List<String>> ALIASES = Map.of("us", List.of("united states", "america"),
      "uk", List.of("united kingdom", "britain"), "un", List.of("united nations"), "eu", List.of("european union"));

  private final Analyses analyses;
  private final ContextSettings settings;
  private final QueryPlan plan;
  private final TermRarity rarity;
  private final Set<String> asked;
  private final boolean oneArticle;
  private final double total;
  private final String rarest;
  private final Set<String> numbers = new HashSet<>();
  private final Map<String, Double> weights = new HashMap<>();
  /** The {@link #ALIASES} of the question's terms. */
  private final Map<String, List<String>> aliases = new HashMap<>();
  /** The question concepts of each text judged so far, by {@link #concepts(String, List)}. */
  private final Map<String, Map<String, Double>> conceptsByText = new HashMap<>();

  CandidateJudge(Analyses analyses, ContextSettings settings, QueryPlan plan, TermRarity rarity, Set<String> asked,
      boolean oneArticle) {
    this.analyses = analyses;
    this.settings = settings;
    this.plan = plan;
    this.rarity = rarity;
    this.asked = asked;
    this.oneArticle = oneArticle;
    // a word no sentence holds, other than a name, is most likely a form the analyzer does not join
    // ("optimistic" / "optimism"): it weighs as much as an average word, and cannot be the rarest evidence
    List<String> seen = plan.terms().stream().filter(t -> !rarity.unseen(t)).toList();
    double average = seen.stream().mapToDouble(rarity::idf).average().orElse(1);
    for (String term : plan.terms()) {
      weights.put(term, rarity.unseen(term) ? average : rarity.idf(term));
    }
    this.total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    this.rarest = seen.stream().filter(t -> t.length() >= 3 && t.chars().anyMatch(Character::isLetter))
        .max(Comparator.comparingDouble(rarity::idf)).orElse(null);
    // a year or a figure the question names must be in the sentence or its context; a single digit may be noise
    plan.terms().stream().filter(t -> t.length() >= 3 && t.chars().anyMatch(Character::isDigit)).forEach(numbers::add);
    ALIASES.forEach((term, phrases) -> {
      if (plan.terms().contains(term)) {
        aliases.put(term, phrases);
      }
    });
  }

  /**
   * The sentence judged in its article, its answer spans not yet found (see {@link #focused}), or null when it
   * holds no word of the question or misses a figure the question names; {@link InContext.Evidence#barred()} when
   * its context covers too little of the question.
   */
  InContext.Candidate candidate(Ranked r, String articleId, StoredArticle article) {
    if (r.scored().coverage() <= 0) {
      return null;
    }
    Map<String, Double> covered = new HashMap<>();
    Analyses.Analysis analysis = analysisOf(r);
    conceptsByText.computeIfAbsent(r.hit().text(), text -> concepts(analysis))
        .forEach((concept, weight) -> covered.merge(concept, weight, Math::max));
    double own = share(covered);
    boolean rarestOwn = rarest != null && covered.containsKey(rarest);
    collect(covered, article.meta().title());
    if (!article.sentences().isEmpty()) {
      collect(covered, article.sentences().get(0));
    }
    int n = r.n();
    if (n >= 2 && n - 2 < article.sentences().size()) {
      collect(covered, article.sentences().get(n - 2));
    }
    double context = covered.entrySet().stream().mapToDouble(e -> e.getValue() * weights.get(e.getKey())).sum();
    double coverage = total == 0 ? 0 : context / total; // share(covered), its sum being the context's
    boolean rareMissing = rarest != null && !covered.containsKey(rarest);
    boolean semanticLow = r.cosine() < settings.semanticBar() && coverage < settings.semanticTrust();
    // the rarest word and the cosine tell a sentence about the question's subject from one about something else;
    // in the one article a reader asks about, the subject is given, and the question's words in context suffice
    boolean barred = coverage < settings.coverageBar()
        || !oneArticle && (rareMissing && coverage < settings.rareBar() || semanticLow);
    if (!covered.keySet().containsAll(numbers)) {
      return null;
    }
    return new InContext.Candidate(r, articleId, context, coverage, own,
        new InContext.Evidence(rarestOwn, rareMissing, semanticLow, barred), List.of(), null, 0);
  }

  /**
   * {@code c} (from {@link #candidate}) with the spans of the kind asked for: found only once the bars have let
   * the question be answered, since a question that abstains needs none.
   */
  InContext.Candidate focused(InContext.Candidate c) {
    return c.withFocus(focus(c.ranked(), analysisOf(c.ranked())));
  }

  /** The analysis the scoring read, carried with the ranked hit; looked up only for a hit scored elsewhere. */
  private Analyses.Analysis analysisOf(Ranked r) {
    Analyses.Analysis carried = r.scored().analysis();
    return carried != null ? carried : analyses.of(r.hit().text());
  }

  /** The share of the question's rarity that the concepts found cover. */
  private double share(Map<String, Double> covered) {
    double sum = covered.entrySet().stream().mapToDouble(e -> e.getValue() * weights.get(e.getKey())).sum();
    return total == 0 ? 0 : sum / total;
  }

  /**
   * Adds the question concepts of {@code text} to {@code covered}, each at its best weight. The concepts of a
   * text are found once per question: the title, lead and previous sentence of an article are the context of
   * many of its candidates. They are kept in the order they first occur, so {@code covered} fills in the same
   * order, and sums over it add up the same, as when the text's terms are merged one by one.
   */
  private void collect(Map<String, Double> covered, String text) {
    if (text == null) {
      return;
    }
    conceptsByText.computeIfAbsent(text, t -> concepts(analyses.of(t)))
        .forEach((concept, weight) -> covered.merge(concept, weight, Math::max));
  }

  /** Question concepts in the analysed text, each with its weight (1 for the question's word, less for a synonym). */
  private Map<String, Double> concepts(Analyses.Analysis analysis) {
    Map<String, Double> found = new LinkedHashMap<>();
    for (int place : plan.matched(analysis)) {
      QueryPlan.Concept concept = plan.conceptOf(analysis.tokens().get(place).term());
      found.merge(concept.term(), concept.weight(), Math::max);
    }
    // most questions name no alias: the text is lowered only for one that does
    String lower = aliases.isEmpty() ? null : analysis.text().toLowerCase(Locale.ROOT);
    aliases.forEach((term, phrases) -> {
      if (phrases.stream().anyMatch(lower::contains)) {
        found.merge(term, 1.0, Math::max);
      }
    });
    return found;
  }

  /** Spans of the kind asked for that are not the question's own words. */
  private List<int[]> focus(Ranked r, Analyses.Analysis analysis) {
    if (plan.kind() == QuestionKind.OTHER || plan.kind() == QuestionKind.YES_NO) {
      return List.of();
    }
    List<int[]> out = new ArrayList<>();
    for (int[] span : AnswerSpans.answering(analysis.found(plan.kind()), asked)) {
      boolean onQuestionWord = r.scored().highlights().stream().anyMatch(h -> h[0] <= span[0] && span[1] <= h[1]);
      if (!onQuestionWord) {
        out.add(span);
      }
    }
    return out;
  }
}
