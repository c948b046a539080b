package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.support.TestApp;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The whole product with {@code http.adminPort} set: the admin routes move to a server of their own. */
@ExtendWith(VertxExtension.class)
@Timeout(300)
@io.vertx.junit5.Timeout(value = 240, timeUnit = TimeUnit.SECONDS)
@DisplayName("The admin API on its own port")
class AdminServerIT {

  private static final String ARTICLE_ID = "0123456789abcdef";

  @Test
  @DisplayName("with http.adminPort set, articles are added and deleted there only; the main port answers those routes 404")
  void adminRoutesOnlyOnAdminPort(Vertx vertx, VertxTestContext ctx, @TempDir Path data) {
    WebClient client = WebClient.create(vertx);
    TestApp app = new TestApp();
    JsonObject article = new JsonObject().put("title", "Ferry resumes").put("text", "The ferry resumed on Monday.");
    List<HttpResponse<Buffer>> onMain = new ArrayList<>();
    app.start(vertx, TestApp.config(data, Map.of("VERBATIM_ADMIN_PORT", "0", "VERBATIM_SAMPLES", "false")))
        .compose(started -> admin(client, HttpMethod.POST, app.port(), "/api/articles", article).map(onMain::add)
            .compose(v -> admin(client, HttpMethod.POST, app.port(), "/api/articles/fetch",
                new JsonObject().put("url", "http://127.0.0.1:9/")).map(onMain::add))
            .compose(v -> admin(client, HttpMethod.DELETE, app.port(), "/api/articles/" + ARTICLE_ID, null).map(onMain::add))
            .compose(v -> admin(client, HttpMethod.POST, app.adminPort(), "/api/articles", article)))
        .compose(created -> {
          ctx.verify(() -> {
            assertThat(app.adminPort()).isPositive().isNotEqualTo(app.port());
            for (HttpResponse<Buffer> r : onMain) {
              assertThat(r.statusCode()).isEqualTo(404);
              assertThat(r.bodyAsJsonObject().getString("code")).isEqualTo("not-found");
            }
            assertThat(created.statusCode()).isEqualTo(201);
          });
          String id = created.bodyAsJsonObject().getString("id");
          return client.get(app.port(), "127.0.0.1", "/api/articles/" + id).send()
              .compose(read -> client.get(app.adminPort(), "127.0.0.1", "/health").send()
                  .compose(health -> admin(client, HttpMethod.DELETE, app.adminPort(), "/api/articles/" + id, null)
                      .compose(deleted -> client.get(app.port(), "127.0.0.1", "/api/articles/" + id).send()
                          .map(gone -> List.of(read, health, deleted, gone)))));
        })
        .compose(result -> app.stop(vertx).map(result))
        .onComplete(ctx.succeeding(result -> ctx.verify(() -> {
          assertThat(result.get(0).statusCode()).as("read on the main port").isEqualTo(200);
          assertThat(result.get(0).bodyAsJsonObject().getString("title")).isEqualTo("Ferry resumes");
          assertThat(result.get(1).statusCode()).as("the admin port serves only the admin routes").isEqualTo(404);
          assertThat(result.get(2).statusCode()).as("deleted on the admin port").isEqualTo(204);
          assertThat(result.get(3).statusCode()).isEqualTo(404);
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("without http.adminPort there is no admin server")
  void noAdminServerByDefault(Vertx vertx, VertxTestContext ctx, @TempDir Path data) {
    TestApp app = new TestApp();
    app.start(vertx, TestApp.config(data, Map.of("VERBATIM_SAMPLES", "false")))
        .map(started -> app.adminPort())
        .compose(port -> app.stop(vertx).map(port))
        .onComplete(ctx.succeeding(port -> ctx.verify(() -> {
          assertThat(port).isEqualTo(-1);
          ctx.completeNow();
        })));
  }

  private static Future<HttpResponse<Buffer>> admin(WebClient client, HttpMethod method, int port, String path,
      JsonObject body) {
    var request = client.request(method, port, "127.0.0.1", path).bearerTokenAuthentication(TestApp.TOKEN);
    return body == null ? request.send() : request.sendJsonObject(body);
  }
}
