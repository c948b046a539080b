package com.verbatim.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.bus.Addresses;
import com.verbatim.bus.ErrorCode;
import com.verbatim.model.Article;
import com.verbatim.model.ArticleMeta;
import com.verbatim.model.BulkRequest;
import com.verbatim.model.BulkResult;
import com.verbatim.model.IngestResult;
import com.verbatim.model.IngestResults;
import com.verbatim.model.ItemResult;
import com.verbatim.model.NewArticle;
import com.verbatim.model.SplitArticle;
import com.verbatim.model.SplitArticle.SplitSentence;
import com.verbatim.model.SplitBatch;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link IngestVerticle} deployed alone, as {@code MainVerticle} deploys it, against fake dedup and
 * index verticles that answer with the model records the real ones send, and remember what they got.
 */
@ExtendWith(VertxExtension.class)
@Timeout(60)
class IngestVerticleTest {

  private static final NewArticle BRIDGE = new NewArticle("Bridge reopens",
      "The harbour bridge reopened on Monday.\nRepairs cost 14 million euros.", "https://news.example/bridge",
      "Harbour Post", "2024-03-05");

  private final List<Article> splitRequests = new ArrayList<>();
  private final List<SplitArticle> storeRequests = new ArrayList<>();
  private final List<SplitBatch> storeAllRequests = new ArrayList<>();
  /** When set, the fake index fails every single-article store with this code. */
  private ErrorCode indexFailure;

