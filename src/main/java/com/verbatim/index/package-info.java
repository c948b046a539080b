/** The Lucene index on disk and the answers drawn from it: storage, search, ranking and citations ({@code IndexVerticle}). */
package com.verbatim.index;
