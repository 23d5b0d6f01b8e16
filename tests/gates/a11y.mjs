// Accessibility gate in a real browser (Chromium driven by playwright-core).
//
//   node tests/gates/a11y.mjs SITE_DIR                 # the whole site: every language page
//   node tests/gates/a11y.mjs SITE_DIR --page /en/     # one page: generic checks only
//
// Whole-site mode, for each language page at a desktop and a phone width:
//   (a) axe-core, WCAG 2.0/2.1 A and AA rules: zero violations
//   (b) keyboard: Tab focuses a visible skip link, Enter moves to #main; Tab reaches
//       the first table-of-contents link, Enter navigates to its section
//   (c) the language switcher keeps the section anchor (/en/#retention -> /nl/index.html#retention)
//   (d) no horizontal page scroll at phone width, wide tables included
//   (e) print media hides the table of contents, the language switcher and the skip link
// and it runs axe on the language chooser (/index.html). `--page` (repeatable) runs
// only (a) and (d), so a fixture without the site's navigation can be checked.
// Full-page screenshots go to tests/artifacts/screenshots/ (git-ignored).
//
// Exits 1 listing every failure, 2 on a setup problem (no site, no browser).

import { createServer } from 'node:http';
import { readFile, readdir, stat, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, launchChromium } from './browser.mjs';
import axe from 'axe-core';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SCREENSHOTS = path.resolve(HERE, '../artifacts/screenshots');
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 375, height: 812 },
];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// The switcher test starts here; every language page has the same section ids.
const SWITCH_ANCHOR = 'retention';

function usage(message) {
  if (message) console.error(`a11y: ${message}`);
  console.error('usage: node a11y.mjs SITE_DIR [--page /path/ ...]');
  process.exit(2);
}

// ---- arguments -------------------------------------------------------------
const args = process.argv.slice(2);
let siteDir = null;
const singlePages = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--page') {
    if (!args[i + 1]) usage('--page needs a path');
    singlePages.push(args[++i]);
  } else if (args[i].startsWith('-')) {
    usage(`unknown option ${args[i]}`);
  } else if (siteDir === null) {
    siteDir = path.resolve(args[i]);
  } else {
    usage(`unexpected argument ${args[i]}`);
  }
}
if (!siteDir) usage();
if (!existsSync(siteDir) || !(await stat(siteDir)).isDirectory()) usage(`${siteDir} is not a folder`);
if (!existsSync(CHROMIUM)) usage(`no browser at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);

// ---- a tiny static server --------------------------------------------------
// Served over HTTP, not file://, so URLs, fragments and navigation behave as on the web.
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8', '.json': 'application/json',
  '.xml': 'application/xml', '.png': 'image/png', '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg', '.ico': 'image/x-icon', '.woff2': 'font/woff2',
};
const server = createServer(async (req, res) => {
  try {
    let rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = path.join(siteDir, path.normalize(rel));
    if (file !== siteDir && !file.startsWith(siteDir + path.sep)) throw new Error('outside');
    if ((await stat(file)).isDirectory()) {
      // /en -> /en/ like a real static host, so relative URLs resolve correctly
      if (!rel.endsWith('/')) { res.writeHead(301, { location: rel + '/' }); return res.end(); }
      file = path.join(file, 'index.html');
    }
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

// ---- bookkeeping -----------------------------------------------------------
const failures = [];
const rulesRun = new Set();
let violationCount = 0;
const pageViews = { language: 0, other: 0 };
function fail(where, check, message) {
  failures.push(`${where} ${check}: ${message}`);
  console.log(`  FAIL ${where} ${check}: ${message}`);
}
// Run one check; an exception (timeout, missing element) is that check's failure,
// and the other checks still run.
// Returns whether the check passed.
async function check(where, name, fn) {
  const before = failures.length;
  try {
    await fn();
  } catch (e) {
    fail(where, name, String(e.message || e).split('\n')[0]);
  }
  return failures.length === before;
}

// ---- in-page helpers (run inside the browser) -------------------------------
// True if the element's box is at least partly inside the viewport.
function inViewport(sel) {
  const el = typeof sel === 'string' ? document.querySelector(sel) : sel;
  if (!el) return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 &&
    r.top < window.innerHeight && r.left < window.innerWidth;
}
async function waitInViewport(page, selector, timeout = 3000) {
  await page.waitForFunction(
    `(${inViewport.toString()})(${JSON.stringify(selector)})`, null, { timeout },
  ).catch(() => { throw new Error(`${selector} is not in the viewport`); });
}
const describeActive = () => {
  const el = document.activeElement;
  if (!el || el === document.body) return 'body';
  const id = el.id ? `#${el.id}` : '';
  const cls = el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : '';
  return `${el.tagName.toLowerCase()}${id}${cls} "${(el.textContent || '').trim().slice(0, 40)}"`;
};

