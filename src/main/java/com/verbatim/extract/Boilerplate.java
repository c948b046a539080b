package com.verbatim.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What is never article text: scripts, navigation, ads, captions, share bars, related links, comments. */
final class Boilerplate {

  private static final String NEVER_TEXT = "script, style, noscript, template, iframe, svg, canvas, button, "
      + "input, select, textarea, nav, aside, footer, figure, figcaption, picture, video, audio, object, embed, "
      + "[hidden], [role=navigation], [role=complementary], [role=banner], [role=contentinfo], [role=dialog], "
      + "[aria-hidden=true]";
  private static final Pattern UNLIKELY = Pattern.compile(
      "(?i)(^|[-_ ])(ad|ads|advert|advertisement|banner|breadcrumbs?|byline|caption|comments?|community|cookie|"
      + "disqus|footer|header|masthead|menu|modal|nav|navigation|newsletter|outbrain|pager|pagination|popup|promo|"
      + "related|remark|rss|share|sharing|shoutbox|sidebar|skyscraper|social|sponsor|subscribe|subscription|taboola|"
      + "tags|toolbar|tools|widget|more-stories|most-popular|recommended|signup|author-bio|credit)([-_ ]|$)");
  private static final Pattern LIKELY = Pattern.compile(
      "(?i)(article|body|content|entry|main|page|post|story|text|blog|column)");

  private Boilerplate() {
  }

  static void remove(Document page) {
    page.select(NEVER_TEXT).remove();
    // some sites (ASP.NET) wrap the whole page in one form: only a small form is boilerplate
    page.select("form").stream().filter(f -> !holdsArticle(f)).forEach(Element::remove);
    for (Element element : page.body() == null ? List.<Element>of() : page.body().select("*")) {
      if (element.parent() != null && isUnlikely(element)) {
        element.remove();
      }
    }
  }

  /** Whether an element holds the article: a marked article body, or several long paragraphs. */
  static boolean holdsArticle(Element element) {
    if (!element.select("[itemprop=articleBody], article").isEmpty()) {
      return true;
    }
    return element.select("p").stream().filter(p -> p.text().length() > 80).limit(3).count() >= 3;
  }

  private static boolean isUnlikely(Element element) {
    String tag = element.normalName();
    if (tag.equals("body") || tag.equals("article") || tag.equals("main") || tag.equals("p")
        || element.hasAttr("itemprop") && element.attr("itemprop").equalsIgnoreCase("articleBody")) {
      return false;
    }
    String names = element.className() + " " + element.id();
    return UNLIKELY.matcher(names).find() && !LIKELY.matcher(names).find() && !holdsArticle(element);
  }

  /** +25 for a container whose class or id sounds like the article, -25 for boilerplate. */
  static double classWeight(Element element) {
    String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
    double weight = 0;
    if (LIKELY.matcher(names).find()) {
      weight += 25;
    }
    if (UNLIKELY.matcher(names).find()) {
      weight -= 25;
    }
    return weight;
  }
}
