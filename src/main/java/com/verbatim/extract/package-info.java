/** Extracting an article (title, body, outlet, date, canonical URL) from a news page's HTML. */
package com.verbatim.extract;
