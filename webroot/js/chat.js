// The chat page: asks over the /ws WebSocket and shows each answer as quoted, cited sentences.
// Article text is untrusted: it only ever reaches the page through textContent.
(function () {
  'use strict';
  const form = document.getElementById('ask-form');
  const input = document.getElementById('question');
  const button = form.querySelector('button');
  const conversation = document.getElementById('conversation');
  const status = document.getElementById('status');
  const pending = new Map();
  let socket = null;
  let counter = 0;

  function connect() {
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    socket = new WebSocket(scheme + '//' + location.host + '/ws');
    socket.addEventListener('open', () => {
      status.textContent = '';
      form.dataset.ready = 'true';
      button.disabled = false;
    });
    socket.addEventListener('message', (event) => show(JSON.parse(event.data)));
    socket.addEventListener('close', () => {
      delete form.dataset.ready;
      button.disabled = true;
      status.textContent = 'Connection lost; reconnecting…';
      setTimeout(connect, 1000);
    });
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // Builds the sentence with <mark> around the highlighted ranges, all as text nodes.
  function highlighted(text, ranges) {
    const block = element('blockquote', 'quote');
    let at = 0;
    for (const [start, end] of ranges || []) {
      if (start < at || end > text.length) continue;
      block.appendChild(document.createTextNode(text.slice(at, start)));
      block.appendChild(element('mark', null, text.slice(start, end)));
      at = end;
    }
    block.appendChild(document.createTextNode(text.slice(at)));
    return block;
  }

  function citation(c) {
    const cite = element('span', 'cite');
    const link = element('a', null, '[' + c.n + '] ' + c.title);
    link.href = c.link;
    cite.appendChild(link);
    const where = [c.source, c.publishedAt].filter(Boolean).join(', ');
    if (where) cite.appendChild(document.createTextNode(' · ' + where));
    cite.appendChild(document.createTextNode(' · sentence ' + c.sentence));
    return cite;
  }

  function show(frame) {
    const box = pending.get(frame.id);
    if (!box) return;
    pending.delete(frame.id);
    if (frame.type === 'error') {
      box.appendChild(element('p', 'error', frame.message));
      return;
    }
    if (!frame.sentences.length) {
      box.appendChild(element('p', 'nothing', 'No sentence in the articles answers that.'));
      return;
    }
    for (const s of frame.sentences) {
      const quote = highlighted(s.text, s.highlights);
      quote.appendChild(citation(s.citation));
      if (s.alsoIn && s.alsoIn.length) {
        quote.appendChild(element('span', 'cite', 'Also in: ' + s.alsoIn.map((a) => a.source || a.title).join(', ')));
      }
      box.appendChild(quote);
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const question = input.value.trim();
    if (!question || !socket || socket.readyState !== WebSocket.OPEN) return;
    const id = 'q' + (++counter);
    const box = element('div', 'exchange');
    box.appendChild(element('p', 'question', question));
    conversation.appendChild(box);
    pending.set(id, box);
    socket.send(JSON.stringify({ type: 'ask', id: id, question: question, limit: 5 }));
    input.value = '';
    box.scrollIntoView({ behavior: 'smooth', block: 'end' });
  });

  connect();
}());
