// A quote cut into runs of plain text, the question's words (highlights) and the span that answers
// (focus); where both cover a character, focus wins. The server's Marks.java makes the same cut.
import { el } from './dom.js';

const PLAIN = 0;
const MATCH = 1;
const FOCUS = 2;

/** [{text, kind}] with kind 'plain', 'match' or 'focus'; ranges outside the text are ignored. */
export function segments(text, highlights, focus) {
  const kind = new Array(text.length).fill(PLAIN);
  paint(kind, highlights, MATCH);
  paint(kind, focus, FOCUS);
  const out = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || kind[i] !== kind[start]) {
      out.push({ text: text.slice(start, i), kind: ['plain', 'match', 'focus'][kind[start]] });
      start = i;
    }
  }
  return out;
}

function paint(kind, ranges, value) {
  for (const range of Array.isArray(ranges) ? ranges : []) {
    if (!Array.isArray(range) || range.length !== 2) continue;
    const end = Math.min(kind.length, range[1]);
    for (let i = Math.max(0, range[0]); i < end; i++) kind[i] = Math.max(kind[i], value);
  }
}

/** A <p> holding the quote, with <mark class="match|focus"> runs, built from text nodes only. */
export function markedText(text, highlights, focus) {
  const p = el('p');
  for (const run of segments(text, highlights, focus)) {
    p.appendChild(run.kind === 'plain' ? document.createTextNode(run.text) : el('mark', run.kind, run.text));
  }
  return p;
}