// ---- the checks -------------------------------------------------------------
async function checkAxe(page, where) {
  await page.addScriptTag({ content: axe.source });
  const result = await page.evaluate(async (tags) => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    // A rule can be listed twice (passes on some elements, incomplete on others).
    const ids = [...new Set([...r.passes, ...r.violations, ...r.incomplete, ...r.inapplicable].map((x) => x.id))];
    return {
      ids,
      incomplete: r.incomplete.map((x) => x.id),
      violations: r.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help,
        // the element and the first reason axe gives
        nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${(n.failureSummary.split('\n')[1] || '').trim()}`),
      })),
    };
  }, AXE_TAGS);
  for (const id of result.ids) rulesRun.add(id);
  if (result.ids.length === 0) fail(where, 'axe', 'no rule ran');
  for (const v of result.violations) {
    violationCount += 1;
    fail(where, 'axe', `${v.id} (${v.impact}): ${v.help}; ${v.nodes.length} element(s):\n      ` +
      v.nodes.slice(0, 5).join('\n      '));
  }
  return result;
}

async function checkNoHorizontalScroll(page, where) {
  const m = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth, inner: window.innerWidth,
    // To say what to fix: the outermost elements sticking out on the right,
    // not counting those inside a region that scrolls or clips them.
    culprits: [...document.querySelectorAll('body *')].filter((e) => {
      const out = (el) => el.getBoundingClientRect().right > window.innerWidth + 0.5;
      if (!out(e) || (e.parentElement !== document.body && out(e.parentElement))) return false;
      for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible') return false;
      }
      return true;
    }).slice(0, 3).map((e) => e.tagName.toLowerCase() + (e.id ? `#${e.id}` : '') +
      (typeof e.className === 'string' && e.className ? `.${e.className.trim().split(/\s+/).join('.')}` : '')),
  }));
  if (m.scroll > m.inner) {
    fail(where, 'overflow', `page scrolls sideways: scrollWidth ${m.scroll} > innerWidth ${m.inner} (${m.culprits.join(', ')})`);
  }
}

