package com.verbatim.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article on a news page: the main text paragraphs without navigation, ads, captions,
 * share bars, related links or comments, plus the metadata of {@link PageMetadata}. Paragraphs are
 * scored by length and punctuation, their scores flow up to their containers, and the best
 * container (with its strong siblings) is the article.
 */
public final class ArticleExtractor {

  private static final int MIN_PARAGRAPH = 25;

  private ArticleExtractor() {
  }

  /** Extracts from HTML; {@code pageUrl} (may be null) resolves relative links and is the URL fallback. */
  public static ExtractedArticle extract(String html, String pageUrl) {
    Document page = Jsoup.parse(html, pageUrl == null ? "" : pageUrl);
    return extract(page, pageUrl);
  }

  /**
   * Extracts from fetched bytes: {@code charset} comes from the Content-Type header; when null,
   * the page's {@code <meta charset>} (or a byte-order mark) decides, else UTF-8.
   */
  public static ExtractedArticle extract(byte[] body, String charset, String pageUrl) {
    try {
      return extract(Jsoup.parse(new ByteArrayInputStream(body), supported(charset), pageUrl), pageUrl);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String supported(String charset) {
    try {
      return charset != null && Charset.isSupported(charset) ? charset : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public static ExtractedArticle extract(Document page, String pageUrl) {
    PageMetadata meta = new PageMetadata(page);
    String title = meta.title();
    String url = sameSite(meta.canonical(pageUrl), pageUrl);
    String source = meta.source();
    String author = meta.author();
    String publishedAt = meta.publishedAt();
    String text = mainText(page);
    return new ExtractedArticle(title == null || title.isBlank() ? "Untitled" : title, text, url, source, author,
        publishedAt);
  }

  /** The article body only: paragraphs separated by blank lines. */
  public static String mainText(Document page) {
    Boilerplate.remove(page);
    Element body = page.body();
    if (body == null) {
      return "";
    }
    Element best = bestContainer(body);
    List<String> paragraphs = new ArrayList<>();
    Blocks.collect(best, paragraphs);
    return String.join("\n\n", paragraphs);
  }

  /** Containers that sites mark as the article body; trusted when they hold enough text. */
  private static final String MARKED_BODY = "[itemprop=articleBody], .article-body, .articleBody, .article__body, "
      + ".story-body, .entry-content, .post-content, .article-content, .story-content, .c-entry-content";
  private static final int MIN_MARKED = 250;

  private static Element bestContainer(Element body) {
    Element marked = null;
    for (Element e : body.select(MARKED_BODY)) {
      if (e.text().length() >= MIN_MARKED && linkDensity(e) < 0.5
          && (marked == null || e.text().length() > marked.text().length() && !e.parents().contains(marked))) {
        marked = e;
      }
    }
    return marked != null ? marked : scoredContainer(body);
  }

  private static Element scoredContainer(Element body) {
    Map<Element, Double> scores = new HashMap<>();
    for (Element block : body.select("p, pre, td, blockquote, div, section, article, li")) {
      String own = Blocks.ownText(block);
      if (own.length() < MIN_PARAGRAPH) {
        continue;
      }
      double score = 1 + commas(own) + Math.min(own.length() / 100.0, 3);
      Element parent = block.parent();
      for (int level = 0; parent != null && level < 3; level++, parent = parent.parent()) {
        scores.merge(parent, score / (level == 0 ? 1 : level * 2), Double::sum);
      }
    }
    Element best = body;
    double bestScore = 0;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      Element candidate = entry.getKey();
      double score = (entry.getValue() + Boilerplate.classWeight(candidate)) * (1 - linkDensity(candidate));
      if (score > bestScore) {
        bestScore = score;
        best = candidate;
      }
    }
    return best;
  }

  /**
   * The canonical URL when it is on the fetched page's own site; else the page URL. A page must
   * not be able to claim (and so replace) another site's article.
   */
  static String sameSite(String canonical, String pageUrl) {
    if (canonical == null || pageUrl == null || canonical.equals(pageUrl)) {
      return canonical == null ? pageUrl : canonical;
    }
    try {
      String a = URI.create(canonical).getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
      String b = URI.create(pageUrl).getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
      return a.equals(b) || a.endsWith("." + b) || b.endsWith("." + a) ? canonical : pageUrl;
    } catch (RuntimeException e) {
      return pageUrl;
    }
  }

  private static final Pattern COMMA = Pattern.compile("[,，、]");

  private static int commas(String text) {
    return (int) COMMA.matcher(text).results().count();
  }

  static double linkDensity(Element element) {
    int all = element.text().length();
    if (all == 0) {
      return 0;
    }
    int linked = 0;
    for (Element a : element.select("a")) {
      linked += a.text().length();
    }
    return Math.min(1, linked / (double) all);
  }

}
