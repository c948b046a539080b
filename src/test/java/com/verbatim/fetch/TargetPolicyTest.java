package com.verbatim.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.verbatim.bus.ApiException;
import com.verbatim.bus.ErrorCode;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class TargetPolicyTest {

  /** Resolves literal addresses only; names other than "public.test" are unknown. */
  private static final TargetPolicy.Resolver LITERAL = host -> {
    if (host.equals("public.test")) {
      return new InetAddress[] {InetAddress.getByName("93.184.216.34")};
    }
    if (host.equals("rebind.test")) {
      return new InetAddress[] {InetAddress.getByName("93.184.216.34"), InetAddress.getByName("127.0.0.1")};
    }
    if (host.matches("[0-9a-fA-F:.]+")) {
      return new InetAddress[] {InetAddress.getByName(host)};
    }
    throw new UnknownHostException(host);
  };
  private final TargetPolicy policy = new TargetPolicy(TargetPolicy::isNonPublic, LITERAL);

  @ParameterizedTest(name = "{0} is refused")
  @ValueSource(strings = {"http://127.0.0.1/", "http://127.9.9.9:8080/x", "http://10.0.0.5/", "http://172.16.0.1/",
      "http://172.31.255.255/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/", "http://0.0.0.0/",
      "http://224.0.0.1/", "http://100.64.0.1/", "http://[::1]/", "http://[::]/", "http://[fc00::1]/",
      "http://[fd12:3456::1]/", "http://[fe80::1]/", "http://[ff02::1]/", "http://[::ffff:127.0.0.1]/",
      "http://[::ffff:10.0.0.1]/", "http://[::127.0.0.1]/", "http://[64:ff9b::a9fe:a9fe]/", "http://rebind.test/"})
  @DisplayName("loopback, private, link-local, multicast, unspecified and mapped addresses are refused")
  void refusesNonPublic(String url) {
    assertThatThrownBy(() -> policy.check(url)).isInstanceOf(ApiException.class)
        .extracting(e -> ((ApiException) e).code()).isEqualTo(ErrorCode.TARGET_REFUSED);
  }

  @ParameterizedTest(name = "{0} is refused")
  @ValueSource(strings = {"http://0177.0.0.1/", "http://0x7f.0.0.1/", "http://0x7f000001/", "http://0X7F000001/",
      "http://2130706433/", "http://017700000001/", "http://127.1/", "http://127.0.1/", "http://0x7f.1/",
      "http://127.0.0.1./", "http://0177.1./", "http://%31%32%37.0.0.1/", "http://\uff11\uff12\uff17.0.0.1/",
      "http://0/", "http://0x/", "http://012.1/", "http://0xa9fea9fe/", "http://0300.0250.1.1:8080/",
      "http://4294967295/"})
  @DisplayName("legacy IPv4 forms are read as browsers read them (octal, hex, short, one number, trailing dot), then checked")
  void refusesLegacyIpv4Forms(String url) {
    assertThatThrownBy(() -> policy.check(url)).isInstanceOf(ApiException.class)
        .extracting(e -> ((ApiException) e).code()).isEqualTo(ErrorCode.TARGET_REFUSED);
  }

  @ParameterizedTest(name = "{0} is refused")
  @ValueSource(strings = {"http://0.1.2.3/", "http://100.127.255.255/", "http://169.254.0.1/", "http://198.18.0.1/",
      "http://198.19.255.255/", "http://255.255.255.255/", "http://240.0.0.1/", "http://192.0.0.8/", "http://192.0.2.1/",
      "http://198.51.100.7/", "http://203.0.113.9/", "http://239.255.255.250/"})
  @DisplayName("this-network, CGNAT, link-local, benchmarking, broadcast, reserved and documentation IPv4 ranges are refused")
  void refusesReservedIpv4(String url) {
    assertThatThrownBy(() -> policy.check(url)).isInstanceOf(ApiException.class)
        .extracting(e -> ((ApiException) e).code()).isEqualTo(ErrorCode.TARGET_REFUSED);
  }

  @ParameterizedTest(name = "{0} is refused")
  @ValueSource(strings = {
      "http://[2002:7f00:1::]/", "http://[2002:a00:1::1]/", "http://[2002:c0a8:101:1::1]/", "http://[2002:a9fe:a9fe::]/",
      "http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/", "http://[2001:0:4136:e378::f5ff:fffe]/",
      "http://[2001:0:a00:1::f7f7:f7f7]/", "http://[2001:0:7f00:1::f7f7:f7f7]/",
      "http://[::ffff:169.254.169.254]/", "http://[::ffff:7f00:1]/", "http://[::ffff:a9fe:a9fe]/", "http://[::a00:1]/",
      "http://[::ffff:0.0.0.0]/", "http://[64:ff9b::7f00:1]/", "http://[64:ff9b::10.1.2.3]/", "http://[64:ff9b:1::808:808]/",
      "http://[fec0::1]/", "http://[febf::1]/", "http://[fe80::1]/", "http://[ff05::1]/", "http://[ff0e::1]/",
      "http://[fdff:ffff::1]/", "http://[2001:db8::1]/", "http://[100::1]/", "http://[2001:2::1]/",
      "http://[::ffff:0:7f00:1]/", "http://[::ffff:0:808:808]/", "http://[3fff::1]/"})
  @DisplayName("IPv6 that is not public, or carries a non-public IPv4 (6to4, Teredo server or client, mapped, NAT64), is refused")
  void refusesNonPublicIpv6(String url) {
    assertThatThrownBy(() -> policy.check(url)).isInstanceOf(ApiException.class)
        .extracting(e -> ((ApiException) e).code()).isEqualTo(ErrorCode.TARGET_REFUSED);
  }

  @ParameterizedTest(name = "{0} is allowed")
  @ValueSource(strings = {"http://8.8.8.8/", "http://177.0.0.1/", "http://[2606:4700:4700::1111]/",
      "http://[2002:808:808::1]/", "http://[2001:0:4136:e378::f7f7:f7f7]/", "http://[64:ff9b::808:808]/",
      "http://[::ffff:8.8.8.8]/", "http://172.32.0.1/", "http://100.128.0.1/", "http://192.169.0.1/"})
  @DisplayName("public addresses, also when carried by 6to4, Teredo, NAT64 or IPv4-mapped IPv6, are allowed")
  void allowsPublicAddresses(String url) {
    assertThat(policy.check(url).address()).isNotNull();
  }

  @ParameterizedTest(name = "{0} is not a valid URL")
  @ValueSource(strings = {"http://1.2.3.4.5/", "http://256.0.0.1/", "http://1.2.3.256/", "http://4294967296/",
      "http://0x100000000/", "http://1.2.3.08/", "http://1.2.3.09./", "http://foo.09/", "http://foo.0x4/",
      "http://0..0x300/", "http://1.2.3.4..//", "http://[::1%25eth0]/", "http://[::1]x/", "http://example.test:99999/",
      "http://exa%mple.test/", "http://a*b.test/", "http://[::ffff:0177.0.0.1]/", "http://[::ffff:127.1]/"})
  @DisplayName("a host that ends in a number but is no valid IPv4 address, or is otherwise malformed, is a bad request")
  void refusesMalformedHosts(String url) {
    assertThatThrownBy(() -> policy.check(url)).isInstanceOf(ApiException.class)
        .extracting(e -> ((ApiException) e).code()).isEqualTo(ErrorCode.BAD_REQUEST);
  }

  @Test
  @DisplayName("a legacy IPv4 form is connected to as the address it names, with that address as the host")
  void legacyFormTarget() throws Exception {
    TargetPolicy.Target target = policy.check("http://0x08080808:8080/a");
    assertThat(target.address()).isEqualTo(InetAddress.getByName("8.8.8.8"));
    assertThat(target.host()).isEqualTo("8.8.8.8");
    assertThat(target.port()).isEqualTo(8080);
    assertThat(policy.check("http://010.010.010.010/").address()).isEqualTo(InetAddress.getByName("8.8.8.8"));
  }

  @Test
  @DisplayName("IPv6 addresses kept as IPv6 (not turned into IPv4 by the JDK) are judged by the IPv4 they carry")
  void inet6CarryingIpv4() throws Exception {
    byte[] mapped = new byte[16];
    mapped[10] = (byte) 0xff;
    mapped[11] = (byte) 0xff;
    mapped[12] = 127;
    mapped[15] = 1;
    assertThat(TargetPolicy.isNonPublic(Inet6Address.getByAddress(null, mapped, -1))).isTrue();
    mapped[12] = 8;
    mapped[13] = 8;
    mapped[14] = 8;
    mapped[15] = 8;
    assertThat(TargetPolicy.isNonPublic(Inet6Address.getByAddress(null, mapped, -1))).isFalse();
  }

  @Test
  @DisplayName("a name that resolves to a 6to4 or Teredo address carrying a private IPv4 is refused")
  void resolvedTunnelAddresses() {
    TargetPolicy tunnels = new TargetPolicy(TargetPolicy::isNonPublic,
        host -> new InetAddress[] {InetAddress.getByName(host.startsWith("six") ? "2002:c0a8:1::1" : "2001:0:4136:e378::f5ff:fffe")});
    for (String url : new String[] {"http://sixtofour.test/", "http://teredo.test/"}) {
      assertThatThrownBy(() -> tunnels.check(url)).isInstanceOf(ApiException.class)
          .extracting(e -> ((ApiException) e).code()).isEqualTo(ErrorCode.TARGET_REFUSED);
    }
  }

  @ParameterizedTest(name = "{0} is refused")
  @ValueSource(strings = {"ftp://public.test/file", "file:///etc/passwd", "gopher://public.test/", "http://user:pw@public.test/"})
  @DisplayName("only http and https without credentials in the URL")
  void refusesOtherSchemes(String url) {
    assertThatThrownBy(() -> policy.check(url)).isInstanceOf(ApiException.class)
        .extracting(e -> ((ApiException) e).code()).isEqualTo(ErrorCode.TARGET_REFUSED);
  }

  @Test
  @DisplayName("a public host is allowed, and the target keeps the checked address to connect to")
  void allowsPublic() throws Exception {
    TargetPolicy.Target target = policy.check("https://public.test/news/a?b=1");
    assertThat(target.address()).isEqualTo(InetAddress.getByName("93.184.216.34"));
    assertThat(target.port()).isEqualTo(443);
    assertThat(target.ssl()).isTrue();
    assertThat(target.host()).isEqualTo("public.test");
    assertThat(target.requestUri()).isEqualTo("/news/a?b=1");
  }

  @Test
  @DisplayName("the Host header puts an IPv6 address in brackets and leaves out the scheme's own port")
  void hostHeader() {
    assertThat(policy.check("http://[2606:4700:4700::1111]:8080/").hostHeader()).isEqualTo("[2606:4700:4700::1111]:8080");
    assertThat(policy.check("https://[2606:4700:4700::1111]/").hostHeader()).isEqualTo("[2606:4700:4700::1111]");
    assertThat(policy.check("https://public.test:443/").hostHeader()).isEqualTo("public.test");
    assertThat(policy.check("http://public.test:8080/").hostHeader()).isEqualTo("public.test:8080");
    assertThat(policy.check("http://0x08080808/").hostHeader()).isEqualTo("8.8.8.8");
  }

  @Test
  @DisplayName("allowPrivateTargets lets local fixture servers through")
  void allowPrivate() {
    assertThat(new TargetPolicy(true).check("http://127.0.0.1:9/x").port()).isEqualTo(9);
  }
}
