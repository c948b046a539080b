package com.verbatim.semantic;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Embeds the questions of concurrent asks in one model run. One batch runs at a time: a thread that finds
 * none running becomes its leader, takes every question queued so far (at most {@code cap}), runs the model
 * once and hands each waiter its vector; a thread that finds a batch running queues its question and waits.
 * When a batch ends, the first queued waiter, if any, leads the next one with everything queued behind it.
 * No timer: a lone ask runs at once, and questions gather only while the model is busy anyway. One model run
 * over n questions costs less CPU than n runs of one, because the per-run overhead of ONNX Runtime is paid once
 * and the matrix products are larger. A failing run fails every question of its batch, and only those.
 *
 * <p>The price: a question's vector depends a little on the questions it ran with ({@link Embedder#queries}),
 * so under load a few answers differ from those the same question gets alone, and which ones depends on
 * timing. That is why the product runs it only when {@code ranking.questionBatch} is above 1.
 *
 * <p>Callers block, so call it from worker threads (the read pool), never from an event loop. Thread-safe.
 */
public final class QuestionBatcher {

  private final Function<List<String>, List<float[]>> model;
  private final int cap;
  /** Waiters not yet in a batch, oldest first; guarded by {@code this}. */
  private final ArrayDeque<Waiter> queue = new ArrayDeque<>();
  /** A batch is being taken or run; guarded by {@code this}. Queued waiters exist only while it is true. */
  private boolean running;

  /**
   * A batcher over {@code model} (questions -> their vectors, in order), with at most {@code cap} questions a
   * run; a cap of 1 runs every question alone, in turn.
   */
  public QuestionBatcher(Function<List<String>, List<float[]>> model, int cap) {
    if (cap < 1) {
      throw new IllegalArgumentException("cap must be at least 1, not " + cap);
    }
    this.model = model;
    this.cap = cap;
  }

  /** The vector of {@code question}, computed alone or in one run with the questions of concurrent callers. */
  public float[] vector(String question) {
    Waiter mine = new Waiter(question);
    boolean leads;
    synchronized (this) {
      leads = !running;
      running = true;
      if (!leads) {
        queue.add(mine);
      }
    }
    if (!leads) {
      boolean lead;
      try {
        lead = mine.turn.join();
      } catch (CompletionException e) {
        throw unwrap(e);
      }
      if (!lead) {
        return mine.vector;
      }
    }
    run(mine);
    return mine.vector;
  }

  /** How many questions wait behind the running batch. */
  synchronized int queued() {
    return queue.size();
  }

  /** Runs one batch led by {@code leader}, then hands the lead to the next queued waiter, if any. */
  private void run(Waiter leader) {
    List<Waiter> batch = new ArrayList<>();
    batch.add(leader);
    synchronized (this) {
      while (batch.size() < cap && !queue.isEmpty()) {
        batch.add(queue.poll());
      }
    }
    Throwable failure = null;
    try {
      List<String> questions = new ArrayList<>(batch.size());
      batch.forEach(w -> questions.add(w.question));
      List<float[]> vectors = model.apply(questions);
      if (vectors.size() != batch.size()) {
        throw new IllegalStateException(batch.size() + " questions but " + vectors.size() + " vectors");
      }
      for (int i = 0; i < batch.size(); i++) {
        batch.get(i).vector = vectors.get(i);
      }
    } catch (RuntimeException | Error e) {
      failure = e;
    } finally {
      handOver();
    }
    for (Waiter waiter : batch) {
      if (failure == null) {
        waiter.turn.complete(false);
      } else {
        waiter.turn.completeExceptionally(failure);
      }
    }
    if (failure instanceof Error error) {
      throw error;
    }
    if (failure != null) {
      throw (RuntimeException) failure;
    }
  }

  /** Makes the oldest queued waiter lead the next batch, or marks the batcher idle. */
  private void handOver() {
    Waiter next;
    synchronized (this) {
      next = queue.poll();
      running = next != null;
    }
    if (next != null) {
      next.turn.complete(true);
    }
  }

  /** One caller's question; {@code turn} completes true when it must lead a batch, false when its vector is set. */
  private static final class Waiter {
    final String question;
    final CompletableFuture<Boolean> turn = new CompletableFuture<>();
    /** Written before {@code turn} completes, read after. */
    float[] vector;

    Waiter(String question) {
      this.question = question;
    }
  }

  /** The cause of a {@link CompletionException}, so a waiter throws the model's own exception. */
  private static RuntimeException unwrap(CompletionException e) {
    if (e.getCause() instanceof Error error) {
      throw error;
    }
    return e.getCause() instanceof RuntimeException cause ? cause : e;
  }
}
