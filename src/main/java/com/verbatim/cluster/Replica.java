package com.verbatim.cluster;

import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * This node's replica of the index, as seen from the write log: the last sequence it applied, the newest
 * sequence it knows the log holds, whether it has caught up with the log as it stood when the node started
 * following it (what {@code /ready} waits for), and the writes this node took that wait for their own
 * application here before they are answered. Thread-safe.
 */
public final class Replica {

  /** Outcomes kept for writes whose waiter registers after the entry was applied (the append reply raced). */
  private static final int RECENT = 4096;

  private long applied;
  private long tail;
  private long target = Long.MAX_VALUE;
  private String problem;
  private final Map<Long, CompletableFuture<JsonObject>> waiting = new HashMap<>();
  private final Map<Long, JsonObject> recent = new LinkedHashMap<>(16, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, JsonObject> eldest) {
      return size() > RECENT;
    }
  };

  /** A replica whose index holds the log up to {@code applied} (-1: nothing of this log yet). */
  public Replica(long applied) {
    this.applied = applied;
    this.tail = applied;
  }

  /** Starts following: caught up once everything up to {@code tail} (the log's newest entry now) is applied. */
  public synchronized void follow(long tail) {
    target = tail;
    seen(tail);
  }

  /** The log holds at least up to {@code seq}. */
  public synchronized void seen(long seq) {
    tail = Math.max(tail, seq);
  }

  /**
   * The outcome of applying entry {@code seq} here (see {@code index.LogApplier}); completes when this
   * replica has applied it.
   */
  public synchronized CompletableFuture<JsonObject> await(long seq) {
    seen(seq);
    JsonObject done = recent.remove(seq);
    if (done != null) {
      return CompletableFuture.completedFuture(done);
    }
    if (seq <= applied) {
      return CompletableFuture.failedFuture(new IllegalStateException("entry " + seq + " was applied long ago"));
    }
    return waiting.computeIfAbsent(seq, s -> new CompletableFuture<>());
  }

  /** Entry {@code seq} is applied with {@code outcome}; entries must come in order. */
  public void applied(long seq, JsonObject outcome) {
    CompletableFuture<JsonObject> waiter;
    synchronized (this) {
      if (seq <= applied) {
        return;
      }
      applied = seq;
      seen(seq);
      problem = null;
      waiter = waiting.remove(seq);
      if (waiter == null) {
        recent.put(seq, outcome);
      }
    }
    if (waiter != null) {
      waiter.complete(outcome);
    }
  }

  /** Following stopped on {@code problem} (null: none). */
  public synchronized void problem(String problem) {
    this.problem = problem;
  }

  public synchronized long applied() {
    return applied;
  }

  /** How many entries the log holds that this replica has not applied, as far as it knows. */
  public synchronized long lag() {
    return Math.max(0, tail - applied);
  }

  /** True once the replica has applied the log as it stood when it started following, and nothing stops it. */
  public synchronized boolean caughtUp() {
    return applied >= target && problem == null;
  }

  public synchronized JsonObject toJson() {
    return new JsonObject().put("applied", applied).put("logTail", tail).put("lag", lag())
        .put("caughtUp", caughtUp()).put("problem", problem);
  }
}
