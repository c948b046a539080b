package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.support.TestApp;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(VertxExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@DisplayName("Templates and static files: edits on disk show without a restart, unversioned static files are never immutable")
class EditableFilesIT {

  @Test
  @DisplayName("an edited template on disk shows on the next request, without a restart")
  void editedTemplateShows(Vertx vertx, VertxTestContext ctx, @TempDir Path data, @TempDir Path copy) {
    Path templates = copyOf(Path.of("templates"), copy.resolve("templates"));
    TestApp app = new TestApp();
    WebClient client = WebClient.create(vertx);
    app.start(vertx, config(data, templates, Path.of("webroot")))
        .compose(a -> client.get(a.port(), "127.0.0.1", "/").send())
        .onSuccess(r -> ctx.verify(() -> assertThat(r.bodyAsString()).contains("<h1>Verbatim</h1>")))
        .onSuccess(r -> edit(templates.resolve("index.hbs"), "<h1>Verbatim</h1>", "<h1>Verbatim, edited</h1>"))
        .compose(r -> client.get(app.port(), "127.0.0.1", "/").send())
        .compose(r -> app.stop(vertx).map(r))
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          assertThat(r.bodyAsString()).contains("<h1>Verbatim, edited</h1>");
          assertThat(r.getHeader("Content-Length")).isEqualTo(String.valueOf(r.body().length()));
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("templates that are not on disk (inside the jar) are compiled once and cached")
  void jarTemplatesAreCached(Vertx vertx, VertxTestContext ctx, @TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("page.hbs"), "first {{word}}");
    Templates cached = new Templates(vertx, dir.toString(), false);
    Templates fresh = new Templates(vertx, dir.toString(), true);
    JsonObject data = new JsonObject().put("word", "draft");
    cached.render("page.hbs", data)
        .onSuccess(html -> ctx.verify(() -> assertThat(html.toString()).isEqualTo("first draft")))
        .onSuccess(html -> edit(dir.resolve("page.hbs"), "first", "second"))
        .compose(html -> cached.render("page.hbs", data))
        .onSuccess(html -> ctx.verify(() -> assertThat(html.toString()).isEqualTo("first draft")))
        .compose(html -> fresh.render("page.hbs", data))
        .onComplete(ctx.succeeding(html -> ctx.verify(() -> {
          assertThat(html.toString()).isEqualTo("second draft");
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("a static file on disk is sent with Cache-Control: no-cache, never immutable, and an edit shows on the next load")
  void editedStaticFileShows(Vertx vertx, VertxTestContext ctx, @TempDir Path data, @TempDir Path copy) {
    Path webroot = copyOf(Path.of("webroot"), copy.resolve("webroot"));
    Path css = webroot.resolve("css").resolve("verbatim.css");
    TestApp app = new TestApp();
    WebClient client = WebClient.create(vertx);
    app.start(vertx, config(data, Path.of("templates"), webroot))
        .compose(a -> client.get(a.port(), "127.0.0.1", "/static/css/verbatim.css").send())
        .onSuccess(r -> ctx.verify(() -> {
          assertThat(r.statusCode()).isEqualTo(200);
          assertThat(r.getHeader("Cache-Control")).isEqualTo("no-cache");
          assertThat(r.bodyAsString()).doesNotContain("edited");
        }))
        .onSuccess(r -> edit(css, ":root {", "/* edited */\n:root {"))
        .compose(r -> client.get(app.port(), "127.0.0.1", "/static/css/verbatim.css").send())
        .compose(r -> app.stop(vertx).map(r))
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          assertThat(r.statusCode()).isEqualTo(200);
          assertThat(r.getHeader("Cache-Control")).isEqualTo("no-cache");
          assertThat(r.bodyAsString()).startsWith("/* edited */");
          assertThat(r.getHeader("Content-Length")).isEqualTo(String.valueOf(Files.size(css)));
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("a widget module edited on disk gives /widget.js another version; the old versioned path is checked again")
  void editedWidgetModuleIsAnotherVersion(Vertx vertx, VertxTestContext ctx, @TempDir Path data, @TempDir Path copy) {
    Path webroot = copyOf(Path.of("webroot"), copy.resolve("webroot"));
    TestApp app = new TestApp();
    WebClient client = WebClient.create(vertx);
    AtomicReference<String> first = new AtomicReference<>();
    app.start(vertx, config(data, Path.of("templates"), webroot))
        .compose(a -> client.get(a.port(), "127.0.0.1", "/widget.js").send())
        .onSuccess(r -> first.set(uiPath(r.bodyAsString())))
        // a module the interface imports in turn, not the interface itself
        .onSuccess(r -> edit(webroot.resolve("js").resolve("marks.js"), "import", "// edited\nimport"))
        .compose(r -> client.get(app.port(), "127.0.0.1", "/widget.js").send())
        .compose(r -> client.get(app.port(), "127.0.0.1", first.get()).send().map(old -> List.of(r, old)))
        .compose(r -> app.stop(vertx).map(r))
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          String second = uiPath(r.get(0).bodyAsString());
          assertThat(second).isNotEqualTo(first.get());
          assertThat(r.get(1).statusCode()).isEqualTo(200);
          assertThat(r.get(1).getHeader("Cache-Control")).isEqualTo("no-cache");
          ctx.completeNow();
        })));
  }

  private static String uiPath(String loader) {
    Matcher m = Pattern.compile("'(/static/v/[0-9a-f]+/widget/ui\\.js)'").matcher(loader);
    assertThat(m.find()).as("the loader names a versioned interface").isTrue();
    return m.group(1);
  }

  @Test
  @DisplayName("a static file from the jar is validated: no-cache with Last-Modified, and 304 while it holds")
  void jarStaticFileIsValidated(Vertx vertx, VertxTestContext ctx, @TempDir Path data) {
    // test resources play the jar: 'fixtures' is on the class path and not in the working directory
    assertThat(Path.of("fixtures")).doesNotExist();
    TestApp app = new TestApp();
    WebClient client = WebClient.create(vertx);
    app.start(vertx, config(data, Path.of("templates"), Path.of("fixtures")))
        .compose(a -> client.get(a.port(), "127.0.0.1", "/static/rss.xml").send())
        .onSuccess(r -> ctx.verify(() -> {
          assertThat(r.statusCode()).isEqualTo(200);
          assertThat(r.getHeader("Cache-Control")).isEqualTo("no-cache").doesNotContain("immutable");
          assertThat(r.getHeader("Last-Modified")).isNotBlank();
        }))
        .compose(r -> client.get(app.port(), "127.0.0.1", "/static/rss.xml")
            .putHeader("If-Modified-Since", r.getHeader("Last-Modified")).send())
        .compose(r -> app.stop(vertx).map(r))
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          assertThat(r.statusCode()).isEqualTo(304);
          assertThat(r.getHeader("Cache-Control")).isEqualTo("no-cache");
          ctx.completeNow();
        })));
  }

  private static JsonObject config(Path data, Path templates, Path webroot) {
    JsonObject config = TestApp.config(data, Map.of("VERBATIM_SAMPLES", "false"));
    config.getJsonObject("http").put("templatesDir", templates.toString()).put("webrootDir", webroot.toString());
    return config;
  }

  private static Path copyOf(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve(from.relativize(file).toString()));
      }
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void edit(Path file, String from, String to) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(text).contains(from);
      Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
