package com.verbatim.eval.newsqa;

import com.verbatim.dedup.RepeatRemover;
import com.verbatim.ingest.ArticleIds;
import com.verbatim.model.Article;
import com.verbatim.model.NewArticle;
import com.verbatim.model.SplitArticle.SplitSentence;
import com.verbatim.split.SentenceSplitter;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Checks the news question files against the raw BBC text ({@code articles.jsonl}, read in place): every
 * gold article id exists, its substring occurs exactly once in that article's body and lies inside one
 * sentence as the product splits the article (else no answer could ever match it), question ids are
 * unique over both splits, and each question sits in the split the dealing rule gives it: within each
 * batch of {@link #DEALS} and each kind, questions ordered by SHA-256 of {@value #SEED}{@code <qid>} and
 * dealt alternately, first to dev. A batch added later is dealt on its own, so earlier questions keep their
 * split.
 * The format itself is checked by {@link NewsQuestion#load}. Prints every problem and exits 1 when there is
 * one:
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.verbatim.eval.newsqa.NewsQaCheck</pre>
 */
public final class NewsQaCheck {

  static final String SEED = "verbatim-newsqa-42:";
  /** The batches the questions were dealt in, each named by its question-id prefixes, oldest first. */
  static final List<List<String>> DEALS = List.of(List.of("p1-", "p2-"), List.of("p3-"));

  private NewsQaCheck() {
  }

  /** Entry point; see the class comment. Optional arguments: {@code news=FILE}, {@code questions=DIR}. */
  public static void main(String[] args) throws IOException {
    Path news = NewsQaEval.NEWS;
    Path dir = NewsQaEval.QUESTIONS;
    for (String arg : args) {
      if (arg.startsWith("news=")) {
        news = Path.of(arg.substring(5));
      } else if (arg.startsWith("questions=")) {
        dir = Path.of(arg.substring(10));
      }
    }
    List<NewsQuestion> dev = NewsQuestion.load(dir.resolve("dev.tsv"));
    List<NewsQuestion> test = NewsQuestion.load(dir.resolve("test.tsv"));
    Map<String, JsonObject> articles = articles(news);
    List<String> problems = problems(dev, test, texts(articles), productSentences(articles));
    problems.forEach(System.out::println);
    System.out.printf("%d dev and %d test questions, %d problems%n", dev.size(), test.size(), problems.size());
    if (!problems.isEmpty()) {
      System.exit(1);
    }
  }

  /** Every article of the corpus file as its JSON line, by BBC id. */
  public static Map<String, JsonObject> articles(Path jsonl) throws IOException {
    Map<String, JsonObject> out = new HashMap<>();
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonObject j = new JsonObject(line);
        out.put(j.getString("id"), j);
      }
    }
    return out;
  }

  /** The body text of each article, by BBC id. */
  public static Map<String, String> texts(Map<String, JsonObject> articles) {
    Map<String, String> out = new HashMap<>();
    articles.forEach((id, j) -> out.put(id, j.getString("text")));
    return out;
  }

  /** The sentences of an article as the product splits it on ingest ({@link BbcCorpus} stores the same). */
  public static Function<String, List<String>> productSentences(Map<String, JsonObject> articles) {
    RepeatRemover remover = new RepeatRemover(new SentenceSplitter());
    return id -> {
      JsonObject j = articles.get(id);
      NewArticle article = new NewArticle(j.getString("title"), j.getString("text"), null, j.getString("source"), null);
      return remover.split(Article.of(ArticleIds.of(article), article)).sentences().stream().map(SplitSentence::text)
          .toList();
    };
  }

  /**
   * Every way the two splits break the rules in the class comment, one line each; empty when none.
   * {@code articles} gives each article's body, {@code sentences} its sentences as the product splits it.
   */
  public static List<String> problems(List<NewsQuestion> dev, List<NewsQuestion> test, Map<String, String> articles,
      Function<String, List<String>> sentences) {
    List<String> out = new ArrayList<>();
    Set<String> qids = new HashSet<>();
    Map<String, List<NewsQuestion>> byKind = new TreeMap<>();
    Set<NewsQuestion> inDev = new HashSet<>(dev);
    List<NewsQuestion> all = new ArrayList<>(dev);
    all.addAll(test);
    for (NewsQuestion q : all) {
      if (!qids.add(q.qid())) {
        out.add(q.qid() + ": question id used twice");
      }
      int deal = deal(q.qid());
      if (deal < 0) {
        out.add(q.qid() + ": no batch of DEALS has its prefix");
      }
      byKind.computeIfAbsent(deal + " " + q.kind(), k -> new ArrayList<>()).add(q);
      for (NewsQuestion.Gold g : q.gold()) {
        String text = articles.get(g.articleId());
        int n = text == null ? -1 : occurrences(text, g.substring());
        if (n != 1) {
          out.add(q.qid() + " " + g.articleId() + ": " + (n < 0 ? "no such article"
              : "substring found " + n + " times, not once: " + g.substring()));
        } else if (sentences.apply(g.articleId()).stream().noneMatch(s -> s.contains(g.substring()))) {
          out.add(q.qid() + " " + g.articleId() + ": substring spans two sentences: " + g.substring());
        }
      }
    }
    byKind.values().forEach(questions -> {
      questions.sort(Comparator.comparing((NewsQuestion q) -> dealKey(q.qid())));
      for (int i = 0; i < questions.size(); i++) {
        NewsQuestion q = questions.get(i);
        boolean toDev = i % 2 == 0;
        if (toDev != inDev.contains(q)) {
          out.add(q.qid() + ": the dealing rule puts it in " + (toDev ? "dev" : "test"));
        }
      }
    });
    return out;
  }

  private static int deal(String qid) {
    for (int i = 0; i < DEALS.size(); i++) {
      if (DEALS.get(i).stream().anyMatch(qid::startsWith)) {
        return i;
      }
    }
    return -1;
  }

  /** Occurrences of {@code part} in {@code text}, overlapping ones included. */
  static int occurrences(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  /** The hex SHA-256 of {@value #SEED}{@code qid}, the order questions of one kind are dealt in. */
  static String dealKey(String qid) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest((SEED + qid).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
