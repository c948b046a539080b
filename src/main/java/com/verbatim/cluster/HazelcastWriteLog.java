package com.verbatim.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.ringbuffer.OverflowPolicy;
import com.hazelcast.ringbuffer.ReadResultSet;
import com.hazelcast.ringbuffer.Ringbuffer;
import com.hazelcast.ringbuffer.StaleSequenceException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * The write log on a Hazelcast {@link Ringbuffer}: the partition that owns it numbers the entries, each append
 * returns once its synchronous backups hold it too ({@code cluster.backups}), and the oldest entries are
 * overwritten past {@code cluster.logCapacity}. The log's epoch lives in a small replicated map beside it.
 */
final class HazelcastWriteLog implements WriteLog {

  static final String NAME = "verbatim.writes";
  static final String META = "verbatim.writes.meta";

  private final Ringbuffer<String> ring;
  private final IMap<String, String> meta;

  HazelcastWriteLog(HazelcastInstance hz) {
    this.ring = hz.getRingbuffer(NAME);
    this.meta = hz.getMap(META);
  }

  @Override
  public CompletionStage<Long> append(String command) {
    return ring.addAsync(command, OverflowPolicy.OVERWRITE);
  }

  @Override
  public CompletionStage<List<Entry>> read(long from, int max) {
    return ring.readManyAsync(from, 1, max, null)
        .<List<Entry>>thenApply(HazelcastWriteLog::entries)
        .exceptionally(e -> {
          Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
          if (cause instanceof StaleSequenceException stale) {
            throw new TrimmedException(from, stale.getHeadSeq());
          }
          throw e instanceof CompletionException c ? c : new CompletionException(e);
        });
  }

  private static List<Entry> entries(ReadResultSet<String> set) {
    List<Entry> entries = new ArrayList<>(set.size());
    for (int i = 0; i < set.size(); i++) {
      entries.add(new Entry(set.getSequence(i), set.get(i)));
    }
    return entries;
  }

  @Override
  public long tail() {
    return ring.tailSequence();
  }

  @Override
  public long head() {
    return ring.headSequence();
  }

  @Override
  public String epoch(String proposed) {
    String existing = meta.putIfAbsent("epoch", proposed);
    return existing == null ? proposed : existing;
  }
}
