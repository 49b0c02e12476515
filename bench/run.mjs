#!/usr/bin/env node
// npm run bench: measures Gongwen against the design's performance targets, prints a table and
// rewrites docs/benchmarks.md (intro from bench/intro.md, then the results and the machine).
//
//   node bench/run.mjs [--no-vscode] [--quick] [--no-write] [--debounce-ms N] [--strict]
//
// Measures what `npm run build` produced (the engine in server/out, the bundles in dist/): run it first.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchActivation } from './activation.mjs';
import { benchEngine } from './engine.mjs';
import { benchLongTyping, benchMemory, benchTyping } from './server.mjs';
import { REPO_ROOT, chars, machineInfo, mb, ms, staleBuild } from './lib/stats.mjs';

const { values: opts } = parseArgs({
  options: {
    'no-vscode': { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    'debounce-ms': { type: 'string', default: '0' },
    strict: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opts.help) {
  console.log('usage: node bench/run.mjs [--no-vscode] [--quick] [--no-write] [--debounce-ms N] [--strict]');
  process.exit(0);
}
const debounce = Number(opts['debounce-ms']);
if (!Number.isFinite(debounce) || debounce < 0) {
  console.error(`--debounce-ms must be a number of milliseconds, got ${opts['debounce-ms']}`);
  process.exit(2);
}

const started = Date.now();
const machine = machineInfo();
const loadBefore = os.loadavg();
const stale = staleBuild();
console.log(`Gongwen benchmarks — ${machine.cpu}, ${machine.cores} cores, ${machine.memory}, Node ${machine.node}, ${machine.date}`);
if (stale.length) {
  console.log(`WARNING: the build is older than these sources; run \`npm run build\` first: ${stale.slice(0, 5).join(', ')}${stale.length > 5 ? ', …' : ''}`);
}
if (loadBefore[0] > machine.cores / 2) {
  console.log(`WARNING: the machine is busy (load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')}): the numbers will be noisy.`);
}

/** Runs one part; an exception becomes { error } so that the other parts still run. */
async function part(title, fn) {
  console.log(`\n${title}`);
  try {
    return await fn();
  } catch (error) {
    console.log(`  ERROR: ${error instanceof Error ? error.message : String(error)}`);
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

const engine = await part('1. Engine: analyze + buildOutline vs one linear pass', () => benchEngine({ quick: opts.quick }));
const typing = await part('2. Server over stdio: diagnostics while typing, documentSymbol (20k speech)', () => benchTyping({ quick: opts.quick }));
const longTyping = await part('   Typing in a 2M-character compilation (information)', () => benchLongTyping({ quick: opts.quick }));
const memory = await part('3. Server memory: ten 200k documents open', () => benchMemory({ quick: opts.quick }));
const activation = opts['no-vscode']
  ? { skipped: '--no-vscode' }
  : await part('4. Extension activation in VS Code (code-server + Chromium)', () => benchActivation());
if (activation.skipped && !opts['no-vscode']) console.log(`  skipped: ${activation.skipped}`);
const loadAfter = os.loadavg();

// ---------------------------------------------------------------------------------------------
// The table: one row per measurement; rows with a target get PASS / MISS.
// ---------------------------------------------------------------------------------------------

const rows = [];
const verdict = (ok) => (ok ? 'PASS' : 'MISS');
const errorRow = (what, r) => rows.push({ what, result: r.skipped ? `skipped (${r.skipped})` : `ERROR: ${String(r.error).split('\n')[0]}`, detail: '', target: '', status: r.skipped ? 'SKIP' : 'ERROR' });

if (Array.isArray(engine)) {
  const targets = { 20_000: 2, 2_000_000: 200 };
  for (const e of engine) {
    const target = targets[e.size];
    rows.push({
      what: `Engine, ${chars(e.length)} chars`,
      result: ms(e.engine),
      detail: `median of ${e.runs}; baseline ${ms(e.baseline)} (${e.ratio.toFixed(0)}×); scanning pass ${ms(e.scan)} (${e.scanRatio.toFixed(0)}×); character loop ${ms(e.character)} (${e.characterRatio.toFixed(0)}×)`,
      target: target ? `< ${target} ms` : '',
      status: target ? verdict(e.engine < target) : '',
    });
    if (e.size === 2_000_000) {
      rows.push({
        what: `Engine ÷ baseline, ${chars(e.length)} chars`,
        result: `${e.ratio.toFixed(1)}×`,
        detail: `${ms(e.engine)} ÷ ${ms(e.baseline)} (split + /^[一二三四五六七八九十]+、/ per line)`,
        target: '≤ 5×',
        status: verdict(e.ratio <= 5),
      });
      rows.push({
        what: `  (info) engine ÷ scanning pass`,
        result: `${e.scanRatio.toFixed(1)}×`,
        detail: `${ms(e.engine)} ÷ ${ms(e.scan)} (split + /[XＸ×]+/g per line, reads every character)`,
        target: '',
        status: '',
      });
      rows.push({
        what: `  (info) character loop ÷ baseline`,
        result: `${(e.character / e.baseline).toFixed(1)}×`,
        detail: `${ms(e.character)} ÷ ${ms(e.baseline)}: a JavaScript loop that only reads each character once`,
        target: '',
        status: '',
      });
    }
  }
} else {
  errorRow('Engine', engine);
}

if (!typing.error) {
  const judged = typing.diagP95 - debounce;
  rows.push({
    what: 'didChange → publishDiagnostics, 20k',
    result: `p95 ${ms(typing.diagP95)}`,
    detail: `median ${ms(typing.diagMedian)}, max ${ms(typing.diagMax)}, ${typing.edits} edits${debounce ? `; judged minus ${debounce} ms debounce` : ''}`,
    target: '< 50 ms',
    status: verdict(judged < 50),
  });
  rows.push({
    what: 'documentSymbol, 20k',
    result: `p95 ${ms(typing.symbolP95)}`,
    detail: `median ${ms(typing.symbolMedian)}, ${typing.symbolRuns} requests, ${typing.symbolCount} symbols`,
    target: '< 10 ms',
    status: verdict(typing.symbolP95 < 10),
  });
  rows.push({
    what: '  (info) burst of 5 keystrokes',
    result: `p95 ${ms(typing.burstP95)}`,
    detail: `last change → its publish; median ${ms(typing.burstMedian)}`,
    target: '',
    status: '',
  });
  if (!longTyping.error) {
    rows.push({
      what: `  (info) burst of 5 keystrokes, ${chars(longTyping.length)} chars`,
      result: `p95 ${ms(longTyping.burstP95)}`,
      detail: `last change → its publish; median ${ms(longTyping.burstMedian)}; ${longTyping.pushes} pushes for ${longTyping.changes} changes; didOpen → first publish ${ms(longTyping.openLatency)}`,
      target: '',
      status: '',
    });
  } else {
    errorRow('  (info) typing in a 2M compilation', longTyping);
  }
  rows.push({
    what: '  (info) documentSymbol after a change',
    result: `p95 ${ms(typing.afterChangeP95)}`,
    detail: `sent right after didChange; median ${ms(typing.afterChangeMedian)}`,
    target: '',
    status: '',
  });
  rows.push({
    what: '  (info) server start',
    result: ms(typing.startup),
    detail: 'spawn → initialize result',
    target: '',
    status: '',
  });
} else {
  errorRow('Server over stdio', typing);
}

if (!memory.error) {
  rows.push({
    what: 'Server RSS, ten 200k documents',
    result: mb(memory.rss),
    detail: `idle ${mb(memory.idleRss)}, peak ${mb(memory.peakRss)}, ${chars(memory.totalChars)} chars in all`,
    target: '< 80 MB',
    status: verdict(memory.rss < 80 * 1024 * 1024),
  });
} else {
  errorRow('Server RSS', memory);
}

if (activation.skipped || activation.error) {
  errorRow('Extension activation', activation);
} else {
  const h = activation.host;
  // Activation as VS Code itself measures and shows it (Developer: Show Running Extensions):
  // loading the extension's code, calling activate(), and waiting for its promise.
  const hostMs = h ? h.codeLoadingTime + h.activateCallTime + h.activateResolvedTime : undefined;
  rows.push({
    what: 'Extension activation (VS Code)',
    result: hostMs === undefined ? 'n/a' : ms(hostMs),
    detail: h
      ? `as VS Code reports it: load ${h.codeLoadingTime} + call ${h.activateCallTime} + resolve ${h.activateResolvedTime} ms`
      : `extension host times unavailable${activation.activeAtStart ? ' (WARNING: active before the test)' : ''}`,
    target: '< 100 ms',
    status: hostMs === undefined ? 'MISS' : verdict(hostMs < 100),
  });
  rows.push({
    what: '  (info) open → activate() resolved',
    result: ms(activation.activationMs),
    detail: 'includes VS Code opening the document and dispatching onLanguage',
    target: '',
    status: '',
  });
  rows.push({
    what: '  (info) first diagnostics in VS Code',
    result: ms(activation.firstDiagnosticsMs),
    detail: 'open .gw → diagnostics shown',
    target: '',
    status: '',
  });
}

const seconds = (Date.now() - started) / 1000;

// Console table (ASCII-width columns; the CJK in the detail column comes last).
const header = { what: 'Measurement', result: 'Result', target: 'Target', status: 'Status', detail: 'Detail' };
const cols = ['what', 'result', 'target', 'status'];
const width = Object.fromEntries(cols.map((c) => [c, Math.max(header[c].length, ...rows.map((r) => String(r[c]).length))]));
const line = (r) => `${cols.map((c) => String(r[c]).padEnd(width[c])).join('  ')}  ${r.detail}`;
console.log(`\n${line(header)}`);
console.log(cols.map((c) => '-'.repeat(width[c])).join('  ') + '  ' + '-'.repeat(6));
for (const r of rows) console.log(line(r));
const missed = rows.filter((r) => r.status === 'MISS').length;
console.log(`\n${rows.filter((r) => r.status === 'PASS').length} PASS, ${missed} MISS${rows.some((r) => r.status === 'ERROR') ? ', some ERROR' : ''} — ${seconds.toFixed(0)} s`);

// ---------------------------------------------------------------------------------------------
// docs/benchmarks.md
// ---------------------------------------------------------------------------------------------

function markdown() {
  const esc = (s) => String(s).replace(/\|/g, '\\|');
  const out = [];
  out.push(fs.readFileSync(path.join(REPO_ROOT, 'bench', 'intro.md'), 'utf8').trimEnd(), '');
  out.push('## Latest run', '');
  out.push('<!-- Everything from here on is generated by bench/run.mjs: edit bench/intro.md instead. -->', '');
  out.push(`- Date: ${machine.date}`);
  out.push(`- CPU: ${machine.cpu}, ${machine.cores} cores; memory ${machine.memory}`);
  out.push(`- Node ${machine.node}; ${machine.os}`);
  out.push(`- Commit: ${machine.commit}`);
  out.push(`- Load average before / after: ${loadBefore.map((l) => l.toFixed(2)).join(' ')} / ${loadAfter.map((l) => l.toFixed(2)).join(' ')}`
    + (loadBefore[0] > machine.cores / 2 ? ' (busy machine: numbers are noisy)' : ''));
  out.push(`- Options: ${[opts.quick && '--quick', opts['no-vscode'] && '--no-vscode', debounce && `--debounce-ms ${debounce}`].filter(Boolean).join(' ') || 'none'}; whole run ${seconds.toFixed(0)} s`);
  if (stale.length) out.push(`- WARNING: the build was older than ${stale.length} source file(s) (e.g. ${stale[0]})`);
  out.push('');
  out.push('| Measurement | Result | Target | Status | Detail |', '|---|---|---|---|---|');
  for (const r of rows) out.push(`| ${esc(r.what.trim())} | ${esc(r.result)} | ${esc(r.target)} | ${r.status} | ${esc(r.detail)} |`);
  out.push('');
  if (Array.isArray(engine)) {
    out.push('### Engine', '');
    out.push('Medians (warm-up + measured runs); "fastest" is the fastest engine run, for a sense of the noise.', '');
    out.push('| Size | Lines | Headings | Series | Findings | Runs | analyze + outline | fastest | analyze | outline | Baseline | Ratio | Scanning pass | Ratio | Character loop | Ratio |');
    out.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const e of engine) {
      out.push(`| ${chars(e.length)} | ${chars(e.lines)} | ${chars(e.headings)} | ${chars(e.series)} | ${chars(e.findings)} | ${e.warmup} + ${e.runs} | `
        + `${ms(e.engine)} | ${ms(e.engineMin)} | ${ms(e.analyze)} | ${ms(e.outline)} | ${ms(e.baseline)} | ${e.ratio.toFixed(1)}× | ${ms(e.scan)} | ${e.scanRatio.toFixed(1)}× | ${ms(e.character)} | ${e.characterRatio.toFixed(1)}× |`);
    }
    const big = engine[engine.length - 1];
    out.push('', `Findings on the ${chars(big.length)}-character document, by rule: `
      + Object.entries(big.findingsByRule).map(([k, v]) => `${k} ${chars(v)}`).join(', ') + '.', '');
  }
  if (!typing.error) {
    out.push('### Server over stdio (20k speech)', '');
    out.push('| What | Median | p95 |', '|---|---:|---:|');
    out.push(`| didChange → publishDiagnostics (${typing.edits} single-character edits) | ${ms(typing.diagMedian)} | ${ms(typing.diagP95)} |`);
    out.push(`| burst of 5 changes, last change → its publish | ${ms(typing.burstMedian)} | ${ms(typing.burstP95)} |`);
    out.push(`| documentSymbol, unchanged document (${typing.symbolRuns} requests) | ${ms(typing.symbolMedian)} | ${ms(typing.symbolP95)} |`);
    out.push(`| documentSymbol sent right after a change | ${ms(typing.afterChangeMedian)} | ${ms(typing.afterChangeP95)} |`);
    out.push('', `Server start (spawn → initialize result): ${ms(typing.startup)}; didOpen → first publish: ${ms(typing.openLatency)}.`, '');
    if (!longTyping.error) {
      out.push(`Typing in a ${chars(longTyping.length)}-character compilation: didOpen → first publish ${ms(longTyping.openLatency)}; `
        + `${longTyping.bursts} bursts of 5 keystrokes, last change → its publish median ${ms(longTyping.burstMedian)}, p95 ${ms(longTyping.burstP95)}; `
        + `the server pushed ${longTyping.pushes} times for the ${longTyping.changes} changes.`, '');
    }
  }
  if (!memory.error) {
    out.push('### Server memory', '');
    out.push(`Idle after initialize: ${mb(memory.idleRss)} RSS. Ten 200k documents (${chars(memory.totalChars)} characters) opened at once, `
      + `all diagnostics in after ${ms(memory.allPublished)}: ${mb(memory.rss)} RSS (1 s later ${mb(memory.settledRss)}; peak VmHWM ${mb(memory.peakRss)}).`, '');
  }
  if (!activation.skipped && !activation.error) {
    const h = activation.host;
    out.push('### Extension activation', '');
    out.push(`VS Code ${activation.vscode}; ${activation.languageId} document of ${chars(activation.characters)} characters. `
      + `Open → \`activate()\` resolved: ${ms(activation.activationMs)} (opening the document ${ms(activation.openMs)}); `
      + `open → first diagnostics shown: ${ms(activation.firstDiagnosticsMs)}.`
      + (h ? ` Extension host (${h.event}): loading the code ${h.codeLoadingTime} ms, the \`activate()\` call ${h.activateCallTime} ms, `
        + `until its promise resolved ${h.activateResolvedTime} ms (VS Code's "Running Extensions" view shows load + call = ${h.codeLoadingTime + h.activateCallTime} ms).`
        : ` Extension host times unavailable: ${activation.hostError ?? 'unknown'}.`), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

if (!opts['no-write']) {
  const file = path.join(REPO_ROOT, 'docs', 'benchmarks.md');
  fs.writeFileSync(file, markdown());
  console.log(`wrote ${path.relative(REPO_ROOT, file)}`);
}
process.exit(opts.strict && missed > 0 ? 1 : 0);
