package com.verbatim.index;

import com.verbatim.bus.ApiException;
import com.verbatim.bus.ErrorCode;
import com.verbatim.model.ArticleRef;
import com.verbatim.model.IngestResults;
import com.verbatim.model.LogSlice;
import com.verbatim.model.SplitArticle;
import com.verbatim.model.SplitBatch;
import com.verbatim.model.WriteCommand;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies entries of the cluster's write log to the index, in order, one commit per entry, each commit
 * recording the entry's epoch and sequence ({@link #EPOCH}, {@link #APPLIED}). An entry the index already
 * holds (same epoch, sequence not above the recorded one) is skipped, so delivering a slice twice is harmless.
 * The outcome of each entry is {@code {"reply": ...}} (what the single-node write would have answered),
 * {@code {"code": n, "message": ...}} (what it would have failed with), or {@code {"skipped": true}}.
 */
public final class LogApplier {

  /** Commit user data: the epoch of the log the index follows. */
  public static final String EPOCH = "verbatim.cluster.epoch";
  /** Commit user data: the sequence of the last log entry the index holds. */
  public static final String APPLIED = "verbatim.cluster.applied";

  private final SentenceIndex index;

  public LogApplier(SentenceIndex index) {
    this.index = index;
  }

  /** The sequence this index last applied in {@code epoch}, or -1 (none, or another log's). */
  public static long applied(Map<String, String> position, String epoch) {
    return epoch.equals(position.get(EPOCH)) ? Long.parseLong(position.getOrDefault(APPLIED, "-1")) : -1;
  }

  /** Applies the slice; an I/O failure stops it there (the entries before it stay applied) and is thrown. */
  public List<JsonObject> apply(LogSlice slice) throws IOException {
    List<JsonObject> outcomes = new ArrayList<>();
    for (LogSlice.Entry entry : slice.entries()) {
      if (entry.seq() <= applied(index.position(), slice.epoch())) {
        outcomes.add(new JsonObject().put("skipped", true));
        continue;
      }
      Map<String, String> position = Map.of(EPOCH, slice.epoch(), APPLIED, Long.toString(entry.seq()));
      try {
        outcomes.add(new JsonObject().put("reply", apply(entry.command(), position)));
      } catch (ApiException refused) {
        index.mark(position);
        outcomes.add(new JsonObject().put("code", refused.code().failureCode()).put("message", refused.getMessage()));
      }
    }
    return outcomes;
  }

  private JsonObject apply(WriteCommand command, Map<String, String> position) throws IOException {
    return switch (command.kind()) {
      case WriteCommand.STORE ->
          index.storeAll(List.of(SplitArticle.fromJson(command.body())), position).get(0).toJson();
      case WriteCommand.STORE_ALL ->
          new IngestResults(index.storeAll(SplitBatch.fromJson(command.body()).articles(), position)).toJson();
      case WriteCommand.DELETE -> delete(ArticleRef.fromJson(command.body()), position);
      default -> throw new ApiException(ErrorCode.BAD_REQUEST, "unknown write " + command.kind());
    };
  }

  private JsonObject delete(ArticleRef ref, Map<String, String> position) throws IOException {
    if (!index.delete(ref.id(), position)) {
      throw new ApiException(ErrorCode.NOT_FOUND, "no article with id " + ref.id());
    }
    return ref.toJson();
  }
}
