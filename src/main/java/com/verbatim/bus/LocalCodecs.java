package com.verbatim.bus;

import com.verbatim.model.Answer;
import com.verbatim.model.Ask;
import com.verbatim.model.CancellableAsk;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.MessageCodec;
import io.vertx.core.json.JsonObject;
import java.util.function.Function;

/**
 * Lets the hot path's records travel the event bus as they are: a local send hands the (immutable) record
 * over, where a {@link JsonObject} body would be copied on every hop and encoded and parsed around it. Off
 * the process (a cluster) they travel as their JSON.
 */
public final class LocalCodecs {

  private LocalCodecs() {
  }

  /** Registers the codecs of {@link Ask}, {@link CancellableAsk} and {@link Answer} on {@code vertx}; a second call does nothing. */
  public static void register(Vertx vertx) {
    synchronized (LocalCodecs.class) {
      try {
        vertx.eventBus().registerDefaultCodec(Ask.class, new RecordCodec<>("verbatim.ask", Ask::toJson, Ask::fromJson));
        vertx.eventBus().registerDefaultCodec(CancellableAsk.class,
            new RecordCodec<>("verbatim.cancellable-ask", CancellableAsk::toJson, CancellableAsk::fromJson));
        vertx.eventBus().registerDefaultCodec(Answer.class,
            new RecordCodec<>("verbatim.answer", Answer::toJson, Answer::fromJson));
      } catch (IllegalStateException alreadyRegistered) {
        // another verticle of this Vert.x registered them first
      }
    }
  }

  /** A codec for an immutable record: passed as is locally, as its JSON over the wire. */
  private record RecordCodec<T>(String name, Function<T, JsonObject> toJson, Function<JsonObject, T> fromJson)
      implements MessageCodec<T, T> {

    @Override
    public void encodeToWire(Buffer buffer, T record) {
      Buffer json = toJson.apply(record).toBuffer();
      buffer.appendInt(json.length()).appendBuffer(json);
    }

    @Override
    public T decodeFromWire(int pos, Buffer buffer) {
      int length = buffer.getInt(pos);
      return fromJson.apply(new JsonObject(buffer.getBuffer(pos + 4, pos + 4 + length)));
    }

    @Override
    public T transform(T record) {
      return record;
    }

    @Override
    public byte systemCodecID() {
      return -1;
    }
  }
}
