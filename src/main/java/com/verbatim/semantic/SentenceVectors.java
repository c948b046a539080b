package com.verbatim.semantic;

import com.verbatim.index.SentenceIndex;
import com.verbatim.index.SentenceIndex.SentenceText;
import com.verbatim.index.SentenceIndex.SentenceVector;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Gives every sentence in the index its vector. Articles are stored (and acknowledged) without waiting for
 * the model; this class then finds the sentences that have no vector of the current model, embeds them a
 * chunk at a time and stores the vectors. Because it works from what the index lacks rather than from a
 * queue, a restart or a crash loses nothing: the next {@link #catchUp()} embeds what is missing.
 */
public final class SentenceVectors {

  /** Sentences read, embedded and committed together. */
  static final int CHUNK = 512;

  private final SentenceIndex index;
  private final String model;
  private final Function<List<String>, List<float[]>> embed;
  private volatile boolean stopped;

  /** Vectors made by {@code embed} (texts -> unit vectors, in order), stored under the name {@code model}. */
  public SentenceVectors(SentenceIndex index, String model, Function<List<String>, List<float[]>> embed) {
    this.index = index;
    this.model = model;
    this.embed = embed;
  }

  /** How many sentences are waiting for their vector. */
  public long pending() throws IOException {
    return index.countWithoutVector(model);
  }

  /**
   * Embeds and stores the vectors of every sentence that lacks one, including those stored while it runs.
   * Returns how many vectors it stored. Stops early after {@link #stop()}, or when a round stores nothing
   * (every sentence it read changed meanwhile; the next call picks them up again).
   */
  public int catchUp() throws IOException {
    int total = 0;
    while (!stopped) {
      List<SentenceText> todo = index.withoutVector(model, CHUNK);
      if (todo.isEmpty()) {
        break;
      }
      List<float[]> vectors = embed.apply(todo.stream().map(SentenceText::text).toList());
      List<SentenceVector> out = new ArrayList<>(todo.size());
      for (int i = 0; i < todo.size(); i++) {
        out.add(new SentenceVector(todo.get(i).key(), todo.get(i).text(), Vectors.encode(vectors.get(i))));
      }
      int stored = index.storeVectors(model, out);
      total += stored;
      if (stored == 0) {
        break;
      }
    }
    return total;
  }

  /** Asks a running {@link #catchUp()} to return after its current chunk; later calls return at once. */
  public void stop() {
    stopped = true;
  }
}
