package com.verbatim.semantic;

import com.verbatim.eval.bench.Questions;
import com.verbatim.ingest.SampleCorpus;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of this thread per distinct question embedded by the model, alone and in batches of several
 * questions ({@link Embedder#queries(List)}), over the never-repeated benchmark questions about the sample
 * articles; and how far a batched vector is from the same question's lone vector (cosine). CPU time, not wall
 * time, so a busy machine disturbs it little.
 *
 * <p>Arguments ({@code key=value}): {@code questions=480} per batch size, {@code warm=160}, {@code batches=1,2,4,8,16}.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.verbatim.semantic.QuestionEmbedCost</pre>
 */
public final class QuestionEmbedCost {

  private QuestionEmbedCost() {
  }

  public static void main(String[] argv) throws Exception {
    Map<String, String> args = new LinkedHashMap<>();
    for (String arg : argv) {
      String[] kv = arg.split("=", 2);
      args.put(kv[0], kv.length > 1 ? kv[1] : "");
    }
    int count = Integer.parseInt(args.getOrDefault("questions", "480"));
    int warm = Integer.parseInt(args.getOrDefault("warm", "160"));
    Questions sample = Questions.fromTexts(SampleCorpus.articles().stream()
        .flatMap(a -> Stream.of(a.title(), a.text())).toList(), 2000);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    try (Embedder embedder = Embedder.load()) {
      for (int i = 0; i < warm; i++) {
        embedder.query(sample.question(1_000_000 + i));
      }
      long next = 0;
      for (String size : args.getOrDefault("batches", "1,2,4,8,16").split(",")) {
        int batch = Integer.parseInt(size);
        List<String> questions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
          questions.add(QuestionVectors.key(sample.question(next++)));
        }
        List<float[]> vectors = new ArrayList<>(count);
        long start = threads.getCurrentThreadCpuTime();
        for (int from = 0; from < count; from += batch) {
          List<String> part = questions.subList(from, Math.min(count, from + batch));
          vectors.addAll(batch == 1 ? List.of(embedder.query(part.get(0))) : embedder.queries(part));
        }
        double ms = (threads.getCurrentThreadCpuTime() - start) / 1e6 / count;
        double min = 1;
        double sum = 0;
        for (int i = 0; i < count; i++) {
          double cosine = Vectors.dot(vectors.get(i), embedder.query(questions.get(i)));
          min = Math.min(min, cosine);
          sum += cosine;
        }
        System.out.printf(Locale.ROOT, "batch %2d: %.2f ms CPU per question; cosine to the lone vector mean %.5f,"
            + " min %.5f (%d questions)%n", batch, ms, sum / count, min, count);
      }
    }
  }
}
