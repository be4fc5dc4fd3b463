// Runs first in <body>, before the page paints, so GOV.UK components hide what JavaScript will control
// (e.g. the navigation toggle) without a flash. It is a file, not inline, so the CSP needs no 'unsafe-inline'.
document.body.className +=
  ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
