package com.verbatim.index;

import com.verbatim.bus.ApiException;
import com.verbatim.bus.ErrorCode;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed number of named threads in front of a bounded queue. Work that finds every thread busy and the
 * queue full is refused at once with {@link ErrorCode#OVERLOADED} instead of waiting without end: a burst
 * then costs its excess a clear error, not everyone a growing delay. Vert.x worker pools queue without a
 * bound, hence this plain executor. With one thread, work runs in the order it was submitted.
 */
public final class BoundedPool implements AutoCloseable {

  private final String name;
  private final int queue;
  private final ThreadPoolExecutor executor;

  /** {@code threads} threads named {@code name-N}, and room for {@code queue} waiting tasks (0: none waits). */
  public BoundedPool(String name, int threads, int queue) {
    if (threads < 1 || queue < 0) {
      throw new IllegalArgumentException("a pool needs at least one thread and a queue of 0 or more");
    }
    this.name = name;
    this.queue = queue;
    BlockingQueue<Runnable> waiting = queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue);
    AtomicInteger count = new AtomicInteger();
    this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, waiting, run -> {
      Thread thread = new Thread(run, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }, new ThreadPoolExecutor.AbortPolicy());
  }

  /**
   * Runs {@code work} on the pool. The future fails with an {@link ApiException} {@code overloaded} when
   * the queue is full, and with a {@link RejectedExecutionException} once the pool is closed.
   */
  public <T> CompletableFuture<T> submit(Callable<T> work) {
    CompletableFuture<T> result = new CompletableFuture<>();
    try {
      executor.execute(() -> {
        try {
          result.complete(work.call());
        } catch (Throwable e) {
          result.completeExceptionally(e instanceof CompletionException && e.getCause() != null ? e.getCause() : e);
        }
      });
    } catch (RejectedExecutionException refused) {
      result.completeExceptionally(executor.isShutdown() ? refused : overloaded());
    }
    return result;
  }

  /**
   * Runs {@code work} on the pool; throws {@link ApiException} {@code overloaded} when the queue is full
   * and {@link RejectedExecutionException} once the pool is closed.
   */
  public void execute(Runnable work) {
    try {
      executor.execute(work);
    } catch (RejectedExecutionException refused) {
      if (executor.isShutdown()) {
        throw refused;
      }
      throw overloaded();
    }
  }

  private ApiException overloaded() {
    return new ApiException(ErrorCode.OVERLOADED, "the server is busy (" + name + " queue full); try again shortly");
  }

  /** Tasks waiting for a thread. */
  public int queued() {
    return executor.getQueue().size();
  }

  /** The most tasks that may wait. */
  public int capacity() {
    return queue;
  }

  /** Whether every thread is busy and the queue full, so that work submitted now would be refused. */
  public boolean saturated() {
    return executor.getQueue().remainingCapacity() == 0 && executor.getActiveCount() >= executor.getMaximumPoolSize();
  }

  /** Refuses new work and waits up to {@code seconds} for what was accepted to finish. */
  public void close(long seconds) throws InterruptedException {
    executor.shutdown();
    executor.awaitTermination(seconds, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    executor.shutdown();
  }

  @Override
  public String toString() {
    return name + "[" + executor.getCorePoolSize() + " threads]";
  }
}
