package com.verbatim.web;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.MimeMapping;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The static files under {@code /static/} and the embeddable widget's routes. {@code /widget.js}, the one tag news
 * sites paste, is kept by browsers for {@value #ENTRY_CACHE} and imports the interface from a versioned path,
 * {@code /static/v/<version>/widget/ui.js} (see {@link WidgetVersion}), kept for a year: a release reaches every
 * site within minutes, and a reader's browser fetches the interface once per release.
 * {@code /widget/origin.js} tells the widget whether its page's origin may open {@code /ws}, which a refused
 * WebSocket handshake cannot tell a script.
 */
final class StaticRoutes {

  private static final String ENTRY_CACHE = "public, max-age=300";
  private static final String IMMUTABLE = "public, max-age=31536000, immutable";
  /** The Cache-Control a rerouted request's file is sent with; unversioned files are checked again each time. */
  private static final String CACHE = "verbatim.cache";
  private static final String ENTRY = "widget/widget.js";
  private static final String UI_PATH = "/static/" + WidgetVersion.UI;
  private static final String JAVASCRIPT = "text/javascript;charset=UTF-8";

  private final Vertx vertx;
  private final String dir;
  private final boolean onDisk;
  private final OriginPolicy origins;
  /** From the jar, whose files never change, the widget is read once. */
  private Future<Widget> fromJar;

  /** The widget's loader with the versioned interface path written in, and that version. */
  private record Widget(String version, String entry) {
  }

  /** {@code dir}: the static folder, on disk when it exists there, else in the jar. */
  StaticRoutes(Vertx vertx, String dir, OriginPolicy origins) {
    this.vertx = vertx;
    this.dir = dir;
    this.onDisk = Files.isDirectory(Path.of(dir));
    this.origins = origins;
  }

  void add(Routes routes) {
    routes.get("/widget.js").handler(this::entry);
    routes.get("/widget/origin.js").handler(this::origin);
    routes.get("/static/v/:version/*").handler(this::versioned);
    routes.get("/static/*").handler(StaticRoutes::headers).handler(files());
  }

  private void entry(RoutingContext ctx) {
    widget().onSuccess(w -> shared(ctx, ENTRY_CACHE).putHeader("Content-Type", JAVASCRIPT).end(w.entry()))
        .onFailure(ctx::fail);
  }

  /**
   * A module under the current version is kept for good; under another one (a loader cached before a release)
   * the current file is sent, to be checked again, so no old URL keeps a newer file for a year.
   */
  private void versioned(RoutingContext ctx) {
    String asked = ctx.pathParam("version");
    String path = ctx.pathParam("*");
    widget().onSuccess(w -> {
      ctx.put(CACHE, w.version().equals(asked) ? IMMUTABLE : "no-cache");
      ctx.reroute("/static/" + path);
    }).onFailure(ctx::fail);
  }

  /** A JavaScript module, so that another site's page can import it; no secret: true or false, never cached. */
  private void origin(RoutingContext ctx) {
    boolean allowed = origins.allows(ctx.request().getHeader("Origin"), ctx.request().getHeader("Host"));
    shared(ctx, "no-store").putHeader("Content-Type", JAVASCRIPT).putHeader("Vary", "Origin")
        .end("export default " + allowed + ";\n");
  }

  private Future<Widget> widget() {
    if (fromJar != null) {
      return fromJar;
    }
    Future<Widget> read = vertx.executeBlocking(this::read);
    if (!onDisk) {
      fromJar = read;
    }
    return read;
  }

  /** Blocking: the loader and the interface's modules from the static folder. */
  private Widget read() {
    String version = WidgetVersion.of(this::text);
    String entry = text(ENTRY);
    if (entry == null || !entry.contains(UI_PATH)) {
      throw new IllegalStateException(ENTRY + " must import " + UI_PATH);
    }
    return new Widget(version, entry.replace(UI_PATH, "/static/v/" + version + "/" + WidgetVersion.UI));
  }

  /** A file's text from the folder on disk or, when absent there, from the jar; null when there is none. */
  private String text(String path) {
    String file = dir + "/" + path;
    return vertx.fileSystem().existsBlocking(file)
        ? vertx.fileSystem().readFileBlocking(file).toString(StandardCharsets.UTF_8) : null;
  }

  /** Public files: other sites' pages load the widget, and module scripts from another origin need CORS. */
  private static HttpServerResponse shared(RoutingContext ctx, String cache) {
    return ctx.response().putHeader("Cache-Control", cache)
        .putHeader("Access-Control-Allow-Origin", "*")
        .putHeader("Cross-Origin-Resource-Policy", "cross-origin");
  }

  /**
   * Unversioned static names must be asked again before a browser reuses them: an edit shows on the next load (from
   * the jar the answer is a 304 while Last-Modified holds). A HEAD also gets the Content-Type its GET would, which
   * StaticHandler leaves out of HEAD answers.
   */
  private static void headers(RoutingContext ctx) {
    shared(ctx, ctx.get(CACHE, "no-cache"));
    String type = MimeMapping.mimeTypeForFilename(ctx.normalizedPath());
    if (ctx.request().method() == HttpMethod.HEAD && type != null) {
      ctx.response().putHeader("Content-Type", type.startsWith("text") ? type + ";charset=UTF-8" : type);
    }
    ctx.next();
  }

  /**
   * Static files from a folder on disk may be edited while the server runs, so each request reads the file's size
   * and date afresh and sends it whole; StaticHandler's cache of those, and the Last-Modified / 304 it bases on
   * them, are kept for the jar, whose files never change.
   */
  private StaticHandler files() {
    StaticHandler files = Path.of(dir).isAbsolute()
        ? StaticHandler.create(FileSystemAccess.ROOT, dir) : StaticHandler.create(dir);
    return onDisk ? files.setCachingEnabled(false).setFilesReadOnly(false) : files;
  }
}
