package com.verbatim.support;

import com.verbatim.MainVerticle;
import com.verbatim.config.ConfigLoader;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.nio.file.Path;

/**
 * The whole product deployed in-process on port 0 over a temporary data folder, plus a client
 * that talks to it with the admin token. Blocking helpers: for test threads only.
 */
public final class LiveServer {

  public static final String TOKEN = "test-admin-token-0123456789";

  private final Vertx vertx;
  private final WebClient client;
  private final String deployment;
  private final int port;

  private LiveServer(Vertx vertx, String deployment, int port) {
    this.vertx = vertx;
    this.client = WebClient.create(vertx);
    this.deployment = deployment;
    this.port = port;
  }

  /**
   * The shipped defaults with the test settings laid over them: no samples, private targets allowed
   * (fixtures are local).
   */
  public static JsonObject config(Path dataDir) {
    return ConfigLoader.defaults().mergeIn(new JsonObject()
        .put("http", new JsonObject().put("host", "127.0.0.1").put("port", 0).put("adminToken", TOKEN)
            .put("maxBodyBytes", 10 * 1024 * 1024))
        .put("index", new JsonObject().put("dataDir", dataDir.toString()).put("readThreads", 2))
        .put("ingest", new JsonObject().put("samples", false))
        // a generous fetch timeout: a busy machine must not turn a local fixture page into a failed fetch
        .put("fetch", new JsonObject().put("allowPrivateTargets", true).put("timeoutMs", 60_000)
            .put("maxBytes", 1_000_000))
        .put("feeds", new JsonObject().put("urls", new JsonArray())), true);
  }

  public static LiveServer start(Vertx vertx, JsonObject config) {
    MainVerticle main = new MainVerticle();
    String id = vertx.deployVerticle(main, new DeploymentOptions().setConfig(config)).await();
    return new LiveServer(vertx, id, main.httpPort());
  }

  public int port() {
    return port;
  }

  public void stop() {
    vertx.undeploy(deployment).await();
    client.close();
  }

  public HttpResponse<Buffer> send(HttpMethod method, String path, String contentType, String body) {
    var request = client.request(method, port, "127.0.0.1", path).putHeader("Authorization", "Bearer " + TOKEN);
    if (contentType != null) {
      request.putHeader("Content-Type", contentType);
    }
    return (body == null ? request.send() : request.sendBuffer(Buffer.buffer(body))).await();
  }

  public HttpResponse<Buffer> get(String path) {
    return send(HttpMethod.GET, path, null, null);
  }

  public HttpResponse<Buffer> post(String path, JsonObject body) {
    return send(HttpMethod.POST, path, "application/json", body.encode());
  }

  /** The article ids cited by an answer to {@code question}. */
  public java.util.List<String> citedIds(String question) {
    JsonObject answer = client.get(port, "127.0.0.1", "/api/ask").addQueryParam("q", question).send().await()
        .bodyAsJsonObject();
    return answer.getJsonArray("sentences").stream().map(JsonObject.class::cast)
        .map(s -> s.getJsonObject("citation").getString("articleId")).toList();
  }
}
