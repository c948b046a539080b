/** Fetching pages by URL: the Web Client with time and size caps, redirects by hand, and the target policy that refuses private addresses ({@code FetchVerticle}). */
package com.verbatim.fetch;
