/**
 * Progressive enhancement for the server's pages: every page works without it. Served as a same-origin file
 * (`/assets/app.js`), so the CSP allows `script-src 'self'` and still no inline script: text injected in an
 * article can never run. The static report has no script at all.
 *
 * What it adds: `/` focuses the search box; a filter box above long tables (stories, people, a person's quotes)
 * hides rows that do not contain the typed words.
 */
export const ENHANCE_SCRIPT = `'use strict';
(() => {
  document.addEventListener('keydown', (event) => {
    const target = event.target;
    if (event.key !== '/' || (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    const box = document.querySelector('header.top input[type=search]');
    if (box) { event.preventDefault(); box.focus(); }
  });
  for (const table of document.querySelectorAll('main table')) {
    const rows = Array.from(table.querySelectorAll('tr')).slice(1);
    if (rows.length < 8) continue;
    const filter = document.createElement('input');
    filter.type = 'search';
    filter.placeholder = 'Filter these ' + rows.length + ' rows';
    filter.setAttribute('aria-label', 'Filter rows');
    filter.className = 'filter';
    filter.addEventListener('input', () => {
      const words = filter.value.toLowerCase().split(/\\s+/).filter(Boolean);
      for (const row of rows) {
        const text = row.textContent.toLowerCase();
        row.hidden = !words.every((w) => text.includes(w));
      }
    });
    table.before(filter);
  }
})();
`
