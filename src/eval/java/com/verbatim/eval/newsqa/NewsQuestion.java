package com.verbatim.eval.newsqa;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One question of our news set: its kind (who, why, how-old, ..., {@code none} when the corpus cannot
 * answer it) and its gold sentences, each named by BBC article id and a short substring (at most 8
 * words) that occurs once in that article. Read from a TSV file {@code qid kind question gold}, gold
 * entries {@code articleId|substring} separated by {@code " || "}, or {@code -}. Loading rejects a file
 * that breaks this format, so a mistyped line fails loudly instead of scoring as a miss; whether the
 * substrings really occur once in their articles needs the corpus and is {@link NewsQaCheck}'s job.
 */
public record NewsQuestion(String qid, String kind, String question, List<Gold> gold) {

  /** The kinds of question in the set; {@code none} is the kind of every unanswerable one. */
  public static final Set<String> KINDS = Set.of("who", "what", "when", "where", "why", "how-many", "how-much",
      "how-old", "how-long", "yes-no", "paraphrase", "none");
  /** The longest gold substring, in whitespace-separated words. */
  public static final int MAX_GOLD_WORDS = 8;

  record Gold(String articleId, String substring) {
  }

  public boolean answerable() {
    return !gold.isEmpty();
  }

  public static List<NewsQuestion> load(Path file) throws IOException {
    List<NewsQuestion> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        out.add(parse(lines.get(i)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  /** One line of a question file (not the header); throws when it breaks the format in the class comment. */
  static NewsQuestion parse(String line) {
    String[] f = line.split("\t", -1);
    if (f.length != 4) {
      throw new IllegalArgumentException("expected 4 tab-separated fields, found " + f.length + ": " + line);
    }
    String kind = f[1].strip();
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("unknown kind '" + kind + "'");
    }
    List<Gold> gold = f[3].strip().equals("-") ? List.of() : gold(f[3]);
    if (kind.equals("none") != gold.isEmpty()) {
      throw new IllegalArgumentException("kind none goes with gold '-', and only it: " + line);
    }
    return new NewsQuestion(f[0].strip(), kind, f[2].strip(), gold);
  }

  private static List<Gold> gold(String field) {
    List<Gold> out = new ArrayList<>();
    for (String entry : field.split(" \\|\\| ")) {
      String[] p = entry.split("\\|", 2);
      if (p.length != 2 || p[0].isBlank() || p[1].isBlank()) {
        throw new IllegalArgumentException("gold entry is not articleId|substring: " + entry);
      }
      String substring = p[1].strip();
      if (substring.split("\\s+").length > MAX_GOLD_WORDS) {
        throw new IllegalArgumentException("gold substring longer than " + MAX_GOLD_WORDS + " words: " + substring);
      }
      out.add(new Gold(p[0].strip(), substring));
    }
    return out;
  }
}
