package com.verbatim.feeds;

import com.verbatim.extract.PageMetadata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads the items of an RSS 2.0 or Atom 1.0 feed with jsoup's XML parser (lenient with the
 * broken XML feeds often carry). Only links matter: the page behind each is fetched and extracted.
 */
public final class FeedParser {

  /** One feed entry: the article page it links to, and what the feed says about it. */
  public record Item(String link, String title, String publishedAt) {
  }

  private FeedParser() {
  }

  /** Items in feed order; {@code feedUrl} resolves relative links. Not a feed: an empty list. */
  public static List<Item> parse(byte[] xml, String feedUrl) {
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(xml), null, feedUrl, Parser.xmlParser());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Item> items = new ArrayList<>();
    for (Element item : doc.select("rss > channel > item, rdf|RDF > item, channel > item")) {
      String link = text(item, "link");
      if (link.isEmpty()) {
        Element guid = item.selectFirst("guid");
        link = guid != null && !"false".equalsIgnoreCase(guid.attr("isPermaLink")) ? guid.text().strip() : "";
      }
      add(items, resolve(item, link), text(item, "title"), date(text(item, "pubDate"), true));
    }
    for (Element entry : doc.select("feed > entry")) {
      Element link = entry.selectFirst("link[rel=alternate][href]");
      if (link == null) {
        link = entry.selectFirst("link:not([rel])[href]");
      }
      String published = text(entry, "published");
      add(items, link == null ? "" : link.absUrl("href"), text(entry, "title"),
          date(published.isEmpty() ? text(entry, "updated") : published, false));
    }
    return items;
  }

  private static void add(List<Item> items, String link, String title, String publishedAt) {
    if (link.matches("(?i)https?://.+") && items.stream().noneMatch(i -> i.link().equals(link))) {
      items.add(new Item(link, title.isEmpty() ? null : title, publishedAt));
    }
  }

  private static String resolve(Element context, String link) {
    if (link.isEmpty() || link.matches("(?i)https?://.+")) {
      return link;
    }
    try {
      return URI.create(context.baseUri()).resolve(link).toString();
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static String text(Element parent, String tag) {
    Element child = parent.selectFirst("> " + tag);
    return child == null ? "" : child.text().strip();
  }

  /** RSS dates are RFC 822/1123, Atom dates ISO-8601; anything else is dropped. */
  private static String date(String value, boolean rfc1123) {
    if (value.isEmpty()) {
      return null;
    }
    if (!rfc1123) {
      return PageMetadata.isoDate(value);
    }
    try {
      return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime().toString();
    } catch (DateTimeParseException e) {
      return PageMetadata.isoDate(value);
    }
  }
}
