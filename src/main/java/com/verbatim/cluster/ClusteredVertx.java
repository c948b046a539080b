package com.verbatim.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.config.RingbufferConfig;
import com.hazelcast.core.HazelcastInstance;
import com.verbatim.metrics.VertxSetup;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.spi.cluster.hazelcast.ConfigUtil;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;

/**
 * Starts a clustered Vert.x on Hazelcast, configured in code from {@link ClusterConfig}: TCP/IP join to the
 * listed members, this node on its own {@code host:port} only (no auto-increment, no multicast, no phone-home),
 * and the write log's ring buffer with its synchronous backups. Only this class names Hazelcast's setup, and
 * it is loaded only when {@code cluster.enabled} is on.
 */
public final class ClusteredVertx {

  private ClusteredVertx() {
  }

  /** A clustered Vert.x whose event bus spans the nodes, and the Hazelcast instance behind it. */
  public record Started(Vertx vertx, WriteLog log, ReplicaTable replicas) {
  }

  public static Future<Started> start(ClusterConfig cluster) {
    HazelcastClusterManager manager = new HazelcastClusterManager(hazelcast(cluster));
    VertxOptions options = VertxSetup.options();
    options.getEventBusOptions().setHost(cluster.host()).setClusterPublicHost(cluster.host());
    return Vertx.builder().with(options).withClusterManager(manager).buildClustered()
        .map(vertx -> {
          HazelcastInstance hz = manager.getHazelcastInstance();
          return new Started(vertx, new HazelcastWriteLog(hz), new HazelcastReplicaTable(hz, cluster.nodeName()));
        });
  }

  static Config hazelcast(ClusterConfig cluster) {
    Config config = ConfigUtil.loadConfig(); // Vert.x's own maps and their backups
    config.setClusterName(cluster.name());
    config.setProperty("hazelcast.logging.type", "slf4j");
    config.setProperty("hazelcast.phone.home.enabled", "false");
    config.setProperty("hazelcast.socket.bind.any", "false");
    // a killed node is noticed within seconds, not the default minute
    config.setProperty("hazelcast.max.no.heartbeat.seconds", "10");
    config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
    NetworkConfig network = config.getNetworkConfig();
    network.setPort(cluster.port()).setPortAutoIncrement(false).setPublicAddress(cluster.nodeName());
    network.getInterfaces().setEnabled(true).addInterface(cluster.host());
    JoinConfig join = network.getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true).setMembers(cluster.members().isEmpty()
        ? java.util.List.of(cluster.nodeName()) : cluster.members());
    config.addRingBufferConfig(new RingbufferConfig(HazelcastWriteLog.NAME)
        .setCapacity(cluster.logCapacity()).setBackupCount(cluster.backups()).setAsyncBackupCount(0)
        .setTimeToLiveSeconds(0));
    config.getMapConfig(HazelcastReplicaTable.NAME).setBackupCount(cluster.backups());
    config.getMapConfig(HazelcastWriteLog.META).setBackupCount(cluster.backups());
    return config;
  }
}
