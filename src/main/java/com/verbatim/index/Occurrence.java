package com.verbatim.index;

/** Sentence {@code n} (1-based) of article {@code articleId}: one place a sentence appears. */
public record Occurrence(String articleId, int n) {

  static Occurrence parse(String stored) {
    int space = stored.lastIndexOf(' ');
    return new Occurrence(stored.substring(0, space), Integer.parseInt(stored.substring(space + 1)));
  }

  String stored() {
    return articleId + " " + n;
  }
}
