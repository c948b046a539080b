package com.verbatim.support;

import com.verbatim.bus.Addresses;
import com.verbatim.model.Answer;
import com.verbatim.model.CancellableAsk;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A stand-in for the index in front of the web verticle alone: every search waits here until the test
 * answers it, so a test knows exactly which asks are in progress. Answers are empty.
 */
public final class HeldAsks {

  private final ConcurrentLinkedQueue<Message<Object>> held = new ConcurrentLinkedQueue<>();
  private final List<Map.Entry<Integer, CompletableFuture<Void>>> waiters = new ArrayList<>();
  private int arrived;
  private final MessageConsumer<Object> consumer;
  private volatile boolean answerAtOnce;

  public HeldAsks(Vertx vertx) {
    this.consumer = vertx.eventBus().consumer(Addresses.INDEX_SEARCH, this::arrive);
  }

  /** From now on every search is answered as it comes (none is held). */
  public HeldAsks answerAtOnce() {
    answerAtOnce = true;
    return this;
  }

  private synchronized void arrive(Message<Object> message) {
    if (answerAtOnce) {
      reply(message);
      return;
    }
    held.add(message);
    arrived++;
    waiters.removeIf(waiter -> waiter.getKey() <= arrived && waiter.getValue().complete(null));
  }

  /** Completes once {@code n} searches have arrived since the start. */
  public synchronized CompletableFuture<Void> held(int n) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    if (arrived >= n) {
      done.complete(null);
    } else {
      waiters.add(Map.entry(n, done));
    }
    return done;
  }

  /** The held searches' asks, oldest first. */
  public List<CancellableAsk> asks() {
    return held.stream().map(m -> (CancellableAsk) m.body()).toList();
  }

  /** Answers every held search (empty answers). */
  public void answerAll() {
    for (Message<Object> message = held.poll(); message != null; message = held.poll()) {
      reply(message);
    }
  }

  private static void reply(Message<Object> message) {
    CancellableAsk ask = (CancellableAsk) message.body();
    message.reply(new Answer(ask.ask().id(), List.of(), 0));
  }

  public void unregister() {
    consumer.unregister();
  }
}
