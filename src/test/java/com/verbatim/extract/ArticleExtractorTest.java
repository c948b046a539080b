package com.verbatim.extract;

import com.verbatim.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class ArticleExtractorTest {

  private static final String PAGE = "https://www.tidewater.example/news/harbour-bridge-reopens?utm=x";

  @Test
  @DisplayName("the body is the story's paragraphs, without navigation, ads, captions, share bar, related links or comments")
  void keepsOnlyTheStory() {
    ExtractedArticle article = ArticleExtractor.extract(Fixtures.text("harbour.html"), PAGE);

    assertThat(article.text().split("\n\n")).containsExactly(
        "The Harbour Bridge reopened to traffic on Tuesday morning, eight months after engineers closed it to "
            + "replace corroded steel cables.",
        "Mayor Ilse Varga said the repairs had cost 14 million euros, slightly less than the council had budgeted "
            + "in its spring plan.",
        "Commuters from the eastern suburbs, who had faced detours of up to forty minutes, welcomed the news, "
            + "although some said the closure had gone on far too long.",
        "The council said a weight limit of 30 tonnes would stay in place until a final inspection in June.");
  }

  @Test
  @DisplayName("metadata comes from JSON-LD first, then Open Graph, and the canonical link is resolved")
  void readsMetadata() {
    ExtractedArticle article = ArticleExtractor.extract(Fixtures.text("harbour.html"), PAGE);

    assertThat(article.title()).isEqualTo("Harbour bridge reopens after eight months of repairs");
    assertThat(article.source()).isEqualTo("Tidewater Gazette");
    assertThat(article.author()).isEqualTo("Mara Quill");
    assertThat(article.publishedAt()).isEqualTo("2024-03-05T09:30Z");
    assertThat(article.url()).isEqualTo("https://www.tidewater.example/news/harbour-bridge-reopens");
  }

  @Test
  @DisplayName("without JSON-LD the title is og:title, then <title>; dates from article:published_time")
  void fallsBackToMetaTags() {
    String html = Fixtures.text("harbour.html").replaceAll("(?s)<script type=\"application/ld\\+json\">.*?</script>", "");
    ExtractedArticle article = ArticleExtractor.extract(html, PAGE);
    assertThat(article.title()).isEqualTo("Harbour bridge reopens (og)");
    assertThat(article.publishedAt()).isEqualTo("2024-03-05T09:30Z");

    String bare = html.replaceAll("<meta property=\"og:title\"[^>]*>", "");
    assertThat(ArticleExtractor.extract(bare, PAGE).title())
        .isEqualTo("Harbour bridge reopens after repairs | Tidewater Gazette");
  }

  @Test
  @DisplayName("a canonical link to another site is ignored, so a page cannot replace another site's article")
  void foreignCanonicalIsIgnored() {
    String html = Fixtures.text("harbour.html").replace("href=\"/news/harbour-bridge-reopens\"",
        "href=\"https://other.example/their-story\"");
    assertThat(ArticleExtractor.extract(html, PAGE).url()).isEqualTo(PAGE);
  }

  @Test
  @DisplayName("without a charset header the page's <meta charset> decodes the bytes")
  void charsetFromMeta() {
    String html = "<html><head><meta charset=\"windows-1252\"><title>Prix</title></head><body><article>"
        + "<p>Le caf\u00e9 co\u00fbte d\u00e9sormais trois euros, a annonc\u00e9 le g\u00e9rant mardi matin.</p>"
        + "</article></body></html>";
    byte[] bytes = html.getBytes(Charset.forName("windows-1252"));

    assertThat(ArticleExtractor.extract(bytes, null, PAGE).text()).contains("Le caf\u00e9 co\u00fbte d\u00e9sormais");
    assertThat(ArticleExtractor.extract(bytes, "windows-1252", PAGE).text()).contains("g\u00e9rant");
  }
}
