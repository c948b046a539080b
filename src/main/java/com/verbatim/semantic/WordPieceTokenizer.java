package com.verbatim.semantic;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The uncased BERT tokenizer that e5-small-v2 was trained with, read from the model's
 * {@code tokenizer.json} ({@code BertNormalizer} with lowercasing and accent stripping,
 * {@code BertPreTokenizer}, {@code WordPiece}, then {@code [CLS] ... [SEP]}). Written here rather than
 * taken from a native tokenizer library so the model needs nothing but ONNX Runtime; it matches the
 * Hugging Face implementation token for token on the evaluation corpora (README, "Semantic").
 * Immutable and safe to share between threads.
 */
final class WordPieceTokenizer {

  /** The longest input the model accepts, in tokens, {@code [CLS]} and {@code [SEP]} included. */
  static final int MAX_TOKENS = 512;
  private static final int MAX_WORD_CHARS = 100;

  private final Map<String, Integer> vocab;
  private final int cls;
  private final int sep;
  private final int unk;

  WordPieceTokenizer(Map<String, Integer> vocab) {
    this.vocab = Map.copyOf(vocab);
    this.cls = id("[CLS]");
    this.sep = id("[SEP]");
    this.unk = id("[UNK]");
  }

  /** Reads {@code model.vocab} of a Hugging Face {@code tokenizer.json}. */
  static WordPieceTokenizer fromTokenizerJson(InputStream json) throws IOException {
    Map<String, Integer> vocab = new HashMap<>();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      expect(p.nextToken(), JsonToken.START_OBJECT);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if (!field.equals("model")) {
          p.skipChildren();
          continue;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String modelField = p.currentName();
          p.nextToken();
          if (!modelField.equals("vocab")) {
            p.skipChildren();
            continue;
          }
          expect(p.currentToken(), JsonToken.START_OBJECT);
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String piece = p.currentName();
            p.nextToken();
            vocab.put(piece, p.getIntValue());
          }
        }
      }
    }
    if (vocab.isEmpty()) {
      throw new IOException("tokenizer.json has no model.vocab");
    }
    return new WordPieceTokenizer(vocab);
  }

  private static void expect(JsonToken actual, JsonToken expected) throws IOException {
    if (actual != expected) {
      throw new IOException("tokenizer.json: expected " + expected + ", found " + actual);
    }
  }

  private int id(String piece) {
    Integer id = vocab.get(piece);
    if (id == null) {
      throw new IllegalArgumentException("vocabulary lacks " + piece);
    }
    return id;
  }

  /** The model's input ids for {@code text}: {@code [CLS]}, the word pieces, {@code [SEP]}; at most {@link #MAX_TOKENS}. */
  int[] encode(String text) {
    List<Integer> ids = new ArrayList<>();
    ids.add(cls);
    for (String word : words(normalize(text))) {
      if (ids.size() >= MAX_TOKENS - 1) {
        break;
      }
      pieces(word, ids);
    }
    int n = Math.min(ids.size(), MAX_TOKENS - 1);
    int[] out = new int[n + 1];
    for (int i = 0; i < n; i++) {
      out[i] = ids.get(i);
    }
    out[n] = sep;
    return out;
  }

  /** {@code BertNormalizer}: drop control characters, unify white space, space out CJK, strip accents, lowercase. */
  static String normalize(String text) {
    StringBuilder clean = new StringBuilder(text.length() + 8);
    text.codePoints().forEach(cp -> {
      if (cp == 0 || cp == 0xFFFD || isControl(cp)) {
        return;
      }
      if (isWhitespace(cp)) {
        clean.append(' ');
      } else if (isCjk(cp)) {
        clean.append(' ').appendCodePoint(cp).append(' ');
      } else {
        clean.appendCodePoint(cp);
      }
    });
    String decomposed = Normalizer.normalize(clean, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    decomposed.codePoints()
        .filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK)
        .forEach(cp -> out.appendCodePoint(Character.toLowerCase(cp)));
    return out.toString();
  }

  /** {@code BertPreTokenizer}: split on white space, and every punctuation character is a word of its own. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    text.codePoints().forEach(cp -> {
      if (isWhitespace(cp) || isPunctuation(cp)) {
        if (!word.isEmpty()) {
          words.add(word.toString());
          word.setLength(0);
        }
        if (!isWhitespace(cp)) {
          words.add(new String(Character.toChars(cp)));
        }
      } else {
        word.appendCodePoint(cp);
      }
    });
    if (!word.isEmpty()) {
      words.add(word.toString());
    }
    return words;
  }

  /** Greedy longest-match-first word pieces; a word with a part outside the vocabulary is one {@code [UNK]}. */
  private void pieces(String word, List<Integer> out) {
    if (word.codePointCount(0, word.length()) > MAX_WORD_CHARS) {
      out.add(unk);
      return;
    }
    List<Integer> found = new ArrayList<>();
    int start = 0;
    while (start < word.length()) {
      int end = word.length();
      Integer id = null;
      while (start < end) {
        String piece = (start > 0 ? "##" : "") + word.substring(start, end);
        id = vocab.get(piece);
        if (id != null) {
          break;
        }
        end = word.offsetByCodePoints(end, -1);
      }
      if (id == null) {
        out.add(unk);
        return;
      }
      found.add(id);
      start = end;
    }
    out.addAll(found);
  }

  /** Unicode White_Space, as Rust's {@code char::is_whitespace} that the reference tokenizer uses. */
  private static boolean isWhitespace(int cp) {
    return (cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85 || cp == 0xA0 || cp == 0x1680
        || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F
        || cp == 0x3000;
  }

  /** Categories C* except tab, newline and carriage return, which count as white space. */
  private static boolean isControl(int cp) {
    if (cp == '\t' || cp == '\n' || cp == '\r') {
      return false;
    }
    int type = Character.getType(cp);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE || type == Character.SURROGATE;
  }

  /** ASCII punctuation and symbols, and Unicode categories P*. */
  private static boolean isPunctuation(int cp) {
    if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
        || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
        || type == Character.OTHER_PUNCTUATION;
  }

  /** The CJK ideograph blocks that BERT splits into single characters. */
  private static boolean isCjk(int cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF)
        || (cp >= 0x2A700 && cp <= 0x2B73F) || (cp >= 0x2B740 && cp <= 0x2B81F) || (cp >= 0x2B820 && cp <= 0x2CEAF)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
  }
}
