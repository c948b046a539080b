package com.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The write side's pauses. A pause that should not happen would last an hour here (the longest allowed), so a
 * wrong wait fails by the timeout; the work clock is a counter the test moves.
 */
@Timeout(60)
class ReadsFirstTest {

  private static final long HOUR = TimeUnit.HOURS.toNanos(1);

  private final AtomicLong work = new AtomicLong();

  @Test
  @DisplayName("with no more reads than may run beside it, a write goes on at once")
  void fewReadsNoPause() {
    ReadsFirst gate = new ReadsFirst(1, 0.5, HOUR, work::get);
    gate.readQueued();
    work.addAndGet(HOUR);
    gate.yieldToReads();
    assertThat(gate.reads()).isEqualTo(1);
  }

  @Test
  @DisplayName("a write that has done no work since it started earns no pause, also after idle time")
  void noWorkNoPause() {
    ReadsFirst gate = new ReadsFirst(0, 0.5, HOUR, work::get);
    gate.readQueued();
    gate.yieldToReads();
    work.addAndGet(HOUR); // idle between two writes
    gate.writeStarted();
    gate.yieldToReads();
    assertThat(gate.reads()).isEqualTo(1);
  }

  @Test
  @DisplayName("a share of 1 never pauses, and off() neither")
  void fullShareNeverPauses() {
    for (ReadsFirst gate : new ReadsFirst[] {new ReadsFirst(0, 1, HOUR, work::get), ReadsFirst.off()}) {
      gate.readQueued();
      work.addAndGet(HOUR);
      gate.yieldToReads();
    }
    assertThat(work.get()).isEqualTo(2 * HOUR);
  }

  @Test
  @DisplayName("with more reads than may run beside it, a write waits until enough of them are done")
  void waitsForReads() throws Exception {
    ReadsFirst gate = new ReadsFirst(1, 0.5, HOUR, work::get);
    gate.readQueued();
    gate.readQueued();
    gate.readQueued();
    work.addAndGet(HOUR); // an hour of work earns an hour of pause at a share of one half
    CompletableFuture<Void> write = CompletableFuture.runAsync(gate::yieldToReads);
    gate.readDone();
    assertThat(write).isNotDone(); // two reads still count, one more than may run beside the write
    gate.readDone();
    write.get();
    assertThat(gate.reads()).isEqualTo(1);
  }

  @Test
  @DisplayName("a pause ends once the pause the work earned is spent, even while reads still count")
  void pauseIsPaidForByWork() {
    ReadsFirst gate = new ReadsFirst(0, 0.5, HOUR, work::get);
    gate.readQueued();
    work.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));
    gate.yieldToReads(); // waits about a millisecond
    gate.yieldToReads(); // nothing earned since: no pause at all
    assertThat(gate.reads()).isEqualTo(1);
  }

  @Test
  @DisplayName("an interrupt ends a pause and stays set for the write to see")
  void interruptEndsPause() throws Exception {
    ReadsFirst gate = new ReadsFirst(0, 0.5, HOUR, work::get);
    gate.readQueued();
    work.addAndGet(HOUR);
    Thread.currentThread().interrupt();
    gate.yieldToReads();
    assertThat(Thread.interrupted()).isTrue();
  }

  @Test
  @DisplayName("a share must be above 0 and at most 1")
  void shareBounds() {
    assertThatThrownBy(() -> new ReadsFirst(0, 0, HOUR, work::get)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReadsFirst(0, 1.5, HOUR, work::get)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReadsFirst(-1, 0.5, HOUR, work::get)).isInstanceOf(IllegalArgumentException.class);
  }
}
