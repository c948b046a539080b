package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Open connections per address")
class ConnectionCountsTest {

  @Test
  @DisplayName("an address holds at most its share; a closed connection frees a place; others are not affected")
  void cap() {
    ConnectionCounts counts = new ConnectionCounts(2);
    assertThat(counts.tryOpen("10.0.0.1")).isTrue();
    assertThat(counts.tryOpen("10.0.0.1")).isTrue();
    assertThat(counts.tryOpen("10.0.0.1")).isFalse();
    assertThat(counts.tryOpen("10.0.0.2")).isTrue();
    counts.close("10.0.0.1");
    assertThat(counts.tryOpen("10.0.0.1")).isTrue();
    assertThat(counts.open("10.0.0.1")).isEqualTo(2);
  }

  @Test
  @DisplayName("an address leaves the map with its last connection")
  void forgets() {
    ConnectionCounts counts = new ConnectionCounts(5);
    counts.tryOpen("10.0.0.1");
    counts.tryOpen("10.0.0.2");
    counts.close("10.0.0.1");
    counts.close("10.0.0.1");
    assertThat(counts.addresses()).isEqualTo(1);
    counts.close("10.0.0.2");
    assertThat(counts.addresses()).isZero();
  }

  @Test
  @DisplayName("IPv6 clients count by their /64")
  void ipv6() {
    ConnectionCounts counts = new ConnectionCounts(1);
    assertThat(counts.tryOpen("2001:db8:1:2::1")).isTrue();
    assertThat(counts.tryOpen("2001:db8:1:2::ffff")).isFalse();
    assertThat(counts.tryOpen("2001:db8:1:3::1")).isTrue();
  }

  @Test
  void refusesNoShare() {
    assertThatThrownBy(() -> new ConnectionCounts(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
