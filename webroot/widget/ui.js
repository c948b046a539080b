// <verbatim-chat>'s shadow root: a launcher and a panel holding the chat page's conversation, styled by a
// constructed stylesheet (a strict CSP needs no 'unsafe-inline').
import { el, button, SERVER } from '../js/dom.js';
import { Conversation } from '../js/conversation.js';

// "all: initial !important" on the host beats the page's !important rules; px, as rem is the page's
const CSS = `
:host { all: initial !important; display: block !important; }
.root { --bg: light-dark(#f7f6f3, #121316); --surface: light-dark(#fff, #1c1e22); --ink: light-dark(#1b1b1f, #ece9e4); --muted: light-dark(#52575e, #b4b8be); --accent: light-dark(#0b57d0, #8ab4f8); --accent-ink: light-dark(#fff, #0c1b33); --control-border: light-dark(#6f7379, #8f949b); --line: light-dark(#d9d7d2, #3a3d43); --mark-focus: light-dark(#ffd95e, #5e4a00); --mark-focus-ink: light-dark(#1b1b1f, #fff8e1); --mark-match: light-dark(#8a5a00, #f2c661); --error: light-dark(#b3261e, #ffb4ab); --ok: light-dark(#146c2e, #8fd69f); color-scheme: light dark;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); text-align: left; }
[data-theme=light] { color-scheme: light; }
[data-theme=dark] { color-scheme: dark; }
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
a { color: var(--accent); text-underline-offset: .15em; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
button, input { font: inherit; color: inherit; margin: 0; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.launcher { position: fixed; bottom: 20px; right: 20px; z-index: 2147483000; min-height: 48px; padding: 11px 19px;
  background: var(--accent); color: var(--accent-ink); border: 2px solid var(--accent); border-radius: 24px;
  font-weight: 600; cursor: pointer; }
[data-position=inline] .launcher { display: none; }
.panel { position: fixed; bottom: 88px; right: 20px; z-index: 2147483000; display: flex; flex-direction: column;
  width: 416px; max-width: calc(100vw - 40px); height: 576px; max-height: calc(100vh - 112px); padding: 12px 16px;
  background: var(--bg); color: var(--ink); border: 1px solid var(--line); border-radius: 12px;
  box-shadow: 0 6px 30px rgb(0 0 0 / 25%); }
[data-position=bottom-left] :is(.launcher, .panel) { right: auto; left: 20px; }
[data-position=inline] .panel { position: static; width: auto; max-width: none; height: 512px; max-height: none;
  box-shadow: none; }
@media (max-width: 699.98px) {
  .root:not([data-position=inline]) .panel { inset: 0; width: auto; max-width: none; height: auto; max-height: none;
    border-radius: 0; border: 0; }
}
.panel-header { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.panel-title { margin: 0; font-size: 18px; font-weight: 700; }
.note, .summary { margin: 6px 0; color: var(--muted); font-size: 14px; }
.notice { color: var(--error); font-size: 14px; }
.log { flex: 1 1 auto; overflow-y: auto; min-height: 0; margin: 4px 0; }
.exchange { margin: 12px 0 20px; }
.question { margin: 0 0 6px; font-size: 17px; font-weight: 600; line-height: 1.35; overflow-wrap: anywhere; }
.nothing { color: var(--muted); font-style: italic; }
.quotes { list-style: none; margin: 0; padding: 0; }
.quote { margin: 0 0 12px; padding: 10px 12px 8px; background: var(--surface); border: 1px solid var(--line);
  border-left: 4px solid var(--accent); border-radius: 6px; }
.quote-weaker { border-left-color: var(--line); background: transparent; }
.quote-label { margin: 0 0 3px; font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .06em;
  color: var(--muted); }
.quote-text { margin: 0; font-family: Georgia, "Times New Roman", serif; overflow-wrap: anywhere; }
.quote-text p { margin: 0; }
.quote-text p::before { content: "\\201C"; }
.quote-text p::after { content: "\\201D"; }
mark { color: inherit; background: none; }
mark.match { text-decoration: underline 2px var(--mark-match); text-underline-offset: .2em; }
mark.focus { background: var(--mark-focus); color: var(--mark-focus-ink); padding: 0 .12em; border-radius: .15em;
  font-weight: 600; }
.source-line { display: flex; flex-wrap: wrap; align-items: center; gap: 2px 8px; margin: 6px 0 0; font-size: 13px;
  color: var(--muted); }
.cite { display: inline-flex; align-items: center; justify-content: center; min-width: 32px; min-height: 28px;
  padding: 0 5px; font-weight: 600; text-decoration: none; border: 1px solid var(--control-border); border-radius: 5px; }
.quote-actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 6px; }
.card { margin-top: 5px; font-size: 13px; }
.card summary { display: inline-flex; align-items: center; min-height: 28px; cursor: pointer; color: var(--accent); }
.card-body { margin: 5px 0; padding: 8px 10px; border: 1px solid var(--line); border-radius: 5px; background: var(--bg); }
.card-body p { margin: 2px 0; }
.card-meta { color: var(--muted); }
.tool { display: inline-flex; align-items: center; min-height: 28px; min-width: 28px; padding: 2px 10px;
  font-size: 13px; line-height: 1.2; background: transparent; color: var(--accent); border: 1px solid var(--control-border);
  border-radius: 5px; cursor: pointer; }
.tool-done { font-size: 13px; color: var(--ok); }
.sources-title { margin: 12px 0 3px; font-size: 14px; }
.sources { margin: 0; padding-left: 32px; font-size: 14px; }
.sources li { margin: 2px 0; overflow-wrap: anywhere; }
.exchange-tools, .feedback { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin: 8px 0 0; font-size: 14px; }
.feedback-label { color: var(--muted); }
.tool[aria-pressed=true] { background: var(--accent); color: var(--accent-ink); border-color: var(--accent); }
.waiting { color: var(--muted); }
.failure { margin: 8px 0; padding: 8px 11px; border: 1px solid var(--error); border-radius: 6px; color: var(--error);
  background: var(--surface); }
.failure p { margin: 0 0 6px; }
.failure .tool { color: var(--error); border-color: var(--error); }
.ask-row { display: flex; gap: 8px; }
.ask-row input { flex: 1 1 auto; min-width: 0; min-height: 44px; padding: 8px 12px; background: var(--surface);
  border: 1px solid var(--control-border); border-radius: 8px; }
::placeholder { color: var(--muted); opacity: 1; }
.ask-button { min-height: 44px; padding: 8px 16px; background: var(--accent); color: var(--accent-ink);
  border: 1px solid var(--accent); border-radius: 8px; font-weight: 600; cursor: pointer; }
.connection { margin: 5px 0 0; font-size: 12px; color: var(--muted); }
`;
const sheet = new CSSStyleSheet();
sheet.replaceSync(CSS);

