package com.verbatim.eval.newsqa;

import com.verbatim.dedup.RepeatRemover;
import com.verbatim.index.SentenceIndex;
import com.verbatim.ingest.ArticleIds;
import com.verbatim.model.Article;
import com.verbatim.model.ArticleView;
import com.verbatim.model.IngestResult;
import com.verbatim.model.NewArticle;
import com.verbatim.model.SplitArticle;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The BBC corpus as the product stores it, with the map from the product's article ids back to BBC ids
 * (several BBC ids when the product merged identical bodies into one article).
 */
public final class BbcCorpus {

  private static final int BATCH = 500;

  private final SentenceIndex index;
  private final Map<String, Set<String>> bbcIds = new HashMap<>();
  private final Map<String, String> productIds = new HashMap<>();
  private final Map<String, List<String>> sentences = new HashMap<>();

  private BbcCorpus(SentenceIndex index) {
    this.index = index;
  }

  /** Splits and stores every article in batches of {@value #BATCH}, one commit each, as bulk ingest does. */
  public static BbcCorpus ingest(Path jsonl, SentenceIndex index, RepeatRemover remover) throws IOException {
    BbcCorpus corpus = new BbcCorpus(index);
    List<String> ids = new ArrayList<>();
    List<SplitArticle> batch = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonObject j = new JsonObject(line);
      NewArticle article = new NewArticle(j.getString("title"), j.getString("text"), null, j.getString("source"), null);
      ids.add(j.getString("id"));
      batch.add(remover.split(Article.of(ArticleIds.of(article), article)));
      if (batch.size() == BATCH) {
        corpus.store(ids, batch);
      }
    }
    corpus.store(ids, batch);
    return corpus;
  }

  private void store(List<String> ids, List<SplitArticle> batch) throws IOException {
    List<IngestResult> results = index.storeAll(batch);
    for (int i = 0; i < results.size(); i++) {
      bbcIds.computeIfAbsent(results.get(i).id(), k -> new LinkedHashSet<>()).add(ids.get(i));
      productIds.put(ids.get(i), results.get(i).id());
    }
    ids.clear();
    batch.clear();
  }

  int articles() {
    return bbcIds.size();
  }

  Set<String> bbcIds(String productId) {
    return bbcIds.getOrDefault(productId, Set.of());
  }

  /** Sentence {@code n} (1-based) of a stored article, as the product split it; empty when there is none. */
  String sentence(String productId, int n) {
    List<String> own = sentences(productId);
    return n >= 1 && n <= own.size() ? own.get(n - 1) : "";
  }

  /** Whether sentence {@code n} (1-based) of the stored article {@code productId} is one of {@code q}'s gold sentences. */
  public boolean answers(NewsQuestion q, String productId, int n) {
    for (NewsQuestion.Gold g : q.gold()) {
      if (bbcIds(productId).contains(g.articleId()) && sentence(productId, n).contains(g.substring())) {
        return true;
      }
    }
    return false;
  }

  /** The product sentence of the gold article holding the gold substring, or a note that none does. */
  String sentenceWith(NewsQuestion.Gold gold) {
    String id = productIds.get(gold.articleId());
    return id == null ? "(unknown article)" : sentences(id).stream().filter(s -> s.contains(gold.substring()))
        .findFirst().orElse("(no sentence holds: " + gold.substring() + ")");
  }

  /** Gold entries whose substring no single product sentence of their article holds. */
  List<String> unplacedGold(List<NewsQuestion> questions) {
    List<String> out = new ArrayList<>();
    for (NewsQuestion q : questions) {
      for (NewsQuestion.Gold g : q.gold()) {
        if (sentenceWith(g).startsWith("(")) {
          out.add(q.qid() + " " + g.articleId() + " " + sentenceWith(g));
        }
      }
    }
    return out;
  }

  private List<String> sentences(String productId) {
    return sentences.computeIfAbsent(productId, id -> {
      try {
        return index.article(id).map(ArticleView::sentences).orElse(List.of());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
