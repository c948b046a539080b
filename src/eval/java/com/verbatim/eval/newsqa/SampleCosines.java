package com.verbatim.eval.newsqa;

import com.verbatim.dedup.RepeatRemover;
import com.verbatim.ingest.SampleCorpus;
import com.verbatim.model.Article;
import com.verbatim.ingest.ArticleIds;
import com.verbatim.semantic.Embedder;
import com.verbatim.split.SentenceSplitter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Probe: the e5 cosine of each sample question to its expected sentence, and the best cosine of any. */
public final class SampleCosines {
  private SampleCosines() {
  }

  public static void main(String[] args) throws Exception {
    var a = SampleCorpus.articles().get(0);
    List<String> sentences = new RepeatRemover(new SentenceSplitter()).split(Article.of(ArticleIds.of(a), a)).sentences().stream().map(s -> s.text()).toList();
    try (Embedder e = Embedder.load()) {
      List<float[]> pv = e.passages(sentences);
      for (String line : Files.readAllLines(Path.of("src/test/resources/index/sample-questions.csv"), StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] p = line.split("\\|");
        float[] q = e.query(p[0].strip());
        double best = -1;
        double gold = -1;
        for (int i = 0; i < sentences.size(); i++) {
          double d = 0;
          for (int k = 0; k < q.length; k++) {
            d += q[k] * pv.get(i)[k];
          }
          best = Math.max(best, d);
          if (sentences.get(i).contains(p[1].strip())) {
            gold = d;
          }
        }
        System.out.printf(Locale.ROOT, "%.3f %.3f %s%n", gold, best, p[0].strip());
      }
    }
  }
}
