package com.verbatim.ingest;

import com.verbatim.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.support.LiveServer;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(VertxExtension.class)
@Timeout(300)
class DirectoryImportIT {

  private static String topAnswer(LiveServer server, String q) {
    return server.get("/api/ask?q=" + q).bodyAsJsonObject().getJsonArray("sentences").getJsonObject(0).getString("text");
  }

  @Test
  @DisplayName("a folder of .txt, .html and .json files is imported at start, and importing it again changes nothing")
  void importsIdempotently(Vertx vertx, @TempDir Path data, @TempDir Path inbox) throws IOException {
    Files.writeString(inbox.resolve("a.txt"), "Dam opens\nThe new dam opened on Monday near the village.\n");
    Files.writeString(inbox.resolve("b.html"), Fixtures.text("harbour.html"));
    Files.createDirectories(inbox.resolve("more"));
    Files.writeString(inbox.resolve("more/c.json"), new JsonObject().put("title", "Zoo")
        .put("text", "The zoo welcomed two red pandas this week.").put("url", "https://zoo.example/pandas").encodePrettily());
    Files.writeString(inbox.resolve("more/d.json"), "{\"title\":\"Rail\",\"text\":\"The night train returns in April.\"}\n"
        + "{\"title\":\"Bus\",\"text\":\"Bus fares rise by ten cents.\"}\n");
    Files.writeString(inbox.resolve("notes.md"), "ignored");
    Files.writeString(inbox.resolve("bad.json"), "{broken");
    JsonObject config = LiveServer.config(data);
    config.getJsonObject("ingest").put("importDir", inbox.toString());

    LiveServer first = LiveServer.start(vertx, config);
    JsonObject stats = first.get("/api/stats").bodyAsJsonObject();
    assertThat(topAnswer(first, "What%20did%20the%20zoo%20welcome")).contains("two red pandas");
    assertThat(topAnswer(first, "How%20much%20did%20the%20bridge%20repairs%20cost")).contains("14 million euros");
    first.stop();

    LiveServer second = LiveServer.start(vertx, config);
    try {
      assertThat(stats.getLong("articles")).isEqualTo(5);
      JsonObject again = second.get("/api/stats").bodyAsJsonObject();
      // vectorsPending falls as the embedding catches up; the stored articles and sentences must not change
      assertThat(again.getLong("articles")).isEqualTo(stats.getLong("articles"));
      assertThat(again.getLong("sentences")).isEqualTo(stats.getLong("sentences"));
    } finally {
      second.stop();
    }
  }
}
