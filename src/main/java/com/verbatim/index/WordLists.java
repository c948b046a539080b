package com.verbatim.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the word lists that ship in the jar: one entry per line, {@code #} starts a comment. */
final class WordLists {

  private WordLists() {
  }

  static List<String> lines(String resource) {
    InputStream in = WordLists.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          out.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
