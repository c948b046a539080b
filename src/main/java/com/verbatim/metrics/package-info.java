/**
 * What {@code /metrics} shows: Vert.x's own meters and the JVM's (vertx-micrometer-metrics), and Verbatim's
 * (asks, errors, closes, rejections, queues, cache, ingest) in one Micrometer registry per process.
 */
package com.verbatim.metrics;
