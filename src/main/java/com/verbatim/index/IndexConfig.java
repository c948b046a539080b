package com.verbatim.index;

import com.verbatim.config.Section;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;

/** The {@code index} section of the configuration: where data lives and how many search threads. */
public record IndexConfig(Path dataDir, int workerPoolSize) {

  public static IndexConfig fromJson(JsonObject json) {
    Section s = new Section("index", json);
    return new IndexConfig(Path.of(s.string("dataDir")), s.integer("workerPoolSize"));
  }

  Path indexDir() {
    return dataDir.resolve("index");
  }
}
