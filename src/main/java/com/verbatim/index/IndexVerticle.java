package com.verbatim.index;

import com.verbatim.dedup.NearDuplicateConfig;
import com.verbatim.dedup.NearDuplicateWords;
import com.verbatim.dedup.NearDuplicates;
import com.verbatim.bus.Addresses;
import com.verbatim.bus.ApiException;
import com.verbatim.bus.ErrorCode;
import com.verbatim.bus.Replies;
import com.verbatim.model.ArticleRef;
import com.verbatim.model.Ask;
import com.verbatim.model.IngestResult;
import com.verbatim.model.IngestResults;
import com.verbatim.model.SplitArticle;
import com.verbatim.model.SplitBatch;
import com.verbatim.model.UrlScope;
import com.verbatim.semantic.SemanticIndex;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.Callable;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the Lucene index. Every Lucene call runs on the named worker pool {@code verbatim-index}:
 * writes in order, searches side by side. With semantic ranking on, it also loads the embedding model and,
 * on the one-thread pool {@code verbatim-embed}, gives newly stored sentences their vectors after their
 * article was acknowledged (and, at start, those a crash left without one).
 */
public class IndexVerticle extends VerticleBase {

  private static final Logger LOG = LoggerFactory.getLogger(IndexVerticle.class);

  private WorkerExecutor workers;
  private GroupCommit<SplitArticle, IngestResult> commits;
  private SentenceIndex index;
  private AnswerFinder finder;
  /** Null when semantic ranking is off. */
  private SemanticIndex semantic;
  private WorkerExecutor embedWorker;
  private Future<Integer> embedding = Future.succeededFuture(0);
  private boolean embedAgain;

  @Override
  public Future<?> start() {
    IndexConfig config = IndexConfig.fromJson(config());
    RankingConfig ranking = RankingConfig.fromJson(config().getJsonObject("ranking"));
    workers = vertx.createSharedWorkerExecutor("verbatim-index", config.workerPoolSize());
    NearDuplicateConfig dedup = NearDuplicateConfig.fromJson(config().getJsonObject("dedup"));
    return workers.executeBlocking(() -> SentenceIndex.open(config.indexDir(),
            new NearDuplicates(dedup, NearDuplicateWords.load())))
        .compose(opened -> ranking.semantic() ? loadSemantic(opened) : Future.succeededFuture(opened))
        .onSuccess(this::use)
        .compose(opened -> registerConsumers())
        .onSuccess(v -> embedPending());
  }

  private Future<SentenceIndex> loadSemantic(SentenceIndex opened) {
    embedWorker = vertx.createSharedWorkerExecutor("verbatim-embed", 1);
    return workers.executeBlocking(() -> SemanticIndex.load(opened))
        .onSuccess(loaded -> semantic = loaded)
        .map(opened);
  }

  private void use(SentenceIndex opened) {
    index = opened;
    finder = new AnswerFinder(opened, semantic);
    commits = new GroupCommit<>(opened::storeAll, this::onPool);
    LOG.info("Opened {}, semantic ranking {}", opened, semantic == null ? "off" : "on");
  }

  /**
   * Embeds the sentences still without a vector on {@code verbatim-embed}, one run at a time; a call while
   * one runs asks for another run after it, which picks up what was stored meanwhile.
   */
  private void embedPending() {
    if (semantic == null) {
      return;
    }
    if (!embedding.isComplete()) {
      embedAgain = true;
      return;
    }
    embedAgain = false;
    embedding = embedWorker.executeBlocking(semantic::embedPending)
        .onSuccess(n -> LOG.debug("Embedded {} sentences", n))
        .onFailure(e -> LOG.warn("Embedding stored sentences failed; they are retried after the next store", e))
        .onComplete(done -> {
          if (embedAgain) {
            embedPending();
          }
        });
  }

