package com.verbatim.index;

import com.verbatim.config.Section;
import io.vertx.core.json.JsonObject;

/**
 * The {@code ranking} section of the configuration.
 *
 * @param semantic whether answers are also ranked by embedding similarity (loads the model at start;
 *     off ranks by words alone and loads nothing)
 */
public record RankingConfig(boolean semantic) {

  public static RankingConfig fromJson(JsonObject json) {
    return new RankingConfig(new Section("ranking", json).bool("semantic"));
  }
}