  @BeforeEach
  void fakeNeighbours(Vertx vertx, VertxTestContext ctx) {
    EventBus bus = vertx.eventBus();
    Future.all(
            bus.<JsonObject>consumer(Addresses.DEDUP_SPLIT, this::fakeSplit).completion(),
            bus.<JsonObject>consumer(Addresses.INDEX_STORE, this::fakeStore).completion(),
            bus.<JsonObject>consumer(Addresses.INDEX_STORE_ALL, this::fakeStoreAll).completion())
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("an article goes to dedup with its stable id, its split goes to the index, and the index's result is the reply")
  void ingestsThroughDedupAndIndex(Vertx vertx, VertxTestContext ctx) {
    deploy(vertx, false)
        .compose(id -> vertx.eventBus().<JsonObject>request(Addresses.ARTICLES_INGEST, BRIDGE.toJson()))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          Article expected = Article.of(ArticleIds.of(BRIDGE), BRIDGE);
          assertThat(splitRequests).containsExactly(expected);
          assertThat(storeRequests).containsExactly(splitOf(expected));
          assertThat(storeAllRequests).isEmpty();
          assertThat(IngestResult.fromJson(reply.body())).isEqualTo(resultOf(splitOf(expected)));
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("an article without a title is refused with bad-request and reaches neither dedup nor the index")
  void invalidArticleIsRefused(Vertx vertx, VertxTestContext ctx) {
    JsonObject untitled = BRIDGE.toJson();
    untitled.remove("title");
    deploy(vertx, false)
        .compose(id -> vertx.eventBus().<JsonObject>request(Addresses.ARTICLES_INGEST, untitled))
        .onComplete(ctx.failing(error -> ctx.verify(() -> {
          assertThat(error).isInstanceOf(ReplyException.class);
          assertThat(((ReplyException) error).failureCode()).isEqualTo(ErrorCode.BAD_REQUEST.failureCode());
          assertThat(error.getMessage()).contains("'title'");
          assertThat(splitRequests).isEmpty();
          assertThat(storeRequests).isEmpty();
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("a failure of the index reaches the sender with the index's own code and message")
  void indexFailurePropagates(Vertx vertx, VertxTestContext ctx) {
    indexFailure = ErrorCode.TOO_LARGE;
    deploy(vertx, false)
        .compose(id -> vertx.eventBus().<JsonObject>request(Addresses.ARTICLES_INGEST, BRIDGE.toJson()))
        .onComplete(ctx.failing(error -> ctx.verify(() -> {
          assertThat(error).isInstanceOf(ReplyException.class);
          assertThat(((ReplyException) error).failureCode()).isEqualTo(ErrorCode.TOO_LARGE.failureCode());
          assertThat(error.getMessage()).isEqualTo("fake index: too large");
          assertThat(storeRequests).hasSize(1);
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("a bulk request refuses invalid items on their own and stores the valid ones with one index.storeAll")
  void bulkStoresValidItemsInOneBatch(Vertx vertx, VertxTestContext ctx) {
    NewArticle other = new NewArticle("Ferry strike", "Ferry crews walked out at dawn.", null, "Harbour Post", null);
    BulkRequest request = new BulkRequest(List.of(new BulkRequest.Item(0, BRIDGE.toJson()),
        new BulkRequest.Item(1, new JsonObject().put("title", "No text")),
        new BulkRequest.Item(2, other.toJson())));
    deploy(vertx, false)
        .compose(id -> vertx.eventBus().<JsonObject>request(Addresses.ARTICLES_INGEST_ALL, request.toJson()))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          SplitArticle bridge = splitOf(Article.of(ArticleIds.of(BRIDGE), BRIDGE));
          SplitArticle ferry = splitOf(Article.of(ArticleIds.of(other), other));
          assertThat(storeRequests).isEmpty();
          assertThat(storeAllRequests).hasSize(1);
          assertThat(storeAllRequests.get(0).articles()).containsExactlyInAnyOrder(bridge, ferry);
          assertThat(BulkResult.fromJson(reply.body()).items()).containsExactly(
              ItemResult.stored(0, resultOf(bridge)),
              ItemResult.refused(1, ErrorCode.BAD_REQUEST, "'text' is required and must not be empty"),
              ItemResult.stored(2, resultOf(ferry)));
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("with samples on, the shipped corpus is stored at start with one index.storeAll before the deployment completes")
  void samplesGoThroughOneBatch(Vertx vertx, VertxTestContext ctx) {
    deploy(vertx, true).onComplete(ctx.succeeding(id -> ctx.verify(() -> {
      assertThat(storeAllRequests).hasSize(1);
      assertThat(storeAllRequests.get(0).articles()).hasSize(SampleCorpus.articles().size());
      assertThat(storeRequests).isEmpty();
      ctx.completeNow();
    })));
  }

  /** The way {@code MainVerticle} deploys it: an event-loop verticle with the {@code ingest} slice. */
  private static Future<String> deploy(Vertx vertx, boolean samples) {
    JsonObject ingest = new JsonObject().put("samples", samples).put("importDir", "");
    return vertx.deployVerticle(new IngestVerticle(), new DeploymentOptions().setConfig(ingest));
  }

  private void fakeSplit(Message<JsonObject> message) {
    Article article = Article.fromJson(message.body());
    splitRequests.add(article);
    message.reply(splitOf(article).toJson());
  }

  private void fakeStore(Message<JsonObject> message) {
    SplitArticle split = SplitArticle.fromJson(message.body());
    storeRequests.add(split);
    if (indexFailure != null) {
      message.fail(indexFailure.failureCode(), "fake index: too large");
    } else {
      message.reply(resultOf(split).toJson());
    }
  }

  private void fakeStoreAll(Message<JsonObject> message) {
    SplitBatch batch = SplitBatch.fromJson(message.body());
    storeAllRequests.add(batch);
    message.reply(new IngestResults(batch.articles().stream().map(IngestVerticleTest::resultOf).toList()).toJson());
  }

  /** What the fake dedup answers: one sentence per line, keyed by its lower case. */
  private static SplitArticle splitOf(Article article) {
    List<SplitSentence> sentences = article.text().lines()
        .map(line -> new SplitSentence(line, line.toLowerCase(Locale.ROOT))).toList();
    return new SplitArticle(ArticleMeta.of(article), "hash-" + article.id(), sentences, 0);
  }

  /** What the fake index answers: every article new, every sentence new. */
  private static IngestResult resultOf(SplitArticle split) {
    return new IngestResult(split.article().id(), IngestResult.CREATED, split.sentences().size(),
        split.repeatsRemoved(), split.sentences().size());
  }
}
