package com.verbatim.feeds;

import com.verbatim.fetch.FetchConfig;
import com.verbatim.fetch.FetchedPage;
import com.verbatim.fetch.PageFetcher;

import com.verbatim.bus.Addresses;
import com.verbatim.bus.ErrorCode;
import com.verbatim.bus.Replies;
import com.verbatim.model.FetchRequest;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.MultiMap;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the configured RSS and Atom feeds with conditional GET (ETag, Last-Modified) and sends
 * every new item's page to {@code articles.fetch}. A failing feed waits longer after each failure;
 * the state of every feed is answered on {@code feeds.status} and published on {@code feeds.polled}.
 * Its configuration is the {@code feeds} section with the {@code fetch} section inside.
 */
public class FeedVerticle extends VerticleBase {

  private static final Logger LOG = LoggerFactory.getLogger(FeedVerticle.class);
  /** Item failures that a later poll would not fix: the item is not tried again. */
  private static final Set<ErrorCode> PERMANENT = Set.of(ErrorCode.NO_ARTICLE, ErrorCode.TARGET_REFUSED,
      ErrorCode.BAD_REQUEST, ErrorCode.TOO_LARGE);

  /** Item links remembered, so a long-lived feed does not grow the set without bound. */
  private static final int MAX_SEEN = 20_000;

  private final Map<String, FeedState> states = new LinkedHashMap<>();
  /**
   * Links taken or being taken, across all feeds: a story in two feeds is fetched once. A link is
   * claimed before its fetch starts and released if the fetch may succeed later.
   */
  private final Set<String> seen = Collections.newSetFromMap(new LinkedHashMap<>() {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
      return size() > MAX_SEEN;
    }
  });
  private FeedConfig config;
  private PageFetcher fetcher;
  private boolean stopped;

  @Override
  public Future<?> start() {
    config = FeedConfig.fromJson(config());
    fetcher = new PageFetcher(vertx, FetchConfig.fromJson(config().getJsonObject("fetch")));
    config.urls().forEach(url -> states.put(url, new FeedState(url)));
    return vertx.eventBus().<JsonObject>localConsumer(Addresses.FEEDS_STATUS, this::status).completion()
        .onSuccess(ready -> states.values().forEach(state -> vertx.setTimer(1, id -> poll(state))));
  }

  @Override
  public Future<?> stop() {
    stopped = true;
    fetcher.close();
    return Future.succeededFuture();
  }

  private void status(Message<JsonObject> message) {
    JsonArray feeds = new JsonArray();
    states.values().forEach(state -> feeds.add(state.toJson()));
    message.reply(new JsonObject().put("feeds", feeds));
  }

  private void poll(FeedState state) {
    if (stopped) {
      return;
    }
    MultiMap headers = MultiMap.caseInsensitiveMultiMap();
    if (state.etag != null) {
      headers.add("If-None-Match", state.etag);
    }
    if (state.lastModified != null) {
      headers.add("If-Modified-Since", state.lastModified);
    }
    fetcher.get(state.url, headers)
        .compose(page -> page.notModified() ? Future.succeededFuture("not-modified") : ingestNew(state, page))
        .onComplete(result -> polled(state, result));
  }

  private void polled(FeedState state, AsyncResult<String> result) {
    state.polls++;
    state.lastPolledAt = Instant.now();
    if (result.succeeded()) {
      state.failures = 0;
      state.lastError = null;
      state.lastResult = result.result();
    } else {
      state.failures++;
      state.lastError = result.cause().getMessage();
      LOG.warn("Feed {} failed ({} in a row): {}", state.url, state.failures, state.lastError);
    }
    long delay = config.delayMs(state.failures);
    state.nextPollAt = state.lastPolledAt.plusMillis(delay);
    // each node polls its own feeds: its news stays on this node
    vertx.eventBus().publish(Addresses.FEEDS_POLLED, state.toJson(), new DeliveryOptions().setLocalOnly(true));
    if (!stopped) {
      vertx.setTimer(delay, id -> poll(state));
    }
  }

  /** Fetches the new items one by one; the validators are kept only when every item was handled. */
  private Future<String> ingestNew(FeedState state, FetchedPage page) {
    return vertx.executeBlocking(() -> FeedParser.parse(page.body(), page.url()), false)
        .compose(items -> fetchAll(state, items))
        .map(complete -> {
          if (complete) {
            state.etag = page.etag();
            state.lastModified = page.lastModified();
          }
          return complete ? "ok" : "partial";
        });
  }

  private Future<Boolean> fetchAll(FeedState state, List<FeedParser.Item> items) {
    Future<Boolean> chain = Future.succeededFuture(true);
    for (FeedParser.Item item : items) {
      if (seen.add(item.link())) {
        chain = chain.compose(allOk -> fetchOne(state, item).map(ok -> allOk && ok));
      }
    }
    return chain;
  }

  private Future<Boolean> fetchOne(FeedState state, FeedParser.Item item) {
    return vertx.eventBus().<JsonObject>request(Addresses.ARTICLES_FETCH, new FetchRequest(item.link()).toJson())
        .map(reply -> {
          state.ingested++;
          return true;
        })
        .recover(error -> {
          boolean permanent = PERMANENT.contains(Replies.codeOf(error));
          LOG.warn("Feed item {} not ingested{}: {}", item.link(), permanent ? "" : " (will retry)", error.getMessage());
          if (!permanent) {
            seen.remove(item.link());
          }
          return Future.succeededFuture(permanent);
        });
  }
}
