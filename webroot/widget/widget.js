// Verbatim's embed: defines <verbatim-chat>, adds one unless the page has it, imports ui.js (README, "Embed").
(function () {
  'use strict';
  if (window.Verbatim) return; // a second tag adds no second widget
  var script = document.currentScript;
  var origin = script && script.src ? new URL(script.src, location.href).origin : location.origin;
  var NAMES = ['server', 'scope', 'article', 'theme', 'position', 'open', 'lang', 'persistence'];

  function options(host) {
    var o = {};
    NAMES.forEach(function (n) {
      var v = host.getAttribute(n);
      o[n] = v === null && script ? script.getAttribute('data-' + n) : v;
    });
    o.server = (o.server || origin).replace(/\/+$/, '');
    o.scope = o.scope === 'site' ? 'site' : 'article';
    o.theme = o.theme === 'light' || o.theme === 'dark' ? o.theme : 'auto';
    o.position = o.position === 'bottom-left' || o.position === 'inline' ? o.position : 'bottom-right';
    o.open = o.open !== null && o.open !== 'false';
    o.persistence = o.persistence === 'none' ? 'none' : 'session';
    return o;
  }

  class VerbatimChat extends HTMLElement {
    connectedCallback() {
      var host = this, o = options(this);
      if (!host.widget) host.widget = import(o.server + '/static/widget/ui.js').then(function (ui) { return ui.mount(host, o); });
    }

    disconnectedCallback() {
      if (this.widget) this.widget.then(function (w) { w.stop(); });
      this.widget = null;
    }
  }

  if (!customElements.get('verbatim-chat')) customElements.define('verbatim-chat', VerbatimChat);

  var ready = new Promise(function (resolve) {
    function add() {
      resolve(document.querySelector('verbatim-chat') || document.body.appendChild(document.createElement('verbatim-chat')));
    }
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', add); else add();
  });

  function call(method, arg) {
    return ready.then(function (host) { return host.widget && host.widget.then(function (w) { return w[method](arg); }); });
  }

  window.Verbatim = {
    open: function () { return call('open'); },
    close: function () { return call('close'); },
    ask: function (q) { return call('ask', q); },
    setScope: function (s) { return call('setScope', s); },
    destroy: function () { return ready.then(function (host) { host.remove(); }); }
  };
})();
