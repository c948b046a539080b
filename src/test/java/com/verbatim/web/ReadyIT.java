package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.index.IndexVerticle;
import com.verbatim.support.TestApp;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(VertxExtension.class)
@DisplayName("/ready says whether a search can run; /health only that the process answers")
@Timeout(300)
@io.vertx.junit5.Timeout(value = 240, timeUnit = TimeUnit.SECONDS)
class ReadyIT {

  @TempDir
  Path data;

  @Test
  @DisplayName("a web server without an open index is alive but not ready (503 naming each check), and ready once the index opens")
  void readyOnceTheIndexIsOpen(Vertx vertx, VertxTestContext ctx) {
    JsonObject config = TestApp.config(data, Map.of("VERBATIM_SEMANTIC", "false", "VERBATIM_SAMPLES", "false"));
    WebVerticle web = new WebVerticle();
    WebClient client = WebClient.create(vertx);
    JsonObject http = config.getJsonObject("http").copy().put("dataDir", data.toString());
    JsonObject index = config.getJsonObject("index").copy().put("dedup", config.getJsonObject("dedup"))
        .put("ranking", config.getJsonObject("ranking"));
    vertx.deployVerticle(web, new DeploymentOptions().setConfig(http))
        .compose(id -> client.get(web.actualPort(), "127.0.0.1", "/health").send())
        .onSuccess(health -> ctx.verify(() -> assertThat(health.statusCode()).isEqualTo(200)))
        .compose(v -> client.get(web.actualPort(), "127.0.0.1", "/ready").send())
        .onSuccess(r -> ctx.verify(() -> {
          assertThat(r.statusCode()).isEqualTo(503);
          JsonObject body = r.bodyAsJsonObject();
          assertThat(body.getString("status")).isEqualTo("not-ready");
          assertThat(body.getJsonArray("failed").getList()).containsExactly("index", "readQueue", "semantic");
          assertThat(body.getJsonObject("checks").getString("index")).startsWith("the index does not answer");
        }))
        .compose(v -> vertx.deployVerticle(new IndexVerticle(), new DeploymentOptions().setConfig(index)))
        .compose(id -> client.get(web.actualPort(), "127.0.0.1", "/ready").send())
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          assertThat(r.statusCode()).isEqualTo(200);
          assertThat(r.bodyAsJsonObject()).isEqualTo(new JsonObject().put("status", "ready")
              .put("checks", new JsonObject().put("index", "ok").put("readQueue", "ok").put("semantic", "ok"))
              .put("failed", new JsonArray()));
          ctx.completeNow();
        })));
  }
}
