/**
 * The one-keystroke fixes on real drafts, after slips of the kind the mutation test injects.
 * Renumbering: after a number duplicated, two swapped, a series member skipped or repeated,
 * the draft comes back exactly as it was; after a section was deleted, what remains is numbered
 * without a gap and its announced count follows. Fix all: after a wrong mark or a half-width
 * bracket, the draft comes back exactly as it was.
 */
import * as assert from 'node:assert/strict';
import { analyze, renumberEdits, safeEdits, type TextFormat } from '../../engine';
import { applyEdits } from '../helpers';
import { cleanCorpus, mutationsOf, QUALITY_TIMEOUT_MS } from './mutations';

const drafts = cleanCorpus();
const mutations = drafts.flatMap((d) => mutationsOf(d.file, d.text, d.format).map((m) => ({ ...d, mutation: m })));

/**
 * Slips that change numbers only: renumbering must give the clean draft back. (Not notes' numbers:
 * across a blank line a slipped note is no longer read as one; see mutations.ts.)
 */
const NUMBERS_ONLY = new Set(['duplicate', 'swap', 'broken series', 'swapped members', 'duplicate member', 'attachment duplicate', 'attachment gap', 'label duplicate', 'label gap']);
const NUMBERING_RULES = /^sequence-|^count-mismatch$/;

function renumber(text: string, format: TextFormat): string {
  return applyEdits(text, renumberEdits(analyze(text, undefined, format).model));
}

describe('renumbering the clean corpus after numbering slips', function () {
  // Thousands of analyses of the whole corpus: seconds on a slow machine.
  this.timeout(QUALITY_TIMEOUT_MS);

  it('changes nothing in a clean draft', () => {
    for (const { file, text, format } of drafts) assert.equal(renumber(text, format), text, file);
  });

  it('gives the draft back exactly after a duplicated, swapped, skipped or repeated number', () => {
    const cases = mutations.filter((m) => NUMBERS_ONLY.has(m.mutation.kind));
    const wrong = cases.filter((m) => renumber(m.mutation.text, m.format) !== m.text).map((m) => m.mutation.name);
    console.log(`      numbers-only slips restored exactly: ${cases.length - wrong.length}/${cases.length}`);
    assert.ok(cases.length >= 500, `only ${cases.length} cases`);
    assert.deepEqual(wrong, []);
  });

  it('leaves no gap and no count mismatch after a section was deleted', () => {
    const cases = mutations.filter((m) => m.mutation.kind === 'delete');
    const left = cases.flatMap((m) => {
      const renumbered = renumber(m.mutation.text, m.format);
      return analyze(renumbered, undefined, m.format)
        .findings.filter((f) => NUMBERING_RULES.test(f.rule))
        .map((f) => `${m.mutation.name}: ${f.rule}@${f.range.start.line + 1}`);
    });
    console.log(`      deleted sections renumbered cleanly: ${cases.length - new Set(left.map((l) => l.split(':')[0])).size}/${cases.length}`);
    assert.ok(cases.length >= 100, `only ${cases.length} cases`);
    assert.deepEqual(left, []);
  });
});

describe('fixing every safely fixable problem in the clean corpus after a slip', function () {
  // Thousands of analyses of the whole corpus: seconds on a slow machine.
  this.timeout(QUALITY_TIMEOUT_MS);
  const fixAll = (text: string, format: TextFormat) => applyEdits(text, safeEdits(analyze(text, undefined, format).findings));

  it('offers nothing to fix in a clean draft', () => {
    for (const { file, text, format } of drafts) assert.deepEqual(safeEdits(analyze(text, undefined, format).findings), [], file);
  });

  it('gives the draft back exactly after a wrong mark or a half-width bracket', () => {
    const cases = mutations.filter((m) => m.mutation.kind === 'wrong mark' || m.mutation.kind === 'half-width bracket');
    const wrong = cases.filter((m) => fixAll(m.mutation.text, m.format) !== m.text).map((m) => m.mutation.name);
    console.log(`      marks and brackets restored by fix-all: ${cases.length - wrong.length}/${cases.length}`);
    assert.ok(cases.length >= 500, `only ${cases.length} cases`);
    assert.deepEqual(wrong, []);
  });
});
