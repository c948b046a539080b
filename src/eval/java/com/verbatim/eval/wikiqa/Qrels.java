package com.verbatim.eval.wikiqa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Relevance judgements in TREC qrels format: {@code qid iter docno rel}, whitespace separated.
 *
 * <p>Query ids and docnos are kept as strings, as {@code trec_eval} does. A judgement of 1 or more counts as
 * relevant.
 */
public final class Qrels {

  private final Map<String, Map<String, Integer>> judgements;

  private Qrels(Map<String, Map<String, Integer>> judgements) {
    this.judgements = judgements;
  }

  /** Reads a qrels file such as {@code WikiQA-test-filtered.ref}. */
  public static Qrels read(Path file) {
    try {
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Parses qrels lines; blank lines are skipped, a docno judged twice for one query is an error. */
  public static Qrels parse(List<String> lines) {
    Map<String, Map<String, Integer>> judgements = new LinkedHashMap<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n).strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\\s+");
      if (f.length != 4) {
        throw new IllegalArgumentException("qrels line " + (n + 1) + ": expected 4 fields, got " + f.length);
      }
      Integer previous = judgements.computeIfAbsent(f[0], q -> new LinkedHashMap<>())
          .put(f[2], Integer.parseInt(f[3]));
      if (previous != null) {
        throw new IllegalArgumentException("qrels line " + (n + 1) + ": duplicate docno " + f[2]
            + " for query " + f[0]);
      }
    }
    return new Qrels(judgements);
  }

  /** Judgements from the candidates' labels: query id {@link WikiQaData.Question#qid()}, docno per candidate. */
  public static Qrels fromLabels(List<WikiQaData.Question> questions) {
    Map<String, Map<String, Integer>> judgements = new LinkedHashMap<>();
    for (WikiQaData.Question q : questions) {
      Map<String, Integer> labels = new LinkedHashMap<>();
      q.candidates().forEach(c -> labels.put(c.docno(), c.label()));
      judgements.put(q.qid(), labels);
    }
    return new Qrels(judgements);
  }

  /** The judged query ids, in file order. */
  public Set<String> queryIds() {
    return Collections.unmodifiableSet(judgements.keySet());
  }

  /** Whether {@code docno} is judged relevant (level 1 or more) for {@code qid}. */
  public boolean isRelevant(String qid, String docno) {
    return judgements.getOrDefault(qid, Map.of()).getOrDefault(docno, 0) >= 1;
  }

  /** The number of relevant docnos for {@code qid}. */
  public int relevantCount(String qid) {
    return (int) judgements.getOrDefault(qid, Map.of()).values().stream().filter(r -> r >= 1).count();
  }
}
