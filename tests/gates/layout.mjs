// Layout gate: phone, desktop, paper and disk, in Debian's Chromium.
//
//   node tests/gates/layout.mjs SITE_DIR [SITE_DIR...]            # check; exit 1 on a failure
//   node tests/gates/layout.mjs SITE_DIR [SITE_DIR...] --report   # also print the figures
//
// For every language page of every site given (a11y.mjs covers accessibility;
// this gate covers fit), at 375 x 812 and 1280 x 900:
//   (a) the page never scrolls sideways, and no data table needs to: every
//       column of every table is on screen (tables are stacked into labelled
//       rows on a phone, so each cell must carry its column's data-label);
//   (b) every language of the switcher can be reached on screen (a long list
//       collapses into a disclosure);
//   (c) from deep in the page, a link back to the contents is on screen;
// in print (Chromium's own PDF, A4):
//   (d) every page is A4 and printed at 100 %: Chromium shrinks the whole
//       document when anything (a table) is wider than the paper, so this is
//       also the check that every table fits; body text keeps its size and
//       table text is no larger than body text;
//   (e) each table's caption is on the page where the table starts;
//   (f) each cross-reference to a section prints that section's number;
// and from disk (file://):
//   (g) every relative link of the chooser and the language pages opens a file,
//       never a directory listing.
// Screenshots (the top of each page, at both widths, with the language list
// open) go to tests/artifacts/screenshots/ (git-ignored).
//
// Exits 1 listing every failure, 2 on a setup problem (no site, no browser).

import { readdir, stat, mkdir } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM, launchChromium } from './browser.mjs';
import { readPdf, A4 } from './pdf.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SCREENSHOTS = path.resolve(HERE, '../artifacts/screenshots');
const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };

function usage(message) {
  if (message) console.error(`layout: ${message}`);
  console.error('usage: node layout.mjs SITE_DIR [SITE_DIR...] [--report]');
  process.exit(2);
}

