package com.verbatim.index;

import com.verbatim.dedup.NearDuplicateConfig;
import com.verbatim.dedup.NearDuplicateWords;
import com.verbatim.dedup.NearDuplicates;
import com.verbatim.bus.Addresses;
import com.verbatim.bus.ApiException;
import com.verbatim.bus.ErrorCode;
import com.verbatim.bus.LocalCodecs;
import com.verbatim.bus.Replies;
import com.verbatim.model.Answer;
import com.verbatim.model.ArticleRef;
import com.verbatim.model.Ask;
import com.verbatim.model.CancellableAsk;
import com.verbatim.model.IndexHealth;
import com.verbatim.model.IngestResult;
import com.verbatim.model.IngestResults;
import com.verbatim.model.LogSlice;
import com.verbatim.model.WriteCommand;
import com.verbatim.model.SplitArticle;
import com.verbatim.model.SplitBatch;
import com.verbatim.model.UrlScope;
import com.verbatim.metrics.Meters;
import com.verbatim.metrics.VertxSetup;
import com.verbatim.semantic.SemanticIndex;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the Lucene index. Every Lucene call runs on one of two bounded pools: writes in order on the one
 * thread of {@code verbatim-index-write}, searches side by side on {@code verbatim-index-read} (one thread
 * per core unless configured), so a burst of searches never queues a write behind it. Work beyond a pool's
 * queue is refused at once with {@code overloaded}. Answers go through an {@link AnswerCache} looked up on
 * the event loop: a repeated question never reaches a pool. With semantic ranking on, it also loads the
 * embedding model and, on the one-thread pool {@code verbatim-embed}, gives newly stored sentences their
 * vectors after their article was acknowledged (and, at start, those a crash left without one).
 */
public class IndexVerticle extends VerticleBase {

  private static final Logger LOG = LoggerFactory.getLogger(IndexVerticle.class);
  /** News of this node's index, for this node's web verticles (in a cluster every node has its own). */
  private static final DeliveryOptions LOCAL = new DeliveryOptions().setLocalOnly(true);

  private BoundedPool reads;
  private BoundedPool writes;
  /** Single stores accepted and not yet answered: at most {@code index.writeQueue}. */
  private int storesWaiting;
  private int writeQueue;
  private int answerCacheSize;
  private GroupCommit<SplitArticle, IngestResult> commits;
  private SentenceIndex index;
  /** Set once the index is open; read by the web's event loops through {@link #cached(Ask)}. */
  private volatile CachedAnswers answers;
  /** Null when semantic ranking is off. */
  private SemanticIndex semantic;
  private WorkerExecutor embedWorker;
  private Future<Integer> embedding = Future.succeededFuture(0);
  private boolean embedAgain;
  private boolean semanticOn;
  private Meters meters;
  private IndexMeters gauges;

  @Override
  public Future<?> start() {
    IndexConfig config = IndexConfig.fromJson(config());
    RankingConfig ranking = RankingConfig.fromJson(config().getJsonObject("ranking"));
    LocalCodecs.register(vertx);
    reads = new BoundedPool("verbatim-index-read", config.readPoolSize(), config.readQueue());
    writes = new BoundedPool("verbatim-index-write", 1, config.writeQueue());
    semanticOn = ranking.semantic();
    meters = VertxSetup.meters(vertx);
    gauges = new IndexMeters(meters.registry(), reads, writes, () -> answers == null ? null : answers.cache().stats());
    vertx.eventBus().<JsonObject>localConsumer(Addresses.INDEX_READY, message -> message.reply(health().toJson()));
    writeQueue = config.writeQueue();
    answerCacheSize = config.answerCache();
    NearDuplicateConfig dedup = NearDuplicateConfig.fromJson(config().getJsonObject("dedup"));
    return on(writes, () -> SentenceIndex.open(config.indexDir(), new NearDuplicates(dedup, NearDuplicateWords.load())))
        .compose(opened -> ranking.semantic() ? loadSemantic(opened, ranking.questionBatch()) : Future.succeededFuture(opened))
        .onSuccess(this::use)
        .compose(opened -> registerConsumers())
        .onSuccess(v -> embedPending());
  }

  /** Read on this verticle's context, where {@code answers} and {@code semantic} are set. */
  private IndexHealth health() {
    return new IndexHealth(answers != null, reads.queued(), reads.capacity(), reads.saturated(), semanticOn,
        semantic != null);
  }

  private Future<SentenceIndex> loadSemantic(SentenceIndex opened, int questionBatch) {
    embedWorker = vertx.createSharedWorkerExecutor("verbatim-embed", 1);
    return on(writes, () -> SemanticIndex.load(opened, questionBatch))
        .onSuccess(loaded -> semantic = loaded)
        .map(opened);
  }

