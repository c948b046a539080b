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
  private static final String QUESTIONS = "/samples/questions.txt";

  private SampleCorpus() {
  }

  public static List<NewArticle> articles() {
    return FILES.stream().map(SampleCorpus::read).toList();
  }

  /**
   * Questions about the sample articles, shipped with them for the chat page's examples (which shows only
   * those the index answers); lines starting with {@code #} are comments.
   */
  public static List<String> questions() {
    return text(QUESTIONS).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }

  private static NewArticle read(String resource) {
    String text = text(resource);
    String title = text.strip().lines().findFirst().orElse(resource);
    return new NewArticle(title, text, null, SOURCE, null);
  }

  private static String text(String resource) {
    try (InputStream in = SampleCorpus.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing sample " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
