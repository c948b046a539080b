package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.support.AskClient;
import com.verbatim.support.TestApp;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(VertxExtension.class)
@DisplayName("Asks scoped by the URL of the reader's page, over /ws")
@Timeout(300)
@io.vertx.junit5.Timeout(value = 240, timeUnit = TimeUnit.SECONDS)
class UrlScopeIT {

  @TempDir
  static Path data;
  private static final TestApp app = new TestApp();
  private static String harbourId;
  private static String stormId;

  @BeforeAll
  static void start(Vertx vertx, VertxTestContext ctx) {
    app.start(vertx, data)
        .compose(started -> post(vertx, new JsonObject().put("title", "Harbour reopens after storm")
            .put("text", "The harbour in Dunmore reopened on Tuesday after the storm.\n\n"
                + "Harbour master Aoife Byrne said the lighthouse lamp was repaired on Monday.")
            .put("source", "Coast Courier").put("url", "https://news.example.com/harbour")))
        .onSuccess(id -> harbourId = id)
        .compose(v -> post(vertx, new JsonObject().put("title", "Storm damage counted")
            .put("text", "Insurers counted the storm damage on the coast.\n\n"
                + "The Dunmore lighthouse lamp was repaired by engineers from Cork, the harbour master said.")
            .put("source", "Western Wire").put("url", "https://wire.example.com/storm/")))
        .onSuccess(id -> stormId = id)
        .onComplete(ctx.succeedingThenComplete());
  }

  private static Future<String> post(Vertx vertx, JsonObject article) {
    return WebClient.create(vertx).post(app.port(), "127.0.0.1", "/api/articles")
        .bearerTokenAuthentication(TestApp.TOKEN).sendJsonObject(article)
        .map(response -> response.bodyAsJsonObject().getString("id"));
  }

  @AfterAll
  static void stop(Vertx vertx, VertxTestContext ctx) {
    app.stop(vertx).onComplete(ctx.succeedingThenComplete());
  }

  private static Future<JsonObject> ask(Vertx vertx, String question, JsonObject scope) {
    return AskClient.connect(vertx, app.port()).compose(client -> client.send(new JsonObject().put("type", "ask")
        .put("id", "u1").put("question", question).put("limit", 10).put("scope", scope).encode()));
  }

  private static List<String> cited(JsonObject answer) {
    return answer.getJsonArray("sentences").stream().map(JsonObject.class::cast)
        .map(s -> s.getJsonObject("citation").getString("articleId")).distinct().toList();
  }

  @Test
  @DisplayName("a URL as the address bar shows it (tracking parameters, fragment, host case, slash) cites only its article")
  void knownUrl(Vertx vertx, VertxTestContext ctx) {
    ask(vertx, "Who repaired the lighthouse lamp?", new JsonObject().put("urls",
        new JsonArray().add("http://WIRE.example.com:80/storm?utm_source=newsletter&fbclid=x#top")))
        .onComplete(ctx.succeeding(answer -> ctx.verify(() -> {
          assertThat(answer.getString("type")).isEqualTo("answer");
          assertThat(answer.getString("id")).isEqualTo("u1");
          assertThat(cited(answer)).containsExactly(stormId);
          assertThat(answer.containsKey("notes")).isFalse();
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("an unknown URL is no error: the answer notes scope-unknown and comes from the whole site")
  void unknownUrlFallsBackToSite(Vertx vertx, VertxTestContext ctx) {
    ask(vertx, "Who repaired the lighthouse lamp?",
        new JsonObject().put("urls", new JsonArray().add("https://elsewhere.example.org/story")))
        .onComplete(ctx.succeeding(answer -> ctx.verify(() -> {
          assertThat(answer.getString("type")).isEqualTo("answer");
          assertThat(answer.getJsonArray("notes")).containsExactly("scope-unknown");
          assertThat(cited(answer)).contains(harbourId, stormId);
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("an unknown URL with fallback none is answered with no quotes, noted scope-unknown")
  void unknownUrlWithoutFallback(Vertx vertx, VertxTestContext ctx) {
    ask(vertx, "Who repaired the lighthouse lamp?", new JsonObject()
        .put("urls", new JsonArray().add("not even a url")).put("fallback", "none"))
        .onComplete(ctx.succeeding(answer -> ctx.verify(() -> {
          assertThat(answer.getString("type")).isEqualTo("answer");
          assertThat(answer.getJsonArray("sentences")).isEmpty();
          assertThat(answer.getJsonArray("notes")).containsExactly("scope-unknown");
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("one known and one unknown URL: quotes from the known article, noted scope-unknown")
  void partlyKnown(Vertx vertx, VertxTestContext ctx) {
    ask(vertx, "Who repaired the lighthouse lamp?", new JsonObject().put("urls", new JsonArray()
        .add("https://news.example.com/harbour/").add("https://news.example.com/gone")).put("fallback", "none"))
        .onComplete(ctx.succeeding(answer -> ctx.verify(() -> {
          assertThat(cited(answer)).containsExactly(harbourId);
          assertThat(answer.getJsonArray("notes")).containsExactly("scope-unknown");
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("a malformed URL scope is a bad-request error frame")
  void badScope(Vertx vertx, VertxTestContext ctx) {
    ask(vertx, "Who?", new JsonObject().put("urls", "https://news.example.com/harbour"))
        .compose(error -> {
          ctx.verify(() -> assertThat(error.getString("code")).isEqualTo("bad-request"));
          return ask(vertx, "Who?", new JsonObject().put("urls", new JsonArray()).put("fallback", "maybe"));
        })
        .onComplete(ctx.succeeding(error -> ctx.verify(() -> {
          assertThat(error.getString("type")).isEqualTo("error");
          assertThat(error.getString("code")).isEqualTo("bad-request");
          ctx.completeNow();
        })));
  }
}
