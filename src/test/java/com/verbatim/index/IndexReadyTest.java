package com.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.bus.Addresses;
import com.verbatim.config.ConfigLoader;
import com.verbatim.model.IndexHealth;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What {@code index.ready} reports, which {@code /ready} turns into its checks. */
@ExtendWith(VertxExtension.class)
@Timeout(180)
@io.vertx.junit5.Timeout(value = 150, timeUnit = TimeUnit.SECONDS)
class IndexReadyTest {

  @TempDir
  Path data;

  private Future<IndexHealth> deployAndAsk(Vertx vertx, boolean semantic) {
    JsonObject index = ConfigLoader.defaults("index").put("dataDir", data.toString()).put("readThreads", 2)
        .put("readQueue", 7).put("dedup", ConfigLoader.defaults("dedup"))
        .put("ranking", ConfigLoader.defaults("ranking").put("semantic", semantic));
    return vertx.deployVerticle(new IndexVerticle(), new DeploymentOptions().setConfig(index))
        .compose(id -> vertx.eventBus().<JsonObject>request(Addresses.INDEX_READY, new JsonObject()))
        .map(reply -> IndexHealth.fromJson(reply.body()));
  }

  @Test
  @DisplayName("once started with semantic ranking on: open, the real model loaded, the read queue empty with its configured room")
  void semanticOn(Vertx vertx, VertxTestContext ctx) {
    deployAndAsk(vertx, true).onComplete(ctx.succeeding(health -> ctx.verify(() -> {
      assertThat(health).isEqualTo(new IndexHealth(true, 0, 7, false, true, true));
      ctx.completeNow();
    })));
  }

  @Test
  @DisplayName("with semantic ranking off: open, and no model asked for")
  void semanticOff(Vertx vertx, VertxTestContext ctx) {
    deployAndAsk(vertx, false).onComplete(ctx.succeeding(health -> ctx.verify(() -> {
      assertThat(health).isEqualTo(new IndexHealth(true, 0, 7, false, false, false));
      ctx.completeNow();
    })));
  }
}
