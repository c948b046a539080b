package com.verbatim.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/** The admin API's bearer token, compared in constant time so timing leaks nothing. */
final class AdminToken {

  /** A configured token shorter than this is refused at start: it could be guessed. */
  static final int MIN_LENGTH = 24;
  private static final String BEARER = "Bearer ";
  private final byte[] expected;

  AdminToken(String token) {
    this.expected = token.strip().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Refuses a configured token that is too short; blank means none is configured. The message
   * names the setting, never the token.
   */
  static void checkConfigured(String token) {
    if (!token.isBlank() && token.strip().length() < MIN_LENGTH) {
      throw new IllegalArgumentException("the admin token (VERBATIM_ADMIN_TOKEN, http.adminToken) has "
          + token.strip().length() + " characters; it needs at least " + MIN_LENGTH
          + ", or leave it unset and the server keeps a generated one in <dataDir>/admin-token");
    }
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
