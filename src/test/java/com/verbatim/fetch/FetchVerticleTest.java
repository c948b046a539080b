package com.verbatim.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.bus.Addresses;
import com.verbatim.bus.ErrorCode;
import com.verbatim.config.ConfigLoader;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link FetchVerticle} deployed alone, as {@code MainVerticle} deploys it, with no page to fetch. */
@ExtendWith(VertxExtension.class)
@Timeout(60)
class FetchVerticleTest {

  @Test
  @DisplayName("a request without a url is refused with bad-request before anything is fetched or ingested")
  void missingUrlIsBadRequest(Vertx vertx, VertxTestContext ctx) {
    vertx.eventBus().<JsonObject>consumer(Addresses.ARTICLES_INGEST, message -> ctx.failNow("nothing to ingest"));
    vertx.deployVerticle(new FetchVerticle(), new DeploymentOptions().setConfig(ConfigLoader.defaults("fetch")))
        .compose(id -> vertx.eventBus().<JsonObject>request(Addresses.ARTICLES_FETCH, new JsonObject().put("url", " ")))
        .onComplete(ctx.failing(error -> ctx.verify(() -> {
          assertThat(error).isInstanceOf(ReplyException.class);
          assertThat(((ReplyException) error).failureCode()).isEqualTo(ErrorCode.BAD_REQUEST.failureCode());
          ctx.completeNow();
        })));
  }
}
