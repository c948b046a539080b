package com.verbatim.ingest;

import com.verbatim.extract.ArticleExtractor;

import com.verbatim.model.BulkRequest;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads a folder of articles for import at start: {@code .txt} (first line the title, the rest
 * the body), {@code .html} (run through {@link ArticleExtractor}) and {@code .json} (one article
 * object, an array of them, or NDJSON). Files are read in name order, sub-folders included.
 */
public final class DirectoryImport {

  /** Articles stored under one commit while importing. */
  static final int CHUNK = 500;

  /** The articles found, as unvalidated JSON, and the files that could not be read. */
  public record Found(List<JsonObject> articles, List<String> unreadable) {

    /** The articles as bulk requests of at most {@code size} items. */
    public List<BulkRequest> chunks(int size) {
      List<BulkRequest> out = new ArrayList<>();
      for (int start = 0; start < articles.size(); start += size) {
        List<BulkRequest.Item> items = new ArrayList<>();
        for (int i = start; i < Math.min(articles.size(), start + size); i++) {
          items.add(new BulkRequest.Item(i, articles.get(i)));
        }
        out.add(new BulkRequest(items));
      }
      return out;
    }
  }

  private DirectoryImport() {
  }

  public static Found read(Path dir) throws IOException {
    List<JsonObject> articles = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      unreadable.add(dir + ": not a folder");
      return new Found(articles, unreadable);
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        try {
          articles.addAll(readFile(file));
        } catch (IOException | RuntimeException e) {
          unreadable.add(file + ": " + e.getMessage());
        }
      }
    }
    return new Found(articles, unreadable);
  }

  private static List<JsonObject> readFile(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt")) {
      return List.of(text(Files.readString(file, StandardCharsets.UTF_8)));
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return List.of(ArticleExtractor.extract(Files.readString(file, StandardCharsets.UTF_8), null).toJson());
    }
    if (name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return json(Files.readString(file, StandardCharsets.UTF_8));
    }
    return List.of();
  }

  private static JsonObject text(String content) {
    String stripped = content.strip();
    int newline = stripped.indexOf('\n');
    String title = newline < 0 ? stripped : stripped.substring(0, newline);
    String body = newline < 0 ? stripped : stripped.substring(newline + 1);
    return new JsonObject().put("title", title.strip()).put("text", body);
  }

  private static List<JsonObject> json(String content) {
    String stripped = content.strip();
    if (stripped.startsWith("{")) {
      try {
        return List.of(new JsonObject(stripped));
      } catch (DecodeException notOneObject) {
        // several objects, one per line
      }
    }
    BulkBody.Parsed parsed = stripped.startsWith("[") ? BulkBody.array(stripped) : BulkBody.ndjson(stripped);
    if (!parsed.refused().isEmpty()) {
      throw new IllegalArgumentException(parsed.refused().get(0).message());
    }
    return parsed.request().items().stream().map(BulkRequest.Item::article).toList();
  }
}
