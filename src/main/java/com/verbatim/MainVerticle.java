package com.verbatim;

import com.verbatim.dedup.DedupVerticle;
import com.verbatim.index.IndexVerticle;
import com.verbatim.feeds.FeedVerticle;
import com.verbatim.fetch.FetchVerticle;
import com.verbatim.ingest.IngestVerticle;
import com.verbatim.config.Section;
import com.verbatim.web.WebConfig;
import com.verbatim.web.WebVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.ThreadingModel;
import io.vertx.core.VerticleBase;
import io.vertx.core.VertxOptions;
import io.vertx.core.json.JsonObject;
import java.util.function.Supplier;

/**
 * Deploys the verticles in order, each with its own slice of the configuration: the index first
 * (everything needs it), then dedup, then ingest (which loads the samples), fetch and feeds, and the web last, so
 * that once the port answers, {@code /health} is true.
 */
public class MainVerticle extends VerticleBase {

  private final Supplier<WebVerticle> webVerticles = WebVerticle.sharing();
  private final WebVerticle web = webVerticles.get();

  @Override
  public Future<?> start() {
    JsonObject config = config();
    // the index assigns near-duplicate clusters on write and ranks answers, so it also reads those settings
    DeploymentOptions index = new DeploymentOptions().setConfig(config.getJsonObject("index", new JsonObject()).copy()
        .put("dedup", config.getJsonObject("dedup", new JsonObject()))
        .put("ranking", config.getJsonObject("ranking", new JsonObject())));
    return vertx.deployVerticle(new IndexVerticle(), index)
        .compose(id -> vertx.deployVerticle(new DedupVerticle(),
            slice(config, "dedup").setThreadingModel(ThreadingModel.WORKER).setWorkerPoolName("verbatim-dedup")))
        .compose(id -> vertx.deployVerticle(new IngestVerticle(), slice(config, "ingest")))
        .compose(id -> vertx.deployVerticle(new FetchVerticle(), slice(config, "fetch")))
        .compose(id -> vertx.deployVerticle(new FeedVerticle(), feeds(config)))
        .compose(id -> vertx.deployVerticle(web, web(config)))
        .compose(id -> moreWeb(config));
  }

  /**
   * The web verticle's other instances, one per event loop in all unless {@code http.instances} says how
   * many: each serves its share of the connections on its own thread. They listen on the ports the first
   * one bound (which may have been picked at random), and Vert.x spreads connections over them.
   */
  private Future<?> moreWeb(JsonObject config) {
    int configured = new Section("http", config.getJsonObject("http")).integer("instances");
    int instances = configured > 0 ? configured : VertxOptions.DEFAULT_EVENT_LOOP_POOL_SIZE;
    if (instances < 2) {
      return Future.succeededFuture();
    }
    DeploymentOptions options = web(config).setInstances(instances - 1);
    options.getConfig().put("port", web.actualPort());
    if (web.adminPort() != WebConfig.SAME_SERVER) {
      options.getConfig().put("adminPort", web.adminPort());
    }
    return vertx.deployVerticle(webVerticles, options);
  }

  /** The bound HTTP port, once started. */
  public int httpPort() {
    return web.actualPort();
  }

  /** The bound port of the separate admin server, or -1 when the admin routes are on the main port. */
  public int adminPort() {
    return web.adminPort();
  }

  /** The feeds poll through their own fetcher, with the same limits as page fetches. */
  private static DeploymentOptions feeds(JsonObject config) {
    JsonObject feeds = config.getJsonObject("feeds", new JsonObject()).copy()
        .put("fetch", config.getJsonObject("fetch", new JsonObject()));
    return new DeploymentOptions().setConfig(feeds);
  }

  /** The web keeps a generated admin token in the data folder, so it also reads {@code index.dataDir}. */
  private static DeploymentOptions web(JsonObject config) {
    JsonObject http = config.getJsonObject("http", new JsonObject()).copy()
        .put("dataDir", config.getJsonObject("index", new JsonObject()).getString("dataDir"));
    return new DeploymentOptions().setConfig(http);
  }

  private static DeploymentOptions slice(JsonObject config, String section) {
    return new DeploymentOptions().setConfig(config.getJsonObject(section, new JsonObject()));
  }
}
