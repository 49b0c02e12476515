/**
 * The engine on any input (fast-check): it never throws, every range lies in
 * the document and in order, the same input gives the same findings, and line
 * endings do not change what is found.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, buildOutline, foldingSections, type OutlineNode, type Range } from '../../engine';
import { readSample } from '../helpers';

/** Fragments drafts are made of, so generated text reaches the parser's paths, not only noise. */
const FRAGMENTS = [
  '一、', '（一）', '(二)', '1.', '1、', '（1）', '⑴', '㈠', '①', '第一条 ', '第二章 ', '一是', '二是', '第一，', '首先，', '其次，', '最后，',
  '一方面', '另一方面', '讲三点意见', '以下两个方面：', 'X%', 'XX同志', '××', '20XX年', '【待补】', '{{姓名}}', '____', '某单位', '仅供学习',
  '（略）', '签发人：', '〔2025〕×号', '附件：', '。', '，', '；', '：', '\n', '\r\n', '\r', ' ', '\u3000', '\u00a0', '\t', '#', '> ', '- ',
  '```', '`', '甲', '乙', '工作', '\ud800', '\udc00', '\ufeff', '\u0000',
];
const draftLike = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 })), { maxLength: 120 }).map((parts) => parts.join(''));

function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

function within(range: Range, lengths: readonly number[]): boolean {
  const { start, end } = range;
  const inLine = (p: { line: number; character: number }) => p.line >= 0 && p.line < lengths.length && p.character >= 0 && p.character <= lengths[p.line]!;
  return inLine(start) && inLine(end) && (start.line < end.line || (start.line === end.line && start.character <= end.character));
}

describe('engine robustness (fast-check)', function () {
  // A guard against hangs, not a timing.
  this.timeout(120000);

  it('never throws, and every range lies inside the document, in order', () => {
    fc.assert(
      fc.property(draftLike, fc.constantFrom('plain' as const, 'markdown' as const), (text, format) => {
        const { model, findings } = analyze(text, undefined, format);
        const lengths = lineLengths(text);
        for (const f of findings) {
          assert.ok(within(f.range, lengths), `${f.rule} ${JSON.stringify(f.range)}`);
          for (const fix of f.fixes ?? []) for (const e of fix.edits) assert.ok(within(e.range, lengths), `fix of ${f.rule}`);
        }
        const visit = (nodes: readonly OutlineNode[]) => {
          for (const n of nodes) {
            assert.ok(within(n.range, lengths) && within(n.selectionRange, lengths), n.name);
            visit(n.children);
          }
        };
        visit(buildOutline(model));
        for (const fold of foldingSections(model)) assert.ok(fold.startLine < fold.endLine && fold.endLine < lengths.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same findings for the same input', () => {
    fc.assert(
      fc.property(draftLike, (text) => {
        assert.deepEqual(analyze(text).findings, analyze(text).findings);
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same things whether lines end in LF, CRLF or CR', () => {
    const lines = fc.array(fc.array(fc.constantFrom(...FRAGMENTS.filter((f) => !/[\r\n]/.test(f))), { maxLength: 12 }).map((p) => p.join('')), { maxLength: 20 });
    fc.assert(
      fc.property(lines, (ls) => {
        const lf = analyze(ls.join('\n')).findings;
        assert.deepEqual(analyze(ls.join('\r\n')).findings, lf);
        assert.deepEqual(analyze(ls.join('\r')).findings, lf);
      }),
      { numRuns: 300 },
    );
  });

  /** Long runs of what the finders look for: each once took seconds to minutes, a pattern's work growing with the square of the run. */
  const LONG_RUNS = ['x'.repeat(100_000) + '@', '='.repeat(200_000), '/'.repeat(200_000), ' '.repeat(100_000) + '注：', '注：' + '\u3000'.repeat(100_000), '→'.repeat(200_000), '<'.repeat(200_000) + '-'.repeat(200_000), 'O'.repeat(30_000) + '一、甲' + 'O'.repeat(30_000), '_'.repeat(30_000) + '一、甲' + '_'.repeat(30_000), '一是'.repeat(30_000)];

  it('copes with the seed speech cut at every line and the hostile inputs of design.md', () => {
    const seed = readSample('seed-speech.txt');
    const lines = seed.split('\n');
    for (let i = 0; i < lines.length; i++) analyze(lines.slice(0, i).join('\n'));
    const manySections = Array.from({ length: 30000 }, () => '一、甲\n（一）乙\n（二）丙').join('\n');
    const manyChildren = '一、甲\n' + Array.from({ length: 20000 }, (_, i) => `（${'一二'[i % 2]}）乙`).join('\n');
    const manyAnnouncements = Array.from({ length: 20000 }, () => '我讲三点：一是甲，二是乙。').join('\n');
    const hostile = [manySections, manyChildren, manyAnnouncements, '', '\u0000'.repeat(1000), '一'.repeat(1_000_000), 'X'.repeat(200_000), '\ud800'.repeat(1000), '\ufeff一、甲\r\n二、乙\r三、丙', '\u3000 \t\u00a0一、甲\n  \u3000（一）乙', ...LONG_RUNS];
    for (const text of hostile) assert.ok(Array.isArray(analyze(text).findings));
  });
});
