// 2. Over the stdio server: didChange → publishDiagnostics latency while typing in a 20k speech,
//    and documentSymbol latency on the same document.
//    For information, typing in bursts in a 2M-character compilation.
// 3. Server RSS with ten 200k documents open.
//
// Standalone: node bench/server.mjs [--quick]

import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateDocument, prng } from './lib/generate.mjs';
import { BenchClient } from './lib/lsp-client.mjs';
import { chars, mb, median, ms, percentile, processMemory, sleep } from './lib/stats.mjs';

// file: URIs as an editor sends them (the server looks for .gongwenrc.json above them); the
// files need not exist, the text travels in didOpen.
const DOC_DIR = path.join(os.tmpdir(), 'gongwen-bench');
const uriOf = (name) => pathToFileURL(path.join(DOC_DIR, name)).href;

const TYPED = '的一是在了和有发展工作推进落实改革创新建设服务保障安全群众经济社会，。、X';

/**
 * The edits of a typist: bursts of consecutive single-character insertions at varying places
 * (a place, then 5 keystrokes one after another, then another place, ...).
 */
function* typingEdits(text, count, seed = 42) {
  const random = prng(seed);
  const lines = text.split('\n');
  let line = 0;
  let character = 0;
  for (let i = 0; i < count; i += 1) {
    if (i % 5 === 0) {
      do line = Math.floor(random() * lines.length); while (lines[line].length === 0);
      character = Math.floor(random() * (lines[line].length + 1));
    }
    const ch = TYPED[Math.floor(random() * TYPED.length)];
    yield { range: { start: { line, character }, end: { line, character } }, text: ch };
    lines[line] = lines[line].slice(0, character) + ch + lines[line].slice(character);
    character += 1;
  }
}

/**
 * `bursts` bursts of five keystrokes from `edits`, each sent without waiting; the time from the
 * last change of each burst to its publish. Returns those times and the document's new version.
 */
async function typeBursts(client, uri, edits, bursts, version) {
  const times = [];
  for (let b = 0; b < bursts; b += 1) {
    let published;
    let t0 = 0;
    for (let k = 0; k < 5; k += 1) {
      version += 1;
      t0 = performance.now();
      if (k === 4) published = client.publishOf(uri, version);
      await client.change(uri, version, [edits.next().value]);
    }
    times.push((await published) - t0);
  }
  return { times, version };
}

export async function benchTyping({ quick = false, log = console.log } = {}) {
  const text = generateDocument(20_000, 1);
  const uri = uriOf('speech-20k.gw');
  const client = new BenchClient();
  try {
    const startup = await client.initialize();
    let t0 = performance.now();
    await client.open(uri, text, 1);
    const firstAt = await client.publishOf(uri, 1);
    const openLatency = firstAt - t0;

    const count = quick ? 60 : 200;
    const latencies = [];
    let version = 1;
    for (const edit of typingEdits(text, count)) {
      version += 1;
      t0 = performance.now();
      const published = client.publishOf(uri, version);
      await client.change(uri, version, [edit]);
      latencies.push((await published) - t0);
    }

    // A burst: five keystrokes sent without waiting, then the time from the last change to its
    // publish (shows queueing; a debounce would show here too).
    const bursts = quick ? 5 : 20;
    let burst;
    ({ times: burst, version } = await typeBursts(client, uri, typingEdits(text, bursts * 5, 7), bursts, version));

    // documentSymbol on the same (now unchanged) document, one request at a time.
    const symbolRuns = quick ? 30 : 100;
    const symbolTimes = [];
    let symbols = [];
    for (let i = 0; i < 5; i += 1) await client.documentSymbol(uri);
    for (let i = 0; i < symbolRuns; i += 1) {
      t0 = performance.now();
      symbols = await client.documentSymbol(uri);
      symbolTimes.push(performance.now() - t0);
    }

    // documentSymbol sent right after a change (no wait for its diagnostics), as an editor
    // refreshing its outline does: includes analysing the new version.
    const afterChange = [];
    const afterEdits = typingEdits(text, quick ? 10 : 30, 99);
    for (const edit of afterEdits) {
      version += 1;
      const published = client.publishOf(uri, version);
      await client.change(uri, version, [edit]);
      t0 = performance.now();
      await client.documentSymbol(uri);
      afterChange.push(performance.now() - t0);
      await published;
    }

    const count1 = (nodes) => nodes.reduce((n, s) => n + 1 + count1(s.children ?? []), 0);
    const result = {
      length: text.length,
      edits: latencies.length,
      startup,
      openLatency,
      diagMedian: median(latencies),
      diagP95: percentile(latencies, 95),
      diagMax: Math.max(...latencies),
      burstMedian: median(burst),
      burstP95: percentile(burst, 95),
      symbolRuns,
      symbolMedian: median(symbolTimes),
      symbolP95: percentile(symbolTimes, 95),
      symbolCount: count1(symbols),
      afterChangeMedian: median(afterChange),
      afterChangeP95: percentile(afterChange, 95),
    };
    log(`  server start → initialize result ${ms(startup)}; didOpen → first publish ${ms(openLatency)}`);
    log(`  typing (${result.edits} edits): didChange → publishDiagnostics median ${ms(result.diagMedian)}, p95 ${ms(result.diagP95)}, max ${ms(result.diagMax)}`);
    log(`  bursts of 5 keystrokes: last change → publish median ${ms(result.burstMedian)}, p95 ${ms(result.burstP95)}`);
    log(`  documentSymbol (${symbolRuns}×, ${result.symbolCount} symbols): median ${ms(result.symbolMedian)}, p95 ${ms(result.symbolP95)}; `
      + `right after a change: median ${ms(result.afterChangeMedian)}, p95 ${ms(result.afterChangeP95)}`);
    return result;
  } finally {
    await client.dispose();
  }
}

