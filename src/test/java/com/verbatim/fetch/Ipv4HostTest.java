package com.verbatim.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Cases from the WHATWG URL standard's IPv4 parser and the web-platform-tests URL data. */
@Timeout(60)
class Ipv4HostTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"127.0.0.1,127.0.0.1", "0177.0.0.1,127.0.0.1", "0x7f.0.0.1,127.0.0.1", "0x7f000001,127.0.0.1",
      "2130706433,127.0.0.1", "127.1,127.0.0.1", "127.0.1,127.0.0.1", "127.0.0.1.,127.0.0.1", "0x7f.1,127.0.0.1",
      "192.168.257,192.168.1.1", "4294967295,255.255.255.255", "0xffffffff,255.255.255.255", "0,0.0.0.0",
      "0x,0.0.0.0", "0x.0x.0,0.0.0.0", "00000000000000000001,0.0.0.1", "0x0000000000000000000001,0.0.0.1",
      "08.com.1,", "1.2.3.4.5,", "256.0.0.1,", "1.2.3.256,", "4294967296,", "0x100000000,", "1.2.3.08,",
      "1.2.3.09.,", "foo.09,", "0..0x300,", "1.2..4,", "09,", "0xg,", "1.2.3.4..,"})
  @DisplayName("legacy IPv4 forms parse to the address browsers reach; invalid ones to nothing")
  void parses(String host, String expected) {
    var address = Ipv4Host.parse(host);
    assertThat(address == null ? null : address.getHostAddress()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} ends in a number")
  @ValueSource(strings = {"1.2.3.4", "foo.09", "foo.0x4", "example.1", "0x", "127.0.0.1.", "999999999999999999999"})
  @DisplayName("a host whose last label is a number is an IPv4 host (and an invalid URL if it does not parse)")
  void endsInNumber(String host) {
    assertThat(Ipv4Host.endsInNumber(host)).isTrue();
  }

  @ParameterizedTest(name = "{0} is a domain")
  @ValueSource(strings = {"example.com", "09.com", "1.2.3.4.example", "0xg", "foo.0x4g", "x", "."})
  @DisplayName("a host whose last label is not a number is a domain name")
  void domains(String host) {
    assertThat(Ipv4Host.endsInNumber(host)).isFalse();
  }
}
