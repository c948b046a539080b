package com.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.bus.ErrorCode;
import com.verbatim.model.ArticleRef;
import com.verbatim.model.IngestResult;
import com.verbatim.model.LogSlice;
import com.verbatim.model.SplitArticle;
import com.verbatim.model.SplitBatch;
import com.verbatim.model.Stats;
import com.verbatim.model.WriteCommand;
import com.verbatim.support.Samples;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class LogApplierTest {

  private static final SplitArticle FIRST = Samples.split("First", "Alpha met Beta.\nGamma rose 5%.", "Wire");
  private static final SplitArticle SECOND = Samples.split("Second", "Delta fell.\nAlpha met Beta.", "Post");

  private static LogSlice.Entry store(long seq, SplitArticle article) {
    return new LogSlice.Entry(seq, new WriteCommand(WriteCommand.STORE, article.toJson()));
  }

  private static LogSlice.Entry delete(long seq, String id) {
    return new LogSlice.Entry(seq, new WriteCommand(WriteCommand.DELETE, new ArticleRef(id).toJson()));
  }

  @Test
  @DisplayName("entries are applied in order and each commit records the epoch and sequence, readable from disk")
  void recordsPositionWithEachCommit(@TempDir Path dir) throws IOException {
    try (SentenceIndex index = SentenceIndex.open(dir)) {
      List<JsonObject> outcomes = new LogApplier(index).apply(new LogSlice("e1", List.of(
          store(0, FIRST),
          new LogSlice.Entry(1, new WriteCommand(WriteCommand.STORE_ALL, new SplitBatch(List.of(SECOND)).toJson())),
          delete(2, FIRST.article().id()))));

      assertThat(IngestResult.fromJson(outcomes.get(0).getJsonObject("reply")).status()).isEqualTo(IngestResult.CREATED);
      assertThat(outcomes.get(1).getJsonObject("reply").getJsonArray("results")).hasSize(1);
      assertThat(outcomes.get(2).getJsonObject("reply").getString("id")).isEqualTo(FIRST.article().id());
      assertThat(index.stats()).isEqualTo(new Stats(1, 2));
      assertThat(LogApplier.applied(index.position(), "e1")).isEqualTo(2);
    }
    Map<String, String> onDisk = SentenceIndex.positionOnDisk(dir);
    assertThat(LogApplier.applied(onDisk, "e1")).isEqualTo(2);
    assertThat(LogApplier.applied(onDisk, "another-epoch")).isEqualTo(-1);
  }

  @Test
  @DisplayName("an entry already applied is skipped, so a slice delivered twice changes nothing")
  void appliedEntriesAreSkipped() throws IOException {
    try (SentenceIndex index = SentenceIndex.inMemory()) {
      LogApplier applier = new LogApplier(index);
      applier.apply(new LogSlice("e1", List.of(store(0, FIRST), delete(1, FIRST.article().id()))));
      List<JsonObject> again = applier.apply(new LogSlice("e1", List.of(store(0, FIRST), delete(1, FIRST.article().id()),
          store(2, SECOND))));

      assertThat(again.get(0).getBoolean("skipped")).isTrue();
      assertThat(again.get(1).getBoolean("skipped")).isTrue();
      assertThat(again.get(2).containsKey("reply")).isTrue();
      assertThat(index.stats()).isEqualTo(new Stats(1, 2));
    }
  }

  @Test
  @DisplayName("a delete of an unknown article fails not-found on every node alike, and still moves the position on")
  void refusedEntryMovesPositionOn() throws IOException {
    try (SentenceIndex index = SentenceIndex.inMemory()) {
      List<JsonObject> outcomes = new LogApplier(index).apply(new LogSlice("e1", List.of(delete(0, "0123456789abcdef"))));

      assertThat(outcomes.get(0).getInteger("code")).isEqualTo(ErrorCode.NOT_FOUND.failureCode());
      assertThat(LogApplier.applied(index.position(), "e1")).isZero();
    }
  }

  @Test
  @DisplayName("a fresh index has applied nothing")
  void freshIndexHasNoPosition(@TempDir Path dir) throws IOException {
    assertThat(SentenceIndex.positionOnDisk(dir)).isEmpty();
    try (SentenceIndex index = SentenceIndex.inMemory()) {
      assertThat(LogApplier.applied(index.position(), "e1")).isEqualTo(-1);
    }
  }
}
