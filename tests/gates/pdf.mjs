// A minimal reader for the PDFs Chromium (Skia) writes, enough for the print
// gate: each page's size, the scale Chromium drew it at, the text sizes used
// and the text itself. No dependency: the gates install only what
// package-lock.json pins, and no PDF library is needed for this much.
//
//   import { readPdf } from './pdf.mjs';
//   const { pages } = readPdf(await page.pdf({ format: 'A4' }));
//   pages[0] -> { width, height, scale, textSizes: [px...], text }
//
// `scale` is 1 when Chromium printed at 100 %, below 1 when it shrank the
// page to fit content wider than the paper ("shrink to fit"). Skia starts
// every page with a CSS-pixel-to-point transform (0.75 at 100 %: 96 px =
// 72 pt) split over two `cm` operators; their product over 0.75 is the scale.
// Sizes are in CSS px at 100 % (what `font-size` says), after the scale.

import { inflateSync } from 'node:zlib';

const PX_TO_PT = 0.75;

/** Every `N 0 obj << dict >> [stream]` of the file, by object number. */
function objects(s) {
  const out = new Map();
  const re = /(\d+) 0 obj\s*/g;
  let m;
  while ((m = re.exec(s)) !== null) {
    const start = m.index + m[0].length;
    const end = s.indexOf('endobj', start);
    if (end < 0) break;
    const body = s.slice(start, end);
    const at = body.indexOf('stream');
    let dict = body;
    let stream = null;
    if (at >= 0 && body.startsWith('<<')) {
      dict = body.slice(0, at);
      let from = at + 'stream'.length;
      if (body[from] === '\r') from += 1;
      if (body[from] === '\n') from += 1;
      const len = /\/Length (\d+)(?! \d+ R)/.exec(dict);
      const raw = len ? body.slice(from, from + Number(len[1])) : body.slice(from, body.lastIndexOf('endstream'));
      const bytes = Buffer.from(raw, 'latin1');
      stream = /\/FlateDecode/.test(dict) ? safeInflate(bytes) : bytes;
    }
    out.set(Number(m[1]), { dict, stream });
    re.lastIndex = end;
  }
  return out;
}

function safeInflate(bytes) {
  try { return inflateSync(bytes); } catch { return Buffer.alloc(0); }
}

const ref = (dict, key) => {
  const m = new RegExp(`/${key} (\\d+) 0 R`).exec(dict);
  return m ? Number(m[1]) : null;
};

/** The page objects in reading order (the page tree walked depth first). */
function pageOrder(objs) {
  const catalog = [...objs.values()].find((o) => /\/Type \/Catalog/.test(o.dict));
  const pages = [];
  const walk = (n, depth) => {
    const o = objs.get(n);
    if (!o || depth > 32) return;
    if (/\/Type \/Page\b(?!s)/.test(o.dict)) { pages.push(o); return; }
    const kids = /\/Kids \[([^\]]*)\]/.exec(o.dict);
    for (const k of kids ? kids[1].matchAll(/(\d+) 0 R/g) : []) walk(Number(k[1]), depth + 1);
  };
  if (catalog) walk(ref(catalog.dict, 'Pages'), 0);
  return pages;
}

/** Code (as hex) -> text, from a ToUnicode CMap. */
function toUnicode(cmap) {
  const map = new Map();
  const hex = (h) => String.fromCodePoint(...(h.match(/.{4}/g) || []).map((x) => parseInt(x, 16)));
  const text = cmap.toString('latin1');
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src, dst] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      map.set(src.toUpperCase(), hex(dst));
    }
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, dst] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const a = parseInt(lo, 16); const b = parseInt(hi, 16); const d = parseInt(dst, 16);
      for (let c = a; c <= b && c - a < 65536; c++) {
        map.set(c.toString(16).toUpperCase().padStart(lo.length, '0'), String.fromCodePoint(d + c - a));
      }
    }
  }
  return map;
}

