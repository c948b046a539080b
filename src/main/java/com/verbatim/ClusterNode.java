package com.verbatim;

import com.verbatim.cluster.ClusterConfig;
import com.verbatim.cluster.ClusterVerticle;
import com.verbatim.cluster.ClusteredVertx;
import com.verbatim.metrics.VertxSetup;
import io.vertx.core.Vertx;

/** The Vert.x to run on and the {@link MainVerticle} to deploy: one plain node, or one node of a cluster. */
final class ClusterNode {

  record Started(Vertx vertx, MainVerticle main) {
  }

  private ClusterNode() {
  }

  static Started single() {
    return new Started(Vertx.vertx(VertxSetup.options()), new MainVerticle());
  }

  /** Joins the cluster (blocking the calling thread, which is not an event loop) and builds a cluster node. */
  static Started start(ClusterConfig config) {
    ClusteredVertx.Started started = ClusteredVertx.start(config).await();
    return new Started(started.vertx(), new MainVerticle(new ClusterVerticle(started.log(), started.replicas())));
  }
}
