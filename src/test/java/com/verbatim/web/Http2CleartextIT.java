package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.config.ConfigLoader;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
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

/** Cleartext HTTP/2 (h2c) is served only when {@code http.h2c} is on. */
@ExtendWith(VertxExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@DisplayName("h2c is off unless configured")
class Http2CleartextIT {

  private static final String TOKEN = "h2c-test-token-0123456789";

  @Test
  @DisplayName("by default, neither an HTTP/2 prior-knowledge request nor an Upgrade: h2c one is served as HTTP/2")
  void offByDefault(Vertx vertx, VertxTestContext ctx, @TempDir Path data) {
    deploy(vertx, data, false)
        .compose(port -> version(vertx, port, false).compose(prior -> version(vertx, port, true)
            .map(upgrade -> new HttpVersion[] {prior, upgrade})))
        .onComplete(ctx.succeeding(versions -> ctx.verify(() -> {
          assertThat(versions[0]).as("prior knowledge").isNotEqualTo(HttpVersion.HTTP_2);
          assertThat(versions[1]).as("upgrade").isEqualTo(HttpVersion.HTTP_1_1);
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("with http.h2c on, both are served as HTTP/2 (so the test above can tell)")
  void onWhenConfigured(Vertx vertx, VertxTestContext ctx, @TempDir Path data) {
    deploy(vertx, data, true)
        .compose(port -> version(vertx, port, false).compose(prior -> version(vertx, port, true)
            .map(upgrade -> new HttpVersion[] {prior, upgrade})))
        .onComplete(ctx.succeeding(versions -> ctx.verify(() -> {
          assertThat(versions).containsExactly(HttpVersion.HTTP_2, HttpVersion.HTTP_2);
          ctx.completeNow();
        })));
  }

  private static Future<Integer> deploy(Vertx vertx, Path data, boolean h2c) {
    WebVerticle web = new WebVerticle();
    JsonObject config = ConfigLoader.defaults("http").put("host", "127.0.0.1").put("port", 0)
        .put("adminToken", TOKEN).put("dataDir", data.toString());
    if (h2c) {
      config.put("h2c", true);
    }
    return vertx.deployVerticle(web, new DeploymentOptions().setConfig(config)).map(id -> web.actualPort());
  }

  /**
   * The HTTP version GET /health is answered in, by a client that asks for HTTP/2 with prior knowledge
   * ({@code upgrade} false) or with an {@code Upgrade: h2c} request; null when the exchange fails (an
   * HTTP/1.1 server cannot read the HTTP/2 preface), or stalls for 10 s.
   */
  private static Future<HttpVersion> version(Vertx vertx, int port, boolean upgrade) {
    var client = vertx.createHttpClient(new HttpClientOptions().setProtocolVersion(HttpVersion.HTTP_2)
        .setHttp2ClearTextUpgrade(upgrade));
    return client.request(new RequestOptions().setMethod(HttpMethod.GET).setHost("127.0.0.1").setPort(port)
            .setURI("/health").setIdleTimeout(10_000))
        .compose(request -> request.send())
        .compose(response -> response.body().map(body -> {
          assertThat(response.statusCode()).isEqualTo(200);
          return response.version();
        }))
        .transform(result -> Future.succeededFuture(result.succeeded() ? result.result() : null))
        .eventually(client::close);
  }
}
