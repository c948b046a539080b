package com.verbatim;

import com.verbatim.cluster.ClusterVerticle;
import com.verbatim.cluster.Replica;
import com.verbatim.dedup.DedupVerticle;
import com.verbatim.index.IndexVerticle;
import com.verbatim.feeds.FeedVerticle;
import com.verbatim.health.Readiness;
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
 * that once the port answers, {@code /health} is true. A cluster node deploys its {@link ClusterVerticle} first
 * and has it follow the cluster's write log once the index is open.
 */
public class MainVerticle extends VerticleBase {

  private final IndexVerticle index = new IndexVerticle();
  /** Null on a single node (the default); else this node's part in the cluster (see {@code cluster.enabled}). */
  private final ClusterVerticle cluster;
  private final Readiness readiness = new Readiness();
  private final Supplier<WebVerticle> webVerticles = WebVerticle.sharing(index::cached, readiness);
  private final WebVerticle web = webVerticles.get();

  /** A single node: no cluster manager, writes go straight to the index. */
  public MainVerticle() {
    this(null);
  }

  /** A cluster node: writes go through the cluster's log, which {@code cluster} follows into the index. */
  public MainVerticle(ClusterVerticle cluster) {
    this.cluster = cluster;
    if (cluster != null) {
      readiness.register("cluster", () -> cluster.replica().caughtUp(), "catching up with the cluster's write log");
    }
  }

  /** This node's place in the cluster's log, or null on a single node: whether it has caught up, its lag. */
  public Replica replica() {
    return cluster == null ? null : cluster.replica();
  }

  @Override
  public Future<?> start() {
    JsonObject config = config();
    // the index assigns near-duplicate clusters on write and ranks answers, so it also reads those settings
    DeploymentOptions index = new DeploymentOptions().setConfig(config.getJsonObject("index", new JsonObject()).copy()
        .put("dedup", config.getJsonObject("dedup", new JsonObject()))
        .put("ranking", config.getJsonObject("ranking", new JsonObject())));
    if (cluster != null) {
      index.getConfig().put("replicated", true);
    }
    return (cluster == null ? Future.succeededFuture() : vertx.deployVerticle(cluster, cluster(config)))
        .compose(id -> vertx.deployVerticle(this.index, index))
        .compose(id -> cluster == null ? Future.succeededFuture() : cluster.follow())
        .compose(id -> vertx.deployVerticle(new DedupVerticle(),
            slice(config, "dedup").setThreadingModel(ThreadingModel.WORKER).setWorkerPoolName("verbatim-dedup")))
        .compose(id -> vertx.deployVerticle(new IngestVerticle(), slice(config, "ingest")))
        .compose(id -> vertx.deployVerticle(new FetchVerticle(), slice(config, "fetch")))
        .compose(id -> vertx.deployVerticle(new FeedVerticle(), feeds(config)))
        .compose(id -> vertx.deployVerticle(web, webSlice(config, webInstances(config))))
        .compose(id -> moreWeb(config, webInstances(config)));
  }

  /**
   * How many web verticles: one per event loop unless {@code http.instances} says how many, each serving its
   * share of the connections on its own thread. A separate admin server on a port picked at random (tests)
   * could not be shared, so that case keeps one.
   */
  private static int webInstances(JsonObject config) {
    Section http = new Section("http", config.getJsonObject("http"));
    int configured = http.integer("instances");
    return http.integer("adminPort") == 0 ? 1 : configured > 0 ? configured : VertxOptions.DEFAULT_EVENT_LOOP_POOL_SIZE;
  }

  /**
   * The web slice for one of {@code instances} web verticles. Port 0 (a free port) becomes -1 when there are
   * several: Vert.x then binds one random port that all of them share.
   */
  private static DeploymentOptions webSlice(JsonObject config, int instances) {
    DeploymentOptions options = web(config);
    if (instances > 1 && options.getConfig().getInteger("port") == 0) {
      options.getConfig().put("port", -1);
    }
    return options;
  }

  /** The other instances, on the ports the first one bound; Vert.x spreads connections over them all. */
  private Future<?> moreWeb(JsonObject config, int instances) {
    if (instances < 2) {
      return Future.succeededFuture();
    }
    DeploymentOptions options = webSlice(config, instances).setInstances(instances - 1);
    if (web.adminPort() != WebConfig.SAME_SERVER) {
      options.getConfig().put("adminPort", web.adminPort());
    }
    return vertx.deployVerticle(webVerticles, options);
  }

  /** The checks behind {@code /ready}; add one for a condition of your own ("caught up with the log"). */
  public Readiness readiness() {
    return readiness;
  }

  /** The bound HTTP port, once started. */
  public int httpPort() {
    return web.actualPort();
  }

  /** How often each of the server's limits was reached (see {@code README.md}, "Limits"). */
  public com.verbatim.web.LimitCounters limitCounters() {
    return web.limitCounters();
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

  /**
   * The cluster node reads the index's recorded position from disk before the index opens, and bounds the writes
   * waiting for the log as the index bounds its own.
   */
  private static DeploymentOptions cluster(JsonObject config) {
    JsonObject index = config.getJsonObject("index", new JsonObject());
    JsonObject cluster = config.getJsonObject("cluster", new JsonObject()).copy()
        .put("dataDir", index.getString("dataDir")).put("writeQueue", index.getInteger("writeQueue"));
    return new DeploymentOptions().setConfig(cluster);
  }

  private static DeploymentOptions slice(JsonObject config, String section) {
    return new DeploymentOptions().setConfig(config.getJsonObject(section, new JsonObject()));
  }
}
