// Renders an answer frame (README, "WebSocket /ws") into DOM nodes, text through textContent only.
import { el, link, button, SERVER } from './dom.js';
import { markedText } from './marks.js';
import { numberSources, sourceLine, summary, formatDate, quoteWithCitation, WEAKER_THAN_BEST } from './citations.js';

/** The summary, the quotes, the sources: { node, quotes, articles, text (the summary) }. */
export function renderAnswer(frame) {
  const sentences = Array.isArray(frame.sentences) ? frame.sentences : [];
  const { numberOf, sources } = numberSources(sentences);
  const text = summary(sentences.length, sources.length);
  const node = document.createDocumentFragment();
  if (!sentences.length) {
    node.appendChild(el('p', 'nothing', text));
    return { node, quotes: 0, articles: 0, text };
  }
  node.appendChild(el('p', 'summary', text));
  const list = el('ol', 'quotes');
  const best = sentences[0].score || 0;
  sentences.forEach((s, i) => list.appendChild(quote(s, numberOf.get(s.citation.articleId), i === 0,
    i > 0 && (s.score || 0) < WEAKER_THAN_BEST * best)));
  node.appendChild(list);
  node.appendChild(el('h3', 'sources-title', 'Sources'));
  const sourceList = el('ol', 'sources');
  for (const source of sources) {
    const item = el('li');
    item.appendChild(link(source.link, source.title));
    if (source.source) item.appendChild(el('span', 'source-meta', ' · ' + source.source));
    if (source.publishedAt) item.appendChild(el('span', 'source-meta', ' · ' + formatDate(source.publishedAt)));
    sourceList.appendChild(item);
  }
  node.appendChild(sourceList);
  return { node, quotes: sentences.length, articles: sources.length, text };
}

function quote(s, n, isBest, isWeaker) {
  const c = s.citation;
  const item = el('li', 'quote' + (isBest ? ' quote-best' : '') + (isWeaker ? ' quote-weaker' : ''));
  if (isBest) item.appendChild(el('p', 'quote-label', 'Best match'));
  if (isWeaker) item.appendChild(el('p', 'quote-label', 'Weaker match'));
  const block = el('blockquote', 'quote-text');
  block.cite = c.link;
  block.appendChild(markedText(s.text, s.highlights, s.focus));
  item.appendChild(block);

  const line = el('p', 'source-line');
  const cite = link(c.link, '[' + n + ']', 'cite');
  cite.appendChild(el('span', 'visually-hidden', ' open the quote in its article'));
  line.appendChild(cite);
  line.appendChild(el('span', 'source-meta', sourceLine(c)));
  item.appendChild(line);

  item.appendChild(card(s));
  const actions = el('div', 'quote-actions');
  const copy = button('Copy quote', 'tool copy');
  copy.dataset.copy = quoteWithCitation(s, SERVER);
  actions.appendChild(copy);
  item.appendChild(actions);
  return item;
}

/** The source card, opened on demand: title, outlet, date, original URL, the other outlets that carry it. */
function card(s) {
  const c = s.citation;
  const details = el('details', 'card');
  details.appendChild(el('summary', null, 'About this source'));
  const body = el('div', 'card-body');
  const title = el('p', 'card-title');
  title.appendChild(link(c.link, c.title));
  body.appendChild(title);
  const meta = el('p', 'card-meta');
  if (c.source) meta.appendChild(el('span', null, c.source));
  if (c.publishedAt) {
    const time = el('time', null, formatDate(c.publishedAt));
    time.dateTime = c.publishedAt;
    meta.appendChild(time);
  }
  if (meta.childNodes.length) body.appendChild(meta);
  if (c.url && /^https?:\/\//i.test(c.url)) {
    const original = el('p');
    const a = link(c.url, 'Original article');
    a.rel = 'noopener noreferrer nofollow';
    original.appendChild(a);
    body.appendChild(original);
  }
  const also = Array.isArray(s.alsoIn) ? s.alsoIn : [];
  if (also.length) {
    const p = el('p', 'also-in', 'Also in: ');
    for (const other of also) {
      p.appendChild(link(other.link, other.source || other.title));
      p.appendChild(document.createTextNode(' '));
    }
    body.appendChild(p);
  }
  details.appendChild(body);
  return details;
}
