package com.verbatim.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.bus.Addresses;
import com.verbatim.model.Answer;
import com.verbatim.model.Answer.Quote;
import com.verbatim.model.ArticleMeta;
import com.verbatim.model.ArticleView;
import com.verbatim.model.Citation;
import com.verbatim.model.UrlScope;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ParagraphNumbersTest {

  private static final ArticleMeta META = new ArticleMeta("a1", "Harbour reopens", null, "Coast Courier", null);
  private static final List<Quote> QUOTES = List.of(new Quote("Boats returned.", 1.0, List.of(), List.of(),
      new Citation(1, META, 3), List.of()));

  /** Numbers over an index that holds META's article (the quote is in its paragraph 2), counting its reads. */
  private static ParagraphNumbers numbers(Vertx vertx, AtomicInteger reads) {
    vertx.eventBus().<JsonObject>consumer(Addresses.INDEX_ARTICLE, message -> {
      reads.incrementAndGet();
      message.reply(new ArticleView(META, List.of("One.", "Two.", "Boats returned."), List.of(1, 1, 2)).toJson());
    });
    return new ParagraphNumbers(vertx.eventBus());
  }

  @Test
  @DisplayName("the quotes of one cached answer are numbered once; each asker still gets its own id")
  void cachedAnswerNumberedOnce(Vertx vertx, VertxTestContext ctx) {
    AtomicInteger reads = new AtomicInteger();
    ParagraphNumbers paragraphs = numbers(vertx, reads);

    paragraphs.frame(new Answer("first", QUOTES, 5.0))
        .compose(first -> paragraphs.frame(new Answer("second", QUOTES, 0.1)).map(second -> List.of(first, second)))
        .compose(frames -> paragraphs.frame(new Answer("fresh", List.copyOf(new java.util.ArrayList<>(QUOTES)), 4.0))
            .map(fresh -> List.of(frames.get(0), frames.get(1), fresh)))
        .onComplete(ctx.succeeding(frames -> ctx.verify(() -> {
          assertThat(frames).extracting(f -> f.getString("id")).containsExactly("first", "second", "fresh");
          assertThat(frames).allSatisfy(f -> assertThat(f.getJsonArray("sentences").getJsonObject(0)
              .getJsonObject("citation").getInteger("paragraph")).isEqualTo(2));
          assertThat(reads).hasValue(2); // the first and the fresh answer; the second reused the first's numbers
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("the text of a numbered answer is its frame encoded, with each asker's id and the notes, read once")
  void textIsTheEncodedFrame(Vertx vertx, VertxTestContext ctx) {
    AtomicInteger reads = new AtomicInteger();
    ParagraphNumbers paragraphs = numbers(vertx, reads);
    Answer first = new Answer("first \"one\"", QUOTES, 5.0);
    Answer second = new Answer(null, QUOTES, 0.123);
    List<String> notes = List.of(UrlScope.UNKNOWN);
    assertThat(paragraphs.knownFrame(first, List.of())).isNull();

    paragraphs.text(first, notes)
        .compose(text -> paragraphs.frame(first).map(frame -> List.of(text, UrlScopes.withNotes(frame, notes).encode())))
        .onComplete(ctx.succeeding(texts -> ctx.verify(() -> {
          assertThat(texts.get(0)).isEqualTo(texts.get(1)).contains("\"paragraph\":2");
          JsonObject built = paragraphs.frame(second).result();
          assertThat(paragraphs.knownFrame(second, List.of())).isEqualTo(built.encode().getBytes(UTF_8));
          assertThat(paragraphs.knownFrame(second, notes))
              .isEqualTo(UrlScopes.withNotes(built, notes).encode().getBytes(UTF_8));
          assertThat(reads).hasValue(1);
          ctx.completeNow();
        })));
  }
}
