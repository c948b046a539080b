/** Polling RSS 2.0 and Atom feeds with conditional GET and back-off, fetching their new items ({@code FeedVerticle}). */
package com.verbatim.feeds;
