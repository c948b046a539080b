package com.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("An article URL's lookup key")
class CanonicalUrlTest {

  private static final String KEY = "//news.example.com/world/story";

  @ParameterizedTest
  @ValueSource(strings = {
      "https://news.example.com/world/story",
      "http://news.example.com/world/story",
      "HTTPS://News.Example.COM/world/story",
      "https://news.example.com:443/world/story",
      "http://news.example.com:80/world/story",
      "https://news.example.com/world/story/",
      "https://news.example.com/world/story#comments",
      "https://news.example.com/world/story?utm_source=tw&utm_medium=social",
      "https://news.example.com/world/story?fbclid=abc123",
      "https://news.example.com/world/story?gclid=x&UTM_Campaign=y#top",
      "https://user:pw@news.example.com/world/story",
      "https://news.example.com./world/story",
      "  https://news.example.com/world/story  "})
  @DisplayName("is the same for the variants a reader's address bar shows of one page")
  void sameKey(String url) {
    assertThat(CanonicalUrl.of(url)).contains(KEY);
  }

  @Test
  @DisplayName("keeps the path's case, a non-default port and the parameters that pick the page, sorted")
  void keepsWhatNamesThePage() {
    assertThat(CanonicalUrl.of("https://news.example.com/World/Story")).contains("//news.example.com/World/Story");
    assertThat(CanonicalUrl.of("https://news.example.com:8443/a")).contains("//news.example.com:8443/a");
    assertThat(CanonicalUrl.of("https://news.example.com/a?page=2&id=7&utm_source=x"))
        .contains("//news.example.com/a?id=7&page=2");
    assertThat(CanonicalUrl.of("https://news.example.com")).contains("//news.example.com/");
    assertThat(CanonicalUrl.of("https://news.example.com/?")).contains("//news.example.com/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "/world/story", "news.example.com/story", "ftp://news.example.com/story",
      "javascript:alert(1)", "https://", "https://exa mple.com/a", "mailto:a@b.c"})
  @DisplayName("is empty for what is no absolute http(s) URL")
  void noKey(String url) {
    assertThat(CanonicalUrl.of(url)).isEmpty();
  }

  @Test
  @DisplayName("is empty for null and for URLs past the length cap")
  void nullAndLong() {
    assertThat(CanonicalUrl.of(null)).isEmpty();
    assertThat(CanonicalUrl.of("https://a.example/" + "x".repeat(CanonicalUrl.MAX_CHARS))).isEmpty();
  }
}
