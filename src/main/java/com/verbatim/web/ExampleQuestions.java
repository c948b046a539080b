package com.verbatim.web;

import com.verbatim.bus.Addresses;
import com.verbatim.model.Answer;
import com.verbatim.model.Ask;
import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import java.util.ArrayList;
import java.util.List;

/**
 * Example questions for an empty chat page and after "nothing found": the candidate questions shipped
 * with the sample corpus, kept only when the index as it is now answers them with at least one quote.
 * A corpus without the sample articles therefore shows none rather than questions it cannot answer.
 * Worked out on first use and again after any article is stored or deleted.
 */
final class ExampleQuestions {

  static final int MAX = 4;

  private final EventBus bus;
  private final List<String> candidates;
  private Future<List<String>> current;

  ExampleQuestions(EventBus bus, List<String> candidates) {
    this.bus = bus;
    this.candidates = List.copyOf(candidates);
  }

  /** At most {@value #MAX} questions the index answers, in the candidates' order. */
  Future<List<String>> get() {
    if (current == null) {
      current = answered();
      current.onFailure(error -> current = null);
    }
    return current;
  }

  /** Forgets the examples, so the next {@link #get()} asks the index again. */
  void invalidate() {
    current = null;
  }

  private Future<List<String>> answered() {
    List<Future<Boolean>> checks = candidates.stream().map(this::answers).toList();
    return Future.join(checks).otherwiseEmpty().map(done -> {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < candidates.size() && out.size() < MAX; i++) {
        if (checks.get(i).succeeded() && checks.get(i).result()) {
          out.add(candidates.get(i));
        }
      }
      return List.copyOf(out);
    });
  }

  private Future<Boolean> answers(String question) {
    return bus.<Answer>request(Addresses.INDEX_SEARCH, new Ask(null, question, 1, List.of()))
        .map(reply -> !reply.body().sentences().isEmpty());
  }
}
