package com.verbatim.support;

import com.verbatim.config.ConfigLoader;
import com.verbatim.web.WebVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;

/** The web verticle alone on port 0, with the shipped http settings and the test's changes, in front of whatever index the test puts on the bus. */
public final class WebOnly {

  private final WebVerticle web = new WebVerticle();
  private String deploymentId;

  public Future<WebOnly> start(Vertx vertx, Path data, JsonObject changes) {
    JsonObject http = ConfigLoader.defaults("http").put("host", "127.0.0.1").put("port", 0)
        .put("adminToken", TestApp.TOKEN).put("dataDir", data.toString()).mergeIn(changes);
    return vertx.deployVerticle(web, new DeploymentOptions().setConfig(http))
        .onSuccess(id -> deploymentId = id)
        .map(this);
  }

  public Future<Void> stop(Vertx vertx) {
    return vertx.undeploy(deploymentId);
  }

  public int port() {
    return web.actualPort();
  }

  public WebVerticle web() {
    return web;
  }
}
