/**
 * Quality on a corpus of clean drafts of different genres (corpus/clean):
 * no false alarm on them, and known defects applied to them are caught at the
 * right line with the right rule, and nothing else.
 */
import * as assert from 'node:assert/strict';
import { analyze, formatMessage, MESSAGES, type TextFormat } from '../../engine';
import { cleanCorpus, mutationsOf, type Mutation, QUALITY_TIMEOUT_MS } from './mutations';

const drafts = cleanCorpus();

/** The share of mutations that must be caught exactly (issue #4). */
const REQUIRED_RATIO = 0.98;

function verdict(mutation: Mutation, format: TextFormat): string | undefined {
  const findings = analyze(mutation.text, undefined, format).findings;
  const rules = typeof mutation.expected.rule === 'string' ? [mutation.expected.rule] : mutation.expected.rule;
  const hit = findings.some((f) => rules.includes(f.rule) && f.range.start.line === mutation.expected.line);
  const consequence = (f: { rule: string; range: { start: { line: number } } }) =>
    mutation.consequences.some((c) => (typeof c.rule === 'string' ? [c.rule] : c.rule).includes(f.rule) && c.line === f.range.start.line);
  const extra = findings.filter(
    (f) =>
      !(rules.includes(f.rule) && f.range.start.line === mutation.expected.line) &&
      !consequence(f) &&
      !(f.rule === 'count-mismatch' && mutation.announcementLines.includes(f.range.start.line)),
  );
  if (hit && extra.length === 0) return undefined;
  const shown = findings.map((f) => `${f.rule}@${f.range.start.line + 1} ${formatMessage(MESSAGES, f.message, 'zh')}`);
  return `${mutation.name}: expected ${rules.join('|')}@${mutation.expected.line + 1}, got ${shown.join('; ') || 'nothing'}`;
}

describe('clean corpus', () => {
  it('has drafts of every genre the issue names', () => {
    const names = drafts.map((d) => d.file).join(' ');
    for (const genre of ['speech', 'report', 'notice', 'regulation', 'address']) assert.match(names, new RegExp(genre));
  });

  for (const { file, text, format } of drafts) {
    it(`${file}: zero findings`, () => {
      const findings = analyze(text, undefined, format).findings;
      assert.deepEqual(findings.map((f) => `${f.rule}@${f.range.start.line + 1} ${formatMessage(MESSAGES, f.message, 'zh')}`), []);
    });
  }
});

describe('mutation test: known defects in clean drafts', function () {
  // Thousands of analyses of the whole corpus: seconds on a slow machine.
  this.timeout(QUALITY_TIMEOUT_MS);
  const all = drafts.flatMap((d) => mutationsOf(d.file, d.text, d.format).map((m) => ({ mutation: m, format: d.format })));

  it(`catches at least ${REQUIRED_RATIO * 100}% of the defects at the right line with the right rule, and nothing else`, () => {
    const misses = all.map(({ mutation, format }) => verdict(mutation, format)).filter((v): v is string => v !== undefined);
    const caught = all.length - misses.length;
    const ratio = caught / all.length;
    const byKind = new Map<string, [number, number]>();
    for (const { mutation, format } of all) {
      const kind = mutation.kind;
      const entry = byKind.get(kind) ?? [0, 0];
      entry[1]++;
      if (!verdict(mutation, format)) entry[0]++;
      byKind.set(kind, entry);
    }
    console.log(`      mutations: ${caught}/${all.length} caught exactly (${(ratio * 100).toFixed(1)}%)`);
    for (const [kind, [ok, total]] of byKind) console.log(`        ${kind}: ${ok}/${total}`);
    assert.ok(all.length >= 200, `only ${all.length} mutations: the corpus is too thin`);
    assert.ok(ratio >= REQUIRED_RATIO, `${(ratio * 100).toFixed(1)}% caught; misses:\n${misses.join('\n')}`);
  });

  it('words every finding in both languages, with no unfilled slot', () => {
    for (const { mutation, format } of all) {
      for (const finding of analyze(mutation.text, undefined, format).findings) {
        for (const locale of ['zh', 'en'] as const) {
          const message = formatMessage(MESSAGES, finding.message, locale);
          assert.ok(message !== finding.message.key && !/\{\w+\}/.test(message) && !message.includes('“”') && !message.includes('""'), `${mutation.name}: ${message}`);
        }
      }
    }
  });
});
