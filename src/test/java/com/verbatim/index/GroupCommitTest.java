package com.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class GroupCommitTest {

  private static final Executor DIRECT = Runnable::run;
  private static final int LATE = 5;

  /** Every batch the commit function was called with, in call order. */
  private final List<List<String>> commits = new CopyOnWriteArrayList<>();
  private final ExecutorService disk = Executors.newSingleThreadExecutor();
  private final CountDownLatch firstStarted = new CountDownLatch(1);
  private final CountDownLatch releaseFirst = new CountDownLatch(1);

  @AfterEach
  void stopDisk() {
    disk.shutdownNow();
  }

  @Test
  @DisplayName("a store that arrives when no commit runs is committed at once, on its own")
  void loneStoreCommitsAtOnce() throws Exception {
    GroupCommit<String, String> group = new GroupCommit<>(this::upperCase, DIRECT);

    CompletableFuture<String> stored = group.submit("a");

    assertThat(stored).isCompletedWithValue("A");
    assertThat(commits).containsExactly(List.of("a"));
  }

  @Test
  @DisplayName("stores that arrive while a commit runs share the next commit, and each gets its own result")
  void concurrentStoresShareOneCommit() throws Exception {
    GroupCommit<String, String> group = new GroupCommit<>(this::upperCaseFirstHeld, disk);

    CompletableFuture<String> first = group.submit("first");
    assertThat(firstStarted.await(30, TimeUnit.SECONDS)).isTrue();
    List<CompletableFuture<String>> late = IntStream.range(0, LATE).mapToObj(i -> group.submit("late" + i)).toList();
    assertThat(late).noneMatch(CompletableFuture::isDone);
    releaseFirst.countDown();

    assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("FIRST");
    for (int i = 0; i < LATE; i++) {
      assertThat(late.get(i).get(30, TimeUnit.SECONDS)).isEqualTo("LATE" + i);
    }
    assertThat(commits).containsExactly(List.of("first"), List.of("late0", "late1", "late2", "late3", "late4"));
  }

  @Test
  @DisplayName("a failed commit fails exactly the stores of its batch, and the stores waiting behind it still commit")
  void failedCommitFailsOnlyItsBatch() throws Exception {
    IOException diskFull = new IOException("disk full");
    GroupCommit<String, String> group = new GroupCommit<>(batch -> {
      List<String> results = upperCaseFirstHeld(batch);
      if (batch.contains("doomed")) {
        throw diskFull;
      }
      return results;
    }, disk);

    CompletableFuture<String> doomed = group.submit("doomed");
    assertThat(firstStarted.await(30, TimeUnit.SECONDS)).isTrue();
    List<CompletableFuture<String>> late = IntStream.range(0, LATE).mapToObj(i -> group.submit("late" + i)).toList();
    releaseFirst.countDown();

    assertThatThrownBy(() -> doomed.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class).cause()
        .isSameAs(diskFull);
    for (int i = 0; i < LATE; i++) {
      assertThat(late.get(i).get(30, TimeUnit.SECONDS)).isEqualTo("LATE" + i);
    }
    assertThat(commits).hasSize(2);
    assertThat(commits.get(1)).hasSize(LATE);
  }

  @Test
  @DisplayName("a commit that returns a result count unlike its batch fails that batch rather than misreport")
  void wrongResultCountFails() {
    GroupCommit<String, String> group = new GroupCommit<>(batch -> List.of(), DIRECT);

    assertThat(group.submit("a")).isCompletedExceptionally();
  }

  @Test
  @DisplayName("an executor that refuses the commit fails its stores instead of leaving them waiting, and the next store retries")
  void refusedCommitFailsAndRecovers() {
    boolean[] refuse = {true};
    GroupCommit<String, String> group = new GroupCommit<>(this::upperCase, task -> {
      if (refuse[0]) {
        throw new RejectedExecutionException("closed");
      }
      task.run();
    });

    CompletableFuture<String> refused = group.submit("a");
    refuse[0] = false;

    assertThat(refused).isCompletedExceptionally();
    assertThat(group.submit("b")).isCompletedWithValue("B");
  }

  private List<String> upperCase(List<String> batch) {
    commits.add(List.copyOf(batch));
    return batch.stream().map(String::toUpperCase).toList();
  }

  /** Like {@link #upperCase}, but the first commit holds until the test releases it. */
  private List<String> upperCaseFirstHeld(List<String> batch) throws InterruptedException {
    if (commits.isEmpty()) {
      firstStarted.countDown();
      assertThat(releaseFirst.await(30, TimeUnit.SECONDS)).isTrue();
    }
    return upperCase(batch);
  }
}
