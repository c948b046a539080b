package com.verbatim.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;

/**
 * Which addresses are not on the public internet. IPv6 addresses that carry an IPv4 address
 * (IPv4-mapped, IPv4-compatible, NAT64, 6to4, Teredo) are judged by the IPv4 address they carry,
 * since a relay or a dual stack turns them into a connection to it.
 */
final class AddressRanges {

  private AddressRanges() {
  }

  /** True for any address that is not on the public internet. */
  static boolean isNonPublic(InetAddress address) {
    if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
        || address.isMulticastAddress() || address.isAnyLocalAddress()) {
      return true;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      return isNonPublicV4(b);
    }
    return !(address instanceof Inet6Address) || isNonPublicV6(b);
  }

  private static boolean isNonPublicV6(byte[] b) {
    int first = word(b, 0);
    int second = word(b, 2);
    if ((b[0] & 0xfe) == 0xfc || (b[0] & 0xff) == 0xff || (first & 0xffc0) == 0xfe80
        || (first & 0xffc0) == 0xfec0) {
      return true; // unique local fc00::/7, multicast, link-local, site-local fec0::/10 (all scopes)
    }
    if (isZero(b, 0, 10) && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0))) {
      return isNonPublicV4(v4(b, 12)); // IPv4-mapped ::ffff:a.b.c.d or compatible ::a.b.c.d (also :: and ::1)
    }
    if (first == 0x0064 && second == 0xff9b) {
      // NAT64: the well-known prefix 64:ff9b::/96 carries the IPv4 address last; the local-use
      // 64:ff9b:1::/48 points into the operator's own network
      return word(b, 4) != 0 || !isZero(b, 6, 12) || isNonPublicV4(v4(b, 12));
    }
    if (b[0] == 0) {
      return true; // the rest of ::/8, reserved: IPv4-translated ::ffff:0:a.b.c.d and others, none public
    }
    if (first == 0x2002) {
      return isNonPublicV4(v4(b, 2)); // 6to4 2002:a.b.c.d::/48
    }
    if (first == 0x2001 && second == 0x0000) {
      // Teredo 2001:0::/32: the server's IPv4 in bits 32-63, the client's, inverted, in the last 32
      byte[] client = v4(b, 12);
      for (int i = 0; i < client.length; i++) {
        client[i] = (byte) ~client[i];
      }
      return isNonPublicV4(v4(b, 4)) || isNonPublicV4(client);
    }
    return (first == 0x2001 && second == 0x0db8) // documentation 2001:db8::/32
        || (first == 0x2001 && second == 0x0002 && word(b, 4) == 0) // benchmarking 2001:2::/48
        || (first == 0x0100 && isZero(b, 2, 8)) // discard-only 100::/64
        || (first & 0xfff0) == 0x3ff0; // documentation 3fff::/20
  }

  private static boolean isNonPublicV4(byte[] b) {
    int a0 = b[0] & 0xff;
    int a1 = b[1] & 0xff;
    int a2 = b[2] & 0xff;
    return a0 == 0 || a0 == 10 || a0 == 127 || a0 >= 224 // this network, private, loopback, multicast, reserved, broadcast
        || (a0 == 169 && a1 == 254) || (a0 == 172 && a1 >= 16 && a1 <= 31) || (a0 == 192 && a1 == 168)
        || (a0 == 100 && a1 >= 64 && a1 <= 127) // carrier-grade NAT
        || (a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2)) // IETF protocol assignments, TEST-NET-1
        || (a0 == 192 && a1 == 88 && a2 == 99) // former 6to4 relay anycast
        || (a0 == 198 && (a1 == 18 || a1 == 19)) // benchmarking
        || (a0 == 198 && a1 == 51 && a2 == 100) || (a0 == 203 && a1 == 0 && a2 == 113); // TEST-NET-2, -3
  }

  private static int word(byte[] b, int at) {
    return (b[at] & 0xff) << 8 | (b[at + 1] & 0xff);
  }

  private static byte[] v4(byte[] b, int at) {
    return Arrays.copyOfRange(b, at, at + 4);
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
