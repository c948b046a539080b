/** Ingestion: validating articles, giving them stable ids, bulk bodies, the import folder and the sample corpus ({@code IngestVerticle}). */
package com.verbatim.ingest;
