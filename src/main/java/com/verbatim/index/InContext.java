package com.verbatim.index;

import com.verbatim.answer.AnswerSpans;
import com.verbatim.answer.QuestionKind;
import com.verbatim.index.Reranker.Ranked;
import com.verbatim.index.SentenceIndex.StoredArticle;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The article stage of ranking. A news answer often sits in a later sentence of the article whose lead
 * repeats the question ("Mr Knight, 39, was jailed ..." under a lead about Knight's record label), so each
 * sentence is judged in its context: its article's title and lead and the sentence before it. The best
 * articles have all their sentences compete, and a sentence that holds the kind of answer asked for (an
 * age, a duration, a reason clause) earns a bonus. When no sentence's context covers enough of the question,
 * weighted by rarity, the product abstains; otherwise, over many articles, the sentences that clear those bars
 * come first, and within one article all sentences compete on their scores.
 */
final class InContext {

  /**
   * A sentence judged in its article: the ranked hit, the rarity of the question words found in its
   * context, the share of the question that is, the spans that answer, and its final score.
   */
  record Candidate(Ranked ranked, String articleId, double context, double coverage, double own, Evidence evidence,
      List<int[]> focus, double[] features, double score) {

    Candidate scored(double score) {
      return new Candidate(ranked, articleId, context, coverage, own, evidence, focus, features, score);
    }

    Candidate withFeatures(double[] values) {
      return new Candidate(ranked, articleId, context, coverage, own, evidence, focus, values, score);
    }
  }

  /**
   * What the evidence bars found: whether the question's rarest word is in the sentence itself, whether it is
   * missing from its whole context, whether the cosine is under the semantic bar without the coverage that
   * trusts the words, and whether the hand-set bars drop the sentence.
   */
  record Evidence(boolean rarestOwn, boolean rareMissing, boolean semanticLow, boolean barred) {
  }

  /** Names written in words that the analyzer cannot join to their short form. */
  private static final Map<String, List<String>> ALIASES = Map.of("us", List.of("united states", "america"),
      "uk", List.of("united kingdom", "britain"), "un", List.of("united nations"), "eu", List.of("european union"));

  /** Words between an answer span and the question's words at which the focus bonus has fallen to a quarter. */
  static final int FOCUS_WINDOW = 12;

  private static final Comparator<Candidate> ORDER = Comparator.comparingDouble(Candidate::score).reversed()
      .thenComparingInt(c -> c.ranked().n()).thenComparing(c -> c.ranked().hit().key());

  private final Analyses analyses;
  private final ContextSettings settings;

  /** Judges with the analyses and answer spans kept in {@code analyses}. */
  InContext(Analyses analyses, ContextSettings settings) {
    this.analyses = analyses;
    this.settings = settings;
  }

  /** The stored articles that carry the ranked sentences (in scope), read once per ask. */
  Map<String, StoredArticle> articles(List<Ranked> ranked, Set<String> scope, Snapshot snapshot) throws IOException {
    Set<String> ids = new LinkedHashSet<>();
    ranked.forEach(r -> ids.add(primaryArticle(r.hit(), scope)));
    ids.remove(null);
    return snapshot.storedArticles(ids);
  }

  /**
   * The sentences of the best articles (by their best ranked sentence) that Lucene did not find, as hits of
   * score 0 carrying only that article, so they can be ranked with the others.
   */
  List<Hit> expansion(List<Ranked> ranked, Set<String> scope, Map<String, StoredArticle> articles) {
    Map<String, Double> articleScores = new LinkedHashMap<>();
    Set<String> found = new HashSet<>();
    for (Ranked r : ranked) {
      found.add(r.hit().key());
      String article = primaryArticle(r.hit(), scope);
      if (article != null) {
        articleScores.merge(article, r.scored().score(), Math::max);
      }
    }
    List<Hit> out = new ArrayList<>();
    articleScores.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .limit(settings.topArticles()).map(Map.Entry::getKey)
        .filter(articles::containsKey)
        .forEach(id -> {
          StoredArticle article = articles.get(id);
          for (int i = 0; i < article.sentences().size(); i++) {
            if (found.add(article.keys().get(i))) {
              out.add(new Hit(article.keys().get(i), article.sentences().get(i), 0f, List.of(new Occurrence(id, i + 1))));
            }
          }
        });
    return out;
  }

  /** The candidates that clear the bars, best first; {@code articles} from {@link #articles}. */
  List<Candidate> rank(QueryPlan plan, String question, TermRarity rarity, List<Ranked> ranked, Set<String> scope,
      Map<String, StoredArticle> articles) {
    Judge judge = new Judge(plan, rarity, askedWords(question), scope.size() == 1);
    List<Candidate> judged = new ArrayList<>();
    // the model learned its weights with the cosine: ranking by words alone keeps the hand-set combination
    AnswerModel model = ranked.stream().allMatch(r -> Double.isNaN(r.cosine())) ? null : settings.model();
    for (Ranked r : ranked) {
      String articleId = primaryArticle(r.hit(), scope);
      StoredArticle article = articles.get(articleId);
      Candidate candidate = article == null ? null : judge.candidate(r, articleId, article);
      if (candidate != null) {
        judged.add(candidate);
      }
    }
    if (model != null) {
      return learned(plan.kind(), judged, model);
    }
    // the bars decide whether the question is answered at all
    if (judged.stream().allMatch(c -> c.evidence().barred())) {
      return List.of();
    }
    // the article's evidence is its best sentence in context; within one article, sentences compete on their
    // own words and on holding the kind of answer asked for
    if (scope.size() == 1) {
      // every sentence of one article shares the title and lead the bars read: they say little about which
      // sentence answers, so all compete on their scores
      return handScored(plan.kind(), judged).stream().sorted(ORDER).toList();
    }
    // over many articles the bars pick the articles that answer: sentences that clear them come first, and the
    // others follow (with their article's best context among them all)
    List<Candidate> cleared = judged.stream().filter(c -> !c.evidence().barred()).toList();
    List<Candidate> out = new ArrayList<>(handScored(plan.kind(), cleared).stream().sorted(ORDER).toList());
    handScored(plan.kind(), judged).stream().filter(c -> c.evidence().barred()).sorted(ORDER).forEach(out::add);
    return out;
  }

  /** The candidates scored by the hand-set combination of {@link ContextSettings}. */
  private List<Candidate> handScored(QuestionKind kind, List<Candidate> judged) {
    Map<String, Double> articleContext = new HashMap<>();
    judged.forEach(c -> articleContext.merge(c.articleId(), c.context(), Math::max));
    return judged.stream()
        .map(c -> c.scored(untypedShare(kind, c) * (settings.sentenceWeight() * c.ranked().scored().score()
            + settings.contextWeight() * (settings.ownContext() * c.context()
                + (1 - settings.ownContext()) * articleContext.get(c.articleId()))
            + focusBonus(kind, c))))
        .toList();
  }

  /**
   * The candidates scored by the learned model, those under its bar dropped, best first; none when no candidate
   * clears the evidence bars. Sentences the bars drop still compete, so a question that has evidence can be
   * answered by a sentence that repeats less of it ("Mr Knight, 39, was jailed").
   */
  private List<Candidate> learned(QuestionKind kind, List<Candidate> all, AnswerModel model) {
    if (all.stream().allMatch(c -> c.evidence().barred())) {
      return List.of();
    }
    // the hand-set combination, bars aside, is one of the features
    List<Candidate> judged = handScored(kind, all);
    Map<String, Double> articleCoverage = new HashMap<>();
    Map<String, Double> articleBest = new HashMap<>();
    for (Candidate c : judged) {
      articleCoverage.merge(c.articleId(), c.coverage(), Math::max);
      articleBest.merge(c.articleId(), c.ranked().scored().score(), Math::max);
    }
    List<String> articleOrder = articleBest.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey).toList();
    double meanCosine = judged.stream().mapToDouble(c -> c.ranked().cosine()).filter(v -> !Double.isNaN(v))
        .average().orElse(0);
    List<Candidate> out = new ArrayList<>(judged.size());
    for (Candidate c : judged) {
      double[] features = CandidateFeatures.of(kind, c, articleCoverage.get(c.articleId()),
          articleOrder.indexOf(c.articleId()) + 1, meanCosine, c.focus().isEmpty() ? 0 : nearness(c));
      Candidate withFeatures = c.withFeatures(features);
      double score = model.score(withFeatures);
      if (score >= model.bar()) {
        out.add(withFeatures.scored(score));
      }
    }
    out.sort(ORDER);
    return out;
  }

  /** What a sentence keeps of its score when it holds no span of the kind of answer asked for. */
  private double untypedShare(QuestionKind kind, Candidate c) {
    if (!c.focus().isEmpty()) {
      return 1;
    }
    return switch (kind) {
      case HOW_OLD, HOW_LONG, HOW_MUCH, HOW_MANY, WHY -> settings.untyped();
      case WHO, WHERE -> settings.looseUntyped();
      default -> 1;
    };
  }

  /**
   * The bonus for holding the kind of answer asked for: full when the span stands next to the question's
   * words in the sentence, falling with the distance to a quarter at {@value #FOCUS_WINDOW} words.
   */
  private double focusBonus(QuestionKind kind, Candidate c) {
    if (c.focus().isEmpty()) {
      return 0;
    }
    boolean loose = kind == QuestionKind.WHO || kind == QuestionKind.WHERE || kind == QuestionKind.WHEN;
    return settings.focusWeight() * (loose ? settings.looseFocus() : 1) * nearness(c);
  }

  /** 1 when an answer span stands next to the question's words, falling to a quarter at {@value #FOCUS_WINDOW} words. */
  private static double nearness(Candidate c) {
    String text = c.ranked().hit().text();
    int nearest = FOCUS_WINDOW;
    for (int[] span : c.focus()) {
      for (int[] word : c.ranked().scored().highlights()) {
        int from = Math.min(span[1], word[1]);
        int to = Math.max(span[0], word[0]);
        nearest = Math.min(nearest, from >= to ? 0 : wordsBetween(text, from, to));
      }
    }
    return Math.max(0.25, 1 - (double) nearest / FOCUS_WINDOW);
  }

  private static int wordsBetween(String text, int from, int to) {
    int words = 0;
    for (int i = from; i < to; i++) {
      words += Character.isWhitespace(text.charAt(i)) ? 1 : 0;
    }
    return Math.max(0, words - 1);
  }

  /** The first article in scope that carries the sentence (all articles when the scope is empty). */
  static String primaryArticle(Hit hit, Set<String> scope) {
    for (Occurrence o : hit.occurrences()) {
      if (scope.isEmpty() || scope.contains(o.articleId())) {
        return o.articleId();
      }
    }
    return null;
  }

  private static Set<String> askedWords(String question) {
    Set<String> words = new HashSet<>();
    for (String w : question.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  /** Judges sentences for one question. */
  private final class Judge {
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

    Judge(QueryPlan plan, TermRarity rarity, Set<String> asked, boolean oneArticle) {
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
     * The sentence judged in its article, or null when it holds no word of the question or misses a figure the
     * question names; {@link Evidence#barred()} when its context covers too little of the question.
     */
    Candidate candidate(Ranked r, String articleId, StoredArticle article) {
      if (r.scored().coverage() <= 0) {
        return null;
      }
      Map<String, Double> covered = new HashMap<>();
      // one look-up of the sentence's analysis serves its concepts and its answer spans
      Analyses.Analysis analysis = analyses.of(r.hit().text());
      conceptsByText.computeIfAbsent(r.hit().text(), text -> concepts(text, analysis.terms()))
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
      return new Candidate(r, articleId, context, coverage, own, new Evidence(rarestOwn, rareMissing, semanticLow, barred),
          focus(r, analysis), null, 0);
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
      conceptsByText.computeIfAbsent(text, t -> concepts(t, analyses.terms(t)))
          .forEach((concept, weight) -> covered.merge(concept, weight, Math::max));
    }

    /**
     * Question concepts in the text, whose analyzed terms are {@code terms}, each with its weight (1 for the
     * question's word, less for a synonym).
     */
    private Map<String, Double> concepts(String text, List<String> terms) {
      Map<String, Double> found = new LinkedHashMap<>();
      for (String term : terms) {
        String concept = plan.concept(term);
        if (concept != null) {
          found.merge(concept, plan.weight(term), Math::max);
        }
      }
      // most questions name no alias: the text is lowered only for one that does
      String lower = aliases.isEmpty() ? null : text.toLowerCase(Locale.ROOT);
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
}
