package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.bus.ErrorCode;
import io.github.bucket4j.TimeMeter;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("One socket's allowance")
class AskLimitsTest {

  /** A clock the test moves. */
  private static final class Clock implements TimeMeter {
    long nanos;

    @Override
    public long currentTimeNanos() {
      return nanos;
    }

    @Override
    public boolean isWallClockBased() {
      return false;
    }
  }

  @Test
  @DisplayName("the burst is taken at once; the next frame waits one refill, which the retry time says")
  void burstThenRate() {
    Clock clock = new Clock();
    AskLimits limits = new AskLimits(8, 2, 3, clock);
    assertThat(limits.takeToken()).isZero();
    assertThat(limits.takeToken()).isZero();
    assertThat(limits.takeToken()).isZero();
    assertThat(limits.takeToken()).isEqualTo(500);
    clock.nanos += TimeUnit.MILLISECONDS.toNanos(499);
    assertThat(limits.takeToken()).isEqualTo(1);
    clock.nanos += TimeUnit.MILLISECONDS.toNanos(1);
    assertThat(limits.takeToken()).isZero();
    assertThat(limits.takeToken()).isEqualTo(500);
  }

  @Test
  @DisplayName("at most maxInFlight asks in progress; an answered one frees its slot")
  void inFlight() {
    AskLimits limits = new AskLimits(2, 10, 10, new Clock());
    assertThat(limits.tryStart()).isTrue();
    assertThat(limits.tryStart()).isTrue();
    assertThat(limits.tryStart()).isFalse();
    assertThat(limits.inFlight()).isEqualTo(2);
    limits.done();
    assertThat(limits.tryStart()).isTrue();
    limits.done();
    limits.done();
    limits.done();
    assertThat(limits.inFlight()).isZero();
  }

  @Test
  @DisplayName("busy and rate-limited have their assigned numbers and HTTP equivalents")
  void codes() {
    assertThat(ErrorCode.BUSY.failureCode()).isEqualTo(17);
    assertThat(ErrorCode.BUSY.httpStatus()).isEqualTo(503);
    assertThat(ErrorCode.BUSY.code()).isEqualTo("busy");
    assertThat(ErrorCode.RATE_LIMITED.failureCode()).isEqualTo(18);
    assertThat(ErrorCode.RATE_LIMITED.httpStatus()).isEqualTo(429);
    assertThat(ErrorCode.RATE_LIMITED.code()).isEqualTo("rate-limited");
  }
}
