// Records what the page's Content-Security-Policy blocks, so a test can see the widget needs nothing it forbids.
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', event => {
  window.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI);
});
