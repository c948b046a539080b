package com.verbatim.index;

import com.verbatim.config.Section;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;

/**
 * The {@code index} section of the configuration: where data lives, the read pool (threads, 0 meaning one
 * per core, and how many reads may wait), how many writes may wait, and how many answers are remembered
 * (0: no answer cache).
 */
public record IndexConfig(Path dataDir, int readThreads, int readQueue, int writeQueue, int answerCache) {

  public IndexConfig {
    if (readThreads < 0 || readQueue < 0 || writeQueue < 1 || answerCache < 0) {
      throw new IllegalArgumentException("index.readThreads, index.readQueue and index.answerCache must be 0 or"
          + " more, index.writeQueue 1 or more");
    }
  }

  public static IndexConfig fromJson(JsonObject json) {
    Section s = new Section("index", json);
    return new IndexConfig(Path.of(s.string("dataDir")), s.integer("readThreads"), s.integer("readQueue"),
        s.integer("writeQueue"), s.integer("answerCache"));
  }

  /** The read threads to start: as configured, or one per core for 0. */
  int readPoolSize() {
    return readThreads == 0 ? Runtime.getRuntime().availableProcessors() : readThreads;
  }

  Path indexDir() {
    return dataDir.resolve("index");
  }
}
