#!/usr/bin/env node
// `npm run screenshots`: pictures of the real product — the extension running in VS Code 1.100.3
// (code-server, driven by Debian's Chromium through playwright-core) — written to docs/images/,
// replacing the previous ones:
//
//   outline.png   samples/seed-speech.txt scrolled to 三、, the Outline view (一、…四、, （一）…,
//                 and the 首先/一是 … series members) expanded in the Explorer
//   problems.png  the Problems panel with the seed speech's findings (placeholders, template
//                 leftovers) under the editor showing the advertising lines
//   quickfix.png  a draft with numbering slips, the cursor on the flagged （一）、 and the
//                 quick-fix menu open
//
//   node scripts/screenshots.mjs [--no-build] [--locale zh-cn] [--scale 1|2] [--lossless]
//                                [--only outline,problems,quickfix] [--keep] [--verbose]
//
// The workspace is a copy of samples/ (plus the draft) in a temp folder: nothing in the
// repository but docs/images/*.png is written. Every step waits for real workbench state (DOM
// elements) with a bounded timeout; when something does not appear it saves a debug screenshot
// (/tmp/gongwen-screenshots-failed-*.png), names the step and exits 1. code-server and Chromium
// are always stopped, also on errors and Ctrl-C.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import {
  DEFAULT_SETTINGS, REPO_ROOT, ensureCodeServer, ensureDebianPackages, launchChromium, registerLanguagePack, startCodeServer, workbenchUrl,
} from './lib/code-server.mjs';

const PREFIX = '[screenshots]';
const OUT_DIR = path.join(REPO_ROOT, 'docs', 'images');
const SHOTS = ['outline', 'problems', 'quickfix'];
const VIEWPORT = { width: 1400, height: 900 };
const MAX_PNG_BYTES = 500 * 1024;
const SIDEBAR_WIDTH = 420;

const log = (...args) => console.log(PREFIX, ...args);

class StepError extends Error {}

// ---------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------

