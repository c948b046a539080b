package com.verbatim.dedup;

import com.verbatim.split.SentenceSplitter;

import com.verbatim.bus.Addresses;
import com.verbatim.bus.Replies;
import com.verbatim.model.Article;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;

/**
 * Splits articles into sentences and removes repeats inside each one. Deployed as a worker:
 * splitting a long body is CPU work that must not hold an event loop.
 */
public class DedupVerticle extends VerticleBase {

  private final RepeatRemover remover = new RepeatRemover(new SentenceSplitter());

  @Override
  public Future<?> start() {
    return vertx.eventBus().localConsumer(Addresses.DEDUP_SPLIT, this::split).completion();
  }

  private void split(Message<JsonObject> message) {
    try {
      message.reply(remover.split(Article.fromJson(message.body())).toJson());
    } catch (RuntimeException e) {
      Replies.fail(message, e);
    }
  }
}
