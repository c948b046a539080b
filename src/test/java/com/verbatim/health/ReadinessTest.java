package com.verbatim.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@DisplayName("Readiness: named checks")
@Timeout(60)
class ReadinessTest {

  @Test
  @DisplayName("is ready with no checks, and while every check passes")
  void ready() throws Exception {
    Readiness readiness = new Readiness();
    assertThat(readiness.check().toCompletableFuture().get(10, TimeUnit.SECONDS).ready()).isTrue();
    readiness.register("index", () -> true, "closed").register("log", () -> CompletableFuture.completedFuture(null));
    Readiness.Report report = readiness.check().toCompletableFuture().get(10, TimeUnit.SECONDS);
    assertThat(report.ready()).isTrue();
    assertThat(report.passed()).containsExactly("index", "log");
  }

  @Test
  @DisplayName("names each failed check and why; a check that throws or fails counts as failed")
  void notReady() throws Exception {
    AtomicBoolean open = new AtomicBoolean(false);
    Readiness readiness = new Readiness()
        .register("index", open::get, "the index is not open yet")
        .register("queue", () -> true, "full")
        .register("log", () -> CompletableFuture.failedFuture(new IllegalStateException("behind by 3 entries")))
        .register("model", () -> {
          throw new IllegalStateException("no model");
        });
    Readiness.Report report = readiness.check().toCompletableFuture().get(10, TimeUnit.SECONDS);
    assertThat(report.ready()).isFalse();
    assertThat(report.passed()).containsExactly("queue");
    assertThat(report.problems()).containsExactly(Map.entry("index", "the index is not open yet"),
        Map.entry("log", "behind by 3 entries"), Map.entry("model", "no model"));

    open.set(true);
    readiness.register("log", () -> CompletableFuture.completedFuture(null))
        .register("model", () -> CompletableFuture.completedFuture(null));
    assertThat(readiness.check().toCompletableFuture().get(10, TimeUnit.SECONDS).ready()).isTrue();
  }

  @Test
  @DisplayName("waits for a check that answers later")
  void asynchronous() throws Exception {
    CompletableFuture<String> later = new CompletableFuture<>();
    Readiness readiness = new Readiness().register("log", () -> later);
    CompletableFuture<Readiness.Report> report = readiness.check().toCompletableFuture();
    assertThat(report).isNotDone();
    later.complete("still replaying");
    assertThat(report.get(10, TimeUnit.SECONDS).problems()).containsEntry("log", "still replaying");
  }
}
