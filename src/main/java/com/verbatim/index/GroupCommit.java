package com.verbatim.index;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Group commit: items submitted while a commit is running wait, and the next commit writes them all
 * at once. Many single-article stores then cost one disk sync per round instead of one each, and
 * every item's future still completes only once the commit that carried it has returned.
 *
 * <p>At most one commit runs at a time, on {@code executor}. A failed commit fails exactly the
 * futures of its own batch; the items that arrived meanwhile are committed next as usual.
 *
 * @param <T> what is committed (an article to store)
 * @param <R> the result of committing one item, in the same order as the batch
 */
public final class GroupCommit<T, R> {

  /** Writes a batch durably and returns one result per item, in order; may block. */
  @FunctionalInterface
  public interface Commit<T, R> {
    List<R> commit(List<T> batch) throws Exception;
  }

  private record Pending<T, R>(T item, CompletableFuture<R> result) {
  }

  private final Commit<T, R> commit;
  private final Executor executor;
  private final Object lock = new Object();
  private List<Pending<T, R>> waiting = new ArrayList<>();
  private boolean committing;

  public GroupCommit(Commit<T, R> commit, Executor executor) {
    this.commit = commit;
    this.executor = executor;
  }

  /**
   * Queues {@code item} for the running commit's successor, or commits it at once when none runs.
   * The future completes with the item's result, or with the commit's failure as is.
   */
  public CompletableFuture<R> submit(T item) {
    Pending<T, R> pending = new Pending<>(item, new CompletableFuture<>());
    List<Pending<T, R>> batch;
    synchronized (lock) {
      waiting.add(pending);
      batch = committing ? null : takeWaiting();
    }
    if (batch != null) {
      start(batch);
    }
    return pending.result();
  }

  /** Call with the lock held: the waiting items become the next batch, and a commit is now running. */
  private List<Pending<T, R>> takeWaiting() {
    List<Pending<T, R>> batch = waiting;
    waiting = new ArrayList<>();
    committing = true;
    return batch;
  }

  private void start(List<Pending<T, R>> batch) {
    try {
      executor.execute(() -> run(batch));
    } catch (RuntimeException refused) {
      finish(batch, null, refused);
    }
  }

  private void run(List<Pending<T, R>> batch) {
    List<R> results = null;
    Throwable failure = null;
    try {
      results = commit.commit(batch.stream().map(Pending::item).toList());
      if (results == null || results.size() != batch.size()) {
        throw new IllegalStateException("a commit of " + batch.size() + " items returned "
            + (results == null ? "nothing" : results.size() + " results"));
      }
    } catch (Throwable e) {
      failure = e;
    }
    finish(batch, results, failure);
  }

  private void finish(List<Pending<T, R>> batch, List<R> results, Throwable failure) {
    // start the next round first: its items have waited a whole commit already
    List<Pending<T, R>> next;
    synchronized (lock) {
      committing = false;
      next = waiting.isEmpty() ? null : takeWaiting();
    }
    if (next != null) {
      start(next);
    }
    for (int i = 0; i < batch.size(); i++) {
      if (failure == null) {
        batch.get(i).result().complete(results.get(i));
      } else {
        batch.get(i).result().completeExceptionally(failure);
      }
    }
  }
}
