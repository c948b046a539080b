package com.verbatim.index;

import com.verbatim.config.Section;
import io.vertx.core.json.JsonObject;

/**
 * The {@code ranking} section of the configuration.
 *
 * @param semantic whether answers are also ranked by embedding similarity (loads the model at start;
 *     off ranks by words alone and loads nothing)
 * @param questionBatch most questions of concurrent asks embedded in one model run; 1 embeds each alone
 */
public record RankingConfig(boolean semantic, int questionBatch) {

  public RankingConfig {
    if (questionBatch < 1) {
      throw new IllegalArgumentException("ranking.questionBatch must be 1 or more, not " + questionBatch);
    }
  }

  public static RankingConfig fromJson(JsonObject json) {
    Section s = new Section("ranking", json);
    return new RankingConfig(s.bool("semantic"), s.integer("questionBatch"));
  }
}
