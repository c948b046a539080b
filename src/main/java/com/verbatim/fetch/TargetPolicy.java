package com.verbatim.fetch;

import com.verbatim.bus.ApiException;
import com.verbatim.bus.ErrorCode;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Decides whether the server may fetch a URL (SSRF guard): only http and https, and only hosts
 * whose every resolved address is public ({@link AddressRanges}). The host is read as browsers read
 * it ({@link UrlHost}): {@code http://0177.0.0.1/} is 127.0.0.1 and refused. The caller connects to
 * the checked address, so a second DNS answer cannot swap in another target (no DNS rebinding).
 */
public final class TargetPolicy {

  /** Resolves a host name; {@link InetAddress#getAllByName} in production. */
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  /** A checked target: where to connect, and the host name for the Host header and TLS. */
  public record Target(URI uri, String host, int port, boolean ssl, InetAddress address) {

    /**
     * The Host header: the host, an IPv6 address in brackets, and the port unless it is the scheme's
     * own. Set by hand because the Web Client writes an IPv6 host without brackets ({@code ::1:8080}).
     */
    public String hostHeader() {
      String name = host.contains(":") ? "[" + host + "]" : host;
      return port == (ssl ? 443 : 80) ? name : name + ":" + port;
    }

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
    String authority = uri.getRawAuthority();
    if (authority == null || authority.contains("@")) {
      throw refused("the URL needs a host and no user name or password");
    }
    boolean ssl = scheme.equals("https");
    UrlHost host = UrlHost.of(authority, ssl ? 443 : 80);
    InetAddress[] addresses = addresses(host);
    if (Arrays.stream(addresses).anyMatch(refuse)) {
      throw refused("the host " + host.name() + " resolves to a non-public address");
    }
    return new Target(uri, host.name(), host.port(), ssl, addresses[0]);
  }

  /**
   * An IP address written in the URL is taken as it stands, IPv4 in any form the URL standard
   * accepts; only a domain name goes to the resolver.
   */
  private InetAddress[] addresses(UrlHost host) {
    if (host.literal() != null) {
      return new InetAddress[] {host.literal()};
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host.name());
    } catch (UnknownHostException e) {
      throw new ApiException(ErrorCode.FETCH_FAILED, "unknown host " + host.name());
    }
    if (addresses.length == 0) {
      throw new ApiException(ErrorCode.FETCH_FAILED, "unknown host " + host.name());
    }
    return addresses;
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

  /** True for any address that is not on the public internet; see {@link AddressRanges}. */
  public static boolean isNonPublic(InetAddress address) {
    return AddressRanges.isNonPublic(address);
  }
}
