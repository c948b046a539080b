package com.verbatim.ingest;

import com.verbatim.bus.Addresses;
import com.verbatim.bus.Replies;
import com.verbatim.model.Article;
import com.verbatim.model.IngestResult;
import com.verbatim.model.NewArticle;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes articles in: validates them, gives each its stable id, has the dedup verticle split it
 * and the index verticle store it. On start it ingests the sample corpus when configured.
 */
public class IngestVerticle extends VerticleBase {

  private static final Logger LOG = LoggerFactory.getLogger(IngestVerticle.class);

  @Override
  public Future<?> start() {
    boolean samples = config().getBoolean("samples", true);
    return vertx.eventBus().<JsonObject>consumer(Addresses.ARTICLES_INGEST, this::onIngest).completion()
        .compose(ready -> samples ? ingestSamples() : Future.succeededFuture());
  }

  private void onIngest(Message<JsonObject> message) {
    Future.succeededFuture(message.body())
        .map(NewArticle::fromJson)
        .compose(this::ingest)
        .onSuccess(result -> message.reply(result.toJson()))
        .onFailure(error -> Replies.fail(message, error));
  }

  /** The whole pipeline for one validated article. */
  Future<IngestResult> ingest(NewArticle input) {
    Article article = Article.of(ArticleIds.of(input), input);
    EventBus bus = vertx.eventBus();
    return bus.<JsonObject>request(Addresses.DEDUP_SPLIT, article.toJson())
        .compose(split -> bus.<JsonObject>request(Addresses.INDEX_STORE, split.body()))
        .map(stored -> IngestResult.fromJson(stored.body()));
  }

  private Future<?> ingestSamples() {
    return vertx.executeBlocking(SampleCorpus::articles)
        .compose(this::ingestInOrder)
        .onSuccess(v -> LOG.info("Sample corpus ready"));
  }

  private Future<Void> ingestInOrder(List<NewArticle> articles) {
    Future<Void> chain = Future.succeededFuture();
    for (NewArticle article : articles) {
      chain = chain.compose(v -> ingest(article))
          .onSuccess(r -> LOG.info("Sample {}: {} ({} sentences, {} repeats removed)", r.id(), r.status(),
              r.sentences(), r.repeatsRemoved()))
          .mapEmpty();
    }
    return chain;
  }
}
