// One question as a heading, then waiting, the answer or a failure with a retry; a share link; thumbs up/down.
import { el, link, button } from './dom.js';
import { renderAnswer } from './answer-view.js';
import { shareLink } from './citations.js';

export class Exchange {
  // actions: {retry(item), stop(item), vote(item, 'up'|'down')}
  constructor(item, actions) {
    this.item = item;
    this.actions = actions;
    this.node = el('section', 'exchange');
    this.node.id = 'x-' + item.id;
    this.node.setAttribute('aria-labelledby', 'q-' + item.id);
    this.heading = el('h2', 'question', item.question);
    this.heading.id = 'q-' + item.id;
    this.heading.tabIndex = -1;
    this.node.appendChild(this.heading);
    if (item.scope && item.scope.length) {
      this.node.appendChild(el('p', 'summary', item.scope.length === 1 ? 'Asked about one article' : 'Asked about '
        + item.scope.length + ' articles'));
    }
    this.body = el('div', 'exchange-body');
    this.node.appendChild(this.body);
    const tools = el('p', 'exchange-tools');
    tools.appendChild(link(shareLink(item.question, item.scope), 'Link to this answer', 'share'));
    this.node.appendChild(tools);
  }

  waiting(text) {
    this.node.dataset.state = 'waiting';
    const stop = button('Stop', 'tool stop');
    stop.addEventListener('click', () => this.actions.stop(this.item));
    const line = el('div', 'waiting-line');
    line.append(el('p', 'waiting', text), stop);
    this.body.replaceChildren(line);
  }

  answered(frame) {
    this.node.dataset.state = 'answered';
    const view = renderAnswer(frame);
    this.body.replaceChildren(view.node);
    if (view.quotes > 0) this.body.appendChild(this.feedback());
    return view;
  }

  // an alert unless quiet (stopped by the reader, or restored)
  failed(message, retryable, quiet) {
    this.node.dataset.state = 'failed';
    const box = el('div', 'failure');
    if (!quiet) box.setAttribute('role', 'alert');
    box.appendChild(el('p', null, message));
    if (retryable) {
      const retry = button('Try again', 'tool retry');
      retry.addEventListener('click', () => this.actions.retry(this.item));
      box.appendChild(retry);
    }
    this.body.replaceChildren(box);
  }

  feedback() {
    const group = el('div', 'feedback');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', 'Was this answer useful?');
    group.appendChild(el('span', 'feedback-label', 'Useful?'));
    const done = el('span', 'tool-done');
    done.setAttribute('aria-live', 'polite');
    const press = (v) => group.querySelectorAll('.vote').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.vote === v)));
    for (const [vote, text] of [['up', '\uD83D\uDC4D Yes'], ['down', '\uD83D\uDC4E No']]) {
      const b = button(text, 'tool vote');
      b.dataset.vote = vote;
      b.addEventListener('click', () => {
        press(vote);
        this.actions.vote(this.item, vote).then((ok) => {
          done.textContent = ok ? 'Thanks for the feedback' : 'Could not send the feedback; try again later';
          if (!ok) press(this.item.vote);
        });
      });
      group.appendChild(b);
    }
    press(this.item.vote);
    group.appendChild(done);
    return group;
  }
}