const args = process.argv.slice(2);
const report = args.includes('--report');
const sites = args.filter((a) => a !== '--report');
if (sites.length === 0) usage();
for (const s of sites) {
  if (s.startsWith('-')) usage(`unknown option ${s}`);
  if (!existsSync(s) || !(await stat(s)).isDirectory()) usage(`${s} is not a folder`);
}
if (!existsSync(CHROMIUM)) usage(`no browser at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);

const failures = [];
function fail(where, check, message) {
  failures.push(`${where} ${check}: ${message}`);
  console.log(`  FAIL ${where} ${check}: ${message}`);
}
async function check(where, name, fn) {
  try {
    await fn();
  } catch (e) {
    fail(where, name, String(e.message || e).split('\n')[0]);
  }
}

async function languagesOf(dir) {
  const langs = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.isDirectory() && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(e.name) && existsSync(path.join(dir, e.name, 'index.html'))) {
      langs.push(e.name);
    }
  }
  return langs.sort();
}

// ---- in-page measurements (run inside the browser) ---------------------------
// Each table: its width, the width of the box it sits in, and how many of its
// header cells lie inside that box (the columns readable without scrolling).
function measureTables() {
  return [...document.querySelectorAll('table.data-table')].map((t) => {
    const box = t.closest('.table-wrap') || t.parentElement;
    const b = box.getBoundingClientRect();
    const cells = [...t.querySelectorAll('thead th')];
    const visible = cells.filter((c) => {
      const r = c.getBoundingClientRect();
      return r.width > 0 && r.left >= b.left - 0.5 && r.right <= b.right + 0.5;
    });
    // In the stacked layout the header row is hidden and each cell shows its
    // label: then count the first row's cells that are inside the box.
    const row = t.querySelector('tbody tr');
    const rowCells = row ? [...row.children] : [];
    const rowVisible = rowCells.filter((c) => {
      const r = c.getBoundingClientRect();
      return r.width > 0 && r.left >= b.left - 0.5 && r.right <= b.right + 0.5;
    });
    const stacked = getComputedStyle(t).display === 'block';
    return {
      name: [...t.classList].filter((c) => c !== 'data-table').join('.') || 'table',
      width: Math.round(t.scrollWidth),
      box: Math.round(box.clientWidth),
      columns: cells.length,
      visible: stacked ? rowVisible.length : visible.length,
      stacked,
      height: Math.round(t.getBoundingClientRect().height),
      unlabelled: stacked ? [...t.querySelectorAll('tbody td')].filter((c) => !c.dataset.label).length : 0,
    };
  });
}

function pageWidth() {
  return { scroll: document.documentElement.scrollWidth, inner: window.innerWidth };
}

// ---- the checks ----------------------------------------------------------------
async function checkScreen(page, url, vp, where, figures) {
  await page.setViewportSize(vp);
  await page.goto(url);
  const w = await page.evaluate(pageWidth);
  figures.pageWidth[vp.width] = w.scroll;
  if (w.scroll > w.inner) fail(where, 'overflow', `page scrolls sideways: ${w.scroll} px wide in a ${w.inner} px viewport`);
  const tables = await page.evaluate(measureTables);
  figures.tables[vp.width] = tables;
  for (const t of tables) {
    if (t.width > t.box + 1) fail(where, 'table-fit', `table.${t.name} is ${t.width} px wide in a ${t.box} px box (${t.visible} of ${t.columns} columns on screen)`);
    if (t.unlabelled) fail(where, 'table-labels', `table.${t.name}: ${t.unlabelled} stacked cells have no data-label`);
  }
  await check(where, 'languages', () => checkSwitcher(page, where));
  await check(where, 'back-to-contents', () => checkBackToContents(page, where));
}

// Every language link can be brought on screen: open a collapsed list first.
async function checkSwitcher(page, where) {
  const nav = page.locator('nav.languages');
  if ((await nav.count()) === 0) return;
  const summary = nav.locator('summary');
  if ((await summary.count()) > 0) {
    await summary.first().click();
  }
  const off = await page.evaluate(() => [...document.querySelectorAll('nav.languages a')].filter((a) => {
    const r = a.getBoundingClientRect();
    return r.width === 0 || r.left < 0 || r.right > window.innerWidth + 0.5;
  }).map((a) => a.textContent.trim()));
  if (off.length) fail(where, 'languages', `${off.length} language links are off screen or hidden: ${off.slice(0, 4).join(', ')}`);
}

// Deep in the page (the last section), a link to the contents is on screen,
// and following it shows the contents.
async function checkBackToContents(page, where) {
  const last = await page.evaluate(() => {
    const s = [...document.querySelectorAll('main section[id]')].pop();
    if (!s) return null;
    s.scrollIntoView();
    return s.id;
  });
  if (!last) return;
  // Waited for: a script may show the link once the contents scroll away.
  const link = await page.waitForFunction(() => [...document.querySelectorAll('a[href="#contents"]')].some((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.top >= 0 && r.bottom <= window.innerHeight && getComputedStyle(el).visibility !== 'hidden';
  }), null, { timeout: 2000 }).then(() => true, () => false);
  const tocVisible = await page.evaluate(() => {
    const t = document.querySelector('#contents');
    if (!t) return false;
    const r = t.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight && r.width > 0;
  });
  if (!link && !tocVisible) fail(where, 'back-to-contents', `at #${last} neither the contents nor a link to #contents is on screen`);
  if (link) {
    await page.locator('a[href="#contents"]:visible').last().click();
    await page.waitForFunction(() => {
      const r = document.querySelector('#contents').getBoundingClientRect();
      return r.top < window.innerHeight && r.bottom > 0;
    }, null, { timeout: 3000 }).catch(() => fail(where, 'back-to-contents', 'following the link did not show the contents'));
  }
}

