package com.verbatim.eval.extraction;

import com.verbatim.extract.ArticleExtractor;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Scores {@link ArticleExtractor} on the 181 pages of the article-extraction benchmark
 * ({@code ../shared/eval/article-extraction}), after checking the scorer against the benchmark's
 * reference scores for the 23 saved extractor outputs. Prints our P/R/F1 among the published rows.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.verbatim.eval.extraction.ExtractionEval \
 *     -Dexec.args="[data dir] [worst pages to list]"</pre>
 */
public final class ExtractionEval {

  private static final double TOLERANCE = 1e-5;

  private ExtractionEval() {
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/eval/article-extraction");
    int worst = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    JsonObject truth = new JsonObject(Files.readString(dir.resolve("ground-truth.json")));
    JsonObject reference = new JsonObject(Files.readString(dir.resolve("reference-scores.json"))).getJsonObject("systems");

    int checked = selfCheck(dir, truth, reference);
    System.out.printf("Scorer self-check: %d systems match reference-scores.json (overall and per page)%n%n", checked);

    long start = System.nanoTime();
    Map<String, String> ours = extractAll(dir, truth);
    double seconds = (System.nanoTime() - start) / 1e9;
    List<ShingleScorer.Page> pages = new ArrayList<>();
    Map<String, ShingleScorer.Page> byId = new LinkedHashMap<>();
    for (String id : truth.fieldNames()) {
      ShingleScorer.Page page = ShingleScorer.page(truth.getJsonObject(id).getString("articleBody"), ours.get(id));
      pages.add(page);
      byId.put(id, page);
    }
    ShingleScorer.Scores scores = ShingleScorer.macro(pages);
    printTable(reference, scores);
    System.out.printf("%nExtraction time: %.1f s for %d pages (%.1f ms/page)%n", seconds, pages.size(),
        seconds * 1000 / pages.size());
    if (worst > 0) {
      printWorst(byId, truth, worst);
    }
    Path out = Path.of("target", "extraction-output.json");
    Files.createDirectories(out.getParent());
    JsonObject saved = new JsonObject();
    ours.forEach((id, text) -> saved.put(id, new JsonObject().put("articleBody", text)));
    Files.writeString(out, saved.encodePrettily());
    System.out.println("Our outputs: " + out);
  }

  /** Our extractor's body for every page, by id. */
  static Map<String, String> extractAll(Path dir, JsonObject truth) throws IOException {
    Map<String, String> ours = new LinkedHashMap<>();
    for (String id : truth.fieldNames()) {
      String url = truth.getJsonObject(id).getString("url");
      ours.put(id, ArticleExtractor.extract(gunzip(dir.resolve("html").resolve(id + ".html.gz")), "UTF-8", url).text());
    }
    return ours;
  }

  /** Checks the scorer against the reference, then scores our extractor: for the regression test. */
  static ShingleScorer.Scores checkAndScore(Path dir) throws IOException {
    JsonObject truth = new JsonObject(Files.readString(dir.resolve("ground-truth.json")));
    selfCheck(dir, truth, new JsonObject(Files.readString(dir.resolve("reference-scores.json"))).getJsonObject("systems"));
    Map<String, String> ours = extractAll(dir, truth);
    return ShingleScorer.macro(truth.fieldNames().stream()
        .map(id -> ShingleScorer.page(truth.getJsonObject(id).getString("articleBody"), ours.get(id))).toList());
  }

  /** Recomputes every saved system's scores and fails loudly on any difference from the reference. */
  private static int selfCheck(Path dir, JsonObject truth, JsonObject reference) throws IOException {
    int checked = 0;
    for (String system : reference.fieldNames()) {
      JsonObject saved = new JsonObject(Files.readString(dir.resolve("output").resolve(system + ".json")));
      JsonObject outputs = saved.containsKey("output") && saved.getValue("output") instanceof JsonObject o ? o : saved;
      JsonObject expected = reference.getJsonObject(system);
      List<ShingleScorer.Page> pages = new ArrayList<>();
      for (String id : truth.fieldNames()) {
        JsonObject item = outputs.getJsonObject(id);
        String body = item == null ? null : item.getString("articleBody");
        ShingleScorer.Page page = ShingleScorer.page(truth.getJsonObject(id).getString("articleBody"), body);
        pages.add(page);
        JsonObject doc = expected.getJsonObject("per_document").getJsonObject(id);
        require(close(doc.getDouble("tp"), page.tp()) && close(doc.getDouble("fp"), page.fp())
            && close(doc.getDouble("fn"), page.fn()) && doc.getBoolean("exact") == page.exact(), system + " page " + id);
      }
      ShingleScorer.Scores s = ShingleScorer.macro(pages);
      require(close(expected.getDouble("f1"), s.f1()) && close(expected.getDouble("precision"), s.precision())
          && close(expected.getDouble("recall"), s.recall()) && close(expected.getDouble("accuracy"), s.accuracy()),
          system + " overall");
      checked++;
    }
    return checked;
  }

  private static void printTable(JsonObject reference, ShingleScorer.Scores ours) {
    record Row(String name, double p, double r, double f1, double acc) {
    }
    List<Row> rows = new ArrayList<>();
    for (String system : reference.fieldNames()) {
      JsonObject s = reference.getJsonObject(system);
      rows.add(new Row(system, s.getDouble("precision"), s.getDouble("recall"), s.getDouble("f1"),
          s.getDouble("accuracy")));
    }
    rows.add(new Row(">>> verbatim ArticleExtractor", ours.precision(), ours.recall(), ours.f1(), ours.accuracy()));
    rows.sort(Comparator.comparingDouble(Row::f1).reversed());
    System.out.printf("%-32s %9s %9s %9s %9s%n", "extractor", "F1", "precision", "recall", "accuracy");
    rows.forEach(r -> System.out.printf("%-32s %9.3f %9.3f %9.3f %9.3f%n", r.name(), r.f1(), r.p(), r.r(), r.acc()));
  }

  private static void printWorst(Map<String, ShingleScorer.Page> byId, JsonObject truth, int n) {
    System.out.println("\nWorst pages (by per-page F1):");
    byId.entrySet().stream()
        .sorted(Comparator.comparingDouble(e -> f1(e.getValue())))
        .limit(n)
        .forEach(e -> System.out.printf("  %.3f  P=%s R=%s  %s  %s%n", f1(e.getValue()), e.getValue().precision(),
            e.getValue().recall(), e.getKey().substring(0, 12), truth.getJsonObject(e.getKey()).getString("url")));
  }

  private static double f1(ShingleScorer.Page p) {
    double pr = p.precision() == null ? 0 : p.precision();
    double re = p.recall() == null ? 0 : p.recall();
    return pr + re == 0 ? 0 : 2 * pr * re / (pr + re);
  }

  private static boolean close(Double expected, double actual) {
    return expected != null && Math.abs(expected - actual) <= TOLERANCE;
  }

  private static void require(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("scorer differs from reference-scores.json: " + what);
    }
  }

  private static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }

}
