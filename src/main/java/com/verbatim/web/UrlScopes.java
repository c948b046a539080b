package com.verbatim.web;

import com.verbatim.bus.Addresses;
import com.verbatim.model.Ask;
import com.verbatim.model.UrlScope;
import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns an ask's page URLs ({@link UrlScope}) into article ids before it is searched: the known URLs join
 * {@code scope.articleIds}; any unknown one puts {@value UrlScope#UNKNOWN} into the answer's {@code notes}, and
 * when none is known the ask goes to the whole corpus, or, with {@code "fallback": "none"}, is answered empty.
 */
final class UrlScopes {

  /** The ask as it is to be searched, the notes its answer carries, and whether to search at all. */
  record Scoped(Ask ask, List<String> notes, boolean search) {
  }

  private final EventBus bus;

  UrlScopes(EventBus bus) {
    this.bus = bus;
  }

  Future<Scoped> resolve(Ask ask, UrlScope urls) {
    if (urls.isEmpty()) {
      return Future.succeededFuture(new Scoped(ask, List.of(), true));
    }
    return bus.<JsonObject>request(Addresses.INDEX_RESOLVE_URLS, urls.toJson())
        .map(reply -> scoped(ask, urls, reply.body().getJsonObject("articleIds")));
  }

  private static Scoped scoped(Ask ask, UrlScope urls, JsonObject found) {
    List<String> notes = found.size() < new LinkedHashSet<>(urls.urls()).size() ? List.of(UrlScope.UNKNOWN) : List.of();
    Set<String> ids = new LinkedHashSet<>(ask.articleIds());
    found.forEach(entry -> ids.add((String) entry.getValue()));
    if (!ids.isEmpty() || urls.fallbackToSite()) {
      return new Scoped(new Ask(ask.id(), ask.question(), ask.limit(), List.copyOf(ids), ask.context()), notes, true);
    }
    return new Scoped(ask, notes, false);
  }

  /** An answer frame: the reply of the search, or an empty one when the ask was not searched; with the notes. */
  static JsonObject withNotes(JsonObject answer, List<String> notes) {
    return notes.isEmpty() ? answer : answer.put("notes", new JsonArray(notes));
  }
}
