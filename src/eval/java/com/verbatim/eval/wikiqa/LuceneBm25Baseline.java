package com.verbatim.eval.wikiqa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * The lexical baseline of the WikiQA reference run: BM25 over an in-memory index of one question's
 * candidates only.
 *
 * <p>{@link StandardAnalyzer} for both sides, {@code BM25Similarity(1.2, 0.75)}, and a query of SHOULD term
 * clauses built from the analysed question. Candidates that match no term score 0. Scores are rounded to 6
 * decimals, as printed in the reference run, so that ties fall exactly as they do there.
 */
public final class LuceneBm25Baseline implements CandidateRanker {

  static final String TEXT_FIELD = "text";
  private static final int DECIMALS = 6;

  @Override
  public double[] scores(String question, List<String> candidates) {
    double[] scores = new double[candidates.size()];
    try (Analyzer analyzer = new StandardAnalyzer(); Directory dir = new ByteBuffersDirectory()) {
      IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(similarity());
      try (IndexWriter writer = new IndexWriter(dir, config)) {
        for (String candidate : candidates) {
          Document doc = new Document();
          doc.add(new TextField(TEXT_FIELD, candidate, Field.Store.NO));
          writer.addDocument(doc);
        }
      }
      BooleanQuery query = query(analyzer, question);
      if (query.clauses().isEmpty() || candidates.isEmpty()) {
        return scores;
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(similarity());
        for (ScoreDoc hit : searcher.search(query, candidates.size()).scoreDocs) {
          // One segment, added in order: the doc id is the candidate index.
          scores[hit.doc] = round(hit.score);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory index failed", e);
    }
    return scores;
  }

  /** One SHOULD clause per analysed question token, repeated tokens included. */
  static BooleanQuery query(Analyzer analyzer, String question) throws IOException {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    for (String term : analyze(analyzer, question)) {
      builder.add(new TermQuery(new Term(TEXT_FIELD, term)), BooleanClause.Occur.SHOULD);
    }
    return builder.build();
  }

  static List<String> analyze(Analyzer analyzer, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(TEXT_FIELD, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }

  /**
   * Rounds a Lucene float score to the 6 decimals the reference run prints. Rounding the float's exact binary
   * value agrees with every score of the dev and test reference runs; rounding its shortest decimal form
   * ({@code Float.toString}) does not (118 test scores differ in the last digit).
   */
  static double round(float score) {
    return new BigDecimal(score).setScale(DECIMALS, RoundingMode.HALF_EVEN).doubleValue();
  }

  private static BM25Similarity similarity() {
    return new BM25Similarity(1.2f, 0.75f);
  }
}
