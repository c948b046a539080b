// Small DOM helpers. Text only ever goes in through textContent: article text is untrusted HTML.

/** The Verbatim server: where these modules come from (not the page's origin in the embedded widget). */
export const SERVER = new URL(import.meta.url).origin;

/** A server path as the page can use it: absolute in the widget. */
export function serverUrl(path) {
  return SERVER === location.origin ? path : SERVER + path;
}

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

/** A link with text (never HTML) to a same-site path or an http(s) URL; anything else becomes plain text. */
export function link(href, text, className) {
  if (typeof href !== 'string' || !(href.startsWith('/') || /^https?:\/\//i.test(href))) {
    return el('span', className, text);
  }
  const a = el('a', className, text);
  a.href = href.startsWith('/') ? serverUrl(href) : href;
  if (SERVER !== location.origin) {
    // the widget opens articles beside the reader's page
    a.target = '_blank';
    a.rel = 'noopener';
  }
  return a;
}

export function button(text, className) {
  const b = el('button', className, text);
  b.type = 'button';
  return b;
}

/** Scrolls smoothly unless the reader asked for less motion. */
export function scrollTo(node, block) {
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  node.scrollIntoView({ block: block || 'start', behavior: still ? 'auto' : 'smooth' });
}