async function checkKeyboard(page, url, where) {
  await page.goto(url);
  // Tab once from page load: the skip link, on screen.
  await page.keyboard.press('Tab');
  const skip = await page.evaluate(() => {
    const el = document.activeElement;
    return { isSkip: !!el && el.matches('a.skip-link'), href: el && el.getAttribute('href') };
  });
  if (!skip.isSkip) throw new Error(`first Tab focused ${await page.evaluate(describeActive)}, not a.skip-link`);
  if (!(await page.evaluate(inViewport, 'a.skip-link'))) throw new Error('focused skip link is not visible in the viewport');
  // Enter: focus and scroll move to #main.
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#main', null, { timeout: 3000 })
    .catch(() => { throw new Error('Enter on the skip link did not go to #main'); });
  await waitInViewport(page, '#main');
  const focusInMain = await page.evaluate(() => !!document.activeElement?.closest('#main'));
  if (!focusInMain) throw new Error(`after the skip link, focus is on ${await page.evaluate(describeActive)}, not in #main (a skip target needs tabindex="-1" to take focus)`);

  // From a fresh load, Tab on: skip link, the language links, then the first
  // table-of-contents link (nothing else should stand in between).
  await page.goto(url);
  const firstToc = await page.evaluate(() => document.querySelector('nav.toc a[href^="#"]')?.getAttribute('href'));
  if (!firstToc) throw new Error('no table-of-contents link (nav.toc a[href^="#"])');
  const maxTabs = 2 + (await page.locator('nav.languages a').count());
  const stops = [];
  let reached = false;
  for (let i = 0; i < maxTabs && !reached; i++) {
    await page.keyboard.press('Tab');
    stops.push(await page.evaluate(describeActive));
    reached = await page.evaluate(() => document.activeElement === document.querySelector('nav.toc a[href^="#"]'));
    if (!(await page.evaluate(() => (function (el) {
      const r = el.getBoundingClientRect();
      return r.bottom > 0 && r.top < window.innerHeight;
    })(document.activeElement)))) {
      throw new Error(`focused element ${stops.at(-1)} is off screen`);
    }
  }
  if (!reached) throw new Error(`${maxTabs} Tabs did not reach the first contents link; focus went ${stops.join(' -> ')}`);
  await page.keyboard.press('Enter');
  await page.waitForFunction((h) => location.hash === h, firstToc, { timeout: 3000 })
    .catch(() => { throw new Error(`Enter on the contents link did not set location.hash to ${firstToc}`); });
  await waitInViewport(page, firstToc);
}

async function checkLanguageSwitch(page, lang, where) {
  await page.goto(`${base}/${lang}/#${SWITCH_ANCHOR}`);
  await waitInViewport(page, `#${SWITCH_ANCHOR}`);
  const others = await page.$$eval('nav.languages a[data-keep-anchor]', (as) =>
    as.map((a) => ({ name: a.textContent.trim(), lang: a.getAttribute('hreflang') })));
  if (others.length === 0) throw new Error('no language links (nav.languages a[data-keep-anchor])');
  // Links name the file (../nl/index.html) so that they work from disk too.
  const pageOf = (l) => `/${l}/index.html`;
  for (const other of others) {
    await page.goto(`${base}/${lang}/#${SWITCH_ANCHOR}`);
    // Many languages collapse into a disclosure: open it as a reader would.
    const summary = page.locator('nav.languages summary');
    if ((await summary.count()) > 0) await summary.first().click();
    await page.locator('nav.languages').getByRole('link', { name: other.name, exact: true }).click();
    const want = `${pageOf(other.lang)}#${SWITCH_ANCHOR}`;
    await page.waitForURL((u) => u.pathname === pageOf(other.lang), { timeout: 5000 })
      .catch(() => { throw new Error(`clicking "${other.name}" did not open ${pageOf(other.lang)} (at ${page.url()})`); });
    const got = new URL(page.url());
    if (got.pathname + got.hash !== want) throw new Error(`clicking "${other.name}" opened ${got.pathname}${got.hash}, want ${want}`);
    await waitInViewport(page, `#${SWITCH_ANCHOR}`)
      .catch(() => { throw new Error(`after switching to ${other.lang}, #${SWITCH_ANCHOR} is not in the viewport`); });
  }
}

async function checkPrint(page, where) {
  await page.emulateMedia({ media: 'print' });
  try {
    const shown = await page.evaluate(() => ['.toc', 'nav.languages', '.skip-link']
      .map((sel) => {
        const el = document.querySelector(sel);
        return { sel, missing: !el, display: el ? getComputedStyle(el).display : null };
      }));
    for (const s of shown) {
      if (s.missing) fail(where, 'print', `${s.sel} not found on the page`);
      else if (s.display !== 'none') fail(where, 'print', `${s.sel} is printed (display: ${s.display})`);
    }
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
}

// ---- run -------------------------------------------------------------------
async function languagesOf(dir) {
  // Language pages are <site>/<lang>/index.html; the chooser is <site>/index.html.
  const langs = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.isDirectory() && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(e.name) && existsSync(path.join(dir, e.name, 'index.html'))) {
      langs.push(e.name);
    }
  }
  return langs.sort();
}

