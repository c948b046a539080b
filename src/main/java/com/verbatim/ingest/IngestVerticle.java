package com.verbatim.ingest;

import com.verbatim.bus.Addresses;
import com.verbatim.bus.ApiException;
import com.verbatim.bus.Replies;
import com.verbatim.model.Article;
import com.verbatim.model.BulkRequest;
import com.verbatim.model.BulkResult;
import com.verbatim.model.IngestResult;
import com.verbatim.model.IngestResults;
import com.verbatim.model.ItemResult;
import com.verbatim.model.NewArticle;
import com.verbatim.model.SplitArticle;
import com.verbatim.model.SplitBatch;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes articles in: validates them, gives each its stable id, has the dedup verticle split it
 * and the index verticle store it. Many articles at once are stored under one commit. On start it
 * ingests the sample corpus and the import folder when configured.
 */
public class IngestVerticle extends VerticleBase {

  private static final Logger LOG = LoggerFactory.getLogger(IngestVerticle.class);
  /** A large batch is one long commit; the default 30 s bus timeout would fail it needlessly. */
  private static final DeliveryOptions BATCH = new DeliveryOptions().setSendTimeout(300_000);

  @Override
  public Future<?> start() {
    IngestConfig config = IngestConfig.fromJson(config());
    EventBus bus = vertx.eventBus();
    return Future.all(
            bus.<JsonObject>localConsumer(Addresses.ARTICLES_INGEST, this::onIngest).completion(),
            bus.<JsonObject>localConsumer(Addresses.ARTICLES_INGEST_ALL, this::onIngestAll).completion())
        .compose(ready -> config.samples() ? ingestSamples() : Future.succeededFuture())
        .compose(ready -> config.importDir().map(this::importDir).orElseGet(Future::succeededFuture));
  }

  private void onIngest(Message<JsonObject> message) {
    Future.succeededFuture(message.body())
        .map(NewArticle::fromJson)
        .compose(this::ingest)
        .onSuccess(result -> message.reply(result.toJson()))
        .onFailure(error -> Replies.fail(message, error));
  }

  private void onIngestAll(Message<JsonObject> message) {
    Future.succeededFuture(message.body())
        .map(BulkRequest::fromJson)
        .compose(this::ingestAll)
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

  /**
   * Validates every item, splits the valid ones and stores them with one commit. An invalid item
   * is refused on its own; a failed commit fails the whole request, so nothing is acknowledged
   * that is not on disk.
   */
  Future<BulkResult> ingestAll(BulkRequest request) {
    List<ItemResult> refused = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    List<Future<SplitArticle>> splits = new ArrayList<>();
    for (BulkRequest.Item item : request.items()) {
      try {
        NewArticle input = NewArticle.fromJson(item.article());
        positions.add(item.index());
        splits.add(split(Article.of(ArticleIds.of(input), input)));
      } catch (ApiException e) {
        refused.add(ItemResult.refused(item.index(), e.code(), e.getMessage()));
      }
    }
    if (splits.isEmpty()) {
      return Future.succeededFuture(new BulkResult(refused));
    }
    return Future.all(splits)
        .map(all -> new SplitBatch(splits.stream().map(Future::result).toList()))
        .compose(batch -> vertx.eventBus().<JsonObject>request(Addresses.INDEX_STORE_ALL, batch.toJson(), BATCH))
        .map(reply -> merge(refused, positions, IngestResults.fromJson(reply.body()).results()));
  }

  private Future<SplitArticle> split(Article article) {
    return vertx.eventBus().<JsonObject>request(Addresses.DEDUP_SPLIT, article.toJson())
        .map(reply -> SplitArticle.fromJson(reply.body()));
  }

  private static BulkResult merge(List<ItemResult> refused, List<Integer> positions, List<IngestResult> stored) {
    List<ItemResult> items = new ArrayList<>(refused);
    for (int i = 0; i < stored.size(); i++) {
      items.add(ItemResult.stored(positions.get(i), stored.get(i)));
    }
    return new BulkResult(items);
  }

  /** The shipped samples go through the bulk path: one commit, a no-op when they are already stored. */
  private Future<?> ingestSamples() {
    return vertx.executeBlocking(SampleCorpus::articles)
        .map(IngestVerticle::asBulk)
        .compose(this::ingestAll)
        .onSuccess(r -> LOG.info("Sample corpus ready: {} of {} articles stored", r.stored(), r.items().size()));
  }

  private static BulkRequest asBulk(List<NewArticle> articles) {
    List<BulkRequest.Item> items = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      items.add(new BulkRequest.Item(i, articles.get(i).toJson()));
    }
    return new BulkRequest(items);
  }

  /** Imports the folder in chunks, each under one commit; files already imported come back unchanged. */
  private Future<?> importDir(Path dir) {
    return vertx.executeBlocking(() -> DirectoryImport.read(dir))
        .compose(found -> {
          Future<Void> chain = Future.succeededFuture();
          for (BulkRequest chunk : found.chunks(DirectoryImport.CHUNK)) {
            chain = chain.compose(v -> ingestAll(chunk)).onSuccess(r -> LOG.info("Imported {} of {} files from {}",
                r.stored(), r.items().size(), dir)).mapEmpty();
          }
          found.unreadable().forEach(problem -> LOG.warn("Not imported: {}", problem));
          return chain;
        });
  }
}
