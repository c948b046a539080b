package com.verbatim.cluster;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The cluster-wide ordered log of writes: each entry gets the next sequence number, and every node applies
 * the entries in that order. An append completes once the entry is stored with its backups, so an
 * acknowledged write outlives the node that took it. Old entries may be trimmed (a bounded log); a node that
 * needs a trimmed entry must start from a peer's snapshot instead.
 */
public interface WriteLog {

  /** One entry: its sequence number and the write command as JSON text. */
  record Entry(long seq, String command) {
  }

  /** The entry a reader asked for is no longer kept; the oldest kept is {@code head}. */
  final class TrimmedException extends RuntimeException {
    private final long head;

    public TrimmedException(long wanted, long head) {
      super("log entry " + wanted + " was trimmed; the oldest kept is " + head);
      this.head = head;
    }

    public long head() {
      return head;
    }
  }

  /** Appends {@code command}; completes with its sequence number once it is stored with its backups. */
  CompletionStage<Long> append(String command);

  /**
   * Up to {@code max} entries from sequence {@code from} on, waiting until there is at least one; fails with
   * {@link TrimmedException} when {@code from} is older than the oldest entry kept.
   */
  CompletionStage<List<Entry>> read(long from, int max);

  /** The sequence of the newest entry, -1 when the log is empty. May block on the network. */
  long tail();

  /** The sequence of the oldest entry kept (0 until the log is trimmed). May block on the network. */
  long head();

  /**
   * The identity of this log's life: {@code proposed} if the log had none yet (a new cluster), else the one
   * set by the node that started it. An index written under another epoch came from another log. May block.
   */
  String epoch(String proposed);
}
