package com.verbatim.bus;

import java.util.Arrays;

/**
 * The stable error codes of the API. Each has an explicit event-bus failure code (never the
 * ordinal), an HTTP status, and the {@code code} string clients see.
 */
public enum ErrorCode {
  BAD_JSON(1, 400, "bad-json"),
  BAD_REQUEST(2, 400, "bad-request"),
  UNKNOWN_TYPE(3, 400, "unknown-type"),
  TOO_LONG(4, 400, "too-long"),
  BINARY_FRAME(5, 400, "binary-frame"),
  TOO_LARGE(6, 413, "too-large"),
  UNAUTHORIZED(7, 401, "unauthorized"),
  NOT_FOUND(8, 404, "not-found"),
  INTERNAL(9, 500, "internal"),
  /** A fetch target that is not public http(s): loopback, private, link-local, multicast... */
  TARGET_REFUSED(10, 403, "target-refused"),
  /** The page could not be fetched: refused connection, timeout, error status, too many redirects. */
  FETCH_FAILED(11, 502, "fetch-failed"),
  /** The page was fetched but holds no article text. */
  NO_ARTICLE(12, 422, "no-article"),
  /** A known path asked with a method it does not serve; the HTTP answer carries an {@code Allow} header. */
  METHOD_NOT_ALLOWED(13, 405, "method-not-allowed"),
  /** Too many failed admin attempts from one client; the HTTP answer carries a {@code Retry-After} header. */
  TOO_MANY_ATTEMPTS(14, 429, "too-many-attempts"),
  /** The server's queue for this kind of work is full: try again shortly. Nothing was done. */
  OVERLOADED(15, 503, "overloaded"),
  /** A WebSocket handshake from a page of a site not on {@code http.allowedOrigins}. */
  ORIGIN_REFUSED(16, 403, "origin-refused"),
  /** A socket already has as many asks in progress as it may: wait for an answer before asking more. */
  BUSY(17, 503, "busy"),
  /** A socket asks faster than its allowance; the error frame carries {@code retryAfterMs}. */
  RATE_LIMITED(18, 429, "rate-limited"),
  /** A cluster node could not put a write into the cluster's log (no node holding it reachable); sending it again is safe. */
  CLUSTER_UNAVAILABLE(20, 503, "cluster-unavailable");

  private final int failureCode;
  private final int httpStatus;
  private final String code;

  ErrorCode(int failureCode, int httpStatus, String code) {
    this.failureCode = failureCode;
    this.httpStatus = httpStatus;
    this.code = code;
  }

  /** The value passed to {@code Message.fail}. */
  public int failureCode() {
    return failureCode;
  }

  public int httpStatus() {
    return httpStatus;
  }

  /** The string clients see in {@code {"code": ...}}. */
  public String code() {
    return code;
  }

  /** The code for an event-bus failure code; unknown values (timeouts, no handler) are internal. */
  public static ErrorCode ofFailureCode(int failureCode) {
    return Arrays.stream(values()).filter(c -> c.failureCode == failureCode).findFirst().orElse(INTERNAL);
  }
}
