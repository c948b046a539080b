package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.config.ConfigLoader;
import com.verbatim.support.CapturedLog;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web verticle on its own, with the shipped limit (10 failures a minute per client). Two
 * clients on one machine: Linux routes all of 127.0.0.0/8 to the loopback, so one client binds
 * 127.0.0.1 and the other 127.0.0.2.
 */
@ExtendWith(VertxExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@DisplayName("Failed admin attempts are limited per client address, and logged without the token")
class AdminAttemptsIT {

  private static final String TOKEN = "admin-attempts-token-0123456789";
  private static final String GUESS = "wrong-guess-";

  private final CapturedLog log = new CapturedLog();

  @BeforeEach
  void captureLog() {
    log.start();
  }

  @AfterEach
  void restoreLog() {
    log.stop();
  }

  @Test
  @DisplayName("wrong tokens get 401 until the limit, then 429 too-many-attempts with Retry-After, even with the right"
      + " token; another address with the right token still gets through")
  void limitsFailuresPerAddress(Vertx vertx, VertxTestContext ctx, @TempDir Path data) {
    int limit = ConfigLoader.defaults("http").getInteger("adminFailuresPerMinute");
    WebClient first = client(vertx, "127.0.0.1");
    WebClient second = client(vertx, "127.0.0.2");
    WebVerticle web = new WebVerticle();
    List<Integer> statuses = new ArrayList<>();
    vertx.deployVerticle(web, new DeploymentOptions().setConfig(config(data)))
        .compose(id -> guesses(first, web.actualPort(), limit, statuses))
        .compose(v -> post(first, web.actualPort(), GUESS + "late"))
        .compose(late -> post(first, web.actualPort(), TOKEN).map(right -> List.of(late, right)))
        .compose(blocked -> post(second, web.actualPort(), TOKEN).map(other -> {
          ctx.verify(() -> {
            assertThat(statuses).hasSize(limit).containsOnly(401);
            for (HttpResponse<Buffer> r : blocked) {
              assertThat(r.statusCode()).isEqualTo(429);
              assertThat(Integer.parseInt(r.getHeader("Retry-After"))).isBetween(1, 60);
              JsonObject body = r.bodyAsJsonObject();
              assertThat(body.getString("code")).isEqualTo("too-many-attempts");
              assertThat(body.getString("message")).contains("too many failed admin attempts");
            }
            // the right token from 127.0.0.2 passes the gate: the empty body is refused next, before the bus
            assertThat(other.statusCode()).isEqualTo(400);
            assertThat(other.bodyAsJsonObject().getString("message")).isEqualTo("the body is empty");
          });
          return other;
        }))
        .compose(v -> post(second, web.actualPort(), GUESS + "second"))
        .onComplete(ctx.succeeding(wrong -> ctx.verify(() -> {
          assertThat(wrong.statusCode()).isEqualTo(401);
          assertThat(log.text()).contains("WARN").contains("wrong or missing token from 127.0.0.1 on POST /api/articles/fetch")
              .contains("from 127.0.0.2").doesNotContain(GUESS).doesNotContain(TOKEN);
          ctx.completeNow();
        })));
  }

  /** {@code n} wrong tokens, one after the other; their statuses go to {@code statuses}. */
  private static Future<Void> guesses(WebClient client, int port, int n, List<Integer> statuses) {
    if (n == 0) {
      return Future.succeededFuture();
    }
    return post(client, port, GUESS + n)
        .compose(r -> {
          statuses.add(r.statusCode());
          return guesses(client, port, n - 1, statuses);
        });
  }

  private static Future<HttpResponse<Buffer>> post(WebClient client, int port, String token) {
    return client.post(port, "127.0.0.1", "/api/articles/fetch").bearerTokenAuthentication(token)
        .putHeader("Content-Length", "0").send();
  }

  private static WebClient client(Vertx vertx, String localAddress) {
    return WebClient.create(vertx, new WebClientOptions().setLocalAddress(localAddress));
  }

  private static JsonObject config(Path data) {
    return ConfigLoader.defaults("http").put("host", "127.0.0.1").put("port", 0).put("adminToken", TOKEN)
        .put("dataDir", data.toString());
  }
}
