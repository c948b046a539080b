package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.support.TestApp;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(VertxExtension.class)
@Timeout(300)
@io.vertx.junit5.Timeout(value = 240, timeUnit = TimeUnit.SECONDS)
class RestartIT {

  @Test
  @DisplayName("a restart on the same data directory keeps every article and opens the existing index")
  void restartKeepsData(Vertx vertx, VertxTestContext ctx, @TempDir Path data) {
    WebClient client = WebClient.create(vertx);
    TestApp first = new TestApp();
    TestApp second = new TestApp();
    JsonObject article = new JsonObject().put("title", "Harbour reopens").put("text", "The harbour reopened on Friday.");
    first.start(vertx, data)
        .compose(app -> client.post(app.port(), "127.0.0.1", "/api/articles").bearerTokenAuthentication(TestApp.TOKEN)
            .sendJsonObject(article))
        .map(r -> r.bodyAsJsonObject().getString("id"))
        .compose(id -> first.stop(vertx).map(id))
        .onSuccess(id -> ctx.verify(() -> assertThat(Files.list(data.resolve("index"))).isNotEmpty()))
        .compose(id -> second.start(vertx, TestApp.config(data, Map.of("VERBATIM_SAMPLES", "false")))
            .compose(app -> client.get(app.port(), "127.0.0.1", "/api/articles/" + id).send())
            .compose(r -> stats(client, second).map(stats -> Map.entry(r, stats))))
        .compose(result -> second.stop(vertx).map(result))
        .onComplete(ctx.succeeding(result -> ctx.verify(() -> {
          assertThat(result.getKey().statusCode()).isEqualTo(200);
          assertThat(result.getKey().bodyAsJsonObject().getString("title")).isEqualTo("Harbour reopens");
          // samples are off on the second start, so the sample article is there only because it was kept
          // vectorsPending is left out: it falls as the background embedding catches up
          JsonObject counts = result.getValue().copy();
          counts.remove("vectorsPending");
          counts.remove("answerCache"); // how the cache has served since start, not what is stored
          assertThat(counts).isEqualTo(new JsonObject().put("articles", 2).put("sentences", 17));
          ctx.completeNow();
        })));
  }

  private static Future<JsonObject> stats(WebClient client, TestApp app) {
    return client.get(app.port(), "127.0.0.1", "/api/stats").send().map(HttpResponse::bodyAsJsonObject);
  }
}