async function checkPrint(page, url, where, figures) {
  await page.setViewportSize(DESKTOP);
  if (page.url().split('#')[0] !== url) await page.goto(url);
  await page.emulateMedia({ media: 'print' });
  // The DOM side: what the print stylesheet does, to say what to fix.
  const dom = await page.evaluate(() => {
    const px = (el) => (el ? parseFloat(getComputedStyle(el).fontSize) : 0);
    const body = px(document.querySelector('main p'));
    const cell = Math.max(0, ...[...document.querySelectorAll('main td, main th')].map(px));
    const tables = [...document.querySelectorAll('table.data-table')].map((t) => ({
      name: [...t.classList].filter((c) => c !== 'data-table').join('.'),
      caption: (t.caption?.textContent || '').replace(/\s+/g, ''),
      head: (t.querySelector('thead th')?.textContent || '').replace(/\s+/g, ''),
    }));
    const refs = [...document.querySelectorAll('main a[href^="#"]')].filter((a) => {
      const target = document.getElementById(a.getAttribute('href').slice(1));
      return target && target.matches('section');
    }).map((a) => {
      const target = document.getElementById(a.getAttribute('href').slice(1));
      const num = target.querySelector(':scope > h2 .num, :scope > h3 .num, :scope > h4 .num')?.textContent.trim() || '';
      return { href: a.getAttribute('href'), num, after: getComputedStyle(a, '::after').content };
    });
    return { body, cell, tables, refs };
  });
  // null, not 'screen': page.pdf() prints with the emulated media type.
  await page.emulateMedia({ media: null });
  if (dom.cell > dom.body + 0.01) fail(where, 'print-text', `table text prints at ${dom.cell} px, larger than body text (${dom.body} px)`);
  const unnumbered = dom.refs.filter((r) => !r.num || !r.after.includes(r.num));
  if (unnumbered.length) fail(where, 'print-refs', `${unnumbered.length} of ${dom.refs.length} cross-references print without their section number (first: ${unnumbered[0].href}, ::after ${unnumbered[0].after})`);

  const pdf = readPdf(await page.pdf({ format: 'A4' }));
  const scales = pdf.pages.map((p) => p.scale);
  const scale = Math.min(...scales);
  figures.pdfScale = Math.round(scale * 1000) / 1000;
  figures.pdfPages = pdf.pages.length;
  const notA4 = pdf.pages.filter((p) => Math.abs(p.width - A4.width) > 1.5 || Math.abs(p.height - A4.height) > 1.5);
  if (notA4.length) fail(where, 'print-a4', `${notA4.length} pages are not A4 (first: ${notA4[0].width} x ${notA4[0].height} pt)`);
  if (scale < 0.999) fail(where, 'print-scale', `Chromium shrank the page to ${(scale * 100).toFixed(1)} % to fit the paper: something is wider than A4`);
  checkCaptions(pdf, dom.tables, where);
}

// A caption must share its page with the table's head: searched in the PDF's
// own text (caption, then the first column heading), so it is what a reader
// holds, not a guess from the layout.
function checkCaptions(pdf, tables, where) {
  const texts = pdf.pages.map((p) => p.text.replace(/\s+/g, ''));
  for (const t of tables) {
    if (!t.caption) continue;
    const start = t.caption + t.head;
    if (texts.some((x) => x.includes(start))) continue;
    const split = texts.findIndex((x, i) => i + 1 < texts.length && x.endsWith(t.caption) && texts[i + 1].includes(t.head));
    if (split >= 0) fail(where, 'print-caption', `caption of table.${t.name} ends page ${split + 1}; the table starts on the next page`);
    else fail(where, 'print-caption', `caption and head of table.${t.name} not found together in the PDF's text`);
  }
}

