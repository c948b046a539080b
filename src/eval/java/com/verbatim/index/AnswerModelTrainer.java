package com.verbatim.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * Learns the article stage's {@link AnswerModel} from the feature files {@link CandidateDump} writes: a linear
 * scorer trained by plain gradient descent (Adam steps) with an L2 penalty chosen by 5-fold cross-validation over
 * questions, on the splits named by {@code train=} (dev splits only). Two losses: listwise softmax
 * ({@code -Dloss=softmax}: the log-probability that an answering candidate comes first) or pairwise logistic
 * (RankNet: every answering candidate should outscore every other); {@code -Ddrop=a,b} leaves features out. The
 * bar is then set on NewsQA dev (the highest that wrongly abstains on at most {@code maxWrong}) unless given
 * ({@code bar=}). Prints the cross-validation, the weights, the bar table (NewsQA dev beside WikiQA dev), and
 * every split's figures under the learned model and under the hand-set combination (offline: near-duplicates are
 * not collapsed), then writes the model file when asked ({@code write=PATH}). The product's model:
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.verbatim.index.AnswerModelTrainer -Dloss=softmax -Ddrop=lead,position,topArticle,articleRank -Dexec.args="features=target/features train=trec-train,news-dev,wiki-dev newsWeight=2 lambdas=0.003,0.01,0.03 bar=-1000 write=src/main/resources/index/answer-model.tsv"</pre>
 */
public final class AnswerModelTrainer {

  private static final int FEATURES = CandidateFeatures.NAMES.size();
  /** Whether a question needs a candidate that clears the evidence bars to be answered. */
  /** Whether to learn with the listwise softmax loss instead of pairs. */
  private static final boolean SOFTMAX = "softmax".equals(System.getProperty("loss"));
  /** Features left out of the model (weight 0), by name, comma-separated. */
  private static final java.util.Set<String> DROPPED = java.util.Set.of(System.getProperty("drop", "-").split(","));
  private static final boolean EVIDENCE = Boolean.parseBoolean(System.getProperty("evidence", "true"));

  /** One candidate row: judged by the stage or not, answering or not, its place, hand score and features. */
  record Row(boolean judged, boolean label, int n, double hand, double[] f) {
  }

  /** One question's rows. */
  record Question(String source, String qid, boolean answerable, List<Row> rows) {

    List<Row> judged() {
      return rows.stream().filter(Row::judged).toList();
    }

    boolean hasPositive() {
      return rows.stream().anyMatch(Row::label);
    }
  }

  private AnswerModelTrainer() {
  }

  public static void main(String[] args) throws IOException {
    Map<String, String> options = new HashMap<>(Map.of("features", "target/features", "newsWeight", "1",
        "iterations", "400", "train", "trec-train,news-dev"));
    for (String a : args) {
      String[] kv = a.split("=", 2);
      options.put(kv[0], kv[1]);
    }
    Path dir = Path.of(options.get("features"));
    Map<String, List<Question>> sets = new LinkedHashMap<>();
    for (String name : List.of("news-dev", "news-test", "trec-train", "trec-dev", "wiki-dev", "wiki-test")) {
      if (Files.exists(dir.resolve(name + ".tsv"))) {
        sets.put(name, read(dir.resolve(name + ".tsv"), name));
      }
    }
    List<Question> train = new ArrayList<>();
    for (String name : options.get("train").split(",")) {
      train.addAll(sets.get(name));
    }
    double newsWeight = Double.parseDouble(options.get("newsWeight"));
    int iterations = Integer.parseInt(options.get("iterations"));
    double[] lambdas = Arrays.stream(options.getOrDefault("lambdas", "0.0001,0.001,0.01,0.1").split(","))
        .mapToDouble(Double::parseDouble).toArray();
    double bestLambda = lambdas[0];
    double bestCv = -1;
    for (double lambda : lambdas) {
      double cv = crossValidate(train, lambda, newsWeight, iterations);
      System.out.printf(Locale.ROOT, "cv lambda %.4f: %.4f%n", lambda, cv);
      if (cv > bestCv) {
        bestCv = cv;
        bestLambda = lambda;
      }
    }
    double[] w = fit(train, bestLambda, newsWeight, iterations);
    for (int i = 0; i < FEATURES; i++) {
      System.out.printf(Locale.ROOT, "  %-15s %9.4f%n", CandidateFeatures.NAMES.get(i), w[i]);
    }
    double bar = chooseBar(w, sets.get("news-dev"), sets.getOrDefault("wiki-dev", List.of()),
        Double.parseDouble(options.getOrDefault("maxWrong", "0.07")));
    if (options.containsKey("bar")) {
      bar = Double.parseDouble(options.get("bar"));
    }
    System.out.printf(Locale.ROOT, "lambda %.4f, bar %.4f%n", bestLambda, bar);
    double[] weights = w;
    double chosen = bar;
    for (Map.Entry<String, List<Question>> e : sets.entrySet()) {
      System.out.println(e.getKey() + " hand    " + figures(e.getKey(), e.getValue(), Row::hand, -Double.MAX_VALUE));
      System.out.println(e.getKey() + " learned " + figures(e.getKey(), e.getValue(), r -> dot(weights, r.f()), chosen));
      System.out.println(e.getKey() + " no bar  " + figures(e.getKey(), e.getValue(), r -> dot(weights, r.f()),
          Double.NEGATIVE_INFINITY));
    }
    if (options.containsKey("write")) {
      String text = "# learned by AnswerModelTrainer (" + (SOFTMAX ? "listwise softmax" : "pairwise logistic")
          + ", L2 " + bestLambda + ") on " + options.get("train") + "\n" + new AnswerModel(w, bar).format();
      Files.writeString(Path.of(options.get("write")), text, StandardCharsets.UTF_8);
      System.out.println("wrote " + options.get("write"));
    }
  }

