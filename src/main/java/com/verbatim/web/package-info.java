/**
 * The HTTP side: the JSON API, the WebSocket {@code /ws} with its origin allow-list ({@code OriginPolicy}) and
 * page-URL scopes ({@code UrlScopes}), the Handlebars pages and static files, the embeddable widget's
 * {@code /widget.js} ({@code WebVerticle}); the pages' server-side layout of answers and articles
 * ({@code AnswerPage}, {@code ArticlePage}), example questions and readers' feedback.
 */
package com.verbatim.web;
