/** Repeated text: repeats inside one article ({@code DedupVerticle}), and near-duplicate sentences across articles grouped into clusters. */
package com.verbatim.dedup;
