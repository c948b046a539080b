package com.verbatim.index;

import com.verbatim.answer.QuestionKind;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A question turned into what search needs: its content terms (analyzed, never parsed as query
 * syntax), their synonyms, and the expected answer type and kind. Words that only name the kind of
 * answer ("long" in "how long") are not terms.
 *
 * @param terms the question's own content terms, in order, without repeats
 * @param synonyms each synonym term and the question term it stands for
 * @param synonymWeight what a synonym counts relative to the question's own word
 */
record QueryPlan(List<String> terms, Map<String, String> synonyms, AnswerType answerType, float synonymWeight,
    QuestionKind kind, Set<String> names) {

  static QueryPlan of(String question, Analyzer analyzer, Synonyms synonymGroups, float synonymWeight) {
    QuestionKind kind = QuestionKind.of(question);
    Set<String> typeWords = new HashSet<>();
    kind.typeWords(question).forEach(w -> typeWords.addAll(Terms.analyze(analyzer, w)));
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
        nameTerms(question, analyzer, terms));
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
  private static Set<String> nameTerms(String question, Analyzer analyzer, List<String> terms) {
    Set<String> names = new HashSet<>();
    String[] words = question.strip().split("\\s+");
    long capitalized = Arrays.stream(words).skip(1).filter(QueryPlan::hasCapital).count();
    if (capitalized * 2 > words.length - 1) {
      return Set.of();
    }
    for (int i = 1; i < words.length; i++) {
      if (hasCapital(words[i]) && !words[i].matches("I(['\u2019]\\p{L}+)?")) {
        Terms.analyze(analyzer, words[i]).stream().filter(terms::contains).forEach(names::add);
      }
    }
    return Set.copyOf(names);
  }

  private static boolean hasCapital(String word) {
    return word.chars().anyMatch(Character::isUpperCase);
  }

  /** What a sentence term counts toward coverage: 1 for a question term, less for a synonym, 0 otherwise. */
  double weight(String term) {
    return terms.contains(term) ? 1.0 : synonyms.containsKey(term) ? synonymWeight : 0;
  }

  boolean isEmpty() {
    return terms.isEmpty();
  }

  /** The question term a sentence term stands for, or null when it matches none. */
  String concept(String term) {
    return terms.contains(term) ? term : synonyms.get(term);
  }

  /** Sentences matching any term or synonym, optionally only those carried by the scope's articles. */
  Query query(Set<String> scope) {
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    terms.forEach(t -> words.add(new TermQuery(new Term(Fields.TEXT, t)), Occur.SHOULD));
    synonyms.keySet().forEach(s -> words.add(
        new BoostQuery(new TermQuery(new Term(Fields.TEXT, s)), synonymWeight), Occur.SHOULD));
    if (scope.isEmpty()) {
      return words.build(); // only sentence documents have text, so no filter on the document type is needed
    }
    BooleanQuery.Builder carriers = new BooleanQuery.Builder();
    scope.forEach(id -> carriers.add(new TermQuery(new Term(Fields.CARRIED_BY, id)), Occur.SHOULD));
    return new BooleanQuery.Builder().add(words.build(), Occur.MUST).add(carriers.build(), Occur.FILTER).build();
  }
}
