package com.verbatim.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/** The admin API's bearer token, compared in constant time so timing leaks nothing. */
final class AdminToken {

  private static final String BEARER = "Bearer ";
  private final byte[] expected;

  AdminToken(String token) {
    this.expected = token.getBytes(StandardCharsets.UTF_8);
  }

  /** A fresh random token, for when the configuration sets none. */
  static String random() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** Whether an {@code Authorization} header value carries the token. */
  boolean accepts(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return false;
    }
    byte[] given = authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(expected, given);
  }
}
