package com.verbatim.fetch;

import com.verbatim.bus.ApiException;
import com.verbatim.bus.ErrorCode;
import java.net.IDN;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The host and port of a URL's authority, read as the WHATWG URL standard (browsers, curl) reads
 * them rather than as {@link java.net.URI} does, which leaves hosts such as {@code 127.1} or
 * {@code 127.0.0.1.} unparsed and reads {@code 0177.0.0.1} as decimal.
 *
 * @param name the host as checked: lowercase ASCII, an IPv4 address in dotted decimal
 * @param literal the address when the URL names one (IPv4 in any legacy form, or IPv6), else null
 */
record UrlHost(String name, InetAddress literal, int port) {

  private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
  /** An IPv4 address at the end of an IPv6 one: dotted decimal without leading zeros, as the standard wants. */
  private static final String DOTTED = "(" + OCTET + "\\.){3}" + OCTET;

  /** Parses a raw authority without user info; {@code defaultPort} when it names none. */
  static UrlHost of(String rawAuthority, int defaultPort) {
    String host;
    String port;
    if (rawAuthority.startsWith("[")) {
      int end = rawAuthority.indexOf(']');
      if (end < 0) {
        throw invalid("not a valid URL");
      }
      host = rawAuthority.substring(1, end);
      port = rawAuthority.substring(end + 1);
      if (!port.isEmpty() && !port.startsWith(":")) {
        throw invalid("not a valid URL");
      }
      port = port.isEmpty() ? "" : port.substring(1);
      return new UrlHost(host, ipv6(host), port(port, defaultPort));
    }
    int colon = rawAuthority.lastIndexOf(':');
    host = colon < 0 ? rawAuthority : rawAuthority.substring(0, colon);
    port = colon < 0 ? "" : rawAuthority.substring(colon + 1);
    String name = domain(host);
    if (name.isEmpty()) {
      throw new ApiException(ErrorCode.TARGET_REFUSED, "the URL needs a host and no user name or password");
    }
    if (Ipv4Host.endsInNumber(name)) {
      InetAddress address = Ipv4Host.parse(name);
      if (address == null) {
        throw invalid("not a valid URL: the host " + name + " is not a valid IPv4 address");
      }
      return new UrlHost(address.getHostAddress(), address, port(port, defaultPort));
    }
    return new UrlHost(name, null, port(port, defaultPort));
  }

  /** Percent-decoded, mapped to ASCII (full-width digits and dots too) and lowercased, as the standard does. */
  private static String domain(String raw) {
    String ascii;
    try {
      String decoded = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
      ascii = IDN.toASCII(decoded, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      throw invalid("not a valid URL: the host name is not valid");
    }
    if (!ascii.matches("[a-z0-9._-]*")) {
      throw invalid("not a valid URL: the host name holds characters a host cannot have");
    }
    return ascii;
  }

  private static InetAddress ipv6(String host) {
    String last = host.substring(host.lastIndexOf(':') + 1);
    if (!host.matches("[0-9a-fA-F:.]+") || !host.contains(":") || last.contains(".") && !last.matches(DOTTED)) {
      throw invalid("not a valid URL: [" + host + "] is not an IPv6 address");
    }
    try {
      return InetAddress.getByName(host); // a literal with a colon: parsed, never looked up
    } catch (UnknownHostException e) {
      throw invalid("not a valid URL: [" + host + "] is not an IPv6 address");
    }
  }

  private static int port(String port, int defaultPort) {
    if (port.isEmpty()) {
      return defaultPort;
    }
    if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) > 65535) {
      throw invalid("not a valid URL: bad port " + port);
    }
    return Integer.parseInt(port);
  }

  private static ApiException invalid(String message) {
    return new ApiException(ErrorCode.BAD_REQUEST, message);
  }
}
