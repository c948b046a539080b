package com.verbatim.index;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Reads before writes on a small machine: a write pauses between its pieces (an article, a sentence) while more
 * reads are waiting or running than can run beside it ({@code beside}: the cores a write leaves to them), so a
 * bulk ingest takes the time the readers leave idle instead of a core they need. It never waits without end: a
 * pause is paid for by work done (on {@code workClock}, the write thread's CPU time), so while reads keep every
 * core busy a write still gets at least {@code share} of the time; a steady read load slows an ingest down but
 * never stops it, and a write with no reads beside it never waits. Nothing of what a write does or when it is
 * acknowledged changes, only when its pieces run. Reads are counted in by {@link #readQueued} and out by
 * {@link #readDone}, on any thread; {@link #yieldToReads} is called by the one write thread.
 */
public final class ReadsFirst {

  /** The product's longest pause: a piece of a write waits at most this long, whatever the write did before. */
  public static final long MAX_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  private final int beside;
  private final long maxPause;
  private final double share;
  private final LongSupplier workClock;
  private final AtomicInteger reads = new AtomicInteger();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition fewer = lock.newCondition();
  private volatile boolean waiting;
  /** Write thread only: the pause time earned and not yet spent, and the work clock when it was last counted. */
  private long credit;
  private long counted;

  /**
   * Writes pause while more than {@code beside} reads are queued or running, keeping at least {@code share} of
   * the time (1: never pause), and pausing at most {@code maxPauseNanos} at a time; {@code workClock} counts the
   * write thread's work in nanoseconds.
   */
  public ReadsFirst(int beside, double share, long maxPauseNanos, LongSupplier workClock) {
    if (beside < 0 || !(share > 0 && share <= 1) || maxPauseNanos < 0) {
      throw new IllegalArgumentException("reads beside a write and the longest pause must be 0 or more, a write's"
          + " share above 0 and at most 1");
    }
    this.beside = beside;
    this.maxPause = maxPauseNanos;
    this.share = share;
    this.workClock = workClock;
    this.counted = workClock.getAsLong();
  }

  /** Writes that never pause. */
  public static ReadsFirst off() {
    return new ReadsFirst(0, 1, 0, () -> 0);
  }

  /** A read was submitted: it counts until {@link #readDone}, whether it waits for a thread or runs. */
  public void readQueued() {
    reads.incrementAndGet();
  }

  /** A read counted in by {@link #readQueued} finished (or was refused). */
  public void readDone() {
    if (reads.decrementAndGet() <= beside && waiting) {
      lock.lock();
      try {
        fewer.signalAll();
      } finally {
        lock.unlock();
      }
    }
  }

  /** Reads queued or running now. */
  public int reads() {
    return reads.get();
  }

  /**
   * Called by the write thread when a write starts: what it did before (or the time it was idle) earns no
   * pause.
   */
  public void writeStarted() {
    counted = workClock.getAsLong();
  }

  /**
   * Called by the write thread between two pieces of a write: returns at once while few enough reads are queued
   * or running, else waits until they are, or until the pause the write's work since earned is spent. An
   * interrupt ends the pause and is kept for the caller to see.
   */
  public void yieldToReads() {
    if (share >= 1) {
      return;
    }
    long now = workClock.getAsLong();
    credit = Math.min(maxPause, credit + (long) ((now - counted) * (1 - share) / share));
    counted = now;
    if (reads.get() <= beside || credit <= 0) {
      return;
    }
    long started = System.nanoTime();
    lock.lock();
    try {
      waiting = true;
      long left = credit;
      while (reads.get() > beside && left > 0) {
        left = fewer.awaitNanos(left);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      waiting = false;
      lock.unlock();
      credit = Math.max(0, credit - (System.nanoTime() - started));
      counted = workClock.getAsLong();
    }
  }
}
