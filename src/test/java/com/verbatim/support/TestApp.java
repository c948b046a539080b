package com.verbatim.support;

import com.verbatim.MainVerticle;
import com.verbatim.config.ConfigLoader;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The whole product, started in-process on port 0 with its data in a test directory. */
public final class TestApp {

  public static final String TOKEN = "test-admin-token-0123456789";

  private final MainVerticle main = new MainVerticle();
  private String deploymentId;

  /** The shipped configuration with the test's port, data directory and token. */
  public static JsonObject config(Path dataDir, Map<String, String> extra) {
    Map<String, String> env = new HashMap<>(Map.of("VERBATIM_HTTP_PORT", "0", "VERBATIM_HTTP_HOST", "127.0.0.1",
        "VERBATIM_DATA_DIR", dataDir.toString(), "VERBATIM_ADMIN_TOKEN", TOKEN));
    env.putAll(extra);
    return ConfigLoader.load(env);
  }

  public Future<TestApp> start(Vertx vertx, Path dataDir) {
    return start(vertx, config(dataDir, Map.of()));
  }

  public Future<TestApp> start(Vertx vertx, JsonObject config) {
    return vertx.deployVerticle(main, new DeploymentOptions().setConfig(config))
        .onSuccess(id -> deploymentId = id)
        .map(this);
  }

  public Future<Void> stop(Vertx vertx) {
    return vertx.undeploy(deploymentId);
  }

  /** How often each of the server's limits was reached. */
  public com.verbatim.web.LimitCounters limitCounters() {
    return main.limitCounters();
  }

  public int port() {
    return main.httpPort();
  }

  /** The separate admin server's port, or -1 when the admin routes are on {@link #port()}. */
  public int adminPort() {
    return main.adminPort();
  }
}
