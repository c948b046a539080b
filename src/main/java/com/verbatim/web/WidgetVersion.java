package com.verbatim.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of the widget's interface: a hash of {@code widget/ui.js} and of every module it imports, followed
 * import by import. It names the versioned path {@code /static/v/<version>/...}, which browsers may keep for a year:
 * a changed file gives another version, so another URL.
 */
final class WidgetVersion {

  /** The widget's interface module, relative to the static folder; the one the loader imports. */
  static final String UI = "widget/ui.js";
  /** Relative imports, static ({@code from './x.js'}) or dynamic ({@code import('./x.js')}). */
  private static final Pattern IMPORT = Pattern.compile("(?:from\\s*|import\\(\\s*)'(\\.{1,2}/[^']+\\.js)'");
  private static final int LENGTH = 10;

  private WidgetVersion() {
  }

  /**
   * The version of the files {@code read} gives (a path relative to the static folder, to its text, or null when
   * there is none): the first hex digits of a SHA-256 over each module's path and text, in path order.
   */
  static String of(Function<String, String> read) {
    Map<String, String> modules = new TreeMap<>();
    Deque<String> todo = new ArrayDeque<>();
    todo.add(UI);
    while (!todo.isEmpty()) {
      String path = todo.poll();
      if (modules.containsKey(path)) {
        continue;
      }
      String text = read.apply(path);
      if (text == null) {
        throw new IllegalStateException("the widget's module " + path + " is missing");
      }
      modules.put(path, text);
      Matcher m = IMPORT.matcher(text);
      while (m.find()) {
        todo.add(URI.create("/" + path).resolve(m.group(1)).getPath().substring(1));
      }
    }
    MessageDigest sha = sha256();
    modules.forEach((path, text) -> {
      sha.update((path + '\n' + text.length() + '\n').getBytes(StandardCharsets.UTF_8));
      sha.update(text.getBytes(StandardCharsets.UTF_8));
    });
    return HexFormat.of().formatHex(sha.digest()).substring(0, LENGTH);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