/** Font resource name -> code map, for one page. */
function pageFonts(objs, page) {
  let res = page.dict;
  const resRef = ref(page.dict, 'Resources');
  if (resRef !== null) res = objs.get(resRef)?.dict || '';
  let fontDict = /\/Font\s*<<([^>]*)>>/.exec(res)?.[1];
  if (!fontDict) {
    const fr = ref(res, 'Font');
    fontDict = fr !== null ? objs.get(fr)?.dict || '' : '';
  }
  const fonts = new Map();
  for (const [, name, n] of fontDict.matchAll(/\/(\w+) (\d+) 0 R/g)) {
    const font = objs.get(Number(n));
    const tu = font && ref(font.dict, 'ToUnicode');
    const cmap = tu !== null && tu !== undefined ? objs.get(tu)?.stream : null;
    fonts.set(name, cmap ? toUnicode(cmap) : new Map());
  }
  return fonts;
}

function decode(hexCodes, map) {
  let out = '';
  for (let i = 0; i + 4 <= hexCodes.length; i += 4) {
    out += map.get(hexCodes.slice(i, i + 4).toUpperCase()) ?? '';
  }
  return out;
}

/** Walks one page's content: the scale, the text sizes and the text. */
function readContent(content, fonts) {
  const tokens = content.toString('latin1').match(/<[0-9A-Fa-f]*>|\[[^\]]*\]|\/\w+|[-+]?\d*\.?\d+|[A-Za-z'"*]+/g) || [];
  const stack = [];
  let ctm = 1; // the product of the `cm` scale factors in force
  let scale = null;
  let font = new Map();
  let size = 0;
  const sizes = new Map();
  let text = '';
  const operands = [];
  for (const t of tokens) {
    if (/^[A-Za-z'"*]+$/.test(t)) {
      switch (t) {
        case 'q': stack.push(ctm); break;
        case 'Q': ctm = stack.pop() ?? 1; break;
        case 'cm': ctm *= Number(operands[operands.length - 6]) || 1; break;
        case 'Tf': font = fonts.get(operands[operands.length - 2]?.slice(1)) || new Map(); size = Number(operands.at(-1)); break;
        case 'Tj': case 'TJ': {
          const shown = operands.filter((o) => o.startsWith('<') || o.startsWith('['))
            .map((o) => [...o.matchAll(/<([0-9A-Fa-f]*)>/g)].map((x) => decode(x[1], font)).join('')).join('');
          if (shown.trim()) {
            // The first text fixes the page's scale: Skia's two setup
            // transforms are in force, and nothing else yet.
            if (scale === null) scale = ctm / PX_TO_PT;
            const px = Math.round((size * ctm / PX_TO_PT) * 100) / 100;
            sizes.set(px, (sizes.get(px) || 0) + shown.length);
          }
          text += shown;
          break;
        }
        case 'ET': text += '\n'; break;
        default: break;
      }
      operands.length = 0;
    } else {
      operands.push(t);
    }
  }
  return { scale: scale ?? 1, sizes, text };
}

/** Reads a PDF Chromium wrote: its pages with size, scale, text sizes, text. */
export function readPdf(buffer) {
  const s = Buffer.from(buffer).toString('latin1');
  const objs = objects(s);
  return {
    pages: pageOrder(objs).map((page) => {
      const box = /\/MediaBox \[([^\]]*)\]/.exec(page.dict)?.[1].trim().split(/\s+/).map(Number) || [0, 0, 0, 0];
      const fonts = pageFonts(objs, page);
      const contents = /\/Contents \[([^\]]*)\]/.exec(page.dict)?.[1] ?? /\/Contents (\d+ 0 R)/.exec(page.dict)?.[1] ?? '';
      const streams = [...contents.matchAll(/(\d+) 0 R/g)].map((m) => objs.get(Number(m[1]))?.stream).filter(Boolean);
      const { scale, sizes, text } = readContent(Buffer.concat(streams), fonts);
      return { width: box[2] - box[0], height: box[3] - box[1], scale, textSizes: sizes, text };
    }),
  };
}

/** A4 in PostScript points (210 × 297 mm). */
export const A4 = { width: 595.28, height: 841.89 };
