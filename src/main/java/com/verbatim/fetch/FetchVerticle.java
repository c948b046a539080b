package com.verbatim.fetch;

import com.verbatim.extract.ArticleExtractor;
import com.verbatim.extract.ExtractedArticle;

import com.verbatim.bus.Addresses;
import com.verbatim.bus.ApiException;
import com.verbatim.bus.ErrorCode;
import com.verbatim.bus.Replies;
import com.verbatim.model.FetchRequest;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;

/**
 * Ingests a page by URL: fetches it with {@link PageFetcher}, extracts the article with
 * {@link ArticleExtractor} (on a worker thread) and hands it to the ingest pipeline.
 */
public class FetchVerticle extends VerticleBase {

  private PageFetcher fetcher;

  @Override
  public Future<?> start() {
    fetcher = new PageFetcher(vertx, FetchConfig.fromJson(config()));
    return vertx.eventBus().<JsonObject>localConsumer(Addresses.ARTICLES_FETCH, this::onFetch).completion();
  }

  @Override
  public Future<?> stop() {
    fetcher.close();
    return Future.succeededFuture();
  }

  private void onFetch(Message<JsonObject> message) {
    Future.succeededFuture(message.body())
        .map(FetchRequest::fromJson)
        .compose(request -> fetcher.get(request.url(), MultiMap.caseInsensitiveMultiMap()))
        .compose(page -> vertx.executeBlocking(() -> extract(page), false))
        .compose(article -> vertx.eventBus().<JsonObject>request(Addresses.ARTICLES_INGEST, article))
        .onSuccess(reply -> message.reply(reply.body()))
        .onFailure(error -> Replies.fail(message, error));
  }

  /** The article of a fetched page as a {@code NewArticle} JSON, or a no-article failure. */
  static JsonObject extract(FetchedPage page) {
    if (!page.isHtml()) {
      throw new ApiException(ErrorCode.NO_ARTICLE, "not an HTML page: " + page.contentType());
    }
    ExtractedArticle article = ArticleExtractor.extract(page.body(), page.charset(), page.url());
    if (article.text().isBlank()) {
      throw new ApiException(ErrorCode.NO_ARTICLE, "no article text found on " + page.url());
    }
    return article.toJson();
  }
}
