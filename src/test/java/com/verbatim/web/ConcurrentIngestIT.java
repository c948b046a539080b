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
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(VertxExtension.class)
@Timeout(300)
@io.vertx.junit5.Timeout(value = 240, timeUnit = TimeUnit.SECONDS)
class ConcurrentIngestIT {

  private static final int ARTICLES = 40;

  @Test
  @DisplayName("articles posted at the same time are all stored, each acknowledged with its own result")
  void concurrentPostsAllLand(Vertx vertx, VertxTestContext ctx, @TempDir Path data) {
    WebClient client = WebClient.create(vertx);
    TestApp app = new TestApp();
    app.start(vertx, TestApp.config(data, Map.of("VERBATIM_SAMPLES", "false")))
        .compose(started -> Future.all(IntStream.range(0, ARTICLES).mapToObj(i -> post(client, app, i)).toList()))
        .compose(all -> {
          List<HttpResponse<?>> responses = all.list();
          ctx.verify(() -> {
            assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(201));
            assertThat(responses.stream().map(r -> r.bodyAsJsonObject().getString("id")).distinct()).hasSize(ARTICLES);
          });
          return client.get(app.port(), "127.0.0.1", "/api/stats").send();
        })
        .compose(stats -> app.stop(vertx).map(stats))
        .onComplete(ctx.succeeding(stats -> ctx.verify(() -> {
          assertThat(stats.bodyAsJsonObject().getLong("articles")).isEqualTo(ARTICLES);
          assertThat(stats.bodyAsJsonObject().getLong("sentences")).isEqualTo(ARTICLES * 2 + 1);
          ctx.completeNow();
        })));
  }

  /** Article i has two sentences of its own and one that every article shares. */
  private static Future<HttpResponse<io.vertx.core.buffer.Buffer>> post(WebClient client, TestApp app, int i) {
    JsonObject article = new JsonObject().put("title", "Report " + i)
        .put("text", "Depot " + i + " reopened after " + (i + 2) + " weeks of repairs.\n"
            + "Inspectors counted " + (100 + i) + " new lamps.\nThe council thanked residents for their patience.");
    return client.post(app.port(), "127.0.0.1", "/api/articles").bearerTokenAuthentication(TestApp.TOKEN)
        .sendJsonObject(article);
  }
}
