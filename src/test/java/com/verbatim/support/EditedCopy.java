package com.verbatim.support;

import com.verbatim.model.NewArticle;

/** The sample as another outlet would run it: new headline and source, a dateline, light edits. */
public final class EditedCopy {

  public static final String SOURCE = "Other Wire";

  private EditedCopy() {
  }

  /** The sample's first copy, edited: quotes straightened, U.S. as US, a word dropped, a dateline. */
  public static NewArticle ofSample() {
    String text = Samples.blinken().text().lines().limit(15).reduce((a, b) -> a + "\n" + b).orElseThrow()
        .replace("During his trip,", "BEIJING (Reuters) - During his trip,")
        .replace('“', '"').replace('”', '"')
        .replace("first U.S. secretary", "first US secretary")
        .replace("frank and candid", "frank, candid")
        .replace("stable and predictable relations", "stable, predictable relations");
    return new NewArticle("Blinken wraps up Beijing visit", text, "https://wire.example/blinken", SOURCE, null);
  }
}
