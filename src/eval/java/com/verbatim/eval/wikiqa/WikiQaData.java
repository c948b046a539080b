package com.verbatim.eval.wikiqa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a WikiQA split ({@code WikiQA-dev.tsv} or {@code WikiQA-test.tsv}) into questions in file order.
 *
 * <p>The files are split on tabs only: quote characters are ordinary text. A question's {@code qnum} is its
 * 1-based order of first appearance, which is the query id used by the {@code .ref} and {@code .rank} files.
 */
public final class WikiQaData {

  private static final int FIELDS = 7;

  /** One candidate sentence: {@code index} is its 0-based position in the question's block (the TREC docno). */
  public record Candidate(int index, String sentence, int label) {
    public Candidate {
      Objects.requireNonNull(sentence, "sentence");
    }

    /** The docno that qrels and run files use for this candidate. */
    public String docno() {
      return Integer.toString(index);
    }
  }

  /** One question with all sentences of its Wikipedia summary as candidates, in document order. */
  public record Question(int qnum, String id, String text, String documentTitle, List<Candidate> candidates) {
    public Question {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(documentTitle, "documentTitle");
      candidates = List.copyOf(candidates);
    }

    /** The query id that qrels and run files use for this question. */
    public String qid() {
      return Integer.toString(qnum);
    }

    /** The candidate sentences in candidate-index order. */
    public List<String> sentences() {
      return candidates.stream().map(Candidate::sentence).toList();
    }
  }

  private WikiQaData() {
  }

  /** The {@code .tsv} file of a split ({@code dev} or {@code test}) inside the WikiQA data folder. */
  public static Path tsv(Path dataDir, String split) {
    return dataDir.resolve("WikiQA-" + split + ".tsv");
  }

  /** Loads the {@code .tsv} of {@code split} from {@code dataDir}. */
  public static List<Question> load(Path dataDir, String split) {
    return read(tsv(dataDir, split));
  }

  /** Loads one WikiQA {@code .tsv} file; the first line is the header. */
  public static List<Question> read(Path tsv) {
    try {
      return parse(Files.readAllLines(tsv, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + tsv, e);
    }
  }

  /** Parses the lines of a WikiQA {@code .tsv} file, header included. */
  public static List<Question> parse(List<String> lines) {
    List<Question> questions = new ArrayList<>();
    Block block = null;
    for (int n = 1; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != FIELDS) {
        throw new IllegalArgumentException("line " + (n + 1) + ": expected " + FIELDS + " fields, got " + f.length);
      }
      if (block == null || !block.id.equals(f[0])) {
        if (block != null) {
          questions.add(block.toQuestion());
        }
        block = new Block(questions.size() + 1, f[0], f[1], f[3]);
      }
      int index = block.candidates.size();
      String expectedSentenceId = f[2] + "-" + index;
      if (!expectedSentenceId.equals(f[4])) {
        throw new IllegalArgumentException("line " + (n + 1) + ": expected sentence id " + expectedSentenceId
            + ", got " + f[4]);
      }
      block.candidates.add(new Candidate(index, f[5], Integer.parseInt(f[6].trim())));
    }
    if (block != null) {
      questions.add(block.toQuestion());
    }
    return List.copyOf(questions);
  }

  private static final class Block {
    final int qnum;
    final String id;
    final String text;
    final String title;
    final List<Candidate> candidates = new ArrayList<>();

    Block(int qnum, String id, String text, String title) {
      this.qnum = qnum;
      this.id = id;
      this.text = text;
      this.title = title;
    }

    Question toQuestion() {
      return new Question(qnum, id, text, title, candidates);
    }
  }
}
