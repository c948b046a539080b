/**
 * Splitting text into paragraphs and sentences, rule by rule (abbreviations, quotes, lists, ellipses), without
 * regular expressions.
 */
package com.verbatim.split;
