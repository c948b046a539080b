package com.verbatim.eval.trecqa;

import com.verbatim.eval.wikiqa.WikiQaData.Candidate;
import com.verbatim.eval.wikiqa.WikiQaData.Question;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a TrecQA split ({@code TRAIN.xml} or {@code DEV.xml}, the jacana pseudo-XML) into the question records
 * the WikiQA harness ranks and scores: one per {@code <QApairs>} block, its {@code qnum} the 1-based block order,
 * its id the block's id, no document title. Each {@code <question>}, {@code <positive>} and {@code <negative>}
 * block holds five tab-separated lines (tokens, POS, dependency labels, heads, NER; a positive two more, its
 * answer words and their token position); only the first, the PTB tokens, is read, and made text by
 * {@link PtbText}. Positives get label 1, negatives 0.
 *
 * <p>The file lists a question's positives before its negatives, and the product's ranking uses a sentence's
 * position; so {@link #load} shuffles each question's candidates ({@link #shuffle}) and numbers them in the
 * shuffled order, which becomes their position, their docno and the earlier-first tie order.
 */
public final class TrecQaData {

  /** The seed of {@link #shuffle}, unless an evaluation is told another: the year of Wang, Smith and Mitamura. */
  public static final long DEFAULT_SEED = 2007;

  private static final Pattern QUESTION_START = Pattern.compile("<QApairs id='([^']*)'>");
  private static final int MIN_LINES_PER_BLOCK = 5;

  private TrecQaData() {
  }

  /** The file of a split ({@code train} or {@code dev}) inside the TrecQA data folder. */
  public static Path xml(Path dataDir, String split) {
    return dataDir.resolve(split.toUpperCase(Locale.ROOT) + ".xml");
  }

  /** Every question of {@code split}, with its candidates shuffled with {@code seed}. */
  public static List<Question> load(Path dataDir, String split, long seed) {
    return shuffle(read(xml(dataDir, split)), seed);
  }

  /** Reads one TrecQA file; candidates stay in file order. */
  public static List<Question> read(Path xml) {
    try {
      return parse(Files.readAllLines(xml, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + xml, e);
    }
  }

  /** Parses the lines of a TrecQA file; candidates stay in file order, indexed from 0. */
  public static List<Question> parse(List<String> lines) {
    List<Question> questions = new ArrayList<>();
    String id = null;
    String text = null;
    List<Candidate> candidates = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n).strip();
      Matcher start = QUESTION_START.matcher(line);
      if (start.matches()) {
        if (id != null) {
          throw new IllegalArgumentException("line " + (n + 1) + ": question " + id + " is not closed");
        }
        id = start.group(1);
        text = null;
        candidates = new ArrayList<>();
      } else if (line.equals("</QApairs>")) {
        if (id == null || text == null) {
          throw new IllegalArgumentException("line " + (n + 1) + ": question block without a question");
        }
        questions.add(new Question(questions.size() + 1, id, text, "", candidates));
        id = null;
      } else if (!line.isEmpty()) {
        String tag = tag(line, n);
        if (id == null) {
          throw new IllegalArgumentException("line " + (n + 1) + ": <" + tag + "> outside a question");
        }
        int close = close(lines, n, tag);
        String sentence = PtbText.detokenize(Arrays.asList(lines.get(n + 1).split("\t")));
        switch (tag) {
          case "question" -> text = sentence;
          case "positive" -> candidates.add(new Candidate(candidates.size(), sentence, 1));
          default -> candidates.add(new Candidate(candidates.size(), sentence, 0));
        }
        n = close;
      }
    }
    if (id != null) {
      throw new IllegalArgumentException("question " + id + " is not closed at the end of the file");
    }
    return List.copyOf(questions);
  }

  private static String tag(String line, int n) {
    for (String tag : List.of("question", "positive", "negative")) {
      if (line.equals("<" + tag + ">")) {
        return tag;
      }
    }
    throw new IllegalArgumentException("line " + (n + 1) + ": unexpected " + line);
  }

  /** The index of the line closing the block opened at line {@code n}, at least five lines further. */
  private static int close(List<String> lines, int n, String tag) {
    String end = "</" + tag + ">";
    for (int close = n + 1; close < lines.size(); close++) {
      if (lines.get(close).strip().equals(end)) {
        if (close - n - 1 < MIN_LINES_PER_BLOCK) {
          throw new IllegalArgumentException("line " + (close + 1) + ": " + end + " after fewer than "
              + MIN_LINES_PER_BLOCK + " lines");
        }
        return close;
      }
      if (lines.get(close).startsWith("<")) {
        break;
      }
    }
    throw new IllegalArgumentException("line " + (n + 1) + ": <" + tag + "> is not closed");
  }

  /**
   * The questions with each one's candidates in a random order, renumbered 0.. in that order. One
   * {@link Random}{@code (seed)} shuffles the questions in turn ({@link Collections#shuffle(List, Random)}), so the
   * order depends on the seed and the file only.
   */
  public static List<Question> shuffle(List<Question> questions, long seed) {
    Random random = new Random(seed);
    List<Question> out = new ArrayList<>(questions.size());
    for (Question q : questions) {
      List<Candidate> order = new ArrayList<>(q.candidates());
      Collections.shuffle(order, random);
      List<Candidate> renumbered = new ArrayList<>(order.size());
      for (Candidate c : order) {
        renumbered.add(new Candidate(renumbered.size(), c.sentence(), c.label()));
      }
      out.add(new Question(q.qnum(), q.id(), q.text(), q.documentTitle(), renumbered));
    }
    return List.copyOf(out);
  }

  /** Whether a question is "clean": at least one positive and one negative candidate. */
  public static boolean isClean(Question q) {
    return q.candidates().stream().anyMatch(c -> c.label() == 1)
        && q.candidates().stream().anyMatch(c -> c.label() == 0);
  }
}
