package com.verbatim.eval;

import com.verbatim.split.SentenceSplitter;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Scores a sentence splitter on the English "Golden Rules" of pragmatic_segmenter / pySBD: each
 * rule passes when the trimmed sentences equal the expected list exactly. Prints every failing rule
 * and the score.
 *
 * <p>A command-line report, not a service: it writes to standard output rather than SLF4J because
 * {@code mvn -q} raises the SLF4J simple-logger level for the whole JVM and would hide the report.
 *
 * <p>Usage: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=com.verbatim.eval.GoldenRulesEval [-Dexec.args="path/to/golden_rules_en.json [verbatim|jdk]"]}.
 * The second argument picks one candidate: {@code verbatim} ({@link SentenceSplitter}) or {@code jdk}, the
 * JDK's {@link BreakIterator} kept as a baseline. Without it both are scored in the same run, and only
 * {@code verbatim}'s failures are printed.
 */
public final class GoldenRulesEval {

  private static final String DEFAULT_PATH = "../shared/eval/sbd-golden-rules/golden_rules_en.json";

  private GoldenRulesEval() {}

  public static void main(String[] args) throws IOException {
    Path path = Path.of(args.length > 0 ? args[0] : DEFAULT_PATH);
    JsonArray rules = new JsonArray(Files.readString(path, StandardCharsets.UTF_8));
    if (args.length > 1) {
      report(rules, args[1], System.out);
    } else {
      report(rules, "verbatim", System.out);
      report(rules, "jdk", new PrintStream(OutputStream.nullOutputStream()));
    }
  }

  private static void report(JsonArray rules, String candidate, PrintStream failures) {
    Function<String, List<String>> splitter = switch (candidate) {
      case "verbatim" -> new SentenceSplitter()::split;
      case "jdk" -> GoldenRulesEval::jdkSplit;
      default -> throw new IllegalArgumentException("Unknown candidate " + candidate + ": use verbatim or jdk");
    };
    int passed = passed(rules, splitter, failures);
    System.out.printf("Golden Rules: %d/%d (%s)%n", passed, rules.size(), candidate);
  }

  /** How many rules of {@code rules} the splitter passes; each failure is printed to {@code out}. */
  public static int passed(JsonArray rules, Function<String, List<String>> splitter, PrintStream out) {
    int passed = 0;
    for (int i = 0; i < rules.size(); i++) {
      JsonObject rule = rules.getJsonObject(i);
      List<String> expected = trimmed(rule.getJsonArray("sentences").getList());
      List<String> got = trimmed(splitter.apply(rule.getString("text")));
      if (expected.equals(got)) {
        passed++;
      } else {
        out.printf("FAIL rule %d (%s)%n  expected %s%n  got      %s%n", rule.getInteger("pysbd_rule"),
            rule.getString("name"), expected, got);
      }
    }
    return passed;
  }

  private static List<String> trimmed(List<?> sentences) {
    List<String> out = new ArrayList<>();
    for (Object s : sentences) {
      out.add(s.toString().strip());
    }
    return out;
  }

  private static List<String> jdkSplit(String text) {
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    it.setText(text);
    List<String> out = new ArrayList<>();
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      String s = text.substring(start, end).strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }
}
