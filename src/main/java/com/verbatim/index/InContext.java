package com.verbatim.index;

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
import java.util.regex.Pattern;

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

    Candidate withFocus(List<int[]> spans) {
      return new Candidate(ranked, articleId, context, coverage, own, evidence, spans, features, score);
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

  /** Words between an answer span and the question's words at which the focus bonus has fallen to a quarter. */
  static final int FOCUS_WINDOW = 12;

  private static final Comparator<Candidate> ORDER = Comparator.comparingDouble(Candidate::score).reversed()
      .thenComparingInt(c -> c.ranked().n()).thenComparing(c -> c.ranked().hit().key());

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

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

  /**
   * The candidates, best first; none when no candidate clears the evidence bars (the product abstains).
   * {@code articles} from {@link #articles}.
   */
  List<Candidate> rank(QueryPlan plan, String question, TermRarity rarity, List<Ranked> ranked, Set<String> scope,
      Map<String, StoredArticle> articles) {
    CandidateJudge judge = new CandidateJudge(analyses, settings, plan, rarity, askedWords(question),
        scope.size() == 1);
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
    // the bars decide whether the question is answered at all, before any answer span is looked for
    if (judged.stream().allMatch(c -> c.evidence().barred())) {
      return List.of();
    }
    judged.replaceAll(judge::focused);
    if (model != null) {
      return learned(plan.kind(), judged, model);
    }
    // the article's evidence is its best sentence in context; within one article, sentences compete on their
    // own words and on holding the kind of answer asked for
    if (scope.size() == 1) {
      // every sentence of one article shares the title and lead the bars read: they say little about which
      // sentence answers, so all compete on their scores
      return handScored(plan.kind(), judged, judged).stream().sorted(ORDER).toList();
    }
    // over many articles the bars pick the articles that answer: sentences that clear them come first (their
    // article's best context among those), and the others follow (their article's best context among them all)
    List<Candidate> cleared = judged.stream().filter(c -> !c.evidence().barred()).toList();
    List<Candidate> barred = judged.stream().filter(c -> c.evidence().barred()).toList();
    List<Candidate> out = new ArrayList<>(handScored(plan.kind(), cleared, cleared).stream().sorted(ORDER).toList());
    handScored(plan.kind(), barred, judged).stream().sorted(ORDER).forEach(out::add);
    return out;
  }

  /**
   * {@code judged} scored by the hand-set combination of {@link ContextSettings}, each article's best context
   * taken among {@code context}.
   */
  private List<Candidate> handScored(QuestionKind kind, List<Candidate> judged, List<Candidate> context) {
    Map<String, Double> articleContext = new HashMap<>();
    context.forEach(c -> articleContext.merge(c.articleId(), c.context(), Math::max));
    return judged.stream()
        .map(c -> c.scored(untypedShare(kind, c) * (settings.sentenceWeight() * c.ranked().scored().score()
            + settings.contextWeight() * (settings.ownContext() * c.context()
                + (1 - settings.ownContext()) * articleContext.get(c.articleId()))
            + focusBonus(kind, c))))
        .toList();
  }

  /**
   * The candidates scored by the learned model, those under its bar dropped, best first (some candidate clears
   * the evidence bars). Sentences the bars drop still compete, so a question that has evidence can be
   * answered by a sentence that repeats less of it ("Mr Knight, 39, was jailed").
   */
  private List<Candidate> learned(QuestionKind kind, List<Candidate> all, AnswerModel model) {
    // the hand-set combination, bars aside, is one of the features
    List<Candidate> judged = handScored(kind, all, all);
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
    for (String w : NOT_WORD.split(question.toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }
}
