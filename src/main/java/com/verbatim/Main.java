package com.verbatim;

import com.verbatim.cluster.ClusterConfig;
import com.verbatim.config.ConfigLoader;
import com.verbatim.metrics.VertxSetup;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts Verbatim: reads the configuration once and deploys {@link MainVerticle}. */
public final class Main {

  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {
  }

  public static void main(String[] args) {
    JsonObject config = ConfigLoader.load(System.getenv());
    ClusterConfig cluster = ClusterConfig.fromJson(config.getJsonObject("cluster"));
    // a single node never loads the cluster manager: ClusterNode alone names it
    ClusterNode.Started node = cluster.enabled() ? ClusterNode.start(cluster) : ClusterNode.single();
    Vertx vertx = node.vertx();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> close(vertx), "verbatim-shutdown"));
    try {
      vertx.deployVerticle(node.main(), new DeploymentOptions().setConfig(config)).await();
    } catch (Exception e) {
      LOG.error("Verbatim failed to start", e);
      System.exit(1); // on the main thread, so the shutdown hook can close Vert.x
    }
  }

  /** Undeploys everything so the index closes cleanly; acknowledged data is already committed. */
  private static void close(Vertx vertx) {
    try {
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.warn("Shutdown did not finish cleanly", e);
    }
  }
}
