package com.verbatim.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.verbatim.config.ConfigLoader;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClusterConfigTest {

  @Test
  @DisplayName("off by default; the environment turns it on with this node's address and the members")
  void environmentConfiguresTheCluster() {
    assertThat(ClusterConfig.fromJson(ConfigLoader.load(Map.of()).getJsonObject("cluster")).enabled()).isFalse();

    ClusterConfig on = ClusterConfig.fromJson(ConfigLoader.load(Map.of("VERBATIM_CLUSTER", "true",
        "VERBATIM_CLUSTER_MEMBERS", "127.0.0.1:15701, 127.0.0.1:15702", "VERBATIM_CLUSTER_HOST", "127.0.0.1",
        "VERBATIM_CLUSTER_PORT", "15702")).getJsonObject("cluster"));

    assertThat(on.enabled()).isTrue();
    assertThat(on.members()).containsExactly("127.0.0.1:15701", "127.0.0.1:15702");
    assertThat(on.nodeName()).isEqualTo("127.0.0.1:15702");
    assertThat(on.backups()).isEqualTo(1);
  }

  @Test
  @DisplayName("a port out of range stops the start")
  void badPortIsRefused() {
    assertThatThrownBy(() -> ClusterConfig.fromJson(ConfigLoader.load(Map.of("VERBATIM_CLUSTER", "true",
        "VERBATIM_CLUSTER_PORT", "70000")).getJsonObject("cluster")))
        .hasMessageContaining("cluster.port");
  }
}
