// Measures two ways of showing the data tables on a 375 px phone, on a built
// site, so the choice in theme/static/style.css rests on figures:
//
//   node tests/gates/table-options.mjs SITE_DIR [LANG...]
//
//   built    the tables as the site's stylesheet shows them
//   sticky   a wide table scrolling in its box, its first column pinned, a
//            shadow as the scroll cue
//   stacked  each row a labelled card: header row hidden, each cell shows its
//            column name (data-label, filled in here from the header when the
//            template did not set it)
//
// Per table: its width against the box (px), the columns readable without
// scrolling, the height (how many screens one must scroll down), and whether
// the row's name is still in view when the last column is scrolled into view.

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [site, ...langArgs] = process.argv.slice(2);
if (!site) {
  console.error('usage: node table-options.mjs SITE_DIR [LANG...]');
  process.exit(2);
}
const langs = langArgs.length ? langArgs : ['en', 'nl'];

const STICKY = `
@media screen {
  .data-table tbody th[scope=row], .data-table thead th:first-child {
    position: sticky; left: 0; z-index: 1; background: #fff;
    box-shadow: 6px 0 6px -4px rgba(0,0,0,.25);
  }
  .data-table thead th:first-child { background: #f6f8fa; }
}`;
const STACKED = `
@media screen {
  .table-wrap { overflow: visible; border: none; }
  .data-table.cookies, .data-table.retention, .data-table.subprocessors, .data-table.purposes { min-width: 0; }
  .data-table, .data-table tbody, .data-table tr, .data-table th, .data-table td, .data-table caption { display: block; }
  .data-table thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  .data-table tbody tr { border: 1px solid #d5dbe1; border-radius: 4px; margin: .75rem 0; }
  .data-table tbody th, .data-table td { border-top: none; padding: .25rem .75rem; }
  .data-table td[data-label]::before { content: attr(data-label); display: block; font-weight: 600; font-size: .85em; color: #4a535d; }
}`;

function measure() {
  return [...document.querySelectorAll('table.data-table')].map((t) => {
    const box = t.closest('.table-wrap') || t.parentElement;
    const b = box.getBoundingClientRect();
    const inBox = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.left >= b.left - 0.5 && r.right <= b.right + 0.5; };
    const row = t.querySelector('tbody tr');
    const cells = row ? [...row.children] : [];
    // Scroll the box to its right end: is the row's name still readable?
    box.scrollLeft = box.scrollWidth;
    const nameAfter = cells[0] ? inBox(cells[0]) : false;
    box.scrollLeft = 0;
    return {
      name: [...t.classList].filter((c) => c !== 'data-table')[0],
      width: Math.round(t.scrollWidth), box: Math.round(box.clientWidth),
      readable: cells.filter(inBox).length, columns: cells.length,
      screens: Math.round((t.getBoundingClientRect().height / window.innerHeight) * 10) / 10,
      nameAfter,
    };
  });
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
console.log('lang option  table          width/box  readable  screens  name in view at the last column');
for (const lang of langs) {
  for (const option of ['built', 'sticky', 'stacked']) {
    await page.goto(pathToFileURL(path.resolve(site, lang, 'index.html')).href);
    if (option === 'sticky') await page.addStyleTag({ content: STICKY });
    if (option === 'stacked') {
      await page.evaluate(() => document.querySelectorAll('table.data-table').forEach((t) => {
        const heads = [...t.querySelectorAll('thead th')].map((h) => h.textContent.trim());
        t.querySelectorAll('tbody tr').forEach((tr) => [...tr.children].forEach((c, i) => {
          if (c.tagName === 'TD' && !c.dataset.label) c.dataset.label = heads[i] || '';
        }));
      }));
      await page.addStyleTag({ content: STACKED });
    }
    for (const t of await page.evaluate(measure)) {
      console.log(`${lang.padEnd(4)} ${option.padEnd(7)} ${t.name.padEnd(14)} ${`${t.width}/${t.box}`.padStart(9)}  ${`${t.readable}/${t.columns}`.padStart(8)}  ${String(t.screens).padStart(7)}  ${t.nameAfter ? 'yes' : 'no'}`);
    }
  }
}
await browser.close();
