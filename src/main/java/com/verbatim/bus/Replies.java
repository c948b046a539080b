package com.verbatim.bus;

import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a failure into an event-bus failure reply with a stable {@link ErrorCode}. */
public final class Replies {

  private static final Logger LOG = LoggerFactory.getLogger(Replies.class);

  private Replies() {
  }

  /** Fails {@code message} with the code of {@code error}; unexpected errors are logged and become internal. */
  public static void fail(Message<?> message, Throwable error) {
    ErrorCode code = codeOf(error);
    if (code == ErrorCode.INTERNAL) {
      LOG.error("Failed handling {}", message.address(), error);
      message.fail(code.failureCode(), "internal error");
    } else {
      message.fail(code.failureCode(), error.getMessage());
    }
  }

  /** The API code of a local exception or of a failure reply from another verticle. */
  public static ErrorCode codeOf(Throwable error) {
    if (error instanceof ApiException api) {
      return api.code();
    }
    if (error instanceof ReplyException reply && reply.failureType() == io.vertx.core.eventbus.ReplyFailure.RECIPIENT_FAILURE) {
      return ErrorCode.ofFailureCode(reply.failureCode());
    }
    return ErrorCode.INTERNAL;
  }
}
