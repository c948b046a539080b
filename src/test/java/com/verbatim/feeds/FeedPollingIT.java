package com.verbatim.feeds;

import com.verbatim.support.Fixtures;
import com.verbatim.support.FixtureSite;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.bus.Addresses;
import com.verbatim.support.LiveServer;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(VertxExtension.class)
@Timeout(300)
class FeedPollingIT {

  private static final String ETAG = "\"rss-v1\"";
  private static final String LAST_MODIFIED = "Thu, 07 Mar 2024 08:00:00 GMT";
  private static final double POLL_SECONDS = 0.05;
  private static final double MAX_BACKOFF_SECONDS = 60;
  /** Generous: reaching it means the feeds never settle, not that the machine is slow. */
  private static final long SETTLE_SECONDS = 180;

  private final AtomicInteger notModified = new AtomicInteger();

  @Test
  @DisplayName("RSS and Atom items are fetched and ingested once; re-polls are conditional (304); a failing feed backs off and shows in /api/stats")
  void pollsFeeds(Vertx vertx, @TempDir Path data) throws Exception {
    FixtureSite site = FixtureSite.start(vertx, s -> {
      s.router.get("/rss.xml").handler(ctx -> feed(ctx, "rss.xml", "ETag", ETAG, "If-None-Match", s));
      s.router.get("/atom.xml").handler(ctx -> feed(ctx, "atom.xml", "Last-Modified", LAST_MODIFIED,
          "If-Modified-Since", s));
      s.router.get("/broken.xml").handler(ctx -> ctx.response().setStatusCode(500).end());
      for (String[] page : new String[][] {{"one", "The harbour bridge reopened on Tuesday after repairs."},
          {"two", "The ferry timetable changes in May, the port authority said."},
          {"three", "The market hall will host a spring fair on Saturday."}}) {
        s.router.get("/news/" + page[0]).handler(ctx -> FixtureSite.html(ctx, "<html><head><title>" + page[0]
            + "</title></head><body><article><p>" + page[1] + "</p></article></body></html>"));
      }
    });
    String rssUrl = site.url("/rss.xml");
    String atomUrl = site.url("/atom.xml");
    String brokenUrl = site.url("/broken.xml");
    // the last feeds.polled event of each feed, and the articles indexed so far; the handlers may run on
    // different event loops, so both are concurrent and both check whether everything has settled
    Map<String, JsonObject> lastPoll = new ConcurrentHashMap<>();
    Set<String> indexed = ConcurrentHashMap.newKeySet();
    Promise<Void> settled = Promise.promise();
    Runnable checkSettled = () -> {
      boolean fetched = indexed.size() >= 3;
      boolean conditional = "not-modified".equals(state(lastPoll.get(rssUrl)))
          && "not-modified".equals(state(lastPoll.get(atomUrl)));
      boolean backedOff = lastPoll.containsKey(brokenUrl) && lastPoll.get(brokenUrl).getInteger("failures") >= 3;
      if (fetched && conditional && backedOff) {
        settled.tryComplete();
      }
    };
    MessageConsumer<JsonObject> onIndexed = vertx.eventBus().consumer(Addresses.ARTICLES_INDEXED, m -> {
      indexed.add(m.body().getString("id"));
      checkSettled.run();
    });
    MessageConsumer<JsonObject> onPolled = vertx.eventBus().consumer(Addresses.FEEDS_POLLED, m -> {
      lastPoll.put(m.body().getString("url"), m.body());
      checkSettled.run();
    });
    Future.all(onIndexed.completion(), onPolled.completion()).await(SETTLE_SECONDS, TimeUnit.SECONDS);
    JsonObject config = LiveServer.config(data);
    // polls every 50 ms so the test needs no waiting; the back-off cap is checked, not relied on
    config.getJsonObject("feeds").put("pollSeconds", POLL_SECONDS).put("maxBackoffSeconds", MAX_BACKOFF_SECONDS)
        .put("urls", new JsonArray().add(rssUrl).add(atomUrl).add(brokenUrl));
    LiveServer server = LiveServer.start(vertx, config);
    try {
      try {
        settled.future().await(SETTLE_SECONDS, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        throw new AssertionError("feeds did not settle within " + SETTLE_SECONDS + " s: indexed " + indexed
            + ", last polls " + lastPoll, e);
      }

      assertThat(indexed).hasSize(3);
      assertThat(site.hits("/news/one")).isEqualTo(1);
      assertThat(site.hits("/news/two")).isEqualTo(1);
      assertThat(site.hits("/news/three")).isEqualTo(1);
      assertThat(notModified.get()).isGreaterThanOrEqualTo(2);
      JsonArray feeds = server.get("/api/stats").bodyAsJsonObject().getJsonArray("feeds");
      JsonObject stats = feeds.stream().map(JsonObject.class::cast)
          .filter(f -> f.getString("url").equals(brokenUrl)).findFirst().orElseThrow();
      assertThat(stats.getString("state")).isEqualTo("failing");
      assertThat(stats.getInteger("failures")).isGreaterThanOrEqualTo(3);
      assertThat(stats.getString("lastError")).contains("500");
      // back-off: after f failures the next poll waits pollSeconds * 2^f, capped at maxBackoffSeconds
      long waitMs = Duration.between(Instant.parse(stats.getString("lastPolledAt")),
          Instant.parse(stats.getString("nextPollAt"))).toMillis();
      long expectedMs = Math.round(Math.min(POLL_SECONDS * Math.pow(2, stats.getInteger("failures")),
          MAX_BACKOFF_SECONDS) * 1000);
      assertThat(waitMs).isEqualTo(expectedMs);
      JsonObject rss = feeds.getJsonObject(0);
      JsonObject atom = feeds.getJsonObject(1);
      assertThat(rss.getString("state")).isEqualTo("not-modified");
      assertThat(atom.getString("state")).isEqualTo("not-modified");
      // a story in both feeds is fetched once, by whichever feed saw it first
      assertThat(rss.getLong("ingested") + atom.getLong("ingested")).isEqualTo(3);
    } finally {
      onIndexed.unregister().await(SETTLE_SECONDS, TimeUnit.SECONDS);
      onPolled.unregister().await(SETTLE_SECONDS, TimeUnit.SECONDS);
      server.stop();
      site.close();
    }
  }

  private static String state(JsonObject polled) {
    return polled == null ? null : polled.getString("state");
  }

  private void feed(RoutingContext ctx, String name, String header, String value, String conditional, FixtureSite s) {
    if (value.equals(ctx.request().getHeader(conditional))) {
      notModified.incrementAndGet();
      ctx.response().setStatusCode(304).end();
      return;
    }
    String host = "127.0.0.1:" + ctx.request().authority().port();
    ctx.response().putHeader("Content-Type", "application/xml").putHeader(header, value)
        .end(Fixtures.text(name).replace("HOST", host));
  }
}
