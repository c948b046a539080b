// Citations numbered per source article in order of first appearance (two quotes from one share [1]), source
// lines, dates, summary and share link; as the server's AnswerPage.java does for pages without JavaScript.

/** A quote scoring under this share of the best one is shown as secondary. */
export const WEAKER_THAN_BEST = 0.6;

/** { numberOf: Map(articleId -> n), sources: [{n, articleId, title, source, publishedAt, url, link}] } */
export function numberSources(sentences) {
  const numberOf = new Map();
  const sources = [];
  for (const s of sentences) {
    const c = s.citation;
    if (!numberOf.has(c.articleId)) {
      numberOf.set(c.articleId, sources.length + 1);
      sources.push({ n: sources.length + 1, articleId: c.articleId, title: c.title, source: c.source,
        publishedAt: c.publishedAt, url: c.url, link: '/articles/' + encodeURIComponent(c.articleId) });
    }
  }
  return { numberOf, sources };
}

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "26 November 2026" for an ISO date; anything unparseable is shown as it is. */
export function formatDate(iso) {
  if (!iso) return '';
  const time = Date.parse(iso);
  return Number.isNaN(time) ? String(iso) : DAY.format(new Date(time));
}

/** "Outlet · 26 November 2026 · ¶ 3", each part only when known. */
export function sourceLine(citation) {
  const parts = [];
  if (citation.source) parts.push(citation.source);
  if (citation.publishedAt) parts.push(formatDate(citation.publishedAt));
  if (citation.paragraph) parts.push('¶ ' + citation.paragraph);
  return parts.join(' · ');
}

/** "3 quotes from 2 articles": what the status line announces, rather than the whole answer. */
export function summary(quotes, articles) {
  if (quotes === 0) return 'No sentence in the articles answers that.';
  return quotes + (quotes === 1 ? ' quote' : ' quotes') + ' from ' + articles + (articles === 1 ? ' article' : ' articles');
}

/** The link that asks the question again: /?q=..., with &article= for a question about given articles. */
export function shareLink(question, scope) {
  const params = new URLSearchParams();
  params.set('q', question);
  for (const id of scope || []) params.append('article', id);
  return '/?' + params.toString();
}

/** The quote with its citation, as copied to the clipboard. */
export function quoteWithCitation(sentence, origin) {
  const c = sentence.citation;
  const where = [c.title, c.source, c.publishedAt ? formatDate(c.publishedAt) : null].filter(Boolean).join(', ');
  return '\u201C' + sentence.text + '\u201D \u2014 ' + where + '. ' + origin + c.link;
}