let opts;
try {
  ({ values: opts } = parseArgs({
    options: {
      'no-build': { type: 'boolean', default: false },
      // The display language code-server is started with (`--locale`). VS Code hands it to the
      // extension host as vscode.env.language, which the language client sends the server as the
      // LSP locale: the diagnostics are Chinese unless it is English.
      locale: { type: 'string', default: 'zh-cn' },
      scale: { type: 'string', default: '1' },
      only: { type: 'string' },
      lossless: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (err) {
  console.error(`${PREFIX} ${err.message}`);
  process.exit(2);
}
if (opts.help) {
  console.log([
    'usage: npm run screenshots -- [options]',
    '  --no-build          do not run `npm run build` first',
    '  --locale TAG        VS Code display language (default zh-cn: Chinese diagnostics; en: English)',
    '  --scale 1|2         device pixel ratio of the pictures (default 1)',
    '  --lossless          keep Chromium\'s 24-bit PNGs (default: 8-bit palette PNGs, less than half the size)',
    '  --only LIST         some of: outline,problems,quickfix',
    '  --keep              keep the temp workspace, user-data dir and code-server log',
    '  --verbose           echo the code-server log and the browser console',
  ].join('\n'));
  process.exit(0);
}
const scale = Number(opts.scale);
if (!(scale === 1 || scale === 2)) {
  console.error(`${PREFIX} --scale must be 1 or 2, got ${opts.scale}`);
  process.exit(2);
}
const only = opts.only ? opts.only.split(',').map((s) => s.trim().replace(/\.png$/, '')).filter(Boolean) : SHOTS;
for (const name of only) {
  if (!SHOTS.includes(name)) {
    console.error(`${PREFIX} --only: unknown picture "${name}" (known: ${SHOTS.join(', ')})`);
    process.exit(2);
  }
}

// ---------------------------------------------------------------------------------------------
// Workspace
// ---------------------------------------------------------------------------------------------

const SEED = 'seed-speech.txt';
const DRAFT = 'draft.gw';
// A short draft with numbering slips: （一）、 takes no mark after the bracket, 1、 takes a dot.
const DRAFT_TEXT = [
  '关于做好年度重点工作的通知',
  '',
  '一、总体要求',
  '（一）、工作目标',
  '（二）基本原则',
  '二、重点任务',
  '1、抓好落实',
  '2.加强督查',
  '',
].join('\n');

function makeWorkspace(tmpRoot) {
  const folder = path.join(tmpRoot, 'samples');
  fs.cpSync(path.join(REPO_ROOT, 'samples'), folder, { recursive: true });
  if (!fs.existsSync(path.join(folder, SEED))) throw new StepError(`samples/${SEED} is missing`);
  fs.writeFileSync(path.join(folder, DRAFT), DRAFT_TEXT);
  return folder;
}

/** Where the seed speech's 三、 heading is: { line (1-based), text }. */
function seedLines(folder) {
  const lines = fs.readFileSync(path.join(folder, SEED), 'utf8').split(/\r?\n/);
  const find = (re) => {
    const i = lines.findIndex((l) => re.test(l));
    if (i < 0) throw new StepError(`samples/${SEED} has no line matching ${re}`);
    return { line: i + 1, text: lines[i] };
  };
  return { third: find(/^三、/) };
}

// ---------------------------------------------------------------------------------------------
// Workbench helpers (all waits bounded; a failure names what did not appear)
// ---------------------------------------------------------------------------------------------

let page; // the workbench page (also for the debug screenshot)

async function step(what, fn) {
  try {
    return await (aborted ? Promise.race([fn(), aborted]) : fn());
  } catch (err) {
    if (err instanceof StepError) throw err;
    const shot = path.join(os.tmpdir(), `gongwen-screenshots-failed-${what.replace(/[^\w.-]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 60)}.png`);
    let saved = '';
    if (page) {
      try { await page.screenshot({ path: shot }); saved = `\n(debug screenshot: ${shot})`; } catch { /* page gone */ }
    }
    const first = String(err?.message ?? err).split('\n').slice(0, 6).join('\n');
    throw new StepError(`${what}: ${first}${saved}`);
  }
}

const ACTIVE_EDITOR = '.editor-group-container.active .monaco-editor[data-uri]';

/** Runs a command through the command palette by its (English or localized) label. */
async function runCommand(label, { timeout = 15_000 } = {}) {
  await step(`command palette: "${label}"`, async () => {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout });
    await input.fill(`>${label}`);
    const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: label }).first();
    await row.waitFor({ state: 'visible', timeout });
    // The first row must be the command we mean (the palette ranks exact matches first).
    const firstLabel = (await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').first().getAttribute('aria-label')) ?? '';
    if (!firstLabel.includes(label)) await row.click();
    else await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout });
  });
}

/** Opens a workspace file through Quick Open and waits for its editor to show `expectText`. */
async function openFile(name, expectText, { timeout = 30_000 } = {}) {
  await step(`open ${name}`, async () => {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout });
    await input.fill(name);
    await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: name }).first()
      .waitFor({ state: 'visible', timeout });
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout });
    await page.locator(`${ACTIVE_EDITOR} .view-line`, { hasText: expectText }).first().waitFor({ state: 'visible', timeout });
  });
}

/** Waits until the active editor shows at least one diagnostic squiggle. */
async function waitForSquiggles(timeout = 60_000) {
  await step('wait for diagnostics (squiggles) in the editor', async () => {
    await page.locator(`${ACTIVE_EDITOR} :is(.squiggly-error, .squiggly-warning, .squiggly-info)`).first()
      .waitFor({ state: 'attached', timeout });
  });
}

// Keybindings written to the user's keybindings.json: `revealLine` (scroll a line to the top of
// the editor) has no palette entry, only arguments.
const KEY_REVEAL_THIRD = 'Control+Alt+Shift+T';
const KEY_REVEAL_FIRST = 'Control+Alt+Shift+H';
function keybindings(lines) {
  const vsKey = (k) => k.toLowerCase().replace('control', 'ctrl');
  return [
    { key: vsKey(KEY_REVEAL_THIRD), command: 'revealLine', args: { lineNumber: lines.third.line - 1, at: 'top' }, when: 'editorTextFocus' },
    { key: vsKey(KEY_REVEAL_FIRST), command: 'revealLine', args: { lineNumber: 0, at: 'top' }, when: 'editorTextFocus' },
  ];
}

