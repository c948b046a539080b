package com.verbatim.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.support.LiveServer;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(VertxExtension.class)
@Timeout(300)
class BulkUpdateDeleteIT {

  private LiveServer server;

  @BeforeEach
  void start(Vertx vertx, @TempDir Path data) {
    server = LiveServer.start(vertx, LiveServer.config(data));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private static String article(String title, String text, String url) {
    JsonObject json = new JsonObject().put("title", title).put("text", text);
    return (url == null ? json : json.put("url", url)).encode();
  }

  @Test
  @DisplayName("NDJSON bulk: valid lines are stored under one commit, bad lines are refused with their line index")
  void ndjsonBulk() {
    String body = article("Pier", "The old pier was sold to a hotel group on Monday.", null) + "\n"
        + "{not json\n"
        + new JsonObject().put("title", "No text").encode() + "\n"
        + article("Tram", "The tram line to the airport opened on Friday.", null) + "\n";

    HttpResponse<Buffer> response = server.send(HttpMethod.POST, "/api/articles", "application/x-ndjson", body);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject result = response.bodyAsJsonObject();
    assertThat(result.getLong("stored")).isEqualTo(2);
    assertThat(result.getLong("refused")).isEqualTo(2);
    JsonArray items = result.getJsonArray("items");
    assertThat(items.getJsonObject(0).getString("status")).isEqualTo("created");
    assertThat(items.getJsonObject(1).getString("code")).isEqualTo("bad-json");
    assertThat(items.getJsonObject(2).getString("code")).isEqualTo("bad-request");
    assertThat(items.getJsonObject(3).getInteger("index")).isEqualTo(3);
    for (int i : new int[] {0, 3}) {
      assertThat(server.get("/api/articles/" + items.getJsonObject(i).getString("id")).statusCode()).isEqualTo(200);
    }
    assertThat(server.citedIds("Who bought the old pier?")).contains(items.getJsonObject(0).getString("id"));
  }

  @Test
  @DisplayName("a JSON array is a bulk too; two items sharing a sentence in one batch both cite it")
  void arrayBulkWithSharedSentence() {
    String shared = "The harbour master resigned on Thursday after a long dispute.";
    String body = "[" + article("One", shared + " Boats were stuck for days.", null) + ","
        + article("Two", "Fishermen were angry. " + shared, null) + ", 42]";

    JsonObject result = server.send(HttpMethod.POST, "/api/articles", "application/json", body).bodyAsJsonObject();

    assertThat(result.getLong("stored")).isEqualTo(2);
    assertThat(result.getJsonArray("items").getJsonObject(2).getString("code")).isEqualTo("bad-request");
    String first = result.getJsonArray("items").getJsonObject(0).getString("id");
    String second = result.getJsonArray("items").getJsonObject(1).getString("id");
    JsonObject answer = server.get("/api/ask?q=Why%20did%20the%20harbour%20master%20resign").bodyAsJsonObject();
    JsonObject top = answer.getJsonArray("sentences").getJsonObject(0);
    assertThat(top.getString("text")).isEqualTo(shared);
    assertThat(top.getJsonObject("citation").getString("articleId")).isIn(first, second);
    assertThat(top.getJsonArray("alsoIn").getJsonObject(0).getString("articleId")).isIn(first, second);
    assertThat(server.get("/api/stats").bodyAsJsonObject().getLong("articles")).isEqualTo(2);
  }

  @Test
  @DisplayName("ingesting the same URL again replaces the article: same id, new text, old sentences gone")
  void sameUrlReplaces() {
    String url = "https://news.example/bridge";
    HttpResponse<Buffer> first = server.post("/api/articles", new JsonObject(article("Bridge",
        "The bridge will close in May for repairs.", url)));
    HttpResponse<Buffer> second = server.post("/api/articles", new JsonObject(article("Bridge (corrected)",
        "The bridge will close in June for repairs.", url + "/")));

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(second.bodyAsJsonObject().getString("status")).isEqualTo("updated");
    String id = first.bodyAsJsonObject().getString("id");
    assertThat(second.bodyAsJsonObject().getString("id")).isEqualTo(id);
    JsonObject view = server.get("/api/articles/" + id).bodyAsJsonObject();
    assertThat(view.encode()).contains("June").doesNotContain("in May");
    assertThat(server.get("/api/stats").bodyAsJsonObject().getLong("sentences")).isEqualTo(1);
  }

  @Test
  @DisplayName("DELETE removes an article (204, then 404); a sentence whose last source is gone no longer answers")
  void deleteRemovesOrphanSentences() {
    String shared = "The ferry to the islands was cancelled because of the storm.";
    String keep = server.post("/api/articles", new JsonObject(article("Keep", shared + " Schools stayed open.", null)))
        .bodyAsJsonObject().getString("id");
    String drop = server.post("/api/articles", new JsonObject(article("Drop",
        shared + " The lighthouse keeper counted seventeen waves.", null))).bodyAsJsonObject().getString("id");

    assertThat(server.send(HttpMethod.DELETE, "/api/articles/" + drop, null, null).statusCode()).isEqualTo(204);

    assertThat(server.get("/api/articles/" + drop).statusCode()).isEqualTo(404);
    assertThat(server.send(HttpMethod.DELETE, "/api/articles/" + drop, null, null).statusCode()).isEqualTo(404);
    assertThat(server.citedIds("What did the lighthouse keeper count?")).doesNotContain(drop);
    assertThat(server.citedIds("Why was the ferry cancelled?")).containsExactly(keep);
    assertThat(server.get("/api/stats").bodyAsJsonObject().getLong("sentences")).isEqualTo(2);
  }

  @Test
  @DisplayName("DELETE needs the admin token")
  void deleteNeedsToken(Vertx vertx) {
    int status = io.vertx.ext.web.client.WebClient.create(vertx).delete(server.port(), "127.0.0.1", "/api/articles/x")
        .send().await().statusCode();
    assertThat(status).isEqualTo(401);
  }
}
