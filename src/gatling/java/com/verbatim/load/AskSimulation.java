package com.verbatim.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.ws;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.util.List;

/**
 * Readers over {@code /ws} for testing teams: each virtual user opens one WebSocket, asks {@code asks}
 * questions one after the other (each frame with its own {@code id}), and checks that the frame that comes
 * back is the answer to that id. The questions are the sample articles' examples, so any server that
 * ingested the samples ({@code ingest.samples}, the default) answers them.
 *
 * <p>System properties: {@code url} (default {@code ws://127.0.0.1:8080}), {@code users} (200),
 * {@code rampSeconds} (10), {@code asks} (20 per user). Run with
 * {@code mvn -B -Pgatling test-compile gatling:test -Durl=ws://127.0.0.1:8080}.
 */
public class AskSimulation extends Simulation {

  private static final List<String> QUESTIONS = List.of("Who did Blinken meet?",
      "What is the most important issue for China?", "How long was the meeting?",
      "Who will travel to China after Blinken?", "When is Blinken to meet Wang Yi?");

  private final String url = System.getProperty("url", "ws://127.0.0.1:8080");
  private final int users = Integer.getInteger("users", 200);
  private final int rampSeconds = Integer.getInteger("rampSeconds", 10);
  private final int asks = Integer.getInteger("asks", 20);

  private final HttpProtocolBuilder protocol = http.wsBaseUrl(url)
      .userAgentHeader("Gatling (Verbatim load kit)");

  private final ScenarioBuilder readers = scenario("readers")
      .exec(ws("open /ws").connect("/ws"))
      .repeat(asks, "n").on(
          exec(session -> {
            int n = session.getInt("n");
            return session.set("askId", "g" + session.userId() + "-" + n)
                .set("question", QUESTIONS.get((int) ((session.userId() + n) % QUESTIONS.size())));
          }).exec(ws("ask").sendText(
                  "{\"type\":\"ask\",\"id\":\"#{askId}\",\"question\":\"#{question}\",\"limit\":5}")
              .await(10).on(ws.checkTextMessage("answer by id")
                  .check(jsonPath("$.id").is(session -> session.getString("askId")),
                      jsonPath("$.type").is("answer")))))
      .exec(ws("close").close());

  {
    setUp(readers.injectOpen(rampUsers(users).during(rampSeconds)))
        .protocols(protocol)
        .assertions(global().failedRequests().count().is(0L));
  }
}
