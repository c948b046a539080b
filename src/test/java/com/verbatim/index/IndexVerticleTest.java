package com.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.bus.Addresses;
import com.verbatim.bus.ErrorCode;
import com.verbatim.config.ConfigLoader;
import com.verbatim.model.Answer;
import com.verbatim.model.ArticleRef;
import com.verbatim.model.ArticleView;
import com.verbatim.model.Ask;
import com.verbatim.model.IngestResult;
import com.verbatim.model.IngestResults;
import com.verbatim.model.SplitArticle;
import com.verbatim.model.SplitBatch;
import com.verbatim.model.Stats;
import com.verbatim.support.Samples;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link IndexVerticle} deployed alone, as {@code MainVerticle} deploys it, on a temporary data
 * directory; its neighbours are played by the test sending the records they would send.
 */
@ExtendWith(VertxExtension.class)
@Timeout(60)
class IndexVerticleTest {

  private static final SplitArticle FIRST = Samples.split("First", "Alpha met Beta.\nGamma rose 5%.", "Wire");
  private static final SplitArticle SECOND = Samples.split("Second", "Delta fell.\nAlpha met Beta.", "Post");

  @TempDir
  Path data;

  @Test
  @DisplayName("a stored article is acknowledged, announced as indexed, then found by search and by id")
  void storeThenSearchAndRead(Vertx vertx, VertxTestContext ctx) {
    SplitArticle sample = Samples.split(Samples.blinken());
    String id = sample.article().id();
    Promise<JsonObject> announced = Promise.promise();
    vertx.eventBus().<JsonObject>consumer(Addresses.ARTICLES_INDEXED, event -> announced.tryComplete(event.body()));
    deploy(vertx)
        .compose(deployed -> request(vertx, Addresses.INDEX_STORE, sample.toJson()))
        .compose(stored -> announced.future().map(event -> {
          ctx.verify(() -> {
            assertThat(IngestResult.fromJson(stored).status()).isEqualTo(IngestResult.CREATED);
            assertThat(IngestResult.fromJson(stored).sentences()).isEqualTo(16);
            assertThat(IngestResult.fromJson(event)).isEqualTo(IngestResult.fromJson(stored));
          });
          return event;
        }))
        .compose(event -> request(vertx, Addresses.INDEX_SEARCH, new Ask("q1", "Who did Blinken meet?", 3, List.of())
            .toJson()))
        .compose(answer -> {
          ctx.verify(() -> {
            Answer parsed = Answer.fromJson(answer);
            assertThat(parsed.id()).isEqualTo("q1");
            assertThat(parsed.sentences().get(0).text()).contains("Blinken met with top Chinese officials");
            assertThat(parsed.sentences().get(0).citation().article().id()).isEqualTo(id);
          });
          return request(vertx, Addresses.INDEX_ARTICLE, new ArticleRef(id).toJson());
        })
        .onComplete(ctx.succeeding(article -> ctx.verify(() -> {
          ArticleView view = ArticleView.fromJson(article);
          assertThat(view.article()).isEqualTo(sample.article());
          assertThat(view.sentences()).hasSize(16);
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("stores sent all at once each get their own result, and every one is on disk after a redeploy")
  void concurrentStoresAreDurable(Vertx vertx, VertxTestContext ctx) {
    List<SplitArticle> articles = IntStream.range(0, 8)
        .mapToObj(i -> Samples.split("Report " + i, "Depot " + i + " reopened after repairs.", "Wire")).toList();
    deploy(vertx)
        .compose(deployed -> Future.all(articles.stream()
            .map(a -> request(vertx, Addresses.INDEX_STORE, a.toJson())).toList())
            .map(all -> all.<JsonObject>list().stream().map(IngestResult::fromJson).toList())
            .onSuccess(results -> ctx.verify(() -> {
              assertThat(results).extracting(IngestResult::id)
                  .containsExactlyElementsOf(articles.stream().map(a -> a.article().id()).toList());
              assertThat(results).extracting(IngestResult::status).containsOnly(IngestResult.CREATED);
            }))
            .compose(results -> vertx.undeploy(deployed)))
        .compose(undeployed -> deploy(vertx))
        .compose(redeployed -> request(vertx, Addresses.INDEX_STATS, new JsonObject()))
        .onComplete(ctx.succeeding(stats -> ctx.verify(() -> {
          assertThat(Stats.fromJson(stats).articles()).isEqualTo(8);
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("a batch is stored under one request with one result per article, in order; the same batch again changes nothing")
  void storeAllInOrder(Vertx vertx, VertxTestContext ctx) {
    JsonObject batch = new SplitBatch(List.of(FIRST, SECOND)).toJson();
    deploy(vertx)
        .compose(deployed -> request(vertx, Addresses.INDEX_STORE_ALL, batch))
        .compose(first -> request(vertx, Addresses.INDEX_STORE_ALL, batch).map(again -> List.of(first, again)))
        .onComplete(ctx.succeeding(replies -> ctx.verify(() -> {
          List<IngestResult> first = IngestResults.fromJson(replies.get(0)).results();
          List<IngestResult> again = IngestResults.fromJson(replies.get(1)).results();
          assertThat(first).extracting(IngestResult::id).containsExactly(FIRST.article().id(), SECOND.article().id());
          assertThat(first).extracting(IngestResult::newSentences).containsExactly(2, 1);
          assertThat(again).extracting(IngestResult::status).containsOnly(IngestResult.UNCHANGED);
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("a delete answers with the same reference; afterwards the article and a second delete are not-found")
  void deleteThenNotFound(Vertx vertx, VertxTestContext ctx) {
    JsonObject ref = new ArticleRef(FIRST.article().id()).toJson();
    deploy(vertx)
        .compose(deployed -> request(vertx, Addresses.INDEX_STORE, FIRST.toJson()))
        .compose(stored -> request(vertx, Addresses.INDEX_DELETE, ref))
        .compose(deleted -> {
          ctx.verify(() -> assertThat(ArticleRef.fromJson(deleted)).isEqualTo(ArticleRef.fromJson(ref)));
          return failureCode(request(vertx, Addresses.INDEX_ARTICLE, ref));
        })
        .compose(articleCode -> failureCode(request(vertx, Addresses.INDEX_DELETE, ref))
            .map(deleteCode -> List.of(articleCode, deleteCode)))
        .onComplete(ctx.succeeding(codes -> ctx.verify(() -> {
          assertThat(codes).containsExactly(ErrorCode.NOT_FOUND.failureCode(), ErrorCode.NOT_FOUND.failureCode());
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("a missing or blank article id is a bad request, not a lookup")
  void blankIdIsBadRequest(Vertx vertx, VertxTestContext ctx) {
    deploy(vertx)
        .compose(deployed -> failureCode(request(vertx, Addresses.INDEX_ARTICLE, new JsonObject().put("id", " "))))
        .compose(articleCode -> failureCode(request(vertx, Addresses.INDEX_DELETE, new JsonObject()))
            .map(deleteCode -> List.of(articleCode, deleteCode)))
        .onComplete(ctx.succeeding(codes -> ctx.verify(() -> {
          assertThat(codes).containsExactly(ErrorCode.BAD_REQUEST.failureCode(), ErrorCode.BAD_REQUEST.failureCode());
          ctx.completeNow();
        })));
  }

  /** The way {@code MainVerticle} deploys it: an event-loop verticle with the {@code index} slice plus {@code dedup}. */
  private Future<String> deploy(Vertx vertx) {
    JsonObject index = ConfigLoader.defaults("index").put("dataDir", data.toString()).put("readThreads", 2)
        .put("dedup", ConfigLoader.defaults("dedup")).put("ranking", ConfigLoader.defaults("ranking").put("semantic", false));
    return vertx.deployVerticle(new IndexVerticle(), new DeploymentOptions().setConfig(index));
  }

  private static Future<JsonObject> request(Vertx vertx, String address, JsonObject body) {
    return vertx.eventBus().<JsonObject>request(address, body).map(reply -> reply.body());
  }

  /** The failure code of a request that must fail; a success fails the test. */
  private static Future<Integer> failureCode(Future<JsonObject> request) {
    return request.transform(done -> done.succeeded()
        ? Future.failedFuture(new AssertionError("expected a failure, got " + done.result()))
        : Future.succeededFuture(((ReplyException) done.cause()).failureCode()));
  }
}
