package com.verbatim.split;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the items of a list written on one line, such as {@code "1) First 2) Second"},
 * {@code "a. First b. Second"} or {@code "• First • Second"}. Each item is a sentence of its own
 * even without a final period, and the period of its marker ({@code "1."}) ends nothing.
 *
 * <p>A line counts as a list only when it starts with a marker: a bullet, or a number or lower-case
 * letter followed by {@code .}, {@code )} or {@code .)}. Numbered items must then count up (1, 2, 3
 * or a, b, c) with the same suffix, so a stray {@code "2."} inside ordinary text is left alone.
 */
final class ListItems {

  /** One item: text from {@code start} to {@code end}; sentence rules apply from {@code bodyStart}. */
  record Item(int start, int bodyStart, int end) {}

  private record Marker(int label, String suffix, int end) {}

  private ListItems() {}

  /** The items of {@code s[start, end)}, or one item covering it all when it is not a list. */
  static List<Item> find(String s, int start, int end) {
    int p = start;
    while (p < end && Character.isWhitespace(s.charAt(p))) {
      p++;
    }
    if (p < end && isBullet(s.charAt(p))) {
      return bulletItems(s, p, end);
    }
    Marker first = markerAt(s, p, end);
    if (first == null) {
      return List.of(new Item(start, start, end));
    }
    return numberedItems(s, p, end, first);
  }

  private static List<Item> bulletItems(String s, int p, int end) {
    char bullet = s.charAt(p);
    List<Item> items = new ArrayList<>();
    int itemStart = p;
    for (int i = p + 1; i <= end; i++) {
      if (i == end || (s.charAt(i) == bullet && Character.isWhitespace(s.charAt(i - 1)))) {
        items.add(new Item(itemStart, bodyStart(s, itemStart + 1, i), i));
        itemStart = i;
      }
    }
    return items;
  }

  /** After a bullet: skips spaces and an optional number marker ("• 9. The first item"). */
  private static int bodyStart(String s, int from, int end) {
    int q = from;
    while (q < end && Character.isWhitespace(s.charAt(q))) {
      q++;
    }
    Marker marker = markerAt(s, q, end);
    return marker == null ? from : marker.end();
  }

  private static List<Item> numberedItems(String s, int p, int end, Marker first) {
    List<Item> items = new ArrayList<>();
    int itemStart = p;
    Marker current = first;
    int i = current.end();
    while (i < end) {
      Marker next = Character.isWhitespace(s.charAt(i - 1)) ? markerAt(s, i, end) : null;
      if (next != null && next.label() == current.label() + 1 && next.suffix().equals(current.suffix())) {
        items.add(new Item(itemStart, current.end(), i));
        itemStart = i;
        current = next;
        i = next.end();
      } else {
        i++;
      }
    }
    items.add(new Item(itemStart, current.end(), end));
    return items;
  }

  /**
   * A marker at {@code q}: 1 to 3 digits or one lower-case letter, then {@code .}, {@code )} or
   * {@code .)}, then whitespace. Letters are numbered a = 1, b = 2 ... offset by 1000 so that they
   * never continue a numbered list.
   */
  private static Marker markerAt(String s, int q, int end) {
    int i = q;
    int label;
    if (i < end && s.charAt(i) >= 'a' && s.charAt(i) <= 'z') {
      label = 1000 + s.charAt(i) - 'a' + 1;
      i++;
    } else {
      int value = 0;
      while (i < end && i - q < 4 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        value = value * 10 + s.charAt(i) - '0';
        i++;
      }
      if (i == q || i - q > 3) {
        return null;
      }
      label = value;
    }
    String suffix;
    if (s.startsWith(".)", i)) {
      suffix = ".)";
    } else if (i < end && (s.charAt(i) == '.' || s.charAt(i) == ')')) {
      suffix = String.valueOf(s.charAt(i));
    } else {
      return null;
    }
    int markerEnd = i + suffix.length();
    if (markerEnd >= end || !Character.isWhitespace(s.charAt(markerEnd))) {
      return null;
    }
    return new Marker(label, suffix, markerEnd);
  }

  private static boolean isBullet(char c) {
    return c == '•' || c == '⁃' || c == '‣' || c == '◦' || c == '▪' || c == '●';
  }
}
