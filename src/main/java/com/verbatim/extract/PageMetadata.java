package com.verbatim.extract;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An article's metadata from its page head: the JSON-LD {@code NewsArticle} first, then Open Graph
 * and article meta tags, then plain HTML ({@code <title>}, {@code link rel=canonical}).
 */
public final class PageMetadata {

  private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
      "blogposting", "analysisnewsarticle", "opinionnewsarticle", "webpage", "livebloggingposting");

  private final Document page;
  private final JsonObject ld;

  PageMetadata(Document page) {
    this.page = page;
    this.ld = articleLd(page);
  }

  String title() {
    return first(ldString("headline"), meta("og:title"), meta("twitter:title"), page.title());
  }

  String source() {
    JsonObject publisher = ld.getValue("publisher") instanceof JsonObject p ? p : new JsonObject();
    return first(meta("og:site_name"), publisher.getValue("name") instanceof String s ? s : null);
  }

  String author() {
    Object author = ld.getValue("author");
    if (author instanceof JsonArray list && !list.isEmpty()) {
      author = list.getValue(0);
    }
    String fromLd = author instanceof JsonObject a && a.getValue("name") instanceof String s ? s
        : author instanceof String s ? s : null;
    return first(fromLd, meta("author"), meta("article:author"));
  }

  String publishedAt() {
    return isoDate(first(ldString("datePublished"), meta("article:published_time"), meta("og:published_time"),
        meta("pubdate"), meta("date")));
  }

  /** The canonical URL, resolved against the page; {@code fallback} when the page names none. */
  String canonical(String fallback) {
    Element link = page.selectFirst("link[rel=canonical][href]");
    String canonical = link != null ? link.absUrl("href") : "";
    if (canonical.isEmpty()) {
      canonical = first(meta("og:url"));
    }
    return canonical != null && canonical.matches("(?i)https?://.+") ? canonical : fallback;
  }

  private String meta(String name) {
    Element tag = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
    return tag == null ? null : tag.attr("content");
  }

  private String ldString(String key) {
    return ld.getValue(key) instanceof String s ? s : null;
  }

  private static String first(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }

  /** The first JSON-LD object of an article type, looking inside arrays and {@code @graph}. */
  private static JsonObject articleLd(Document page) {
    List<JsonObject> objects = new ArrayList<>();
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        collect(Json.decodeValue(script.data().strip()), objects, 0);
      } catch (DecodeException | IllegalStateException e) {
        // a broken block on a page is common; the meta tags still serve
      }
    }
    return objects.stream().filter(PageMetadata::isArticle).findFirst().orElseGet(JsonObject::new);
  }

  private static void collect(Object value, List<JsonObject> out, int depth) {
    if (depth > 3) {
      return;
    }
    if (value instanceof JsonArray array) {
      array.forEach(v -> collect(v, out, depth + 1));
    } else if (value instanceof JsonObject object) {
      out.add(object);
      collect(object.getValue("@graph"), out, depth + 1);
    }
  }

  private static boolean isArticle(JsonObject object) {
    Object type = object.getValue("@type");
    List<Object> types = type instanceof JsonArray a ? a.getList() : List.of(type == null ? "" : type);
    return types.stream().anyMatch(t -> t instanceof String s && ARTICLE_TYPES.contains(s.toLowerCase(Locale.ROOT)));
  }

  /** An ISO-8601 date-time or date the API accepts, or null. */
  public static String isoDate(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip().replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2").replace(' ', 'T');
    try {
      return OffsetDateTime.parse(v).toString();
    } catch (DateTimeParseException notOffset) {
      try {
        return LocalDateTime.parse(v).toLocalDate().toString();
      } catch (DateTimeParseException notLocal) {
        try {
          return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v).toString();
        } catch (DateTimeParseException notDate) {
          return null;
        }
      }
    }
  }
}
