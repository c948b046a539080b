package com.verbatim.ingest;

import com.verbatim.model.NewArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The articles that ship inside the product, so a fresh start answers at once. A sample's first
 * line is its headline and also part of its text, as in the source file.
 */
public final class SampleCorpus {

  static final String SOURCE = "Verbatim sample corpus";
  private static final List<String> FILES = List.of("/samples/000_72d4e61c9319dff6.txt");

  private SampleCorpus() {
  }

  public static List<NewArticle> articles() {
    return FILES.stream().map(SampleCorpus::read).toList();
  }

  private static NewArticle read(String resource) {
    try (InputStream in = SampleCorpus.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing sample " + resource);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String title = text.strip().lines().findFirst().orElse(resource);
      return new NewArticle(title, text, null, SOURCE, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
