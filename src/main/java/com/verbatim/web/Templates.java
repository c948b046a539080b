package com.verbatim.web;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.common.WebEnvironment;
import io.vertx.ext.web.common.template.TemplateEngine;
import io.vertx.ext.web.templ.handlebars.HandlebarsTemplateEngine;

/**
 * The pages' Handlebars templates, from one folder. Inside the jar they cannot change, so each is
 * compiled once and cached. From a folder on disk (running from the repository) each render reads
 * the template again, so an edited template shows on the next request without a restart. Helpers:
 * {@code {{date iso}}} (see {@link DateLabel}).
 */
final class Templates {

  private final Vertx vertx;
  private final TemplateEngine engine;
  private final String dir;
  private final boolean fromDisk;

  Templates(Vertx vertx, String dir, boolean fromDisk) {
    this.vertx = vertx;
    HandlebarsTemplateEngine handlebars = HandlebarsTemplateEngine.create(vertx);
    // {{date publishedAt}}: "26 November 2026" rather than the stored ISO string
    handlebars.unwrap().registerHelper("date", (value, options) -> DateLabel.of(value == null ? null : value.toString()));
    this.engine = handlebars;
    this.dir = dir;
    this.fromDisk = fromDisk;
  }

  /** Renders {@code name} (for example {@code index.hbs}) with {@code data}. */
  Future<Buffer> render(String name, JsonObject data) {
    String location = dir + "/" + name;
    if (!fromDisk) {
      return engine.render(data, location);
    }
    // reading and compiling the file blocks, so it happens on a worker thread
    return vertx.executeBlocking(() -> fresh(data, location), false).compose(rendered -> rendered);
  }

  private Future<Buffer> fresh(JsonObject data, String location) {
    // Vert.x keeps compiled templates in one cache per Vert.x instance, off only in its development mode
    if (!WebEnvironment.development()) {
      engine.clearCache();
    }
    return engine.render(data, location);
  }
}
