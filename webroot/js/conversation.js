// Questions over the ask socket, each with a deadline, a retry, re-sent after a reconnect; kept in sessionStorage.
import { el, scrollTo, serverUrl } from './dom.js';
import { AskChannel } from './socket.js';
import { Exchange } from './exchange.js';

// how long a question waits for its answer, online and offline
const ANSWER_TIMEOUT_MS = 20000;
const OFFLINE_TIMEOUT_MS = 60000;
const KEEP = 30;
const CONTEXT = 10;

export class Conversation {
  // announcer: a role=status element; root: where the ask forms are; frameScope(item): more scope, or null
  constructor({ container, announcer, connection, storageKey, scope, onNothing, root, frameScope }) {
    this.container = container;
    this.announcer = announcer;
    this.connection = connection;
    this.storageKey = storageKey;
    this.scope = scope || [];
    this.onNothing = onNothing || (() => {});
    this.root = root || document;
    this.frameScope = frameScope || (() => null);
    this.items = [];
    this.views = new Map();
    this.timers = new Map();
    this.counter = 0;
    this.channel = new AskChannel({ onFrame: (f) => this.onFrame(f), onState: (s, d) => this.onState(s, d) });
    this.actions = { retry: (item) => this.retry(item), stop: (item) => this.stop(item),
      vote: (item, vote) => this.vote(item, vote) };
    container.addEventListener('click', (event) => this.onClick(event));
  }

  start() {
    this.restore();
    this.channel.connect();
  }

  ask(question, scope) {
    const item = { id: this.newId(), question, scope: scope || this.scope, state: 'waiting' };
    this.items.push(item);
    const view = this.show(item);
    this.send(item);
    scrollTo(view.node, 'nearest');
    return item;
  }

  last() {
    return this.items[this.items.length - 1];
  }

  newId() {
    return 'a' + Date.now().toString(36) + (++this.counter);
  }

  show(item) {
    const view = new Exchange(item, this.actions);
    this.views.set(item.id, view);
    this.container.appendChild(view.node);
    return view;
  }

  send(item) {
    item.state = 'waiting';
    this.save();
    const context = this.items.filter((i) => i !== item && i.state === 'answered'
      && sameScope(i.scope, item.scope)).slice(-CONTEXT).map((i) => i.question);
    const frame = { type: 'ask', id: item.id, question: item.question, limit: 5 };
    if (item.scope && item.scope.length) frame.scope = { articleIds: item.scope };
    const extra = this.frameScope(item);
    if (extra) frame.scope = Object.assign({}, frame.scope, extra);
    if (context.length) frame.context = context;
    this.views.get(item.id).waiting(this.channel.open ? 'Looking for sentences that answer this'
      : 'Waiting for the connection; your question will be sent when it is back');
    this.arm(item, this.channel.open ? ANSWER_TIMEOUT_MS : OFFLINE_TIMEOUT_MS);
    this.channel.send(frame);
  }

  retry(item) {
    this.send(item);
    this.views.get(item.id).heading.focus();
  }

  stop(item) {
    clearTimeout(this.timers.get(item.id));
    this.channel.forget(item.id);
    item.state = 'stopped';
    this.save();
    const view = this.views.get(item.id);
    view.failed('Stopped. You can ask it again.', true, true);
    view.node.querySelector('button.retry').focus();
  }

  arm(item, ms) {
    clearTimeout(this.timers.get(item.id));
    this.timers.set(item.id, setTimeout(() => this.timedOut(item), ms));
  }

  timedOut(item) {
    if (item.state !== 'waiting') return;
    this.channel.forget(item.id);
    item.state = 'failed';
    this.save();
    const message = this.channel.open ? 'No answer came in time.' : 'The server cannot be reached.';
    this.views.get(item.id).failed(message + ' You can try again.', true);
  }

