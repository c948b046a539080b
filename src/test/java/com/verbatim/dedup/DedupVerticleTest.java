package com.verbatim.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.bus.Addresses;
import com.verbatim.bus.ErrorCode;
import com.verbatim.model.Article;
import com.verbatim.model.ArticleMeta;
import com.verbatim.model.SplitArticle;
import com.verbatim.model.SplitArticle.SplitSentence;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.ThreadingModel;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link DedupVerticle} deployed alone, as {@code MainVerticle} deploys it; the test plays the ingest verticle. */
@ExtendWith(VertxExtension.class)
@Timeout(60)
class DedupVerticleTest {

  private static final Article ARTICLE = new Article("a1", "Council", "He said no.\nShe left.\nHe  said \"NO.\"",
      "https://news.example/council", "Post", "2024-03-05");

  @Test
  @DisplayName("an article comes back as its own sentences in order, its metadata kept and the repeat inside it removed")
  void splitsAndRemovesRepeats(Vertx vertx, VertxTestContext ctx) {
    deploy(vertx)
        .compose(id -> vertx.eventBus().<JsonObject>request(Addresses.DEDUP_SPLIT, ARTICLE.toJson()))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          SplitArticle split = SplitArticle.fromJson(reply.body());
          assertThat(split.article()).isEqualTo(ArticleMeta.of(ARTICLE));
          assertThat(split.sentences()).extracting(SplitSentence::text).containsExactly("He said no.", "She left.");
          assertThat(split.repeatsRemoved()).isEqualTo(1);
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("a body that is not an article gets a failure reply rather than leaving the sender to time out")
  void malformedBodyFails(Vertx vertx, VertxTestContext ctx) {
    deploy(vertx)
        .compose(id -> vertx.eventBus().<JsonObject>request(Addresses.DEDUP_SPLIT, new JsonObject().put("title", "t")))
        .onComplete(ctx.failing(error -> ctx.verify(() -> {
          assertThat(error).isInstanceOf(ReplyException.class);
          assertThat(((ReplyException) error).failureCode()).isEqualTo(ErrorCode.INTERNAL.failureCode());
          ctx.completeNow();
        })));
  }

  /** The way {@code MainVerticle} deploys it: a worker on its own named pool, with the {@code dedup} slice. */
  private static Future<String> deploy(Vertx vertx) {
    return vertx.deployVerticle(new DedupVerticle(), new DeploymentOptions().setConfig(new JsonObject())
        .setThreadingModel(ThreadingModel.WORKER).setWorkerPoolName("verbatim-dedup"));
  }
}
