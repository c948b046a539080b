package com.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.model.IngestResult;
import com.verbatim.model.NewArticle;
import com.verbatim.support.Samples;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
@DisplayName("Finding articles by the URL of the page a reader is on")
class UrlLookupTest {

  private SentenceIndex index;

  @BeforeEach
  void open() throws IOException {
    index = SentenceIndex.inMemory();
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  @Test
  @DisplayName("finds an article by any variant of its URL, and leaves out unknown and invalid URLs")
  void findsByCanonicalUrl() throws IOException {
    IngestResult pier = index.store(Samples.split(new NewArticle("Pier sold", "The old pier was sold on Monday.",
        "https://News.example.com/town/pier/", "Wire", null)));
    index.store(Samples.split(new NewArticle("Rates held", "The central bank held rates.",
        "https://news.example.com/economy/rates", "Wire", null)));

    Map<String, String> found = index.articleIdsByUrl(List.of(
        "http://news.example.com/town/pier?utm_source=x#top", "https://news.example.com/town/other",
        "not a url", "https://news.example.com/town/pier"));

    assertThat(found).containsOnly(Map.entry("http://news.example.com/town/pier?utm_source=x#top", pier.id()),
        Map.entry("https://news.example.com/town/pier", pier.id()));
  }

  @Test
  @DisplayName("follows an article's URL when it is stored again under the same id, and forgets a deleted one")
  void followsUpdatesAndDeletes() throws IOException {
    IngestResult stored = index.store(Samples.split(new NewArticle("Pier sold", "The old pier was sold on Monday.",
        "https://news.example.com/pier", "Wire", null)));
    assertThat(index.articleIdsByUrl(List.of("https://news.example.com/pier"))).containsValue(stored.id());

    index.delete(stored.id());

    assertThat(index.articleIdsByUrl(List.of("https://news.example.com/pier"))).isEmpty();
  }
}
