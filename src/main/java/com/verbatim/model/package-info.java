/** Records that travel on the event bus and over the API (articles, asks, answers, citations, results), each with {@code toJson}/{@code fromJson}. */
package com.verbatim.model;
