// Verbatim's embed (README, "Embed on your site"); the server writes the interface's versioned path in.
(() => {
  const script = document.currentScript;
  const origin = new URL(script ? script.src : location.href).origin;
  const one = (v, values) => (values.includes(v) ? v : values[0]);

  function options(host) {
    const o = {};
    for (const n of ['server', 'scope', 'article', 'theme', 'position', 'open', 'lang', 'persistence']) {
      const v = host.getAttribute(n);
      o[n] = v === null && script ? script.getAttribute('data-' + n) : v;
    }
    o.server = (o.server || origin).replace(/\/+$/, '');
    o.scope = one(o.scope, ['article', 'site']);
    o.theme = one(o.theme, ['auto', 'light', 'dark']);
    o.position = one(o.position, ['bottom-right', 'bottom-left', 'inline']);
    o.open = o.open !== null && o.open !== 'false';
    o.persistence = one(o.persistence, ['session', 'none']);
    return o;
  }

  if (!customElements.get('verbatim-chat')) {
    customElements.define('verbatim-chat', class extends HTMLElement {
      connectedCallback() {
        const o = options(this);
        this.widget = this.widget || import(o.server + '/static/widget/ui.js').then((ui) => ui.mount(this, o));
      }

      disconnectedCallback() {
        if (this.widget) this.widget.then((w) => w.stop());
        this.widget = null;
      }
    });
  }

  // the page's element, else a new one: a second tag, or a call after the page swapped its DOM, finds the one widget
  const host = () => document.querySelector('verbatim-chat') || document.body.appendChild(document.createElement('verbatim-chat'));
  const ready = new Promise((resolve) => {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', resolve); else resolve();
  }).then(host);
  if (window.Verbatim) return;
  const call = (method, arg) => ready.then(() => host().widget.then((w) => w[method](arg)));
  window.Verbatim = {
    open: () => call('open'),
    close: () => call('close'),
    ask: (q) => call('ask', q),
    setScope: (s) => call('setScope', s),
    destroy: () => ready.then(() => { document.querySelectorAll('verbatim-chat').forEach((h) => h.remove()); delete window.Verbatim; }),
  };
})();