  static List<Question> read(Path file, String source) throws IOException {
    Map<String, Question> byQid = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] p = line.split("\t");
      if (p.length < 6 || p[2].equals("1") && p.length != 6 + FEATURES) {
        continue; // a line the dump is still writing
      }
      Question q = byQid.computeIfAbsent(p[0], id -> new Question(source, id, p[1].equals("1"), new ArrayList<>()));
      boolean judged = p[2].equals("1");
      if (!judged && p[4].equals("0")) {
        continue; // a question nothing passed for
      }
      double[] f = new double[FEATURES];
      for (int i = 0; judged && i < FEATURES; i++) {
        f[i] = Double.parseDouble(p[6 + i]);
      }
      q.rows().add(new Row(judged, p[3].equals("1"), Integer.parseInt(p[4]), Double.parseDouble(p[5]), f));
    }
    return new ArrayList<>(byQid.values());
  }

  static double dot(double[] w, double[] f) {
    double s = 0;
    for (int i = 0; i < w.length; i++) {
      s += w[i] * f[i];
    }
    return s;
  }

  /** Mean held-out score of 5 folds over questions: MRR of the judged candidates per question with an answer. */
  private static double crossValidate(List<Question> all, double lambda, double newsWeight, int iterations) {
    List<Question> shuffled = new ArrayList<>(all);
    java.util.Collections.shuffle(shuffled, new Random(42));
    double sum = 0;
    int count = 0;
    for (int fold = 0; fold < 5; fold++) {
      List<Question> train = new ArrayList<>();
      List<Question> held = new ArrayList<>();
      for (int i = 0; i < shuffled.size(); i++) {
        (i % 5 == fold ? held : train).add(shuffled.get(i));
      }
      double[] w = fit(train, lambda, newsWeight, iterations);
      for (Question q : held) {
        if (q.judged().stream().anyMatch(Row::label)) {
          sum += reciprocalRank(q, r -> dot(w, r.f()));
          count++;
        }
      }
    }
    return sum / count;
  }

  private static double reciprocalRank(Question q, ToDoubleFunction<Row> score) {
    List<Row> order = q.judged().stream().sorted(order(score)).toList();
    for (int i = 0; i < order.size(); i++) {
      if (order.get(i).label()) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  private static Comparator<Row> order(ToDoubleFunction<Row> score) {
    return Comparator.comparingDouble((Row r) -> -score.applyAsDouble(r)).thenComparingInt(Row::n);
  }

  /** Pairwise logistic regression with an L2 penalty, by full-batch gradient descent with Adam steps. */
  static double[] fit(List<Question> questions, double lambda, double newsWeight, int iterations) {
    return SOFTMAX ? fitSoftmax(questions, lambda, newsWeight, iterations)
        : fitPairs(questions, lambda, newsWeight, iterations);
  }

  /**
   * Listwise: for each question, the log of the softmax probability that an answering candidate comes first
   * (a loss aimed at the first place, where pairs weigh every place alike).
   */
  static double[] fitSoftmax(List<Question> questions, double lambda, double newsWeight, int iterations) {
    List<Question> used = questions.stream()
        .filter(q -> q.judged().stream().anyMatch(Row::label) && q.judged().stream().anyMatch(r -> !r.label())).toList();
    double total = used.stream().mapToDouble(q -> q.source().startsWith("news") ? newsWeight : 1).sum();
    double[] w = new double[FEATURES];
    Adam adam = new Adam();
    for (int t = 1; t <= iterations; t++) {
      double[] g = new double[FEATURES];
      for (Question q : used) {
        double weight = (q.source().startsWith("news") ? newsWeight : 1) / total;
        List<Row> rows = q.judged();
        double[] s = rows.stream().mapToDouble(r -> dot(w, r.f())).toArray();
        double max = Arrays.stream(s).max().orElse(0);
        double all = 0;
        double pos = 0;
        for (int k = 0; k < s.length; k++) {
          all += Math.exp(s[k] - max);
          pos += rows.get(k).label() ? Math.exp(s[k] - max) : 0;
        }
        for (int k = 0; k < s.length; k++) {
          double e = Math.exp(s[k] - max);
          double coef = e / all - (rows.get(k).label() ? e / pos : 0);
          for (int i = 0; i < FEATURES; i++) {
            g[i] += weight * coef * rows.get(k).f()[i];
          }
        }
      }
      adam.step(w, g, lambda, t);
    }
    return w;
  }

  /** Adam steps with an L2 penalty. */
  private static final class Adam {
    private final double[] m = new double[FEATURES];
    private final double[] v = new double[FEATURES];

    void step(double[] w, double[] g, double lambda, int t) {
      for (int i = 0; i < FEATURES; i++) {
        if (DROPPED.contains(CandidateFeatures.NAMES.get(i))) {
          continue;
        }
        double gi = g[i] + 2 * lambda * w[i];
        m[i] = 0.9 * m[i] + 0.1 * gi;
        v[i] = 0.999 * v[i] + 0.001 * gi * gi;
        double mh = m[i] / (1 - Math.pow(0.9, t));
        double vh = v[i] / (1 - Math.pow(0.999, t));
        w[i] -= 0.05 * mh / (Math.sqrt(vh) + 1e-8);
      }
    }
  }

  static double[] fitPairs(List<Question> questions, double lambda, double newsWeight, int iterations) {
    List<double[]> diffs = new ArrayList<>();
    List<Double> pairWeights = new ArrayList<>();
    for (Question q : questions) {
      List<Row> judged = q.judged();
      List<Row> pos = judged.stream().filter(Row::label).toList();
      List<Row> neg = judged.stream().filter(r -> !r.label()).toList();
      if (pos.isEmpty() || neg.isEmpty()) {
        continue;
      }
      double weight = (q.source().startsWith("news") ? newsWeight : 1) / (pos.size() * neg.size());
      for (Row p : pos) {
        for (Row n : neg) {
          double[] d = new double[FEATURES];
          for (int i = 0; i < FEATURES; i++) {
            d[i] = p.f()[i] - n.f()[i];
          }
          diffs.add(d);
          pairWeights.add(weight);
        }
      }
    }
    double total = pairWeights.stream().mapToDouble(Double::doubleValue).sum();
    double[] w = new double[FEATURES];
    double[] m = new double[FEATURES];
    double[] v = new double[FEATURES];
    double rate = 0.05;
    for (int t = 1; t <= iterations; t++) {
      double[] g = new double[FEATURES];
      for (int k = 0; k < diffs.size(); k++) {
        double[] d = diffs.get(k);
        double s = dot(w, d);
        double coef = -pairWeights.get(k) / total / (1 + Math.exp(s));
        for (int i = 0; i < FEATURES; i++) {
          g[i] += coef * d[i];
        }
      }
      for (int i = 0; i < FEATURES; i++) {
        g[i] += 2 * lambda * w[i];
        m[i] = 0.9 * m[i] + 0.1 * g[i];
        v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
        double mh = m[i] / (1 - Math.pow(0.9, t));
        double vh = v[i] / (1 - Math.pow(0.999, t));
        w[i] -= rate * mh / (Math.sqrt(vh) + 1e-8);
      }
    }
    return w;
  }

  /**
   * The bar: on NewsQA dev, the highest that wrongly abstains on at most {@code maxWrong} of the answerable
   * questions; the table beside it shows what each bar does on both dev sets.
   */
  private static double chooseBar(double[] w, List<Question> news, List<Question> wiki, double maxWrong) {
    List<Double> tops = new ArrayList<>();
    for (Question q : news) {
      q.judged().stream().mapToDouble(r -> dot(w, r.f())).max().ifPresent(tops::add);
    }
    tops.sort(null);
    double best = Double.NEGATIVE_INFINITY;
    for (double candidate : tops) {
      double bar = candidate - 1e-9;
      String newsRow = figures("news-dev", news, r -> dot(w, r.f()), bar);
      double wrong = wronglyAbstained(news, r -> dot(w, r.f()), bar);
      System.out.printf(Locale.ROOT, "bar %.3f: news %s | wiki %s%n", bar, newsRow,
          figures("wiki-dev", wiki, r -> dot(w, r.f()), bar));
      if (wrong <= maxWrong) {
        best = bar;
      }
    }
    return best;
  }

  private static double wronglyAbstained(List<Question> qs, ToDoubleFunction<Row> score, double bar) {
    long answerable = qs.stream().filter(Question::answerable).count();
    int barred = CandidateFeatures.NAMES.indexOf("barred");
    long wrong = qs.stream().filter(Question::answerable)
        .filter(q -> q.judged().stream().noneMatch(r -> score.applyAsDouble(r) >= bar)
            || EVIDENCE && q.judged().stream().allMatch(r -> r.f()[barred] > 0)).count();
    return (double) wrong / answerable;
  }

  /** The split's figures: news hit@1, hit@3 and abstentions; for candidate bags MAP as the API returns them too. */
  static String figures(String source, List<Question> qs, ToDoubleFunction<Row> score, double bar) {
    int answerable = 0;
    int hit1 = 0;
    int hit3 = 0;
    int wrong = 0;
    int unanswerable = 0;
    int right = 0;
    double ap = 0;
    int apCount = 0;
    int barred = CandidateFeatures.NAMES.indexOf("barred");
    for (Question q : qs) {
      List<Row> shown = q.judged().stream().filter(r -> score.applyAsDouble(r) >= bar).sorted(order(score)).toList();
      if (EVIDENCE && q.judged().stream().allMatch(r -> r.f()[barred] > 0)) {
        shown = List.of(); // nothing clears the evidence bars: no answer
      }
      if (!q.answerable()) {
        unanswerable++;
        right += shown.isEmpty() ? 1 : 0;
        continue;
      }
      answerable++;
      wrong += shown.isEmpty() ? 1 : 0;
      for (int i = 0; i < Math.min(3, shown.size()); i++) {
        if (shown.get(i).label()) {
          hit1 += i == 0 ? 1 : 0;
          hit3++;
          break;
        }
      }
      boolean clean = !source.startsWith("trec") || q.rows().stream().anyMatch(r -> !r.label());
      if (!source.startsWith("news") && clean) {
        List<Row> ranking = new ArrayList<>(shown.subList(0, Math.min(shown.size(), 100)));
        q.rows().stream().filter(r -> !ranking.contains(r)).sorted(Comparator.comparingInt(Row::n)).forEach(ranking::add);
        int found = 0;
        double sum = 0;
        for (int i = 0; i < ranking.size(); i++) {
          if (ranking.get(i).label()) {
            found++;
            sum += (double) found / (i + 1);
          }
        }
        long positives = q.rows().stream().filter(Row::label).count();
        ap += sum / positives;
        apCount++;
      }
    }
    String out = String.format(Locale.ROOT, "hit@1 %.3f hit@3 %.3f wrongAbst %.3f unansAbst %.3f",
        (double) hit1 / answerable, (double) hit3 / answerable, (double) wrong / answerable,
        unanswerable == 0 ? 0 : (double) right / unanswerable);
    return apCount == 0 ? out : out + String.format(Locale.ROOT, " MAP %.4f (%d)", ap / apCount, apCount);
  }
}
