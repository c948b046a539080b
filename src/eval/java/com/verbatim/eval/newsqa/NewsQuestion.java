package com.verbatim.eval.newsqa;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One question of our news set: its kind (who, why, how-old, ..., {@code none} when the corpus cannot
 * answer it) and its gold sentences, each named by BBC article id and a short substring (at most 8
 * words) that occurs once in that article. Read from a TSV file {@code qid kind question gold}, gold
 * entries {@code articleId|substring} separated by {@code " || "}, or {@code -}.
 */
public record NewsQuestion(String qid, String kind, String question, List<Gold> gold) {

  record Gold(String articleId, String substring) {
  }

  public boolean answerable() {
    return !gold.isEmpty();
  }

  public static List<NewsQuestion> load(Path file) throws IOException {
    List<NewsQuestion> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 4) {
        throw new IllegalArgumentException(file + ": expected 4 tab-separated fields: " + line);
      }
      List<Gold> gold = f[3].strip().equals("-") ? List.of() : Arrays.stream(f[3].split(" \\|\\| "))
          .map(g -> g.split("\\|", 2)).map(p -> new Gold(p[0].strip(), p[1].strip())).toList();
      out.add(new NewsQuestion(f[0].strip(), f[1].strip(), f[2].strip(), gold));
    }
    return out;
  }
}
