package com.verbatim.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.verbatim.bus.ApiException;
import com.verbatim.bus.ErrorCode;
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
  @DisplayName("allowPrivateTargets lets local fixture servers through")
  void allowPrivate() {
    assertThat(new TargetPolicy(true).check("http://127.0.0.1:9/x").port()).isEqualTo(9);
  }
}
