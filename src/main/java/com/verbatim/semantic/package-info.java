/**
 * Semantic similarity from a sentence-embedding model (e5-small-v2, quantized, run with ONNX Runtime):
 * vectors for questions and stored sentences, and the cosine the ranking adds to the word-based score.
 * Plain classes, no Vert.x; {@code IndexVerticle} drives them on its worker threads.
 */
package com.verbatim.semantic;
