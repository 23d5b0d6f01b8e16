// Live-reload gate: `vellum serve` in Debian's Chromium.
//
//   node tests/gates/reload.mjs VELLUM_BINARY
//
// On a copy of the bundled example, with the English page open in a real
// browser:
//   (a) the page's reload script opens its event stream naming the page
//       (`/__vellum/events?page=%2Fen%2F`), which is how the server knows
//       which languages are being read;
//   (b) a writer's save (a section title in content/) reloads the page with
//       the new title, and the server says it rebuilt English first;
//   (c) the scroll position survives the reload.
//
// Exits 1 listing every failure, 2 on a setup problem (no binary, no browser).

import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './browser.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..');
const vellum = process.argv[2];
if (!vellum || !existsSync(vellum)) {
  console.error('usage: node tests/gates/reload.mjs VELLUM_BINARY');
  process.exit(2);
}

// The example, copied: the gate edits it.
const site = await mkdtemp(path.join(os.tmpdir(), 'vellum-reload-'));
for (const dir of ['content', 'locales', 'theme', 'versions']) {
  if (existsSync(path.join(REPO, dir))) await cp(path.join(REPO, dir), path.join(site, dir), { recursive: true });
}

// The server, and every line it logs.
const server = spawn(path.resolve(vellum), ['--root', site, 'serve', '--port', '0'], {
  stdio: ['ignore', 'ignore', 'pipe'],
  env: { ...process.env, NO_COLOR: '1' },
});
const lines = [];
const waiters = [];
let buffered = '';
server.stderr.on('data', (chunk) => {
  buffered += chunk.toString();
  let at;
  while ((at = buffered.indexOf('\n')) >= 0) {
    const line = buffered.slice(0, at);
    buffered = buffered.slice(at + 1);
    lines.push(line);
    for (const w of waiters.splice(0)) {
      if (w.test(line)) w.resolve(line);
      else waiters.push(w);
    }
  }
});
function logLine(test, what, ms = 60000) {
  const seen = lines.find(test);
  if (seen) return Promise.resolve(seen);
  return new Promise((resolve, reject) => {
    waiters.push({ test, resolve });
    // unref: a wait that was met must not keep the gate alive.
    setTimeout(() => reject(new Error(`no log line for ${what}; the log:\n${lines.join('\n')}`)), ms).unref();
  });
}

const failures = [];
let browser;
try {
  const serving = await logLine((l) => l.startsWith('serving http://127.0.0.1:'), 'the address');
  const base = serving.match(/serving (http:\/\/127\.0\.0\.1:\d+\/)/)[1];
  browser = await launchChromium('reload', async () => {
    server.kill();
    await rm(site, { recursive: true, force: true });
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(60000);
  // (a) The stream's response arrives once the server has registered it.
  const stream = page.waitForResponse((r) => r.url().includes('/__vellum/events'));
  await page.goto(`${base}en/`);
  const url = (await stream).url();
  if (!url.endsWith('/__vellum/events?page=%2Fen%2F')) {
    failures.push(`(a) the event stream does not name the page: ${url}`);
  }
  // (b) and (c): scroll, save, wait for the reload.
  await page.evaluate(() => window.scrollTo(0, 1500));
  const scrolled = await page.evaluate(() => window.scrollY);
  const file = path.join(site, 'content/sections/01-who-we-are.yaml');
  const text = await readFile(file, 'utf8');
  if (!/^title: Who we are$/m.test(text)) throw new Error(`${file} has no "title: Who we are" line`);
  const reloaded = page.waitForEvent('load');
  await writeFile(file, text.replace(/^title: Who we are$/m, 'title: About Kestrel'));
  await reloaded;
  const heading = await page.locator('#who-we-are-heading').innerText();
  if (!heading.includes('About Kestrel')) failures.push(`(b) after the reload the heading reads "${heading}"`);
  const first = await logLine((l) => l.startsWith('rebuilt en first in '), 'English rebuilt first');
  if (!first.includes('content/sections/01-who-we-are.yaml')) failures.push(`(b) the early rebuild names another file: ${first}`);
  await page
    .waitForFunction((y) => Math.abs(window.scrollY - y) < 2, scrolled, { timeout: 5000 })
    .catch(async () => failures.push(`(c) scrolled to ${scrolled}, after the reload at ${await page.evaluate(() => window.scrollY)}`));
} catch (e) {
  failures.push(String(e.message || e));
} finally {
  if (browser) await browser.close();
  server.kill();
  await rm(site, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`reload: ${failures.length} failure(s)`);
  for (const f of failures) console.error(`  - ${f}`);
  process.exit(1);
}
console.log('reload: the page named itself, reloaded first with the new title, and kept its scroll position');