// Relative links resolve to files when the site is opened from disk (the
// page is loaded from there unless it is already).
async function checkDiskLinks(page, file, where) {
  const url = pathToFileURL(file).href;
  if (page.url().split('#')[0] !== url) await page.goto(url);
  const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.href));
  const bad = [];
  for (const h of hrefs) {
    const u = new URL(h);
    if (u.protocol !== 'file:') continue;
    const target = fileURLToPath(u);
    let ok = false;
    try { ok = statSync(target).isFile(); } catch { ok = false; }
    if (!ok) bad.push(path.relative(path.dirname(file), target) || '.');
  }
  if (bad.length) fail(where, 'disk-links', `${bad.length} links open a folder or nothing from disk: ${[...new Set(bad)].slice(0, 4).join(', ')}`);
}

async function screenshots(page, url, name) {
  for (const vp of [PHONE, DESKTOP]) {
    await page.setViewportSize(vp);
    await page.goto(url);
    const summary = page.locator('nav.languages summary');
    if ((await summary.count()) > 0) await summary.first().click();
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${vp.width}-top.png`) });
  }
}

// ---- run -------------------------------------------------------------------
const browser = await launchChromium('layout');

const rows = [];
try {
  await mkdir(SCREENSHOTS, { recursive: true });
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  for (const siteArg of sites) {
    const site = path.resolve(siteArg);
    const label = path.basename(site);
    const langs = await languagesOf(site);
    if (langs.length === 0) throw new Error(`no <lang>/index.html under ${site}`);
    if (existsSync(path.join(site, 'index.html'))) {
      await check(`[${label}/index.html]`, 'disk-links', () => checkDiskLinks(page, path.join(site, 'index.html'), `[${label}/index.html]`));
    }
    for (const lang of langs) {
      const file = path.join(site, lang, 'index.html');
      const url = pathToFileURL(file).href;
      const where = `[${label}/${lang}]`;
      const figures = { site: label, lang, pageWidth: {}, tables: {}, pdfScale: null };
      const before = failures.length;
      await check(where, 'phone', () => checkScreen(page, url, PHONE, `${where} 375`, figures));
      await check(where, 'desktop', () => checkScreen(page, url, DESKTOP, `${where} 1280`, figures));
      await check(where, 'disk-links', () => checkDiskLinks(page, file, where));
      await check(where, 'print', () => checkPrint(page, url, `${where} print`, figures));
      if (lang === langs[0] || langs.length <= 2) await screenshots(page, url, `${label}-${lang}`);
      rows.push(figures);
      console.log(`  ${where} page ${figures.pageWidth[375]} px at 375, PDF ${figures.pdfPages} pages at ${(figures.pdfScale * 100).toFixed(1)} %; ${failures.length === before ? 'passed' : `${failures.length - before} failures`}`);
    }
  }
  await context.close();
} catch (e) {
  fail('[setup]', 'run', String(e.message || e).split('\n')[0]);
  process.exitCode = 2;
} finally {
  await browser.close();
}

if (report) printReport(rows);
console.log(`layout: ${rows.length} language pages in ${sites.length} sites, ${failures.length} failures`);
if (failures.length > 0) {
  console.error(`layout: FAILED: ${failures.length} failures (each FAIL line above)`);
  process.exit(process.exitCode || 1);
}

// The figures the README and the issue quote: table widths per viewport, page
// width at 375 px, PDF scale.
function printReport(all) {
  console.log('\nsite/lang            375: page  tables (table/box px, columns on screen)                       1280: tables                        PDF');
  for (const r of all) {
    const t = (w) => (r.tables[w] || []).map((x) => `${x.name} ${x.width}/${x.box} ${x.visible}/${x.columns}${x.stacked ? 's' : ''}`).join(', ');
    console.log(`${`${r.site}/${r.lang}`.padEnd(20)} ${String(r.pageWidth[375]).padStart(4)}  ${t(375).padEnd(62)} ${t(1280).padEnd(34)} ${r.pdfScale === null ? '?' : `${(r.pdfScale * 100).toFixed(1)} %`}`);
  }
}
