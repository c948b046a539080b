package com.verbatim.support;

import com.verbatim.dedup.RepeatRemover;
import com.verbatim.split.SentenceSplitter;
import com.verbatim.ingest.ArticleIds;
import com.verbatim.ingest.SampleCorpus;
import com.verbatim.model.Article;
import com.verbatim.model.NewArticle;
import com.verbatim.model.SplitArticle;

/** The shipped sample article and helpers to turn articles into what the index stores. */
public final class Samples {

  private Samples() {
  }

  public static NewArticle blinken() {
    return SampleCorpus.articles().get(0);
  }

  public static SplitArticle split(NewArticle article) {
    return new RepeatRemover(new SentenceSplitter()).split(Article.of(ArticleIds.of(article), article));
  }

  public static SplitArticle split(String title, String text, String source) {
    return split(new NewArticle(title, text, null, source, null));
  }
}
