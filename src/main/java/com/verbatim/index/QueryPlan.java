package com.verbatim.index;

import com.verbatim.answer.QuestionKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A question turned into what search needs: its content terms (analyzed, never parsed as query
 * syntax), their synonyms, and the expected answer type and kind. Words that only name the kind of
 * answer ("long" in "how long") are not terms. The rescoring asks a plan for the concept of every term of
 * every candidate, so each term's concept and weight are kept in one hash map.
 */
final class QueryPlan {

  /** The question term a sentence term stands for, and what it counts toward coverage. */
  record Concept(String term, double weight) {
  }

  /** Bits of {@link #hashFilter}: with a question's few dozen terms, one sentence term in forty passes it wrongly. */
  private static final int FILTER_BITS = 1024;
  private static final int[] NO_TOKENS = new int[0];

  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** "I" and its contractions ("I'm", "I\u2019ve"): a capital that names no one. */
  private static final Pattern FIRST_PERSON = Pattern.compile("I(['\u2019]\\p{L}+)?");

  private final List<String> terms;
  private final Map<String, String> synonyms;
  private final AnswerType answerType;
  private final float synonymWeight;
  private final QuestionKind kind;
  private final Set<String> names;
  private final Map<String, Concept> concepts = new HashMap<>();
  /**
   * A bit per hash code of each term that has a concept (a Bloom filter with one hash): most terms of a sentence are
   * none of the question's, and this tells them apart without touching the term's string.
   */
  private final long[] hashFilter = new long[FILTER_BITS / Long.SIZE];

  /**
   * @param terms the question's own content terms, in order, without repeats
   * @param synonyms each synonym term and the question term it stands for
   * @param synonymWeight what a synonym counts relative to the question's own word
   */
  QueryPlan(List<String> terms, Map<String, String> synonyms, AnswerType answerType, float synonymWeight,
      QuestionKind kind, Set<String> names) {
    this.terms = terms;
    this.synonyms = synonyms;
    this.answerType = answerType;
    this.synonymWeight = synonymWeight;
    this.kind = kind;
    this.names = names;
    synonyms.forEach((synonym, term) -> concepts.put(synonym, new Concept(term, synonymWeight)));
    terms.forEach(term -> concepts.put(term, new Concept(term, 1.0)));
    concepts.keySet().forEach(term -> {
      int bit = filterBit(term.hashCode());
      hashFilter[bit / Long.SIZE] |= 1L << bit;
    });
  }

  private static int filterBit(int hash) {
    return (hash * 0x9E3779B9) >>> (Integer.SIZE - Integer.numberOfTrailingZeros(FILTER_BITS));
  }

  List<String> terms() {
    return terms;
  }

  Map<String, String> synonyms() {
    return synonyms;
  }

  AnswerType answerType() {
    return answerType;
  }

  float synonymWeight() {
    return synonymWeight;
  }

  QuestionKind kind() {
    return kind;
  }

  Set<String> names() {
    return names;
  }

  static QueryPlan of(String question, Analyzer analyzer, Synonyms synonymGroups, float synonymWeight) {
    return of(question, analyzer, new WordTerms(analyzer, 0), synonymGroups, synonymWeight);
  }

  /** As {@link #of(String, Analyzer, Synonyms, float)}, the words analyzed on their own kept in {@code words}. */
  static QueryPlan of(String question, Analyzer analyzer, WordTerms words, Synonyms synonymGroups,
      float synonymWeight) {
    QuestionKind kind = QuestionKind.of(question);
    Set<String> typeWords = new HashSet<>();
    kind.typeWords(question).forEach(w -> typeWords.addAll(words.of(w)));
    Set<String> analyzed = new LinkedHashSet<>(Terms.analyze(analyzer, question));
    Set<String> topic = new LinkedHashSet<>(analyzed);
    topic.removeAll(typeWords); // "how long was the meeting": the answer need not say "long"
    if (!topic.isEmpty()) {
      analyzed = topic;
    }
    List<String> terms = List.copyOf(analyzed);
    Map<String, String> synonyms = new LinkedHashMap<>();
    for (String term : synonymWeight > 0 ? terms : List.<String>of()) {
      for (String synonym : synonymGroups.of(term)) {
        if (!terms.contains(synonym)) {
          synonyms.putIfAbsent(synonym, term);
        }
      }
    }
    return new QueryPlan(terms, Map.copyOf(synonyms), AnswerType.of(kind), synonymWeight, kind,
        nameTerms(question, words, terms));
  }

