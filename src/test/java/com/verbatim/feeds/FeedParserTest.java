package com.verbatim.feeds;

import com.verbatim.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class FeedParserTest {

  private static List<FeedParser.Item> parse(String name) {
    byte[] xml = Fixtures.text(name).replace("HOST", "news.example").getBytes(StandardCharsets.UTF_8);
    return FeedParser.parse(xml, "http://news.example/feed");
  }

  @Test
  @DisplayName("RSS 2.0 items give their links, titles and RFC 1123 dates as ISO-8601")
  void rss() {
    assertThat(parse("rss.xml")).containsExactly(
        new FeedParser.Item("http://news.example/news/one", "Bridge reopens", "2024-03-05T09:30Z"),
        new FeedParser.Item("http://news.example/news/two", "Ferry changes", "2024-03-06T10:00Z"));
  }

  @Test
  @DisplayName("Atom entries give their alternate links, falling back to a link without rel")
  void atom() {
    assertThat(parse("atom.xml")).extracting(FeedParser.Item::link)
        .containsExactly("http://news.example/news/three", "http://news.example/news/one");
  }

  @Test
  @DisplayName("something that is not a feed has no items")
  void notAFeed() {
    assertThat(FeedParser.parse("<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8), "http://x.example/"))
        .isEmpty();
  }
}