/** Presses `key` (bound to revealLine … at: top) and waits until the view line containing `text` is the editor's top line. */
async function revealAtTop(key, text, { timeout = 10_000 } = {}) {
  await step(`scroll the editor to "${text}"`, async () => {
    if (key) await page.keyboard.press(key);
    await page.waitForFunction(
      ([editorSel, t]) => {
        const editor = document.querySelector(editorSel);
        const viewport = editor?.querySelector('.monaco-scrollable-element.editor-scrollable');
        const line = [...(editor?.querySelectorAll('.view-line') ?? [])].find((e) => e.textContent.includes(t));
        if (!viewport || !line) return false;
        return Math.abs(line.getBoundingClientRect().top - viewport.getBoundingClientRect().top) <= 2;
      },
      [ACTIVE_EDITOR, text],
      { timeout },
    );
  });
}

/** Drags the sash at (x, y) to (toX, toY) and waits until `selector`'s box changed. */
async function dragSash(what, x, y, toX, toY, selector) {
  await step(what, async () => {
    const before = await page.locator(selector).first().boundingBox();
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move((x + toX) / 2, (y + toY) / 2, { steps: 4 });
    await page.mouse.move(toX, toY, { steps: 4 });
    await page.mouse.up();
    await page.waitForFunction(
      ([sel, b]) => {
        const r = document.querySelector(sel)?.getBoundingClientRect();
        return r && (Math.abs(r.width - b.width) > 10 || Math.abs(r.height - b.height) > 10);
      },
      [selector, before], { timeout: 5000 },
    );
  });
}

/** Goes to a line with Ctrl+G (reveals it) — the cursor ends up at its start. */
async function goToLine(lineNumber, { timeout = 15_000 } = {}) {
  await step(`go to line ${lineNumber}`, async () => {
    await page.locator(ACTIVE_EDITOR).first().click({ position: { x: 200, y: 10 } });
    await page.keyboard.press('Control+G');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout });
    await input.fill(`:${lineNumber}`);
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout });
  });
}

async function dismissNotifications() {
  const toasts = page.locator('.notifications-toasts .notification-toast');
  if (await toasts.count()) {
    await runCommand('Notifications: Clear All Notifications').catch(() => {});
    await toasts.first().waitFor({ state: 'detached', timeout: 5000 }).catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------
// Small PNGs: Chromium writes 24-bit PNGs with fast compression (~500 KB for a window full of
// Chinese text). Re-encoded as an 8-bit palette PNG they are less than half that size: when the
// picture has at most 256 colours this is lossless; otherwise the rarest colours (a few
// anti-aliasing shades, ~1-2 % of the pixels) go to their nearest palette colour, which the eye
// does not see. --lossless keeps Chromium's own file.
// ---------------------------------------------------------------------------------------------

function pngChunks(buf) {
  const chunks = [];
  for (let off = 8; off + 8 <= buf.length;) {
    const len = buf.readUInt32BE(off);
    chunks.push({ type: buf.toString('latin1', off + 4, off + 8), data: buf.subarray(off + 8, off + 8 + len) });
    off += 12 + len;
  }
  return chunks;
}

/** Decodes an 8-bit RGB/RGBA non-interlaced PNG into { width, height, rgb } (alpha dropped). */
function decodePng(buf) {
  const chunks = pngChunks(buf);
  const ihdr = chunks.find((c) => c.type === 'IHDR')?.data;
  if (!ihdr) throw new Error('not a PNG');
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const [depth, colorType, , , interlace] = ihdr.subarray(8, 13);
  const bpp = { 2: 3, 6: 4 }[colorType];
  if (depth !== 8 || !bpp || interlace) return null; // not what Chromium writes: leave it alone
  const raw = zlib.inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const stride = width * bpp;
  const rows = Buffer.alloc(height * stride);
  const zero = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const cur = rows.subarray(y * stride, (y + 1) * stride);
    const prev = y ? rows.subarray((y - 1) * stride, y * stride) : zero;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? cur[x - bpp] : 0;
      const b = prev[x];
      let v = src[x];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const c = x >= bpp ? prev[x - bpp] : 0;
        const p = a + b - c;
        const pa = Math.abs(p - a); const pb = Math.abs(p - b); const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      cur[x] = v & 255;
    }
  }
  const rgb = new Uint32Array(width * height);
  for (let i = 0, j = 0; j < rgb.length; i += bpp, j++) rgb[j] = (rows[i] << 16) | (rows[i + 1] << 8) | rows[i + 2];
  return { width, height, rgb };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 255] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type, data) {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([head, body, crc]);
}