export const mount = (host, o) => new Widget(host, o);

/** The article the reader is on: the canonical link, else og:url, else the page's own URL. */
function pageUrl() {
  const canonical = document.querySelector('link[rel~="canonical"][href]');
  const og = document.querySelector('meta[property="og:url"][content]');
  const raw = canonical ? canonical.getAttribute('href') : og ? og.getAttribute('content') : location.href;
  try {
    return new URL(raw, location.href).href;
  } catch (e) {
    return location.href;
  }
}

class Widget {
  constructor(host, o) {
    this.host = host;
    this.o = o;
    this.started = false;
    const shadow = host.shadowRoot || host.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [sheet];
    const root = el('div', 'root');
    root.dataset.theme = o.theme;
    root.dataset.position = o.position;
    if (o.lang) root.lang = o.lang;
    this.root = root;

    this.launcher = button('', 'launcher');
    this.launcher.setAttribute('aria-expanded', 'false');
    this.launcher.setAttribute('aria-controls', 'verbatim-panel');
    this.launcher.addEventListener('click', () => (this.isOpen() ? this.close() : this.open()));

    const panel = el('section', 'panel');
    panel.id = 'verbatim-panel';
    panel.setAttribute('aria-labelledby', 'verbatim-title');
    panel.hidden = true;
    panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && o.position !== 'inline') {
        event.preventDefault();
        this.close();
      }
    });
    this.panel = panel;
    const header = el('div', 'panel-header');
    this.title = el('h2', 'panel-title');
    this.title.id = 'verbatim-title';
    const close = button('Close', 'tool close');
    close.addEventListener('click', () => this.close());
    header.append(this.title, close);
    if (o.position === 'inline') close.hidden = true;

    this.log = el('div', 'log');
    this.notice = el('p', 'notice');
    this.notice.setAttribute('role', 'alert');
    this.notice.hidden = true;
    const announcer = el('p', 'visually-hidden');
    announcer.setAttribute('role', 'status');
    const connection = el('p', 'connection');
    connection.appendChild(el('span', 'connection-text'));
    connection.hidden = true;

    const form = el('form', 'ask');
    form.dataset.ask = '';
    const label = el('label', 'visually-hidden', 'Your question');
    label.htmlFor = 'verbatim-question';
    this.input = Object.assign(el('input'), { id: 'verbatim-question', type: 'text', maxLength: 1000,
      autocomplete: 'off', placeholder: 'Ask a question' });
    const submit = button('Ask', 'ask-button');
    submit.type = 'submit';
    const row = el('div', 'ask-row');
    row.append(this.input, submit);
    form.append(label, row);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const question = this.input.value.trim();
      if (!question) return;
      this.input.value = '';
      this.ask(question);
    });

    panel.append(header, this.notice, this.log, form, connection, announcer);
    root.append(panel, this.launcher);
    shadow.replaceChildren(root);
    this.labels();

    this.conversation = new Conversation({
      container: this.log, announcer, connection, root: shadow,
      storageKey: o.persistence === 'none' ? null : 'verbatim.widget:' + location.pathname,
      frameScope: () => this.frameScope(),
    });
    this.watch(this.conversation);
    if (o.open || o.position === 'inline') this.open(true);
  }

  labels() {
    this.launcher.textContent = this.title.textContent = this.o.scope === 'site' ? 'Ask the news' : 'Ask about this article';
  }

  // this page's article by URL (or an explicit id); nothing for the whole site
  frameScope() {
    if (this.o.scope === 'site') return null;
    if (this.o.article) return { articleIds: [this.o.article] };
    return { urls: [this.o.url || pageUrl()], fallback: 'site' };
  }

  watch(conversation) {
    const onFrame = conversation.onFrame.bind(conversation);
    conversation.onFrame = (frame) => {
      onFrame(frame);
      const view = conversation.views.get(frame.id);
      if (frame.type === 'answer' && view && Array.isArray(frame.notes) && frame.notes.includes('scope-unknown')) {
        view.body.prepend(el('p', 'note', 'This page is not among our articles; quotes come from all of them.'));
      }
      if (frame.type === 'answer') this.emit('verbatim:answer', { id: frame.id, quotes: (frame.sentences || []).length });
    };
    const onState = conversation.onState.bind(conversation);
    let opened = false;
    // a refused handshake and a server that is down look the same to a WebSocket's script: ask the server
    conversation.onState = (state, delay) => {
      onState(state, delay);
      this.notice.hidden = state === 'online' || this.notice.hidden;
      if (state === 'online') opened = true;
      if (state !== 'offline' || opened) return;
      import(SERVER + '/widget/origin.js?' + Date.now()).then((m) => !m.default, () => false).then((refused) => {
        if (opened) return;
        if (refused) {
          conversation.channel.close();
          conversation.connection.hidden = true;
        }
        this.notice.textContent = refused ? 'Sorry, this site is not set up to use Verbatim.'
          : 'Can\'t reach Verbatim right now; retrying.';
        this.notice.hidden = false;
      });
    };
  }

  emit(type, detail) {
    this.host.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail: detail || {} }));
  }

  isOpen() {
    return !this.panel.hidden;
  }

  open(quiet) {
    if (!this.started) {
      this.started = true;
      this.conversation.start();
    }
    if (this.isOpen()) return;
    this.panel.hidden = false;
    this.root.dataset.open = 'true';
    this.launcher.setAttribute('aria-expanded', 'true');
    if (!quiet) this.input.focus();
    this.emit('verbatim:open');
  }

  close() {
    if (!this.isOpen() || this.o.position === 'inline') return;
    this.panel.hidden = true;
    delete this.root.dataset.open;
    this.launcher.setAttribute('aria-expanded', 'false');
    this.launcher.focus();
    this.emit('verbatim:close');
  }

  ask(question) {
    if (typeof question !== 'string' || !question.trim()) return;
    this.open(true);
    this.conversation.ask(question.trim(), []);
  }

  setScope(scope) {
    const s = scope || {};
    if (s.scope === 'site' || s.scope === 'article') this.o.scope = s.scope;
    if ('article' in s) this.o.article = s.article || null;
    if ('url' in s) this.o.url = s.url || null;
    this.labels();
  }

  stop() {
    this.conversation.channel.close();
  }
}
