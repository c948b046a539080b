package com.verbatim.feeds;

import com.verbatim.support.Fixtures;
import com.verbatim.support.FixtureSite;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.bus.Addresses;
import com.verbatim.support.LiveServer;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(VertxExtension.class)
class FeedPollingIT {

  private static final String ETAG = "\"rss-v1\"";
  private static final String LAST_MODIFIED = "Thu, 07 Mar 2024 08:00:00 GMT";

  private final AtomicInteger notModified = new AtomicInteger();

  @Test
  @DisplayName("RSS and Atom items are fetched and ingested once; re-polls are conditional (304); a failing feed backs off and shows in /api/stats")
  void pollsFeeds(Vertx vertx, @TempDir Path data) {
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
    Map<String, Integer> polls = new ConcurrentHashMap<>();
    Set<String> indexed = ConcurrentHashMap.newKeySet();
    Promise<JsonObject> settled = Promise.promise();
    MessageConsumer<JsonObject> onIndexed = vertx.eventBus().consumer(Addresses.ARTICLES_INDEXED,
        m -> indexed.add(m.body().getString("id")));
    MessageConsumer<JsonObject> onPolled = vertx.eventBus().consumer(Addresses.FEEDS_POLLED, m -> {
      polls.merge(m.body().getString("url"), 1, Integer::sum);
      boolean brokenBackedOff = m.body().getInteger("failures") >= 3;
      if (brokenBackedOff && notModified.get() >= 2 && polls.values().stream().allMatch(n -> n >= 3)) {
        settled.tryComplete(m.body());
      }
    });
    JsonObject config = LiveServer.config(data);
    config.getJsonObject("feeds").put("pollSeconds", 0.05).put("maxBackoffSeconds", 60)
        .put("urls", new JsonArray().add(site.url("/rss.xml")).add(site.url("/atom.xml")).add(site.url("/broken.xml")));
    LiveServer server = LiveServer.start(vertx, config);
    try {
      JsonObject broken = settled.future().await();

      assertThat(indexed).hasSize(3);
      assertThat(site.hits("/news/one")).isEqualTo(1);
      assertThat(site.hits("/news/three")).isEqualTo(1);
      assertThat(notModified.get()).isGreaterThanOrEqualTo(2);
      assertThat(broken.getString("state")).isEqualTo("failing");
      JsonArray feeds = server.get("/api/stats").bodyAsJsonObject().getJsonArray("feeds");
      JsonObject stats = feeds.stream().map(JsonObject.class::cast)
          .filter(f -> f.getString("url").endsWith("/broken.xml")).findFirst().orElseThrow();
      assertThat(stats.getString("state")).isEqualTo("failing");
      assertThat(stats.getInteger("failures")).isGreaterThanOrEqualTo(3);
      assertThat(stats.getString("lastError")).contains("500");
      // back-off: after f failures the next poll waits pollSeconds * 2^f
      long waitMs = java.time.Duration.between(java.time.Instant.parse(stats.getString("lastPolledAt")),
          java.time.Instant.parse(stats.getString("nextPollAt"))).toMillis();
      assertThat(waitMs).isEqualTo(Math.round(50 * Math.pow(2, stats.getInteger("failures"))));
      JsonObject rss = feeds.getJsonObject(0);
      JsonObject atom = feeds.getJsonObject(1);
      assertThat(rss.getString("state")).isEqualTo("not-modified");
      assertThat(atom.getString("state")).isEqualTo("not-modified");
      // a story in both feeds is fetched once, by whichever feed saw it first
      assertThat(rss.getLong("ingested") + atom.getLong("ingested")).isEqualTo(3);
    } finally {
      onIndexed.unregister().await();
      onPolled.unregister().await();
      server.stop();
      site.close();
    }
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