const browser = await launchChromium('a11y', () => server.close());

try {
  const full = singlePages.length === 0;
  const langs = full ? await languagesOf(siteDir) : [];
  if (full && langs.length === 0) throw new Error(`no <lang>/index.html under ${siteDir}`);
  if (full) await mkdir(SCREENSHOTS, { recursive: true });
  const targets = full
    ? [...langs.map((l) => ({ path: `/${l}/`, lang: l })), ...(existsSync(path.join(siteDir, 'index.html')) ? [{ path: '/', chooser: true }] : [])]
    : singlePages.map((p) => ({ path: p.startsWith('/') ? p : `/${p}`, single: true }));

  for (const vp of VIEWPORTS) {
    // A fresh context per viewport: no shared history, storage or scroll position.
    const context = await browser.newContext({ viewport: { width: vp.width, height: vp.height } });
    const page = await context.newPage();
    page.setDefaultTimeout(10000);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    for (const t of targets) {
      const url = base + t.path;
      const where = `[${t.path} ${vp.width}x${vp.height}]`;
      const resp = await page.goto(url);
      if (!resp || !resp.ok()) { fail(where, 'load', `HTTP ${resp ? resp.status() : 'no response'} for ${url}`); continue; }
      pageViews[t.lang ? 'language' : 'other'] += 1;
      let ax;
      const passed = [];
      const run = async (name, fn) => { if (await check(where, name, fn)) passed.push(name); };
      // A collapsed language list is opened, so its links are checked too.
      await page.evaluate(() => document.querySelectorAll('nav.languages details').forEach((d) => { d.open = true; }));
      await run('axe', async () => { ax = await checkAxe(page, where); });
      if (vp.width <= 400) await run('overflow', () => checkNoHorizontalScroll(page, where));
      if (t.lang) {
        await run('print', () => checkPrint(page, where));
        await page.screenshot({ path: path.join(SCREENSHOTS, `${t.lang}-${vp.width}.png`), fullPage: true });
        await run('keyboard', () => checkKeyboard(page, url, where));
        await run('language-switch', () => checkLanguageSwitch(page, t.lang, where));
      }
      // "to review": axe could not decide, e.g. contrast of text half scrolled
      // out of a table region; reported, not failed.
      const review = ax && ax.incomplete.length ? `, to review: ${ax.incomplete.join(' ')}` : '';
      console.log(`  ${where} axe ${ax ? ax.ids.length : '?'} rules, ${ax ? ax.violations.length : '?'} violations${review}; passed: ${passed.join(', ') || 'none'}`);
    }
    for (const e of errors) fail(`[${vp.width}x${vp.height}]`, 'script', `uncaught error in page: ${e}`);
    await context.close();
  }
} catch (e) {
  // not a finding about the pages: the run itself broke (no pages, browser crash)
  fail('[setup]', 'run', String(e.message || e).split('\n')[0]);
  process.exitCode = 2;
} finally {
  await browser.close();
  server.close();
}

const views = pageViews.other && singlePages.length === 0
  ? `${pageViews.language} page views (+${pageViews.other} of the language chooser)`
  : `${pageViews.language + pageViews.other} page views`;
console.log(`a11y: ${views}, ${rulesRun.size} axe rules, ${violationCount} violations, ${failures.length} failures`);
if (failures.length > 0) {
  console.error(`a11y: FAILED: ${failures.length} failures (each FAIL line above)`);
  process.exit(process.exitCode || 1);
}
