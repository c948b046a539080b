package com.verbatim.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class ConfigLoaderTest {

  @Test
  @DisplayName("the shipped defaults: port 8080, data in data/, samples on, no token")
  void defaults() {
    JsonObject config = ConfigLoader.load(Map.of());

    assertThat(config.getJsonObject("http").getInteger("port")).isEqualTo(8080);
    assertThat(config.getJsonObject("http").getString("adminToken")).isEmpty();
    assertThat(config.getJsonObject("index").getString("dataDir")).isEqualTo("data");
    assertThat(config.getJsonObject("ingest").getBoolean("samples")).isTrue();
  }

  @Test
  @DisplayName("environment variables override single values and keep their types")
  void overrides() {
    JsonObject config = ConfigLoader.load(Map.of("VERBATIM_HTTP_PORT", "0", "VERBATIM_DATA_DIR", "/tmp/v",
        "VERBATIM_ADMIN_TOKEN", "secret", "VERBATIM_SAMPLES", "false", "VERBATIM_DEDUP_SIMILARITY", "0.85"));

    assertThat(config.getJsonObject("http").getValue("port")).isEqualTo(0L);
    assertThat(config.getJsonObject("http").getString("adminToken")).isEqualTo("secret");
    assertThat(config.getJsonObject("index").getString("dataDir")).isEqualTo("/tmp/v");
    assertThat(config.getJsonObject("ingest").getBoolean("samples")).isFalse();
    assertThat(config.getJsonObject("dedup").getDouble("similarity")).isEqualTo(0.85);
  }

  @Test
  @DisplayName("an override that does not fit its setting stops the start with a clear message")
  void badOverride() {
    assertThatThrownBy(() -> ConfigLoader.load(Map.of("VERBATIM_HTTP_PORT", "eighty")))
        .hasMessageContaining("http.port");
    assertThatThrownBy(() -> ConfigLoader.load(Map.of("VERBATIM_SAMPLES", "maybe")))
        .hasMessageContaining("ingest.samples");
  }
}
