package com.verbatim.web;

import com.verbatim.config.Section;
import io.vertx.core.json.JsonObject;

/**
 * The {@code http} section of the configuration.
 *
 * @param port 0 picks any free port; the bound one is logged
 * @param adminToken bearer token for the admin API; blank means a random one is made at start
 * @param maxBodyBytes largest accepted request body
 */
public record WebConfig(String host, int port, String adminToken, long maxBodyBytes) {

  public static WebConfig fromJson(JsonObject json) {
    Section s = new Section("http", json);
    return new WebConfig(s.string("host"), s.integer("port"), s.string("adminToken"), s.longValue("maxBodyBytes"));
  }
}
