package com.verbatim.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.verbatim.dedup.NearDuplicateConfig;
import com.verbatim.fetch.FetchConfig;
import com.verbatim.index.IndexConfig;
import com.verbatim.index.RankingConfig;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConfigLoaderTest {

  @Test
  @DisplayName("the shipped defaults: port 8080, data in data/, samples on, no token")
  void defaults() {
    JsonObject config = ConfigLoader.load(Map.of());

    assertThat(config.getJsonObject("http").getInteger("port")).isEqualTo(8080);
    assertThat(config.getJsonObject("http").getString("adminToken")).isEmpty();
    assertThat(config.getJsonObject("index").getString("dataDir")).isEqualTo("data");
    assertThat(config.getJsonObject("ingest").getBoolean("samples")).isTrue();
    assertThat(RankingConfig.fromJson(config.getJsonObject("ranking")).semantic()).isTrue();
    assertThat(RankingConfig.fromJson(config.getJsonObject("ranking")).questionBatch()).isEqualTo(1);
  }

  @Test
  @DisplayName("environment variables override single values and keep their types")
  void overrides() {
    JsonObject config = ConfigLoader.load(Map.of("VERBATIM_HTTP_PORT", "0", "VERBATIM_DATA_DIR", "/tmp/v",
        "VERBATIM_ADMIN_TOKEN", "secret", "VERBATIM_SAMPLES", "false", "VERBATIM_DEDUP_SIMILARITY", "0.85",
        "VERBATIM_SEMANTIC", "off", "VERBATIM_QUESTION_BATCH", "16"));

    assertThat(config.getJsonObject("http").getValue("port")).isEqualTo(0L);
    assertThat(config.getJsonObject("http").getString("adminToken")).isEqualTo("secret");
    assertThat(config.getJsonObject("index").getString("dataDir")).isEqualTo("/tmp/v");
    assertThat(config.getJsonObject("ingest").getBoolean("samples")).isFalse();
    assertThat(config.getJsonObject("dedup").getDouble("similarity")).isEqualTo(0.85);
    assertThat(RankingConfig.fromJson(config.getJsonObject("ranking")).semantic()).isFalse();
    assertThat(RankingConfig.fromJson(config.getJsonObject("ranking")).questionBatch()).isEqualTo(16);
    assertThatThrownBy(() -> RankingConfig.fromJson(new JsonObject().put("semantic", true).put("questionBatch", 0)))
        .hasMessageContaining("ranking.questionBatch");
  }

  @Test
  @DisplayName("the edge settings: h2c off, admin routes on the main port, 10 failures a minute; the environment overrides them")
  void edgeSettings() {
    com.verbatim.web.WebConfig shipped = com.verbatim.web.WebConfig.fromJson(
        ConfigLoader.load(Map.of()).getJsonObject("http").put("dataDir", "data"));
    assertThat(shipped.h2c()).isFalse();
    assertThat(shipped.separateAdmin()).isFalse();
    assertThat(shipped.adminFailuresPerMinute()).isEqualTo(10);

    com.verbatim.web.WebConfig set = com.verbatim.web.WebConfig.fromJson(ConfigLoader.load(Map.of(
        "VERBATIM_H2C", "on", "VERBATIM_ADMIN_PORT", "0", "VERBATIM_ADMIN_HOST", "::1",
        "VERBATIM_ADMIN_FAILURES_PER_MINUTE", "3")).getJsonObject("http").put("dataDir", "data"));
    assertThat(set.h2c()).isTrue();
    assertThat(set.separateAdmin()).isTrue();
    assertThat(set.adminPort()).isZero();
    assertThat(set.adminHost()).isEqualTo("::1");
    assertThat(set.adminFailuresPerMinute()).isEqualTo(3);

    assertThatThrownBy(() -> com.verbatim.web.WebConfig.fromJson(ConfigLoader.load(Map.of("VERBATIM_ADMIN_PORT", "-2"))
        .getJsonObject("http").put("dataDir", "data"))).hasMessageContaining("http.adminPort");
  }

  @Test
  @DisplayName("an override that does not fit its setting stops the start with a clear message")
  void badOverride() {
    assertThatThrownBy(() -> ConfigLoader.load(Map.of("VERBATIM_HTTP_PORT", "eighty")))
        .hasMessageContaining("http.port");
    assertThatThrownBy(() -> ConfigLoader.load(Map.of("VERBATIM_SAMPLES", "maybe")))
        .hasMessageContaining("ingest.samples");
  }

  @Test
  @DisplayName("a configuration file holding one setting changes that setting and keeps every other default")
  void partialFileKeepsDefaults(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("config.json");
    Files.writeString(file, "{\"fetch\": {\"timeoutMs\": 1234}, \"index\": {\"dataDir\": \"/srv/verbatim\"}}");

    JsonObject config = ConfigLoader.load(Map.of("VERBATIM_CONFIG", file.toString()));

    FetchConfig fetch = FetchConfig.fromJson(config.getJsonObject("fetch"));
    assertThat(fetch.timeoutMs()).isEqualTo(1234);
    assertThat(fetch.maxRedirects()).isEqualTo(5);
    assertThat(IndexConfig.fromJson(config.getJsonObject("index")).answerCache()).isEqualTo(4096);
    assertThat(config.getJsonObject("http").getInteger("port")).isEqualTo(8080);
  }

  @Test
  @DisplayName("VERBATIM_CONFIG naming a missing file, or a file that is not JSON, stops the start with its name")
  void badConfigFile(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("nope.json");
    assertThatThrownBy(() -> ConfigLoader.load(Map.of("VERBATIM_CONFIG", missing.toString())))
        .hasMessageContaining("nope.json");
    Path broken = Files.writeString(dir.resolve("broken.json"), "{oops");
    assertThatThrownBy(() -> ConfigLoader.load(Map.of("VERBATIM_CONFIG", broken.toString())))
        .hasMessageContaining("broken.json");
  }

  @Test
  @DisplayName("the defaults live only in conf/config.json: a section missing a setting names it instead of guessing")
  void missingSettingIsNamed() {
    JsonObject dedup = ConfigLoader.defaults("dedup");
    dedup.remove("rows");

    assertThatThrownBy(() -> NearDuplicateConfig.fromJson(dedup)).hasMessageContaining("dedup.rows");
    assertThatThrownBy(() -> IndexConfig.fromJson(new JsonObject().put("dataDir", "d").put("readThreads", "four")))
        .hasMessageContaining("index.readThreads");
  }
}