const colorDistance = (p, q) => {
  const dr = (p >> 16) - (q >> 16); const dg = ((p >> 8) & 255) - ((q >> 8) & 255); const db = (p & 255) - (q & 255);
  return 3 * dr * dr + 4 * dg * dg + 2 * db * db;
};

/** An 8-bit palette PNG of the same picture, or null when it cannot be made. */
function palettePng(buf) {
  const img = decodePng(buf);
  if (!img) return null;
  const counts = new Map();
  for (const c of img.rgb) counts.set(c, (counts.get(c) ?? 0) + 1);
  const byUse = [...counts.keys()].sort((p, q) => counts.get(q) - counts.get(p));
  let palette;
  if (byUse.length <= 256) {
    palette = byUse;
  } else {
    // Most used first, skipping near-duplicates so that rare but distinct colours (icons,
    // squiggles, ruler marks) still get an entry; then fill up with what was skipped.
    palette = [];
    const skipped = [];
    for (const c of byUse) {
      if (palette.length === 256) break;
      if (palette.some((p) => colorDistance(p, c) < 300)) skipped.push(c);
      else palette.push(c);
    }
    for (const c of skipped) { if (palette.length === 256) break; palette.push(c); }
  }
  const index = new Map(palette.map((c, i) => [c, i]));
  const nearest = (c) => {
    let best = 0; let bestD = Infinity;
    for (let i = 0; i < palette.length; i++) {
      const d = colorDistance(c, palette[i]);
      if (d < bestD) { bestD = d; best = i; }
    }
    return best;
  };
  const { width, height } = img;
  const raw = Buffer.alloc(height * (width + 1)); // filter type 0 on every row: best for palette data
  for (let y = 0, j = 0; y < height; y++) {
    let o = y * (width + 1) + 1;
    for (let x = 0; x < width; x++, j++) {
      const c = img.rgb[j];
      let i = index.get(c);
      if (i === undefined) { i = nearest(c); index.set(c, i); }
      raw[o++] = i;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 3; // indexed colour
  const plte = Buffer.alloc(palette.length * 3);
  palette.forEach((c, i) => { plte[3 * i] = c >> 16; plte[3 * i + 1] = (c >> 8) & 255; plte[3 * i + 2] = c & 255; });
  return Buffer.concat([
    buf.subarray(0, 8),
    pngChunk('IHDR', ihdr),
    pngChunk('PLTE', plte),
    pngChunk('IDAT', zlib.deflateSync(raw, { level: 9, memLevel: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

async function save(name, { moveMouseAway = true } = {}) {
  const file = path.join(OUT_DIR, `${name}.png`);
  const png = await step(`screenshot ${name}.png`, async () => {
    // The mouse to an empty spot of the title bar: no hover, no scrollbar shown on hover.
    if (moveMouseAway) await page.mouse.move(VIEWPORT.width - 200, 12);
    // One more frame, so pending renders are on screen.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    return page.screenshot({ animations: 'disabled', caret: 'initial' });
  });
  let out = png;
  if (!opts.lossless) {
    try {
      const small = palettePng(png);
      if (small && small.length < png.length) out = small;
    } catch (err) {
      log(`(kept the 24-bit PNG for ${name}.png: ${err.message})`);
    }
  }
  fs.writeFileSync(file, out);
  log(`wrote ${path.relative(REPO_ROOT, file)} (${Math.round(out.length / 1024)} KB)`);
  if (out.length > MAX_PNG_BYTES) log(`WARNING: ${name}.png is ${Math.round(out.length / 1024)} KB (over ${MAX_PNG_BYTES / 1024} KB)`);
  return file;
}

// ---------------------------------------------------------------------------------------------
// The pictures
// ---------------------------------------------------------------------------------------------

const OUTLINE_TREE = '.outline-pane .outline-tree';
const outlineRow = (text) => page.locator(`${OUTLINE_TREE} .monaco-list-row`, { hasText: text }).first();

async function showOutline() {
  await runCommand('Explorer: Focus on Outline View');
  // A wider sidebar, so the Outline's Chinese headings are not cut short.
  const side = await page.locator('.part.sidebar').boundingBox();
  if (side && side.width < SIDEBAR_WIDTH - 10) {
    const x = side.x + side.width;
    await dragSash('widen the sidebar', x, side.y + side.height / 2, side.x + SIDEBAR_WIDTH, side.y + side.height / 2, '.part.sidebar');
  }
  await step('wait for the Outline tree (一、 …)', async () => {
    await outlineRow('一、').waitFor({ state: 'visible', timeout: 30_000 });
  });
  // Give the Outline the whole sidebar: collapse the folder view above it.
  await step('collapse the Explorer folder view', async () => {
    const header = page.locator('.pane:has(.explorer-folders-view) > .pane-header').first();
    await header.waitFor({ state: 'visible', timeout: 10_000 });
    if (await header.getAttribute('aria-expanded') === 'true') {
      await header.click();
      await page.locator('.pane:has(.explorer-folders-view) > .pane-header[aria-expanded="false"]').waitFor({ timeout: 10_000 });
    }
  });
}

/** Expands every collapsed node of the Outline tree (in view) by clicking its twistie. */
async function expandOutline() {
  await step('expand the Outline tree', async () => {
    for (let round = 0; round < 50; round++) {
      const row = page.locator(`${OUTLINE_TREE} .monaco-list-row[aria-expanded="false"]:has(.monaco-tl-twistie.collapsible)`).first();
      if (await row.count() === 0) return;
      const index = await row.getAttribute('data-index');
      await row.locator('.monaco-tl-twistie').click();
      await page.locator(`${OUTLINE_TREE} .monaco-list-row[data-index="${index}"][aria-expanded="true"]`).waitFor({ timeout: 5000 });
    }
    throw new Error('the Outline tree still had collapsed rows after 50 clicks');
  });
}

async function shootOutline(lines) {
  await showOutline();
  await expandOutline();
  // Put the cursor on 三、 and bring that line to the top of the editor.
  const third = lines.third.text.slice(0, 10);
  await goToLine(lines.third.line);
  await revealAtTop(KEY_REVEAL_THIRD, third);
  // Select 三、 in the Outline too (a single click reveals it in the editor, already in view, and
  // keeps the focus in the tree, so the row shows as selected).
  await step('select 三、 in the Outline', async () => {
    const row = outlineRow(lines.third.text.slice(0, 6));
    await row.waitFor({ state: 'visible', timeout: 10_000 });
    await row.click();
    await page.locator(`${OUTLINE_TREE} .monaco-list-row.selected`, { hasText: lines.third.text.slice(0, 6) })
      .waitFor({ state: 'visible', timeout: 10_000 });
  });
  await revealAtTop(null, third);
  await expandOutline();
  await dismissNotifications();
  return save('outline');
}

async function shootProblems(firstLine) {
  await goToLine(1);
  await revealAtTop(KEY_REVEAL_FIRST, firstLine);
  await runCommand('View: Focus Problems (Errors, Warnings, Infos)');
  const placeholderRow = page.locator('.markers-panel .monaco-list-row', { hasText: 'X' });
  await step('wait for the findings in the Problems panel', async () => {
    await placeholderRow.first().waitFor({ state: 'visible', timeout: 30_000 });
  });
  // Make the panel taller (drag the sash between the editor and the panel), so more rows show.
  // The editor keeps the first lines (the advertising lines) in view, down to line 6.
  const panelBox = await page.locator('.part.panel.bottom').boundingBox();
  const line6 = await page.locator(`${ACTIVE_EDITOR} .line-numbers`, { hasText: /^6$/ }).first().boundingBox();
  const panelTop = Math.round(line6 ? line6.y + line6.height : 215);
  if (panelBox && panelBox.y > panelTop + 10) {
    const x = panelBox.x + panelBox.width / 2;
    await dragSash('enlarge the Problems panel', x, panelBox.y + 1, x, panelTop, '.part.panel.bottom');
  }
  // The panel lists errors first, then warnings and infos: scroll the list to its end so that
  // the template leftovers (warnings) show under the placeholders.
  await step('scroll the Problems list to its end', async () => {
    const list = page.locator('.markers-panel .monaco-list').first();
    const box = await list.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // At the end when the list's last row is rendered at the bottom of the list's viewport (the
    // scrollbar's track; a few pixels may fall under the panel's border). A wheel event scrolls
    // a bounded amount: turn the wheel until then.
    const atEnd = () => {
      const track = document.querySelector('.markers-panel .monaco-list .scrollbar.vertical');
      const last = document.querySelector('.markers-panel .monaco-list-row[data-last-element="true"]');
      if (!track || !last) return false;
      const r = last.getBoundingClientRect();
      return r.bottom - track.getBoundingClientRect().bottom < r.height / 2;
    };
    for (let turn = 0; turn < 30 && !(await page.evaluate(atEnd)); turn++) {
      await page.mouse.wheel(0, 400);
      await page.waitForFunction(atEnd, null, { timeout: 500 }).catch(() => {});
    }
    await page.waitForFunction(atEnd, null, { timeout: 5_000 });
  });
  const messages = await page.locator('.markers-panel .monaco-list-row[aria-level="2"]').allInnerTexts();
  const leftovers = messages.filter((m) => m.includes('template-leftover')).length;
  const placeholders = messages.filter((m) => /\bplaceholder\b/.test(m)).length;
  log(`Problems panel shows ${placeholders} placeholder and ${leftovers} template-leftover rows; e.g. ${JSON.stringify(messages.find((m) => m.includes('template-leftover'))?.split('\n')[0] ?? messages[0] ?? '')}`);
  if (!leftovers || !placeholders) throw new StepError('the Problems panel does not show both placeholder and template-leftover findings');
  await dismissNotifications();
  if (opts.locale && !/^en\b/i.test(opts.locale) && messages.some((m) => /\b(template|placeholder|replace|unfilled)\b.*\b(template|placeholder|replace|unfilled)\b/i.test(m.split('gongwen(')[0]))) {
    log(`WARNING: --locale ${opts.locale} but the diagnostics are in English`);
  }
  return save('problems');
}

async function shootQuickFix() {
  // Close the panel (toggle it off) so the draft's editor has the room.
  if (await page.locator('.part.panel.bottom').isVisible()) await runCommand('View: Toggle Panel Visibility');
  await openFile(DRAFT, '（一）、工作目标');
  await waitForSquiggles();
  await step('put the cursor on the flagged mark', async () => {
    const editor = page.locator(ACTIVE_EDITOR).first();
    const line = editor.locator('.view-line', { hasText: '（一）、工作目标' }).first();
    const lbox = await line.boundingBox();
    const squiggle = editor.locator('.squiggly-error');
    const n = await squiggle.count();
    let target;
    for (let i = 0; i < n; i++) {
      const b = await squiggle.nth(i).boundingBox();
      if (b && lbox && Math.abs((b.y + b.height / 2) - (lbox.y + lbox.height / 2)) < lbox.height) { target = b; break; }
    }
    if (!target) throw new Error('no error squiggle on the line “（一）、工作目标”');
    await page.mouse.click(target.x + target.width / 2, target.y + target.height / 2);
    // Move the mouse off the text so no hover covers the menu.
    const ebox = await editor.boundingBox();
    await page.mouse.move(ebox.x + ebox.width - 60, ebox.y + ebox.height - 40);
    await page.locator('.monaco-hover:not(.hidden)').waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
  });
  await step('open the quick-fix menu (Ctrl+.)', async () => {
    await page.keyboard.press('Control+.');
    await page.locator('.action-widget').waitFor({ state: 'visible', timeout: 15_000 });
    await page.locator('.action-widget .monaco-list-row', { hasText: '（一）' }).first().waitFor({ state: 'visible', timeout: 15_000 });
  });
  await dismissNotifications();
  return save('quickfix', { moveMouseAway: false });
}

// ---------------------------------------------------------------------------------------------
// Display language
// ---------------------------------------------------------------------------------------------


// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

const SETTINGS = {
  ...DEFAULT_SETTINGS,
  'editor.wordWrap': 'on', // the long Chinese paragraphs stay readable
  'editor.minimap.enabled': false,
  'editor.stickyScroll.enabled': false, // it would cover the line scrolled to the top
  'outline.collapseItems': 'alwaysExpand',
  'workbench.editor.enablePreview': false,
  'chat.commandCenter.enabled': false,
  'workbench.layoutControl.enabled': false,
};

let cleanup = async () => {};
let aborted = null; // rejects when code-server or the page dies, so a step fails at once

async function main() {
  const started = Date.now();
  if (!opts['no-build']) {
    log('> npm run build');
    const r = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
    if (r.error || r.status !== 0) throw new StepError(`npm run build failed (${r.error?.message ?? `exit ${r.status ?? r.signal}`})`);
  }
  for (const out of ['client/out/extension.js', 'server/out/main.js']) {
    if (!fs.existsSync(path.join(REPO_ROOT, out))) throw new StepError(`${out} is missing: run \`npm run build\``);
  }
  await ensureDebianPackages();
  await ensureCodeServer();

  const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-screenshots-'));
  let server;
  let browser;
  let cleaned = null;
  // If the process goes away before cleanup() finishes (Playwright ends it on Ctrl-C, and
  // code-server's library kills its process group on exit), at least remove the temp folders.
  process.on('exit', () => {
    if (opts.keep) return;
    fs.rmSync(tmpRoot, { recursive: true, force: true });
    if (server) fs.rmSync(path.dirname(server.logFile), { recursive: true, force: true });
  });
  cleanup = () => {
    cleaned ??= (async () => {
      if (browser) await browser.close().catch(() => {});
      if (server) await server.stop().catch(() => {});
      if (!opts.keep) fs.rmSync(tmpRoot, { recursive: true, force: true });
      else log(`kept ${tmpRoot}${server ? ` and ${server.logFile}` : ''}`);
    })();
    return cleaned;
  };
  try {
    const workspace = makeWorkspace(tmpRoot);
    const lines = seedLines(workspace);
    const userDataDir = path.join(tmpRoot, 'user-data');
    fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
    fs.writeFileSync(path.join(userDataDir, 'User', 'keybindings.json'), `${JSON.stringify(keybindings(lines), null, 2)}\n`);
    if (opts.locale && !/^en\b/i.test(opts.locale)) registerLanguagePack(userDataDir, opts.locale, tmpRoot);

    server = await startCodeServer({
      userDataDir,
      settings: SETTINGS,
      extraArgs: opts.locale ? ['--locale', opts.locale] : [],
      disableGallery: true,
      quiet: !opts.verbose,
      keepTemp: opts.keep,
    });
    log(`code-server on 127.0.0.1:${server.port}${opts.locale ? ` (--locale ${opts.locale})` : ''}, up after ${((Date.now() - started) / 1000).toFixed(1)}s`);
    let abort;
    aborted = new Promise((_, reject) => { abort = reject; });
    aborted.catch(() => {});
    server.exited.then((e) => abort(new StepError(
      `code-server exited (${e.signal ?? `code ${e.code}`}).\n--- code-server log ---\n${server.logTail()}`,
    )));

    browser = await launchChromium();
    browser.on('disconnected', () => abort(new StepError('Chromium went away')));
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: scale });
    page = await context.newPage();
    page.on('crash', () => abort(new StepError('the workbench page crashed')));
    if (opts.verbose) page.on('console', (m) => console.log(`${PREFIX} browser ${m.type()}: ${m.text()}`));

    const firstLine = fs.readFileSync(path.join(workspace, SEED), 'utf8').split(/\r?\n/).find((l) => l.trim()).trim().slice(0, 4);
    const url = workbenchUrl({ port: server.port, folder: workspace, extensionDevelopmentPath: REPO_ROOT, file: path.join(workspace, SEED) });
    await step('load the workbench', async () => {
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
      await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    });
    await step(`wait for ${SEED} in an editor`, async () => {
      await page.locator(`${ACTIVE_EDITOR} .view-line`, { hasText: firstLine }).first().waitFor({ state: 'visible', timeout: 60_000 });
    });
    await waitForSquiggles(); // the extension is up and has checked the file

    fs.mkdirSync(OUT_DIR, { recursive: true });
    if (only.includes('outline')) await shootOutline(lines);
    if (only.includes('problems')) await shootProblems(firstLine);
    if (only.includes('quickfix')) await shootQuickFix();
    log(`done in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  } finally {
    await cleanup();
  }
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    console.error(`\n${PREFIX} ${signal}: stopping code-server and Chromium...`);
    cleanup().finally(() => process.exit(130));
  });
}

try {
  await main();
} catch (err) {
  console.error(`\n${PREFIX} FAILED: ${err instanceof StepError ? err.message : (err?.stack ?? err)}`);
  process.exitCode = 1;
}
