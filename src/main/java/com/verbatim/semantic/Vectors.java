package com.verbatim.semantic;

/**
 * Arithmetic on embedding vectors, and the compact form a sentence's vector is stored in: one signed
 * byte per dimension, scaled so the largest component is ±127. Only the direction matters for a
 * cosine, so the scale is not kept; decoding gives a unit vector again.
 */
public final class Vectors {

  private Vectors() {
  }

  /** {@code v} scaled in place to length 1 (a zero vector stays zero). */
  public static float[] normalize(float[] v) {
    double norm = Math.sqrt(dot(v, v));
    if (norm > 0) {
      for (int i = 0; i < v.length; i++) {
        v[i] = (float) (v[i] / norm);
      }
    }
    return v;
  }

  public static double dot(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("vectors of length " + a.length + " and " + b.length);
    }
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  /** Cosine of two unit vectors. */
  public static double cosine(float[] a, float[] b) {
    return dot(a, b);
  }

  /** The stored form: each component rounded to a byte, the largest one to ±127. */
  public static byte[] encode(float[] v) {
    float max = 0;
    for (float x : v) {
      max = Math.max(max, Math.abs(x));
    }
    byte[] out = new byte[v.length];
    if (max > 0) {
      for (int i = 0; i < v.length; i++) {
        out[i] = (byte) Math.round(v[i] * 127 / max);
      }
    }
    return out;
  }

  /** A unit vector from its stored form. */
  public static float[] decode(byte[] stored) {
    float[] v = new float[stored.length];
    for (int i = 0; i < stored.length; i++) {
      v[i] = stored[i];
    }
    return normalize(v);
  }
}
