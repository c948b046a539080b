/** The HTTP side: the JSON API, the WebSocket {@code /ws}, the Handlebars pages and static files ({@code WebVerticle}). */
package com.verbatim.web;
