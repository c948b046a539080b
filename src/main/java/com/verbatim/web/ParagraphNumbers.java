package com.verbatim.web;

import com.verbatim.bus.Addresses;
import com.verbatim.model.Answer;
import com.verbatim.model.ArticleRef;
import com.verbatim.model.ArticleView;
import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds to each quote's citation the paragraph its sentence stands in on the article page
 * ({@code "paragraph": 3}, see {@link ArticlePage}), so a source line can say "¶ 3". The ranking
 * knows sentences, not paragraphs; the cited articles are read once per answer. A citation of an
 * article stored before paragraphs were kept gets none, and so do the citations of an answer drawn from more
 * than {@value #MAX_ARTICLES} articles (a large {@code limit}), so that no ask reads a hundred articles.
 */
final class ParagraphNumbers {

  static final int MAX_ARTICLES = 20;
  /** How many answers' numbered quotes are kept, by the identity of their quote list. */
  private static final int REMEMBERED = 64;

  private final EventBus bus;
  /**
   * Numbered quotes of recent answers. A cached answer shares its quote list with every answer served from
   * it, and a commit (the only thing that can change a paragraph) makes a new list, so the identity of the
   * list is a sound key. One instance per web verticle: only its event loop touches these.
   */
  private final Numbered[] remembered = new Numbered[REMEMBERED];
  private int next;

  ParagraphNumbers(EventBus bus) {
    this.bus = bus;
  }

  /**
   * The answer's frame with paragraph numbers added: read once per answer of the cache (the articles are read
   * for the first asker, later askers of the same cached answer get the numbered quotes at once).
   */
  Future<JsonObject> frame(Answer answer) {
    Numbered known = find(answer);
    return known != null ? Future.succeededFuture(frameOf(answer, known.sentences))
        : number(answer).map(n -> frameOf(answer, n.sentences));
  }

  /**
   * {@link #frame}'s frame as the text to send, with {@code notes} ({@link UrlScopes#withNotes}): for an answer
   * whose quotes are numbered already, their encoding is kept and only the ask's id, time and notes are new.
   */
  Future<String> text(Answer answer, List<String> notes) {
    Numbered known = find(answer);
    return known != null ? Future.succeededFuture(known.text(answer, notes))
        : number(answer).map(n -> n.text(answer, notes));
  }

  /**
   * {@link #text} in UTF-8 when the answer's quotes are numbered already, else null (nothing is read): the
   * quotes' UTF-8 is kept, so only the ask's id, time and notes are encoded.
   */
  byte[] knownFrame(Answer answer, List<String> notes) {
    Numbered known = find(answer);
    return known == null ? null : known.utf8(answer, notes);
  }

  private Numbered find(Answer answer) {
    for (Numbered n : remembered) {
      if (n != null && n.quotes == answer.sentences()) {
        return n;
      }
    }
    return null;
  }

  private Future<Numbered> number(Answer answer) {
    return add(answer.toJson()).map(json -> {
      Numbered numbered = new Numbered(answer.sentences(), json.getJsonArray("sentences"));
      remembered[next] = numbered;
      next = (next + 1) % REMEMBERED;
      return numbered;
    });
  }

  private static JsonObject frameOf(Answer answer, JsonArray sentences) {
    return new JsonObject().put("type", "answer").put("id", answer.id()).put("sentences", sentences)
        .put("tookMs", Math.round(answer.tookMs() * 100) / 100.0);
  }

  /** One answer's quote list and its numbered quotes, encoded once when first sent (as JSON, and in UTF-8). */
  private static final class Numbered {
    final List<Answer.Quote> quotes;
    final JsonArray sentences;
    private String encoded;
    private byte[] utf8;

    Numbered(List<Answer.Quote> quotes, JsonArray sentences) {
      this.quotes = quotes;
      this.sentences = sentences;
    }

    String text(Answer answer, List<String> notes) {
      return AnswerFrame.of(answer.id(), encoded(), answer.tookMs(), notes);
    }

    byte[] utf8(Answer answer, List<String> notes) {
      if (utf8 == null) {
        utf8 = encoded().getBytes(StandardCharsets.UTF_8);
      }
      return AnswerFrame.utf8(answer.id(), utf8, answer.tookMs(), notes);
    }

    private String encoded() {
      if (encoded == null) {
        encoded = sentences.encode();
      }
      return encoded;
    }
  }

  /** The answer frame with paragraph numbers added; unchanged when an article cannot be read. */
  private Future<JsonObject> add(JsonObject answer) {
    if (!"answer".equals(answer.getString("type")) || answer.getJsonArray("sentences") == null) {
      return Future.succeededFuture(answer);
    }
    List<JsonObject> citations = answer.getJsonArray("sentences").stream().map(JsonObject.class::cast)
        .map(s -> s.getJsonObject("citation")).toList();
    Set<String> ids = new LinkedHashSet<>();
    citations.forEach(c -> ids.add(c.getString("articleId")));
    if (ids.size() > MAX_ARTICLES) {
      return Future.succeededFuture(answer);
    }
    List<String> order = new ArrayList<>(ids);
    List<Future<ArticlePage>> pages = order.stream().map(this::page).toList();
    return Future.join(pages).otherwiseEmpty().map(done -> {
      Map<String, ArticlePage> byId = new HashMap<>();
      for (int i = 0; i < order.size(); i++) {
        if (pages.get(i).succeeded()) {
          byId.put(order.get(i), pages.get(i).result());
        }
      }
      for (JsonObject citation : citations) {
        ArticlePage page = byId.get(citation.getString("articleId"));
        int paragraph = page == null ? 0 : page.paragraphOf(citation.getInteger("sentence", 0));
        if (paragraph > 0) {
          citation.put("paragraph", paragraph);
        }
      }
      return answer;
    });
  }

  private Future<ArticlePage> page(String id) {
    return bus.<JsonObject>request(Addresses.INDEX_ARTICLE, new ArticleRef(id).toJson())
        .map(reply -> new ArticlePage(ArticleView.fromJson(reply.body())));
  }
}
