package com.verbatim.fetch;

import com.verbatim.bus.ApiException;
import com.verbatim.bus.ErrorCode;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Decides whether the server may fetch a URL (SSRF guard): only http and https, and only hosts
 * whose every resolved address is public. Loopback, private (RFC 1918, IPv6 ULA fc00::/7),
 * link-local, multicast, unspecified, carrier-grade NAT and reserved ranges are refused, also when
 * written as IPv4-mapped or IPv4-compatible IPv6. The caller connects to the checked address,
 * so a second DNS answer cannot swap in another target (no DNS rebinding).
 */
public final class TargetPolicy {

  /** Resolves a host name; {@link InetAddress#getAllByName} in production. */
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  /** A checked target: where to connect, and the host name for the Host header and TLS. */
  public record Target(URI uri, String host, int port, boolean ssl, InetAddress address) {

    /** Path and query as sent in the request line. */
    public String requestUri() {
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
  }

  private final Predicate<InetAddress> refuse;
  private final Resolver resolver;

  /** {@code refuse} says which resolved addresses are off limits; tests narrow it. */
  TargetPolicy(Predicate<InetAddress> refuse, Resolver resolver) {
    this.refuse = refuse;
    this.resolver = resolver;
  }

  public TargetPolicy(boolean allowPrivate) {
    this(allowPrivate ? address -> false : TargetPolicy::isNonPublic, InetAddress::getAllByName);
  }

  /** Checks a URL and resolves its host; blocking (DNS). Throws {@link ApiException} when refused. */
  public Target check(String url) {
    URI uri = parse(url);
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw refused("only http and https URLs can be fetched");
    }
    if (uri.getHost() == null || uri.getRawUserInfo() != null) {
      throw refused("the URL needs a host and no user name or password");
    }
    String host = uri.getHost();
    String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(bare);
    } catch (UnknownHostException e) {
      throw new ApiException(ErrorCode.FETCH_FAILED, "unknown host " + bare);
    }
    if (addresses.length == 0) {
      throw new ApiException(ErrorCode.FETCH_FAILED, "unknown host " + bare);
    }
    if (Arrays.stream(addresses).anyMatch(refuse)) {
      throw refused("the host " + bare + " resolves to a non-public address");
    }
    boolean ssl = scheme.equals("https");
    int port = uri.getPort() == -1 ? (ssl ? 443 : 80) : uri.getPort();
    return new Target(uri, bare, port, ssl, addresses[0]);
  }

  private static URI parse(String url) {
    try {
      return new URI(url).normalize();
    } catch (URISyntaxException | NullPointerException e) {
      throw new ApiException(ErrorCode.BAD_REQUEST, "not a valid URL");
    }
  }

  private static ApiException refused(String message) {
    return new ApiException(ErrorCode.TARGET_REFUSED, message);
  }

  /** True for any address that is not on the public internet. */
  public static boolean isNonPublic(InetAddress address) {
    if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
        || address.isMulticastAddress() || address.isAnyLocalAddress()) {
      return true;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      return isNonPublicV4(b);
    }
    if (address instanceof Inet6Address) {
      if ((b[0] & 0xfe) == 0xfc) {
        return true; // unique local fc00::/7
      }
      if (isZero(b, 0, 10) && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0))) {
        return isNonPublicV4(Arrays.copyOfRange(b, 12, 16)); // IPv4-mapped ::ffff:a.b.c.d or compatible ::a.b.c.d
      }
      if (b[0] == 0x00 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b) {
        return isNonPublicV4(Arrays.copyOfRange(b, 12, 16)); // NAT64 64:ff9b::/96
      }
      return (b[0] & 0xff) == 0x20 && b[1] == 0x01 && b[2] == 0x0d && (b[3] & 0xff) == 0xb8; // documentation
    }
    return true;
  }

  private static boolean isNonPublicV4(byte[] b) {
    int a0 = b[0] & 0xff;
    int a1 = b[1] & 0xff;
    return a0 == 0 || a0 == 10 || a0 == 127 || a0 >= 224 // this network, private, loopback, multicast, reserved
        || (a0 == 169 && a1 == 254) || (a0 == 172 && a1 >= 16 && a1 <= 31) || (a0 == 192 && a1 == 168)
        || (a0 == 100 && a1 >= 64 && a1 <= 127) // carrier-grade NAT
        || (a0 == 192 && a1 == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
        || (a0 == 198 && (a1 == 18 || a1 == 19)); // benchmarking
  }

  private static boolean isZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
