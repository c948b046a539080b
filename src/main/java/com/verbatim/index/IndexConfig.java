package com.verbatim.index;

import com.verbatim.config.Section;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;

/**
 * The {@code index} section of the configuration: where data lives, the read pool (threads, 0 meaning one
 * per core, and how many reads may wait), how many writes may wait, how many answers are remembered
 * (0: no answer cache), and how writes give way to reads ({@link #readsFirst()}).
 */
public record IndexConfig(Path dataDir, int readThreads, int readQueue, int writeQueue, int answerCache,
    int readsBesideWrite, double writeShare) {

  public IndexConfig {
    if (readThreads < 0 || readQueue < 0 || writeQueue < 1 || answerCache < 0) {
      throw new IllegalArgumentException("index.readThreads, index.readQueue and index.answerCache must be 0 or"
          + " more, index.writeQueue 1 or more");
    }
    if (readsBesideWrite < -1 || !(writeShare > 0 && writeShare <= 1)) {
      throw new IllegalArgumentException("index.readsBesideWrite must be -1 (one fewer than the cores) or more,"
          + " index.writeShare above 0 and at most 1");
    }
  }

  public static IndexConfig fromJson(JsonObject json) {
    Section s = new Section("index", json);
    return new IndexConfig(Path.of(s.string("dataDir")), s.integer("readThreads"), s.integer("readQueue"),
        s.integer("writeQueue"), s.integer("answerCache"), s.integer("readsBesideWrite"), s.decimal("writeShare"));
  }

  /**
   * How writes pause for reads ({@link ReadsFirst}): while more reads than {@code readsBesideWrite} (-1: one fewer
   * than the cores, so a write only takes a core no read wants) are queued or running, keeping {@code writeShare}
   * of the time (1: writes never pause). The write thread's CPU time pays for its pauses.
   */
  ReadsFirst readsFirst() {
    int beside = readsBesideWrite >= 0 ? readsBesideWrite : Runtime.getRuntime().availableProcessors() - 1;
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    return new ReadsFirst(beside, writeShare, ReadsFirst.MAX_PAUSE_NANOS, threads::getCurrentThreadCpuTime);
  }

  /** The read threads to start: as configured, or one per core for 0. */
  int readPoolSize() {
    return readThreads == 0 ? Runtime.getRuntime().availableProcessors() : readThreads;
  }

  Path indexDir() {
    return dataDir.resolve("index");
  }
}
