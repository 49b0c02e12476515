// 1. Engine analysis: analyze() + buildOutline() on generated speech-like documents of
//    20k, 200k and 2M characters, against a baseline measured in the same run on the same text
//    (one linear pass: split into lines, one regular expression per line).
//
// Standalone: node bench/engine.mjs [--quick]

import { performance } from 'node:perf_hooks';
import engine from '../server/out/engine/index.js';
import { baselinePass, characterPass, generateDocument, scanningPass } from './lib/generate.mjs';
import { chars, median, ms } from './lib/stats.mjs';

const { analyze, buildOutline } = engine;

export const ENGINE_SIZES = [
  { size: 20_000, warmup: 50, runs: 301 },
  { size: 200_000, warmup: 5, runs: 51 },
  // A full collection lands every ten or so analyses of 2M characters: enough runs for a steady median.
  { size: 2_000_000, warmup: 5, runs: 41 },
];

function runEngine(text) {
  const t0 = performance.now();
  const analysis = analyze(text);
  const t1 = performance.now();
  const tree = buildOutline(analysis.model);
  const t2 = performance.now();
  return { analyze: t1 - t0, outline: t2 - t1, total: t2 - t0, analysis, tree };
}

function runBaseline(text, pass = baselinePass) {
  const t0 = performance.now();
  const hits = pass(text);
  return { total: performance.now() - t0, hits };
}

export async function benchEngine({ quick = false, log = console.log } = {}) {
  const results = [];
  for (const spec of ENGINE_SIZES) {
    const text = generateDocument(spec.size, 1);
    const warmup = quick ? Math.max(1, Math.ceil(spec.warmup / 5)) : spec.warmup;
    const runs = quick ? Math.max(3, Math.ceil(spec.runs / 5) | 1) : spec.runs;
    for (let i = 0; i < warmup; i += 1) {
      runEngine(text);
      runBaseline(text);
      runBaseline(text, scanningPass);
      runBaseline(text, characterPass);
    }
    const engineTimes = [];
    const analyzeTimes = [];
    const outlineTimes = [];
    const baselineTimes = [];
    const scanTimes = [];
    const characterTimes = [];
    let last;
    let hits = 0;
    // Interleaved, so that drift (other load, CPU frequency) falls on both alike.
    for (let i = 0; i < runs; i += 1) {
      last = runEngine(text);
      engineTimes.push(last.total);
      analyzeTimes.push(last.analyze);
      outlineTimes.push(last.outline);
      const b = runBaseline(text);
      baselineTimes.push(b.total);
      hits = b.hits;
      scanTimes.push(runBaseline(text, scanningPass).total);
      characterTimes.push(runBaseline(text, characterPass).total);
    }
    const { analysis } = last;
    const findings = {};
    for (const f of analysis.findings) findings[f.rule] = (findings[f.rule] ?? 0) + 1;
    const result = {
      size: spec.size,
      length: text.length,
      lines: analysis.model.lines.length,
      headings: analysis.model.headings.length,
      series: analysis.model.series.length,
      findings: analysis.findings.length,
      findingsByRule: findings,
      baselineHits: hits,
      warmup,
      runs,
      engine: median(engineTimes),
      analyze: median(analyzeTimes),
      outline: median(outlineTimes),
      engineMin: Math.min(...engineTimes),
      baseline: median(baselineTimes),
      baselineMin: Math.min(...baselineTimes),
      scan: median(scanTimes),
      character: median(characterTimes),
    };
    result.ratio = result.engine / result.baseline;
    result.scanRatio = result.engine / result.scan;
    result.characterRatio = result.engine / result.character;
    results.push(result);
    log(`  engine ${chars(result.length).padStart(9)} chars: ${ms(result.engine)} (analyze ${ms(result.analyze)}, outline ${ms(result.outline)}), `
      + `baseline ${ms(result.baseline)}, ratio ${result.ratio.toFixed(1)}× (scanning pass ${ms(result.scan)}, ${result.scanRatio.toFixed(1)}×; character loop ${ms(result.character)}, ${result.characterRatio.toFixed(1)}×)  [median of ${runs}, ${result.headings} headings, ${result.findings} findings]`);
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchEngine({ quick: process.argv.includes('--quick') });
}
