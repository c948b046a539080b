// The publisher page's own watcher, loaded before the widget: CSP violations and the widget's DOM events.
window.cspViolations = [];
window.widgetEvents = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);
});
['verbatim:open', 'verbatim:close', 'verbatim:answer'].forEach(function (type) {
  document.addEventListener(type, function (e) { window.widgetEvents.push(type); });
});