  private Future<?> registerConsumers() {
    EventBus bus = vertx.eventBus();
    return Future.all(
        bus.<JsonObject>consumer(Addresses.INDEX_STORE, this::store).completion(),
        bus.<JsonObject>consumer(Addresses.INDEX_STORE_ALL, this::storeAll).completion(),
        bus.<JsonObject>consumer(Addresses.INDEX_DELETE, this::delete).completion(),
        bus.<JsonObject>consumer(Addresses.INDEX_SEARCH, this::search).completion(),
        bus.<JsonObject>consumer(Addresses.INDEX_ARTICLE, this::article).completion(),
        bus.<JsonObject>consumer(Addresses.INDEX_STATS, this::stats).completion())
        .compose(v -> bus.<JsonObject>consumer(Addresses.INDEX_RESOLVE_URLS, this::resolveUrls).completion());
  }

  @Override
  public Future<?> stop() {
    if (semantic != null) {
      semantic.stop();
    }
    return embedding.transform(done -> workers.executeBlocking(() -> {
      index.close();
      if (semantic != null) {
        semantic.close();
      }
      return null;
    })).eventually(() -> embedWorker == null ? workers.close() : embedWorker.close().eventually(workers::close));
  }

  /**
   * Single-article stores that arrive while a commit is running are written together under the next
   * commit ({@link GroupCommit}): each still gets its reply only once it is on disk.
   */
  private void store(Message<JsonObject> message) {
    Future.succeededFuture(message.body())
        .map(SplitArticle::fromJson)
        .compose(article -> Future.fromCompletionStage(commits.submit(article), context))
        .onSuccess(result -> message.reply(result.toJson()))
        .onSuccess(this::announce)
        .onFailure(error -> Replies.fail(message, error));
  }

  /** Runs a commit on the pool, in order with the other writes; a closed pool refuses it at once. */
  private void onPool(Runnable commit) {
    Future<Void> queued = workers.executeBlocking(() -> {
      commit.run();
      return null;
    }, true);
    if (queued.failed()) {
      throw new RejectedExecutionException(queued.cause());
    }
  }

  private void storeAll(Message<JsonObject> message) {
    run(message, true, () -> new IngestResults(index.storeAll(SplitBatch.fromJson(message.body()).articles())).toJson())
        .onSuccess(reply -> IngestResults.fromJson(reply).results().forEach(this::announce));
  }

  /**
   * Publishes that an article was written, and has its new sentences embedded; an unchanged re-ingest wrote
   * nothing, so it is not news.
   */
  private void announce(IngestResult result) {
    if (!IngestResult.UNCHANGED.equals(result.status())) {
      vertx.eventBus().publish(Addresses.ARTICLES_INDEXED, result.toJson());
      embedPending();
    }
  }

  private void delete(Message<JsonObject> message) {
    run(message, true, () -> {
      ArticleRef ref = ArticleRef.fromJson(message.body());
      if (!index.delete(ref.id())) {
        throw new ApiException(ErrorCode.NOT_FOUND, "no article with id " + ref.id());
      }
      return ref.toJson();
    });
  }

  private void search(Message<JsonObject> message) {
    run(message, false, () -> finder.answer(Ask.fromJson(message.body())).toJson());
  }

  private void article(Message<JsonObject> message) {
    run(message, false, () -> {
      ArticleRef ref = ArticleRef.fromJson(message.body());
      return index.article(ref.id())
          .orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND, "no article with id " + ref.id())).toJson();
    });
  }

  private void resolveUrls(Message<JsonObject> message) {
    run(message, false, () -> {
      JsonObject ids = new JsonObject();
      index.articleIdsByUrl(UrlScope.fromJson(message.body()).urls()).forEach(ids::put);
      return new JsonObject().put("articleIds", ids);
    });
  }

  private void stats(Message<JsonObject> message) {
    run(message, false, () -> (semantic == null ? index.stats() : index.stats().withVectorsPending(semantic.pending()))
        .toJson());
  }

  /** Runs Lucene work on the pool and replies with its result or its failure code. */
  private Future<JsonObject> run(Message<JsonObject> message, boolean ordered, Callable<JsonObject> work) {
    return workers.executeBlocking(work, ordered)
        .onSuccess(message::reply)
        .onFailure(error -> Replies.fail(message, error));
  }

}