  private void use(SentenceIndex opened) {
    index = opened;
    answers = new CachedAnswers(opened, new AnswerFinder(opened, semantic), new AnswerCache(answerCacheSize));
    commits = new GroupCommit<>(opened::storeAll, writes::execute);
    LOG.info("Opened {}, semantic ranking {}, reads on {}, writes on {}", opened, semantic == null ? "off" : "on",
        reads, writes);
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

  /**
   * Local consumers only: in a cluster every node answers from its own index. With {@code replicated} set
   * (a cluster node), stores and deletes come from the cluster's log through {@code index.apply} instead.
   */
  private Future<?> registerConsumers() {
    EventBus bus = vertx.eventBus();
    Future<?> writes = config().getBoolean("replicated", false)
        ? Future.all(bus.<JsonObject>localConsumer(Addresses.INDEX_APPLY, this::apply).completion(),
            bus.<JsonObject>localConsumer(Addresses.INDEX_SNAPSHOT, this::snapshot).completion())
        : Future.all(
            bus.<JsonObject>localConsumer(Addresses.INDEX_STORE, this::store).completion(),
            bus.<JsonObject>localConsumer(Addresses.INDEX_STORE_ALL, this::storeAll).completion(),
            bus.<JsonObject>localConsumer(Addresses.INDEX_DELETE, this::delete).completion());
    return writes.compose(v -> Future.all(
        bus.<Object>localConsumer(Addresses.INDEX_SEARCH, this::search).completion(),
        bus.<JsonObject>localConsumer(Addresses.INDEX_ARTICLE, this::article).completion(),
        bus.<JsonObject>localConsumer(Addresses.INDEX_STATS, this::stats).completion(),
        bus.<JsonObject>localConsumer(Addresses.INDEX_RESOLVE_URLS, this::resolveUrls).completion()));
  }

  @Override
  public Future<?> stop() {
    gauges.close();
    if (semantic != null) {
      semantic.stop();
    }
    return embedding.transform(done -> on(writes, () -> {
      reads.close(10);
      index.close();
      if (semantic != null) {
        semantic.close();
      }
      return null;
    })).eventually(() -> {
      writes.close();
      return embedWorker == null ? Future.succeededFuture() : embedWorker.close();
    });
  }

  /**
   * Single-article stores that arrive while a commit is running are written together under the next
   * commit ({@link GroupCommit}): each still gets its reply only once it is on disk.
   */
  private void store(Message<JsonObject> message) {
    if (storesWaiting >= writeQueue) {
      Replies.fail(message, new ApiException(ErrorCode.OVERLOADED,
          "the server is busy (" + storesWaiting + " stores waiting); try again shortly"));
      return;
    }
    storesWaiting++;
    Future.succeededFuture(message.body())
        .map(SplitArticle::fromJson)
        .compose(article -> Future.fromCompletionStage(commits.submit(article), context))
        .onComplete(done -> storesWaiting--)
        .onSuccess(result -> message.reply(result.toJson()))
        .onSuccess(this::announce)
        .onFailure(error -> Replies.fail(message, error));
  }

  private void storeAll(Message<JsonObject> message) {
    run(message, writes, () -> new IngestResults(index.storeAll(SplitBatch.fromJson(message.body()).articles())).toJson())
        .onSuccess(reply -> IngestResults.fromJson(reply).results().forEach(this::announce));
  }

  /**
   * Publishes that an article was written, and has its new sentences embedded; an unchanged re-ingest wrote
   * nothing, so it is not news.
   */
  private void announce(IngestResult result) {
    meters.ingested(result.status());
    if (!IngestResult.UNCHANGED.equals(result.status())) {
      vertx.eventBus().publish(Addresses.ARTICLES_INDEXED, result.toJson(), LOCAL);
      embedPending();
    }
  }

  /**
   * Applies a slice of the cluster's write log in order ({@link LogApplier}) and announces what it stored, as
   * a local store would.
   */
  private void apply(Message<JsonObject> message) {
    run(message, writes, () -> {
      LogSlice slice = LogSlice.fromJson(message.body());
      JsonArray outcomes = new JsonArray(new LogApplier(index).apply(slice));
      return new JsonObject().put("outcomes", outcomes).put("slice", slice.toJson());
    }).onSuccess(this::announceApplied);
  }

  private void announceApplied(JsonObject reply) {
    List<LogSlice.Entry> entries = LogSlice.fromJson(reply.getJsonObject("slice")).entries();
    JsonArray outcomes = reply.getJsonArray("outcomes");
    for (int i = 0; i < entries.size(); i++) {
      JsonObject stored = outcomes.getJsonObject(i).getJsonObject("reply");
      String kind = entries.get(i).command().kind();
      if (stored != null && WriteCommand.STORE.equals(kind)) {
        announce(IngestResult.fromJson(stored));
      } else if (stored != null && WriteCommand.STORE_ALL.equals(kind)) {
        IngestResults.fromJson(stored).results().forEach(this::announce);
      }
    }
  }

  /** A copy of the last commit for a joining cluster node, made between two writes. */
  private void snapshot(Message<JsonObject> message) {
    run(message, writes, () -> {
      SentenceIndex.CommitCopy copy = index.snapshotTo(java.nio.file.Path.of(message.body().getString("dir")));
      JsonObject files = new JsonObject();
      copy.files().forEach(files::put);
      JsonObject position = new JsonObject();
      copy.position().forEach(position::put);
      return new JsonObject().put("position", position).put("files", files);
    });
  }

  private void delete(Message<JsonObject> message) {
    run(message, writes, () -> {
      ArticleRef ref = ArticleRef.fromJson(message.body());
      if (!index.delete(ref.id())) {
        throw new ApiException(ErrorCode.NOT_FOUND, "no article with id " + ref.id());
      }
      return ref.toJson();
    });
  }

  /**
   * Answers an {@link Ask} (sent as the record by a local sender, else as JSON) in the same form. A cached
   * answer is served here on the event loop; a miss is computed on the read pool.
   */
  private void search(Message<Object> message) {
    long started = System.nanoTime();
    Object body = message.body();
    boolean local = body instanceof Ask || body instanceof CancellableAsk;
    BooleanSupplier cancelled = body instanceof CancellableAsk c ? c::isCancelled : () -> false;
    Future.succeededFuture(body)
        .map(IndexVerticle::askOf)
        .compose(ask -> answer(ask, started, cancelled))
        .onSuccess(answer -> message.reply(local ? answer : answer.toJson()))
        .onFailure(error -> Replies.fail(message, error));
  }

  /**
   * The cached answer to {@code ask}, or null (also before the index is open): a direct call for the web
   * verticles, which then skip the event-bus hop for a repeated question. Thread-safe, never blocks on Lucene.
   */
  public Answer cached(Ask ask) {
    CachedAnswers ready = answers;
    return ready == null ? null : ready.lookup(ask);
  }

  private static Ask askOf(Object body) {
    if (body instanceof CancellableAsk cancellable) {
      return cancellable.ask();
    }
    return body instanceof Ask ask ? ask : Ask.fromJson((JsonObject) body);
  }

  /**
   * A cached answer at once, else a search on the read pool, skipped when the asker has gone while it waited
   * for a thread (its reply then goes to nobody).
   */
  private Future<Answer> answer(Ask ask, long started, BooleanSupplier cancelled) {
    AnswerCache.Key key = answers.key(ask);
    Answer cached = answers.cached(key, ask, started);
    return cached != null ? Future.succeededFuture(cached) : on(reads, () -> {
      if (cancelled.getAsBoolean()) {
        throw new ApiException(ErrorCode.OVERLOADED, "not searched: the asker has gone");
      }
      return answers.compute(key, ask);
    });
  }

  private void article(Message<JsonObject> message) {
    run(message, reads, () -> {
      ArticleRef ref = ArticleRef.fromJson(message.body());
      return index.article(ref.id())
          .orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND, "no article with id " + ref.id())).toJson();
    });
  }

  private void resolveUrls(Message<JsonObject> message) {
    run(message, reads, () -> {
      JsonObject ids = new JsonObject();
      index.articleIdsByUrl(UrlScope.fromJson(message.body()).urls()).forEach(ids::put);
      return new JsonObject().put("articleIds", ids);
    });
  }

  private void stats(Message<JsonObject> message) {
    run(message, reads, () -> (semantic == null ? index.stats() : index.stats().withVectorsPending(semantic.pending()))
        .withAnswerCache(answers.cache().stats()).toJson());
  }

  /** Runs Lucene work on {@code pool} and replies with its result or its failure code. */
  private Future<JsonObject> run(Message<JsonObject> message, BoundedPool pool, Callable<JsonObject> work) {
    return on(pool, work)
        .onSuccess(message::reply)
        .onFailure(error -> Replies.fail(message, error));
  }

  /** Runs blocking work on {@code pool}; its outcome comes back on this verticle's context. */
  private <T> Future<T> on(BoundedPool pool, Callable<T> work) {
    return Future.fromCompletionStage(pool.submit(work), context);
  }

}
