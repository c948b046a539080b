package com.verbatim.fetch;

import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a URL host the way the WHATWG URL standard's IPv4 parser does, so that the address checked
 * is the one browsers and curl would reach: {@code 0177.0.0.1} (octal), {@code 0x7f.1} (hex, fewer
 * parts), {@code 2130706433} (one 32-bit number) and {@code 127.0.0.1.} (trailing dot) are all
 * 127.0.0.1. Java's own parser reads {@code 0177.0.0.1} as the public 177.0.0.1.
 */
final class Ipv4Host {

  private static final BigInteger BYTE = BigInteger.valueOf(256);

  private Ipv4Host() {
  }

  /**
   * Whether the standard treats {@code host} (lowercase ASCII) as an IPv4 address: its last label,
   * ignoring one trailing dot, is all digits or a {@code 0x} hex number. Such a host that does not
   * parse is an invalid URL, never a domain name.
   */
  static boolean endsInNumber(String host) {
    List<String> parts = parts(host);
    String last = parts.get(parts.size() - 1);
    return !last.isEmpty() && (last.chars().allMatch(c -> c >= '0' && c <= '9') || number(last) != null);
  }

  /** The address {@code host} names, or null when it is not a valid IPv4 host by the standard. */
  static Inet4Address parse(String host) {
    List<String> parts = parts(host);
    if (parts.size() > 4) {
      return null;
    }
    List<BigInteger> numbers = new ArrayList<>();
    for (String part : parts) {
      BigInteger n = number(part);
      if (n == null) {
        return null;
      }
      numbers.add(n);
    }
    for (int i = 0; i < numbers.size() - 1; i++) {
      if (numbers.get(i).compareTo(BYTE) >= 0) {
        return null;
      }
    }
    BigInteger last = numbers.get(numbers.size() - 1);
    if (last.compareTo(BYTE.pow(5 - numbers.size())) >= 0) {
      return null;
    }
    long address = last.longValue();
    for (int i = 0; i < numbers.size() - 1; i++) {
      address += numbers.get(i).longValue() << (8 * (3 - i));
    }
    return toAddress(address);
  }

  /** The dot-separated parts, without the empty one a single trailing dot leaves. */
  private static List<String> parts(String host) {
    List<String> parts = new ArrayList<>(Arrays.asList(host.split("\\.", -1)));
    if (parts.size() > 1 && parts.get(parts.size() - 1).isEmpty()) {
      parts.remove(parts.size() - 1);
    }
    return parts;
  }

  /** One part: decimal, octal with a leading 0, or hex with 0x; null when it is none of these. */
  private static BigInteger number(String part) {
    if (part.isEmpty()) {
      return null;
    }
    String digits = part.toLowerCase(Locale.ROOT);
    int radix = 10;
    if (digits.startsWith("0x")) {
      digits = digits.substring(2);
      radix = 16;
    } else if (digits.length() > 1 && digits.startsWith("0")) {
      digits = digits.substring(1);
      radix = 8;
    }
    if (digits.isEmpty()) {
      return BigInteger.ZERO;
    }
    for (char c : digits.toCharArray()) {
      if (Character.digit(c, radix) < 0 || c > 'f') {
        return null;
      }
    }
    return new BigInteger(digits, radix);
  }

  private static Inet4Address toAddress(long address) {
    byte[] bytes = {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address};
    try {
      return (Inet4Address) InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes are always an IPv4 address", e);
    }
  }
}