/**
 * Typing fast in a 2M-character compilation, where one analysis takes a good part of the
 * budget: bursts of five keystrokes sent without waiting, the time from the last change to
 * its publish, and how many pushes (analyses) the server made for the changes.
 */
export async function benchLongTyping({ quick = false, log = console.log } = {}) {
  const text = generateDocument(2_000_000, 3);
  const uri = uriOf('compilation-2m.gw');
  const client = new BenchClient();
  try {
    await client.initialize();
    const t0 = performance.now();
    await client.open(uri, text, 1);
    const openLatency = (await client.publishOf(uri, 1)) - t0;
    const bursts = quick ? 3 : 8;
    const edits = typingEdits(text, bursts * 5, 11);
    const before = client.publishes.get(uri) ?? 0;
    const { times } = await typeBursts(client, uri, edits, bursts, 1);
    const result = {
      length: text.length,
      openLatency,
      bursts,
      changes: bursts * 5,
      pushes: (client.publishes.get(uri) ?? 0) - before,
      burstMedian: median(times),
      burstP95: percentile(times, 95),
    };
    log(`  ${chars(result.length)} characters: didOpen → first publish ${ms(openLatency)}; bursts of 5 keystrokes: last change → publish `
      + `median ${ms(result.burstMedian)}, p95 ${ms(result.burstP95)}; ${result.pushes} pushes for ${result.changes} changes`);
    return result;
  } finally {
    await client.dispose();
  }
}

export async function benchMemory({ log = console.log } = {}) {
  const client = new BenchClient();
  try {
    await client.initialize();
    await sleep(300);
    const idle = processMemory(client.pid);
    const docs = [];
    for (let i = 0; i < 10; i += 1) docs.push({ uri: uriOf(`compilation-${i + 1}.gw`), text: generateDocument(200_000, 100 + i) });
    const opened = performance.now();
    const arrivals = docs.map((d) => client.publishOf(d.uri, 1, 60_000));
    for (const d of docs) await client.open(d.uri, d.text, 1);
    await Promise.all(arrivals);
    const allPublished = performance.now() - opened;
    const loaded = processMemory(client.pid);
    await sleep(1000);
    const settled = processMemory(client.pid);
    const result = {
      documents: docs.length,
      totalChars: docs.reduce((n, d) => n + d.text.length, 0),
      idleRss: idle.rss,
      rss: loaded.rss,
      settledRss: settled.rss,
      peakRss: Math.max(loaded.hwm, settled.hwm),
      allPublished,
    };
    log(`  RSS: idle ${mb(result.idleRss)}; ten 200k documents, all diagnostics in: ${mb(result.rss)} `
      + `(1 s later ${mb(result.settledRss)}, peak ${mb(result.peakRss)}); all ten published ${ms(allPublished)} after the first didOpen`);
    return result;
  } finally {
    await client.dispose();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const quick = process.argv.includes('--quick');
  await benchTyping({ quick });
  await benchLongTyping({ quick });
  await benchMemory({ quick });
}
