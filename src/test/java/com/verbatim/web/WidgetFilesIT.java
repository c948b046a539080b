package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.support.LiveServer;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

@DisplayName("The embeddable widget's files")
@Timeout(120)
class WidgetFilesIT {

  /** The "15 kB gzipped", read as 15,000 bytes: everything a reader's browser fetches to show the widget. */
  private static final int BUDGET_BYTES = 15_000;
  private static final Pattern IMPORT = Pattern.compile("(?:from\\s+|import\\()\\s*'([^']+\\.js)'");

  @TempDir
  static Path data;
  private static Vertx vertx;
  private static LiveServer server;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    JsonObject config = LiveServer.config(data);
    config.getJsonObject("http").put("allowedOrigins", "https://news.example.com");
    server = LiveServer.start(vertx, config);
  }

  @AfterAll
  static void stop() {
    server.stop();
    vertx.close().await();
  }

  @Test
  @DisplayName("/widget.js is public JavaScript kept five minutes; it imports the interface under a versioned path, "
      + "kept for a year; an unversioned or outdated path is checked again")
  void headersAndVersions() {
    HttpResponse<Buffer> entry = server.get("/widget.js");
    assertThat(entry.statusCode()).isEqualTo(200);
    assertThat(entry.getHeader("Content-Type")).contains("javascript");
    assertThat(entry.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
    assertThat(entry.getHeader("Cache-Control")).isEqualTo("public, max-age=300");
    assertThat(entry.bodyAsString()).contains("customElements.define('verbatim-chat'");
    String ui = uiPath(entry.bodyAsString());
    assertThat(ui).matches("/static/v/[0-9a-f]{10}/widget/ui\\.js");
    String version = ui.split("/")[3];

    HttpResponse<Buffer> versioned = server.get(ui);
    assertThat(versioned.statusCode()).isEqualTo(200);
    assertThat(versioned.getHeader("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
    assertThat(versioned.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
    assertThat(versioned.getHeader("Content-Type")).contains("javascript");
    HttpResponse<Buffer> plain = server.get("/static/widget/ui.js");
    assertThat(versioned.bodyAsString()).isEqualTo(plain.bodyAsString());
    assertThat(plain.getHeader("Cache-Control")).isEqualTo("no-cache");
    assertThat(plain.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
    // the modules the interface imports by relative path are under the same version
    HttpResponse<Buffer> module = server.get("/static/v/" + version + "/js/conversation.js");
    assertThat(module.statusCode()).isEqualTo(200);
    assertThat(module.getHeader("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");

    HttpResponse<Buffer> outdated = server.get("/static/v/0123456789/widget/ui.js");
    assertThat(outdated.statusCode()).isEqualTo(200);
    assertThat(outdated.getHeader("Cache-Control")).isEqualTo("no-cache");
    assertThat(server.get("/static/v/" + version + "/widget/nothing.js").statusCode()).isEqualTo(404);
    assertThat(server.get("/static/v/" + version + "/../../conf/config.json").statusCode()).isEqualTo(404);
  }

  @Test
  @DisplayName("/widget/origin.js tells an importing page whether its origin may open /ws, and nothing else")
  void originModule() {
    WebClient client = WebClient.create(vertx);
    try {
      HttpResponse<Buffer> refused = client.get(server.port(), "127.0.0.1", "/widget/origin.js")
          .putHeader("Origin", "https://elsewhere.example").send().await();
      assertThat(refused.statusCode()).isEqualTo(200);
      assertThat(refused.bodyAsString()).isEqualTo("export default false;\n");
      assertThat(refused.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
      assertThat(refused.getHeader("Cache-Control")).isEqualTo("no-store");
      assertThat(refused.getHeader("Content-Type")).contains("javascript");
      HttpResponse<Buffer> listed = client.get(server.port(), "127.0.0.1", "/widget/origin.js")
          .putHeader("Origin", "https://News.Example.com").send().await();
      assertThat(listed.bodyAsString()).isEqualTo("export default true;\n");
    } finally {
      client.close();
    }
  }

  /** The versioned path of the interface the loader imports. */
  private static String uiPath(String loader) {
    Matcher m = Pattern.compile("'(/static/[^']+\\.js)'").matcher(loader);
    assertThat(m.find()).as("the loader names the interface's path").isTrue();
    return m.group(1);
  }

  /**
   * The budget covers what the tag loads up front and what the widget loads on its first open: the loader, the
   * interface it imports and every module that imports in turn (each file gzipped on its own, as each is its own
   * response). Only /widget/origin.js, fetched after a failed connection, is left out: 22 bytes.
   */
  @Test
  @DisplayName("the loader, the interface and every module it imports weigh at most 15,000 bytes gzipped")
  void sizeBudget() throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    HttpResponse<Buffer> loader = server.get("/widget.js");
    files.put("/widget.js", loader.body().getBytes());
    Deque<String> todo = new ArrayDeque<>();
    todo.add(uiPath(loader.bodyAsString()));
    while (!todo.isEmpty()) {
      String path = todo.poll();
      if (files.containsKey(path)) {
        continue;
      }
      HttpResponse<Buffer> response = server.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      files.put(path, response.body().getBytes());
      Matcher m = IMPORT.matcher(response.bodyAsString());
      while (m.find()) {
        todo.add(URI.create("http://x" + path).resolve(m.group(1)).getPath());
      }
    }
    assertThat(files.keySet()).anyMatch(p -> p.endsWith("/js/conversation.js")).anyMatch(p -> p.endsWith("/js/socket.js"))
        .anyMatch(p -> p.endsWith("/js/answer-view.js")).anyMatch(p -> p.endsWith("/js/marks.js"));
    int total = 0;
    for (byte[] file : files.values()) {
      total += gzipped(file);
    }
    LoggerFactory.getLogger(WidgetFilesIT.class).info("widget: {} gzipped bytes of {} in {} files", total,
        BUDGET_BYTES, files.size());
    assertThat(total).as("gzipped bytes of %s", files.keySet()).isLessThanOrEqualTo(BUDGET_BYTES);
  }

  /** Each file is its own response, so each is gzipped on its own. */
  private static int gzipped(byte[] file) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(file);
    }
    return out.size();
  }
}
