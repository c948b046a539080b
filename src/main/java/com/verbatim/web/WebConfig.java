package com.verbatim.web;

import com.verbatim.config.Section;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;

/**
 * The {@code http} section of the configuration, plus the data folder ({@code index.dataDir}) where
 * a generated admin token is kept.
 *
 * @param port 0 picks any free port; the bound one is logged
 * @param adminToken bearer token for the admin API, at least 24 characters; blank means the one kept
 *     in {@code <dataDir>/admin-token}
 * @param adminFailuresPerMinute failed admin attempts allowed per client and minute; more are a 429
 * @param adminFailureClients how many clients' failures are remembered at most (least recently seen dropped)
 * @param adminHost the interface of the separate admin server, when {@code adminPort} asks for one
 * @param adminPort -1 serves the admin routes on the main server; otherwise only on a second server on
 *     this port (0 picks a free one), and the main server answers them 404
 * @param h2c serve cleartext HTTP/2 (prior knowledge and {@code Upgrade: h2c}); off, HTTP/1.1 only
 * @param maxBodyBytes largest accepted request body
 * @param templatesDir the pages' Handlebars templates: read from disk when this folder exists (an edit
 *     shows on the next request), else from the jar (compiled once)
 * @param webrootDir the static files served under {@code /static/}: from disk when this folder exists,
 *     else from the jar
 * @param dataDir the data folder
 * @param allowedOrigins the other sites' origins whose pages may open {@code /ws} (the embedded widget),
 *     comma-separated; {@code *} for any; blank for none but the server's own pages
 */
public record WebConfig(String host, int port, String adminToken, int adminFailuresPerMinute,
    int adminFailureClients, String adminHost, int adminPort, boolean h2c, long maxBodyBytes, String templatesDir,
    String webrootDir, Path dataDir, String allowedOrigins) {

  /** {@code adminPort} when the admin routes stay on the main server. */
  public static final int SAME_SERVER = -1;

  public WebConfig {
    AdminToken.checkConfigured(adminToken);
    if (adminFailuresPerMinute < 1 || adminFailureClients < 1) {
      throw new IllegalArgumentException("http.adminFailuresPerMinute and http.adminFailureClients must be at least 1");
    }
    if (adminPort < SAME_SERVER || adminPort > 65535) {
      throw new IllegalArgumentException("http.adminPort must be -1 (the main server), 0 (a free port) or a port");
    }
    if (adminPort != SAME_SERVER && adminHost.isBlank()) {
      throw new IllegalArgumentException("http.adminHost must name an interface when http.adminPort is set");
    }
  }

  /** Whether the admin routes are served by a server of their own. */
  public boolean separateAdmin() {
    return adminPort != SAME_SERVER;
  }

  /** Reads the {@code http} section, into which {@code MainVerticle} copies {@code dataDir}. */
  public static WebConfig fromJson(JsonObject json) {
    Section s = new Section("http", json);
    return new WebConfig(s.string("host"), s.integer("port"), s.string("adminToken"),
        s.integer("adminFailuresPerMinute"), s.integer("adminFailureClients"), s.string("adminHost"),
        s.integer("adminPort"), s.bool("h2c"), s.longValue("maxBodyBytes"), s.string("templatesDir"),
        s.string("webrootDir"), Path.of(s.string("dataDir")), s.string("allowedOrigins"));
  }
}
