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
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The web verticle on its own: the token checks run before anything reaches the bus. */
@ExtendWith(VertxExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@DisplayName("The admin token at start: kept in a file or configured, never logged")
class AdminTokenIT {

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
  @DisplayName("without a configured token one is made, kept in <dataDir>/admin-token, logged only by its path, and reused after a restart")
  void generatedTokenIsKept(Vertx vertx, VertxTestContext ctx, @TempDir Path data) {
    Path file = data.resolve("admin-token");
    WebClient client = WebClient.create(vertx);
    deploy(vertx, config(data, ""))
        .compose(web -> {
          String token = read(file);
          ctx.verify(() -> {
            assertThat(token).hasSizeGreaterThanOrEqualTo(24);
            assertThat(log()).contains(file.toAbsolutePath().toString()).doesNotContain(token);
          });
          return acceptedTokens(client, web, token)
              .compose(v -> vertx.undeploy(web.id()))
              .compose(v -> deploy(vertx, config(data, "")))
              .compose(again -> acceptedTokens(client, again, token));
        })
        .onComplete(ctx.succeeding(v -> ctx.verify(() -> {
          assertThat(log()).doesNotContain(read(file)).contains("the kept token is in " + file.toAbsolutePath());
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("a configured token is used and never logged, and no token file is written")
  void configuredTokenIsNotLogged(Vertx vertx, VertxTestContext ctx, @TempDir Path data) {
    String token = "configured-token-0123456789";
    deploy(vertx, config(data, token))
        .compose(web -> acceptedTokens(WebClient.create(vertx), web, token))
        .onComplete(ctx.succeeding(v -> ctx.verify(() -> {
          assertThat(log()).contains("configured token").doesNotContain(token);
          assertThat(data.resolve("admin-token")).doesNotExist();
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("a configured token under 24 characters stops the start with a clear message")
  void shortTokenStopsStart(Vertx vertx, VertxTestContext ctx, @TempDir Path data) {
    deploy(vertx, config(data, "too-short-token-for-adm"))
        .onComplete(ctx.failing(error -> ctx.verify(() -> {
          assertThat(error).isInstanceOf(IllegalArgumentException.class)
              .hasMessageContaining("VERBATIM_ADMIN_TOKEN").hasMessageContaining("at least 24")
              .hasMessageNotContaining("too-short-token-for-adm");
          ctx.completeNow();
        })));
  }

  private record Deployed(String id, int port) {
  }

  private static Future<Deployed> deploy(Vertx vertx, JsonObject config) {
    WebVerticle web = new WebVerticle();
    return vertx.deployVerticle(web, new DeploymentOptions().setConfig(config))
        .map(id -> new Deployed(id, web.actualPort()));
  }

  private static JsonObject config(Path data, String token) {
    return ConfigLoader.defaults("http").put("host", "127.0.0.1").put("port", 0).put("adminToken", token)
        .put("dataDir", data.toString());
  }

  /**
   * The token passes the check (the empty body is then refused with 400, before the bus) and a
   * wrong one does not (401).
   */
  private static Future<Void> acceptedTokens(WebClient client, Deployed web, String token) {
    return post(client, web, token)
        .map(r -> {
          assertThat(r.statusCode()).isEqualTo(400);
          assertThat(r.bodyAsJsonObject().getString("message")).isEqualTo("the body is empty");
          return r;
        })
        .compose(r -> post(client, web, token + "x"))
        .map(r -> {
          assertThat(r.statusCode()).isEqualTo(401);
          return null;
        });
  }

  private static Future<HttpResponse<Buffer>> post(WebClient client, Deployed web, String token) {
    return client.post(web.port(), "127.0.0.1", "/api/articles/fetch").bearerTokenAuthentication(token)
        .putHeader("Content-Length", "0").send();
  }

  private String log() {
    return log.text();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
