package com.verbatim.web;

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
    return new WebConfig(json.getString("host", "0.0.0.0"), json.getInteger("port", 8080),
        json.getString("adminToken", ""), json.getLong("maxBodyBytes", 10L * 1024 * 1024));
  }
}
