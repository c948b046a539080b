package com.verbatim.index;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;

/** The {@code index} section of the configuration: where data lives and how many search threads. */
public record IndexConfig(Path dataDir, int workerPoolSize) {

  public static IndexConfig fromJson(JsonObject json) {
    return new IndexConfig(Path.of(json.getString("dataDir", "data")), json.getInteger("workerPoolSize", 4));
  }

  Path indexDir() {
    return dataDir.resolve("index");
  }
}
