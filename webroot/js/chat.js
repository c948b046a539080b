// The chat page: takes the conversation over from the page the server rendered (which works without
// JavaScript), asks over the socket, keeps the conversation for the tab, asks ?q= on load, and shows
// example questions drawn from the corpus (GET /api/examples) on an empty page and after "nothing found".
import { el, link, scrollTo } from './dom.js';
import { shareLink } from './citations.js';
import { Conversation } from './conversation.js';

const form = document.getElementById('ask-form');
const input = document.getElementById('question');
const container = document.getElementById('conversation');
const params = new URLSearchParams(location.search);
const asked = params.get('q');
const scope = params.getAll('article');

// the server's rendering of ?q= is replaced by the live conversation
container.replaceChildren();
const conversation = new Conversation({
  container,
  announcer: document.getElementById('announcer'),
  connection: document.getElementById('connection'),
  storageKey: 'verbatim.conversation',
  onNothing: (view) => examples().then((list) => list && view.body.appendChild(list)),
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const question = input.value.trim();
  if (!question) {
    input.focus();
    return;
  }
  input.value = '';
  hideExamples();
  conversation.ask(question, []);
});

document.addEventListener('click', (event) => {
  const example = event.target.closest('a.example');
  if (!example) return;
  event.preventDefault();
  hideExamples();
  conversation.ask(example.textContent, []);
  input.focus();
});

function hideExamples() {
  const section = document.getElementById('examples');
  if (section) section.hidden = true;
}

/** The example questions as a list, or null when the index answers none of them. */
function examples() {
  return fetch('/api/examples').then((r) => (r.ok ? r.json() : { questions: [] }), () => ({ questions: [] }))
    .then((body) => {
      const questions = Array.isArray(body.questions) ? body.questions : [];
      if (!questions.length) return null;
      const box = el('div', 'examples');
      box.appendChild(el('p', 'examples-title', 'Questions these articles answer:'));
      const list = el('ul', 'example-list');
      for (const q of questions) {
        const item = el('li');
        item.appendChild(link(shareLink(q, []), q, 'example'));
        list.appendChild(item);
      }
      box.appendChild(list);
      return box;
    });
}

conversation.start();
if (conversation.items.length) hideExamples();
const last = conversation.last();
if (asked && asked.trim() && !(last && last.question === asked.trim() && (last.scope || []).join(' ') === scope.join(' '))) {
  hideExamples();
  input.value = '';
  conversation.ask(asked.trim(), scope);
} else if (location.hash.startsWith('#x-')) {
  // back from an article: the answer the reader came from
  const target = document.getElementById(location.hash.slice(1));
  if (target) {
    scrollTo(target, 'start');
    target.querySelector('.question').focus({ preventScroll: true });
  }
}
