package com.verbatim.cluster;

import com.verbatim.config.Section;
import io.vertx.core.json.JsonObject;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code cluster} section: off by default (one node, no cluster manager loaded). On, this node joins the
 * Hazelcast cluster {@code name} by TCP/IP at {@code host:port} (its own address, no port auto-increment, no
 * multicast), knowing the {@code members} ({@code host:port} list, comma-separated); the ordered log of writes
 * keeps the last {@code logCapacity} writes with {@code backups} synchronous copies on other nodes.
 */
public record ClusterConfig(boolean enabled, String name, List<String> members, String host, int port,
    int logCapacity, int backups) {

  public ClusterConfig {
    members = List.copyOf(members);
    if (enabled && (port < 1 || port > 65535)) {
      throw new IllegalArgumentException("cluster.port must be 1 to 65535, not " + port);
    }
    if (logCapacity < 1 || backups < 0 || backups > 6) {
      throw new IllegalArgumentException("cluster.logCapacity must be 1 or more and cluster.backups 0 to 6");
    }
    if (name == null || name.isBlank() || host == null || host.isBlank()) {
      throw new IllegalArgumentException("cluster.name and cluster.host must not be empty");
    }
  }

  public static ClusterConfig fromJson(JsonObject json) {
    Section s = new Section("cluster", json);
    List<String> members = Arrays.stream(s.string("members").split(","))
        .map(String::strip).filter(m -> !m.isEmpty()).toList();
    return new ClusterConfig(s.bool("enabled"), s.string("name"), members, s.string("host"), s.integer("port"),
        s.integer("logCapacity"), s.integer("backups"));
  }

  /** This node's name in the cluster's table of replicas: its own cluster address, stable across restarts. */
  public String nodeName() {
    return host + ":" + port;
  }
}
