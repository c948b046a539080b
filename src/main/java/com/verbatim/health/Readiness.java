package com.verbatim.health;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.BooleanSupplier;

/**
 * Named checks that together say whether this process can serve readers ({@code GET /ready}): the index is open,
 * its read queue has room, the semantic model is loaded when it is used. Anyone may add one (a cluster node:
 * "caught up with the log"); a later check of the same name replaces the earlier. Thread-safe.
 */
public final class Readiness {

  /** One check: completes with null when ready, else with why not; a failed stage counts as not ready. */
  @FunctionalInterface
  public interface Check {
    CompletionStage<String> problem();
  }

  /** The outcome of every check, in the order they were registered: {@code problems} maps each failed one to why. */
  public record Report(List<String> passed, Map<String, String> problems) {

    public Report {
      passed = List.copyOf(passed);
      problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public boolean ready() {
      return problems.isEmpty();
    }
  }

  private final Map<String, Check> checks = new LinkedHashMap<>();

  /** Adds (or replaces) the check {@code name}. */
  public synchronized Readiness register(String name, Check check) {
    checks.put(name, check);
    return this;
  }

  /** Adds a check that is a plain condition: ready while {@code ready} is true, else {@code problem}. */
  public Readiness register(String name, BooleanSupplier ready, String problem) {
    return register(name, () -> CompletableFuture.completedFuture(ready.getAsBoolean() ? null : problem));
  }

  /** Runs every check at once; completes when all have (a check that throws or fails is a problem, not a failure). */
  public CompletionStage<Report> check() {
    Map<String, Check> now;
    synchronized (this) {
      now = new LinkedHashMap<>(checks);
    }
    Map<String, CompletableFuture<String>> running = new LinkedHashMap<>();
    now.forEach((name, check) -> running.put(name, run(check)));
    return CompletableFuture.allOf(running.values().toArray(CompletableFuture[]::new)).thenApply(all -> {
      List<String> passed = new ArrayList<>();
      Map<String, String> problems = new LinkedHashMap<>();
      running.forEach((name, result) -> {
        String problem = result.join();
        if (problem == null) {
          passed.add(name);
        } else {
          problems.put(name, problem);
        }
      });
      return new Report(passed, problems);
    });
  }

  private static CompletableFuture<String> run(Check check) {
    try {
      return check.problem().toCompletableFuture().exceptionally(Readiness::why);
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(why(e));
    }
  }

  private static String why(Throwable error) {
    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }
}
