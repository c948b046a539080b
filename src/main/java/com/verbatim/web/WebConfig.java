package com.verbatim.web;

import com.verbatim.config.Section;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;

/**
 * The {@code http} section of the configuration, plus the data folder ({@code index.dataDir}) where
 * a generated admin token is kept.
 *
 * @param port 0 picks any free port; the bound one is logged
 * @param adminToken bearer token for the admin API, at least 16 characters; blank means the one kept
 *     in {@code <dataDir>/admin-token}
 * @param maxBodyBytes largest accepted request body
 * @param templatesDir the pages' Handlebars templates: read from disk when this folder exists (an edit
 *     shows on the next request), else from the jar (compiled once)
 * @param webrootDir the static files served under {@code /static/}: from disk when this folder exists,
 *     else from the jar
 * @param dataDir the data folder
 */
public record WebConfig(String host, int port, String adminToken, long maxBodyBytes, String templatesDir,
    String webrootDir, Path dataDir) {

  public WebConfig {
    AdminToken.checkConfigured(adminToken);
  }

  /** Reads the {@code http} section, into which {@code MainVerticle} copies {@code dataDir}. */
  public static WebConfig fromJson(JsonObject json) {
    Section s = new Section("http", json);
    return new WebConfig(s.string("host"), s.integer("port"), s.string("adminToken"), s.longValue("maxBodyBytes"),
        s.string("templatesDir"), s.string("webrootDir"), Path.of(s.string("dataDir")));
  }
}
