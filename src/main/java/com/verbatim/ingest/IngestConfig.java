package com.verbatim.ingest;

import com.verbatim.config.Section;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code ingest} section of the configuration.
 *
 * @param samples whether to ingest the shipped sample corpus at start
 * @param importDir a folder of {@code .txt}, {@code .html} and {@code .json} files imported at
 *     start; empty when blank. Importing twice changes nothing: ids come from URLs or bodies
 */
public record IngestConfig(boolean samples, Optional<Path> importDir) {

  public static IngestConfig fromJson(JsonObject json) {
    Section s = new Section("ingest", json);
    String dir = s.string("importDir");
    return new IngestConfig(s.bool("samples"), dir.isBlank() ? Optional.empty() : Optional.of(Path.of(dir.strip())));
  }
}