  /** A plan of already-analyzed terms alone: no synonyms, no answer type. */
  static QueryPlan ofTerms(List<String> terms) {
    return new QueryPlan(List.copyOf(new LinkedHashSet<>(terms)), Map.of(), AnswerType.NONE, 0f, QuestionKind.OTHER,
        Set.of());
  }

  /**
   * The terms of the question's names: words written with a capital ("Instagram", and "iPhone" or "eBay" with
   * one inside), other than the question's first word and "I". None when most words have a capital ("WHO WON
   * THE CUP", "What Is St. Lucia Known For"): then capitals do not tell names from other words.
   */
  private static Set<String> nameTerms(String question, WordTerms analyzed, List<String> terms) {
    Set<String> names = new HashSet<>();
    String[] words = SPACES.split(question.strip());
    long capitalized = Arrays.stream(words).skip(1).filter(QueryPlan::hasCapital).count();
    if (capitalized * 2 > words.length - 1) {
      return Set.of();
    }
    for (int i = 1; i < words.length; i++) {
      if (hasCapital(words[i]) && !FIRST_PERSON.matcher(words[i]).matches()) {
        analyzed.of(words[i]).stream().filter(terms::contains).forEach(names::add);
      }
    }
    return Set.copyOf(names);
  }

  private static boolean hasCapital(String word) {
    return word.chars().anyMatch(Character::isUpperCase);
  }

  /** What a sentence term counts toward coverage: 1 for a question term, less for a synonym, 0 otherwise. */
  double weight(String term) {
    Concept concept = concepts.get(term);
    return concept == null ? 0 : concept.weight();
  }

  boolean isEmpty() {
    return terms.isEmpty();
  }

  /** The question term a sentence term stands for, or null when it matches none. */
  String concept(String term) {
    Concept concept = concepts.get(term);
    return concept == null ? null : concept.term();
  }

  /** The question term a sentence term stands for and its weight, or null when it matches none. */
  Concept conceptOf(String term) {
    return concepts.get(term);
  }

  /** The places in {@code analysis}'s tokens of the terms that stand for a question term, in order. */
  int[] matched(Analyses.Analysis analysis) {
    int[] hashes = analysis.hashes();
    int[] out = null;
    int n = 0;
    for (int i = 0; i < hashes.length; i++) {
      int bit = filterBit(hashes[i]);
      if ((hashFilter[bit / Long.SIZE] & 1L << bit) != 0 && concepts.containsKey(analysis.tokens().get(i).term())) {
        if (out == null) {
          out = new int[hashes.length - i];
        }
        out[n++] = i;
      }
    }
    return out == null ? NO_TOKENS : n == out.length ? out : Arrays.copyOf(out, n);
  }

  /** Every term the query searches: the question's terms, then the synonyms. */
  List<String> searched() {
    List<String> out = new ArrayList<>(terms);
    out.addAll(synonyms.keySet());
    return out;
  }

  /** Sentences matching any term or synonym, optionally only those carried by the scope's articles. */
  Query query(Set<String> scope) {
    return query(scope, Map.of());
  }

  /**
   * As {@link #query(Set)}, the query of each term that {@code stats} holds carrying those statistics (built for
   * the searcher that runs it), so the search does not look the term up in every segment again; same scores.
   */
  Query query(Set<String> scope, Map<String, TermStates> stats) {
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    terms.forEach(t -> words.add(termQuery(t, stats), Occur.SHOULD));
    synonyms.keySet().forEach(s -> words.add(new BoostQuery(termQuery(s, stats), synonymWeight), Occur.SHOULD));
    if (scope.isEmpty()) {
      return words.build(); // only sentence documents have text, so no filter on the document type is needed
    }
    BooleanQuery.Builder carriers = new BooleanQuery.Builder();
    scope.forEach(id -> carriers.add(new TermQuery(new Term(Fields.CARRIED_BY, id)), Occur.SHOULD));
    return new BooleanQuery.Builder().add(words.build(), Occur.MUST).add(carriers.build(), Occur.FILTER).build();
  }

  private static Query termQuery(String term, Map<String, TermStates> stats) {
    TermStates states = stats.get(term);
    Term t = new Term(Fields.TEXT, term);
    return states == null ? new TermQuery(t) : new TermQuery(t, states);
  }
}
