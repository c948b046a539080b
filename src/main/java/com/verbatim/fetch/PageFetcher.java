package com.verbatim.fetch;

import com.verbatim.bus.ApiException;
import com.verbatim.bus.ErrorCode;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches pages and feeds with the Vert.x Web Client, safely: every hop's host is checked by
 * {@link TargetPolicy} and the connection goes to the checked address; redirects are followed by
 * hand, at most {@link FetchConfig#maxRedirects()}; bodies are capped and decompressed; the whole
 * fetch has a deadline.
 */
public final class PageFetcher {

  private final Vertx vertx;
  private final FetchConfig config;
  private final TargetPolicy policy;
  private final WebClient client;

  public PageFetcher(Vertx vertx, FetchConfig config) {
    this(vertx, config, new TargetPolicy(config.allowPrivateTargets()));
  }

  PageFetcher(Vertx vertx, FetchConfig config, TargetPolicy policy) {
    this.vertx = vertx;
    this.config = config;
    this.policy = policy;
    this.client = WebClient.create(vertx, new WebClientOptions().setFollowRedirects(false)
        .setDecompressionSupported(true).setConnectTimeout(config.connectTimeoutMs()).setForceSni(true)
        .setUserAgent(config.userAgent()).setVerifyHost(true));
  }

  /** GET {@code url}; {@code headers} may carry If-None-Match / If-Modified-Since. */
  public Future<FetchedPage> get(String url, MultiMap headers) {
    return hop(url, headers, config.maxRedirects())
        .timeout(config.timeoutMs(), TimeUnit.MILLISECONDS)
        .recover(PageFetcher::explain);
  }

  private Future<FetchedPage> hop(String url, MultiMap headers, int redirectsLeft) {
    return vertx.executeBlocking(() -> policy.check(url), false)
        .compose(target -> send(target, headers)
            .compose(response -> follow(target, response, headers, redirectsLeft)));
  }

  private Future<HttpResponse<Buffer>> send(TargetPolicy.Target target, MultiMap headers) {
    SocketAddress server = SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress());
    return client.request(HttpMethod.GET, server, target.port(), target.host(), target.requestUri())
        .ssl(target.ssl())
        .putHeaders(headers)
        .putHeader("Host", target.hostHeader())
        .putHeader("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
            + "application/xml;q=0.9,*/*;q=0.5")
        .idleTimeout(config.timeoutMs())
        .as(new CappedBody(config.maxBytes()))
        .send();
  }

  private Future<FetchedPage> follow(TargetPolicy.Target target, HttpResponse<Buffer> response, MultiMap headers,
      int redirectsLeft) {
    int status = response.statusCode();
    String location = response.getHeader("Location");
    if (status >= 300 && status < 400 && status != 304 && location != null) {
      if (redirectsLeft == 0) {
        return Future.failedFuture(new ApiException(ErrorCode.FETCH_FAILED, "too many redirects"));
      }
      String next = target.uri().resolve(URI.create(location.strip().replace(" ", "%20"))).toString();
      return hop(next, headers, redirectsLeft - 1);
    }
    if (status != 200 && status != 304) {
      return Future.failedFuture(new ApiException(ErrorCode.FETCH_FAILED, target.uri() + " answered " + status));
    }
    Buffer body = response.body() == null ? Buffer.buffer() : response.body();
    return Future.succeededFuture(new FetchedPage(target.uri().toString(), status, response.getHeader("Content-Type"),
        response.getHeader("ETag"), response.getHeader("Last-Modified"), body.getBytes()));
  }

  private static Future<FetchedPage> explain(Throwable failure) {
    if (failure instanceof ApiException) {
      return Future.failedFuture(failure);
    }
    String why = failure instanceof TimeoutException ? "the fetch timed out" : "the fetch failed: " + failure.getMessage();
    return Future.failedFuture(new ApiException(ErrorCode.FETCH_FAILED, why));
  }

  public void close() {
    client.close();
  }
}
