package com.verbatim.dedup;

import com.verbatim.model.Article;
import com.verbatim.model.ArticleMeta;
import com.verbatim.model.SplitArticle;
import com.verbatim.model.SplitArticle.SplitSentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns an article into its own sentences: split, then keep the first of every group of
 * sentences with the same {@link TextKeys#sentenceKey key}, in first-seen order.
 */
public final class RepeatRemover {

  private final SentenceSplitter splitter;

  public RepeatRemover(SentenceSplitter splitter) {
    this.splitter = splitter;
  }

  public SplitArticle split(Article article) {
    List<String> all = splitter.split(article.text());
    Set<String> seen = new HashSet<>();
    List<SplitSentence> unique = new ArrayList<>();
    for (String sentence : all) {
      String key = TextKeys.sentenceKey(sentence);
      if (TextKeys.normalize(sentence).isEmpty()) {
        continue; // punctuation-only fragments carry nothing to quote
      }
      if (seen.add(key)) {
        unique.add(new SplitSentence(sentence, key));
      }
    }
    int dropped = all.size() - unique.size();
    return new SplitArticle(ArticleMeta.of(article), TextKeys.bodyHash(article.text()), unique, dropped);
  }
}
