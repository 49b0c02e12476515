/**
 * Structural edits as writers make them (corpus/edits): a tester who did not look at the rules wrote
 * eight correct drafts (bNN.txt) and, to each, four edits without renumbering — a part inserted,
 * deleted, moved, merged or split, an item moved to another section, a series member added or cut
 * (bNN-eK.txt) — with the lines a careful checker flags (edits.json: each group, one of its lines) and
 * the text the writer wants after renumbering (bNN-eK.fixed.txt).
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, formatMessage, MESSAGES, renumberEdits } from '../../engine';
import { applyEdits, REPO_ROOT } from '../helpers';

const EDITS = join(REPO_ROOT, 'corpus', 'edits');

interface Edit {
  readonly edit: string;
  readonly what: string;
  /** 1-based lines; a finding on any line of a group is the one expected. */
  readonly flagged: ReadonlyArray<readonly number[]>;
}

const read = (file: string) => readFileSync(join(EDITS, file), 'utf8');
const edits = JSON.parse(read('edits.json')) as Edit[];
const shown = (text: string) => analyze(text).findings.map((f) => `${f.rule}@${f.range.start.line + 1} ${formatMessage(MESSAGES, f.message, 'zh')}`);

describe('structural edits to drafts (corpus/edits)', () => {
  it('has eight drafts, four edits to each, and their correct versions give no finding', () => {
    const bases = readdirSync(EDITS).filter((f) => /^b\d+\.txt$/.test(f));
    assert.equal(bases.length, 8);
    assert.equal(edits.length, 32);
    for (const base of bases) assert.deepEqual(shown(read(base)), [], base);
    for (const { edit } of edits) assert.deepEqual(shown(read(`${edit}.fixed.txt`)), [], `${edit}.fixed.txt`);
  });

  for (const { edit, what, flagged } of edits) {
    it(`${edit} (${what}): flags each place the edit left wrong and nothing else, and renumbering gives the text the writer wants`, () => {
      const text = read(`${edit}.txt`);
      const analysis = analyze(text);
      const lines = analysis.findings.map((f) => f.range.start.line + 1);
      for (const group of flagged) assert.ok(group.some((line) => lines.includes(line)), `nothing on line ${group.join(' or ')}: ${shown(text).join('; ')}`);
      const expected = new Set(flagged.flat());
      assert.deepEqual(shown(text).filter((_, i) => !expected.has(lines[i]!)), []);
      assert.equal(applyEdits(text, renumberEdits(analysis.model)), read(`${edit}.fixed.txt`));
    });
  }
});
