/**
 * The HTTP side: the JSON API, the WebSocket {@code /ws}, the Handlebars pages and static files ({@code WebVerticle});
 * the pages' server-side layout of answers and articles ({@code AnswerPage}, {@code ArticlePage}), example
 * questions and readers' feedback.
 */
package com.verbatim.web;
