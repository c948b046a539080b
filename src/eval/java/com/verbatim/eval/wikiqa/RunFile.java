package com.verbatim.eval.wikiqa;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A system's scored candidates in TREC run format: {@code qid iter docno rank score run_id}.
 *
 * <p>As in {@code trec_eval}, only the query id, docno and score are read; the rank column is ignored and
 * the ranking is derived from the scores by {@link TrecEval}.
 */
public final class RunFile {

  /** One scored docno of a query. */
  public record Result(String docno, double score) {
    public Result {
      Objects.requireNonNull(docno, "docno");
    }
  }

  private final Map<String, List<Result>> results;

  private RunFile(Map<String, List<Result>> results) {
    this.results = results;
  }

  /** A run from results grouped by query id; the map's iteration order is the order written out. */
  public static RunFile of(Map<String, List<Result>> results) {
    Map<String, List<Result>> copy = new LinkedHashMap<>();
    results.forEach((qid, list) -> copy.put(qid, List.copyOf(list)));
    return new RunFile(copy);
  }

  /** Reads a run file such as {@code WikiQA.CNN.test.rank}. */
  public static RunFile read(Path file) {
    try {
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Parses run lines; blank lines are skipped. */
  public static RunFile parse(List<String> lines) {
    Map<String, List<Result>> results = new LinkedHashMap<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n).strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\\s+");
      if (f.length != 6) {
        throw new IllegalArgumentException("run line " + (n + 1) + ": expected 6 fields, got " + f.length);
      }
      results.computeIfAbsent(f[0], q -> new ArrayList<>()).add(new Result(f[2], Double.parseDouble(f[4])));
    }
    return new RunFile(results);
  }

  /** The query ids in the run, in file order. */
  public Set<String> queryIds() {
    return Collections.unmodifiableSet(results.keySet());
  }

  /** The results of {@code qid} in file order, or an empty list. */
  public List<Result> results(String qid) {
    return results.getOrDefault(qid, List.of());
  }

  /**
   * Writes the run in the layout of the WikiQA {@code .rank} files, {@code qid 0 docno 0 score 0}, with
   * scores printed to 6 decimals.
   */
  public void write(Path file) {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, List<Result>> query : results.entrySet()) {
        for (Result r : query.getValue()) {
          out.write(String.format(Locale.ROOT, "%s 0 %s 0 %.6f 0\n", query.getKey(), r.docno(), r.score()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
