// The article page: the cited sentence marked and scrolled into view below the sticky header, a link
// back to the answer the reader came from, and a question box scoped to this article.
import { scrollTo } from './dom.js';
import { Conversation } from './conversation.js';

const header = document.getElementById('site-header');
const back = document.getElementById('back-link');

/** Room for the sticky header when the browser scrolls to a sentence. */
function clearHeader() {
  document.documentElement.style.scrollPaddingTop = (header.offsetHeight + 16) + 'px';
}

/** Marks the sentence the address points to; keeps the title in view when the sentence fits with it. */
function showTarget() {
  document.querySelectorAll('.sentence.is-target').forEach((s) => s.classList.remove('is-target'));
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!target || !target.classList.contains('sentence')) return;
  target.classList.add('is-target');
  const bottom = target.getBoundingClientRect().bottom + window.scrollY;
  if (bottom + 24 < window.innerHeight) {
    window.scrollTo(0, 0);
  } else {
    scrollTo(target, 'start');
  }
}

let from = null;
try {
  from = sessionStorage.getItem('verbatim.from');
} catch (e) {
  from = null;
}
if (from && from.startsWith('/')) {
  back.href = from;
  back.textContent = 'Back to your answer';
}

// the header repeats the title only once the page's own heading has scrolled away
const heading = document.getElementById('article-title');
new IntersectionObserver(([entry]) => {
  header.classList.toggle('show-title', !entry.isIntersecting);
  clearHeader();
}).observe(heading);

clearHeader();
window.addEventListener('resize', clearHeader);
window.addEventListener('hashchange', showTarget);
showTarget();
// the browser's own jump to the fragment can come after this script has run
window.addEventListener('load', () => requestAnimationFrame(showTarget));

const form = document.getElementById('article-ask-form');
const input = document.getElementById('article-question');
const articleId = form.dataset.article;
let conversation = null;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const question = input.value.trim();
  if (!question) return;
  if (!conversation) {
    conversation = new Conversation({
      container: document.getElementById('conversation'),
      announcer: document.getElementById('announcer'),
      connection: document.getElementById('connection'),
      storageKey: null,
      scope: [articleId],
    });
    conversation.start();
  }
  input.value = '';
  conversation.ask(question, [articleId]);
});
