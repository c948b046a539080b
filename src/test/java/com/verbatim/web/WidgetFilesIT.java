package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.support.LiveServer;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
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

@DisplayName("The embeddable widget's files")
@Timeout(120)
class WidgetFilesIT {

  /** 15 kB gzipped: everything a reader's browser fetches to show the widget. */
  private static final int BUDGET_BYTES = 15 * 1024;
  private static final Pattern IMPORT = Pattern.compile("(?:from\\s+|import\\()\\s*'([^']+\\.js)'");

  @TempDir
  static Path data;
  private static Vertx vertx;
  private static LiveServer server;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    server = LiveServer.start(vertx, LiveServer.config(data));
  }

  @AfterAll
  static void stop() {
    server.stop();
    vertx.close().await();
  }

  @Test
  @DisplayName("/widget.js is public JavaScript, cached for five minutes; its modules are public and checked again")
  void headers() {
    HttpResponse<Buffer> entry = server.get("/widget.js");
    assertThat(entry.statusCode()).isEqualTo(200);
    assertThat(entry.getHeader("Content-Type")).contains("javascript");
    assertThat(entry.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
    assertThat(entry.getHeader("Cache-Control")).isEqualTo("public, max-age=300");
    assertThat(entry.bodyAsString()).contains("customElements.define('verbatim-chat'");
    HttpResponse<Buffer> ui = server.get("/static/widget/ui.js");
    assertThat(ui.statusCode()).isEqualTo(200);
    assertThat(ui.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
    assertThat(ui.getHeader("Cache-Control")).isEqualTo("no-cache");
  }

  @Test
  @DisplayName("the loader, the interface and every module it imports weigh at most 15 kB gzipped")
  void sizeBudget() throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("/widget.js", server.get("/widget.js").body().getBytes());
    Deque<String> todo = new ArrayDeque<>();
    todo.add("/static/widget/ui.js");
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
    assertThat(files).containsKeys("/static/js/conversation.js", "/static/js/socket.js",
        "/static/js/answer-view.js", "/static/js/marks.js");
    int total = 0;
    for (byte[] file : files.values()) {
      total += gzipped(file);
    }
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
