package com.verbatim.bus;

/** A failure that reaches the client as {@code {"code", "message"}}; thrown by validation. */
public class ApiException extends RuntimeException {

  private final ErrorCode code;

  public ApiException(ErrorCode code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }
}