  onState(state, delay) {
    this.connection.dataset.state = state;
    this.connection.hidden = false;
    const text = this.connection.querySelector('.connection-text');
    const waiting = this.items.filter((i) => i.state === 'waiting');
    if (state === 'online') {
      text.textContent = 'Connected';
      for (const item of waiting) {
        this.arm(item, ANSWER_TIMEOUT_MS);
        this.views.get(item.id).waiting('Looking for sentences that answer this');
      }
      for (const form of this.root.querySelectorAll('form[data-ask]')) form.dataset.ready = 'true';
    } else {
      for (const form of this.root.querySelectorAll('form[data-ask]')) delete form.dataset.ready;
      text.textContent = state === 'connecting' ? 'Connecting…'
        : 'Connection lost; trying again in ' + Math.max(1, Math.round(delay / 1000)) + ' s';
      for (const item of waiting) {
        this.arm(item, OFFLINE_TIMEOUT_MS);
        this.views.get(item.id).waiting('Waiting for the connection; your question will be sent again when it is back');
      }
    }
  }

  onFrame(frame) {
    const item = this.items.find((i) => i.id === frame.id);
    // a late answer to a question that timed out is still welcome; one the reader stopped is not
    if (!item || item.state === 'answered' || item.state === 'stopped') return;
    clearTimeout(this.timers.get(item.id));
    const view = this.views.get(item.id);
    if (frame.type === 'error') {
      item.state = 'failed';
      this.save();
      view.failed(frame.message || 'The question could not be answered.', !['too-long', 'bad-request'].includes(frame.code));
      return;
    }
    if (frame.type !== 'answer') return;
    item.state = 'answered';
    item.frame = frame;
    this.save();
    const shown = view.answered(frame);
    this.announce(shown.text);
    scrollTo(view.node, 'start');
    if (shown.quotes === 0) this.onNothing(view);
  }

  announce(text) {
    // cleared first, so the same words twice in a row are announced twice
    this.announcer.textContent = '';
    requestAnimationFrame(() => { this.announcer.textContent = text; });
  }

  // resolves to whether the server took the vote
  vote(item, vote) {
    return fetch(serverUrl('/api/feedback'), { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ answerId: item.id, question: item.question, vote }) })
      .then((r) => r.ok, () => false).then((ok) => {
        if (ok) {
          item.vote = vote;
          this.save();
        }
        return ok;
      });
  }

  onClick(event) {
    const copy = event.target.closest('button.copy');
    if (copy) {
      this.copy(copy);
      return;
    }
    const a = event.target.closest('a[href^="/articles/"]');
    const exchange = event.target.closest('.exchange');
    if (a && exchange) {
      try {
        sessionStorage.setItem('verbatim.from', location.pathname + location.search + '#' + exchange.id);
      } catch (e) { /* storage off: the back link goes to the chat page */ }
    }
  }

  copy(b) {
    const done = (text) => {
      let note = b.parentNode.querySelector('.tool-done');
      if (!note) {
        note = el('span', 'tool-done');
        note.setAttribute('aria-live', 'polite');
        b.after(note);
      }
      note.textContent = text;
    };
    const write = navigator.clipboard ? navigator.clipboard.writeText(b.dataset.copy) : Promise.reject();
    write.then(() => done('Copied with its citation'), () => done('Copying is not allowed here'));
  }

  save() {
    if (!this.storageKey) return;
    const kept = this.items.slice(-KEEP).map(({ id, question, scope, state, frame, vote }) =>
      ({ id, question, scope, state, frame, vote }));
    try {
      sessionStorage.setItem(this.storageKey, JSON.stringify(kept));
    } catch (e) { /* storage full or off: the conversation lives on this page only */ }
  }

  restore() {
    if (!this.storageKey) return;
    let kept = [];
    try {
      kept = JSON.parse(sessionStorage.getItem(this.storageKey) || '[]');
    } catch (e) {
      kept = [];
    }
    for (const item of Array.isArray(kept) ? kept : []) {
      if (!item || typeof item.id !== 'string' || typeof item.question !== 'string') continue;
      this.items.push(item);
      const view = this.show(item);
      if (item.state === 'answered' && item.frame) {
        view.answered(item.frame);
      } else if (item.state === 'failed' || item.state === 'stopped') {
        view.failed('This question was not answered.', true, true);
      } else {
        this.send(item);
      }
    }
  }
}

function sameScope(a, b) {
  return (a || []).join(' ') === (b || []).join(' ');
}
