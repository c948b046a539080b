package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
@DisplayName("Failed admin attempts, counted per client in a bounded map")
class FailedAttemptsTest {

  /** A clock the test moves by hand. */
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

  private final Clock clock = new Clock();

  @Test
  @DisplayName("a client may fail 10 times a minute; then it waits until a failure refills (6 s at 10 a minute)")
  void limitsPerClient() {
    FailedAttempts failures = new FailedAttempts(10, 100, clock);
    for (int i = 9; i >= 0; i--) {
      assertThat(failures.retryAfterSeconds("10.0.0.1")).isZero();
      assertThat(failures.fail("10.0.0.1")).isEqualTo(i);
    }
    assertThat(failures.retryAfterSeconds("10.0.0.1")).isEqualTo(6);
    assertThat(failures.retryAfterSeconds("10.0.0.2")).isZero();
    clock.nanos += TimeUnit.SECONDS.toNanos(5);
    assertThat(failures.retryAfterSeconds("10.0.0.1")).isEqualTo(1);
    clock.nanos += TimeUnit.SECONDS.toNanos(1);
    assertThat(failures.retryAfterSeconds("10.0.0.1")).isZero();
  }

  @Test
  @DisplayName("the map keeps at most maxClients, dropping the least recently seen")
  void bounded() {
    FailedAttempts failures = new FailedAttempts(1, 3, clock);
    for (int i = 1; i <= 1000; i++) {
      failures.fail("198.51." + (i / 256) + "." + (i % 256));
    }
    assertThat(failures.tracked()).isEqualTo(3);
    failures.fail("192.0.2.1");
    failures.fail("192.0.2.2");
    failures.fail("192.0.2.3");
    failures.retryAfterSeconds("192.0.2.1"); // seen again, so the next newcomer drops 192.0.2.2
    failures.fail("192.0.2.4");
    assertThat(failures.retryAfterSeconds("192.0.2.1")).isPositive();
    assertThat(failures.retryAfterSeconds("192.0.2.2")).isZero();
  }

  @Test
  @DisplayName("an IPv6 client is its /64; IPv4 clients are single addresses")
  void ipv6Prefix() {
    assertThat(FailedAttempts.key("2001:db8:1:2:3:4:5:6")).isEqualTo(FailedAttempts.key("2001:db8:1:2::9"))
        .isEqualTo("2001:db8:1:2:0:0:0:0/64");
    assertThat(FailedAttempts.key("2001:db8:1:3::1")).isNotEqualTo(FailedAttempts.key("2001:db8:1:2::1"));
    assertThat(FailedAttempts.key("127.0.0.2")).isEqualTo("127.0.0.2");
    FailedAttempts failures = new FailedAttempts(1, 10, clock);
    failures.fail("2001:db8:1:2::1");
    assertThat(failures.retryAfterSeconds("2001:db8:1:2::2")).isPositive();
  }
}
