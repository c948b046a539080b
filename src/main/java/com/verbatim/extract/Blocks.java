package com.verbatim.extract;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Cuts a container into its text blocks (paragraphs, headings, list items) in document order. */
final class Blocks {

  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol",
      "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "header",
      "br", "hr");

  private Blocks() {
  }

  static boolean isBlock(Node node) {
    return node instanceof Element e && BLOCKS.contains(e.normalName());
  }

  /** The text of an element outside its nested blocks, whitespace collapsed. */
  static String ownText(Element element) {
    StringBuilder text = new StringBuilder();
    appendInline(element, text);
    return text.toString().replaceAll("\\s+", " ").strip();
  }

  private static void appendInline(Node node, StringBuilder text) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        text.append(t.getWholeText());
      } else if (child instanceof Element e && !isBlock(e)) {
        appendInline(e, text);
      }
    }
  }

  /** Appends the paragraphs under {@code root} that read like article text. */
  static void collect(Element root, List<String> out) {
    StringBuilder run = new StringBuilder();
    walk(root, run, out);
    flush(run, out);
  }

  private static void walk(Element element, StringBuilder run, List<String> out) {
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode t) {
        run.append(t.getWholeText());
      } else if (child instanceof Element e) {
        if (isBlock(e)) {
          flush(run, out);
          if (ArticleExtractor.linkDensity(e) <= 0.5 || e.text().length() > 200) {
            walk(e, run, out);
          }
          flush(run, out);
        } else {
          walk(e, run, out);
        }
      }
    }
  }

  private static void flush(StringBuilder run, List<String> out) {
    String text = run.toString().replaceAll("\\s+", " ").strip();
    run.setLength(0);
    if (!text.isEmpty()) {
      out.add(text);
    }
  }
}
