// Loaded by a plain <script> right after <body> opens, so that GOV.UK
// Frontend's JavaScript-only styles apply before the page is first painted.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
