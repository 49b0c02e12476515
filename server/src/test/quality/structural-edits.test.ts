/**
 * Structural edits as writers make them (corpus/edits): six testers who did not look at the checker each
 * wrote eight correct drafts (bNN.txt … gNN.txt, two of the last set in Markdown, gNN.md) and, to each, four edits without renumbering — a part
 * inserted, deleted, moved, merged, split, promoted or demoted, an item moved to another section, a
 * series member added or cut, an attachment or a chapter deleted — with the lines a careful checker
 * flags (edits.json: each group, one of its lines) and the text the writer wants after renumbering
 * (…-eK.fixed.txt, or .md).
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, formatMessage, MESSAGES, renumberEdits, type TextFormat } from '../../engine';
import { applyEdits, REPO_ROOT } from '../helpers';

const EDITS = join(REPO_ROOT, 'corpus', 'edits');
/** Found today: floors that a change must not lower (raise them when the checker does better). */
const PLACES_FLAGGED_AT_LEAST = 264;
const RENUMBERED_AS_WANTED_AT_LEAST = 188;
const EXTRA_AT_MOST = 0;

interface Edit {
  readonly edit: string;
  readonly what: string;
  /** 1-based lines; a finding on any line of a group is the one expected. */
  readonly flagged: ReadonlyArray<readonly number[]>;
}

const read = (file: string) => readFileSync(join(EDITS, file), 'utf8');
const edits = JSON.parse(read('edits.json')) as Edit[];
/** An edit's files end as its draft does: `.md` for a Markdown draft, read as Markdown. */
const extensionOf = (edit: string) => (existsSync(join(EDITS, `${edit}.md`)) ? 'md' : 'txt');
const formatOf = (file: string): TextFormat => (file.endsWith('.md') ? 'markdown' : 'plain');
const shown = (text: string, format: TextFormat = 'plain') =>
  analyze(text, undefined, format).findings.map((f) => `${f.rule}@${f.range.start.line + 1} ${formatMessage(MESSAGES, f.message, 'zh')}`);

describe('structural edits to drafts (corpus/edits)', () => {
  it('has forty-eight drafts, four edits to each, and their correct versions give no finding', () => {
    const bases = readdirSync(EDITS).filter((f) => /^[b-g]\d+\.(?:txt|md)$/.test(f));
    assert.equal(bases.length, 48);
    assert.equal(edits.length, 192);
    for (const base of bases) assert.deepEqual(shown(read(base), formatOf(base)), [], base);
    for (const { edit } of edits) {
      const fixed = `${edit}.fixed.${extensionOf(edit)}`;
      assert.deepEqual(shown(read(fixed), formatOf(fixed)), [], fixed);
    }
  });

  it(`flags at least ${PLACES_FLAGGED_AT_LEAST} of the places the edits left wrong and at most ${EXTRA_AT_MOST} finding elsewhere, and renumbers at least ${RENUMBERED_AS_WANTED_AT_LEAST} edits as the writer wants`, () => {
    let places = 0;
    const missed: string[] = [];
    const extra: string[] = [];
    const renumberedOtherwise: string[] = [];
    for (const { edit, what, flagged } of edits) {
      const extension = extensionOf(edit);
      const format = formatOf(extension);
      const text = read(`${edit}.${extension}`);
      const analysis = analyze(text, undefined, format);
      const lines = analysis.findings.map((f) => f.range.start.line + 1);
      for (const group of flagged) {
        places++;
        if (!group.some((line) => lines.includes(line))) missed.push(`${edit} (${what}): line ${group.join(' or ')}`);
      }
      const expected = new Set(flagged.flat());
      extra.push(...shown(text, format).filter((_, i) => !expected.has(lines[i]!)).map((f) => `${edit}: ${f}`));
      if (applyEdits(text, renumberEdits(analysis.model)) !== read(`${edit}.fixed.${extension}`)) renumberedOtherwise.push(`${edit} (${what})`);
    }
    assert.ok(extra.length <= EXTRA_AT_MOST, `findings elsewhere:\n${extra.join('\n')}`);
    assert.ok(places - missed.length >= PLACES_FLAGGED_AT_LEAST, `flagged ${places - missed.length} of ${places}; missed:\n${missed.join('\n')}`);
    assert.ok(
      edits.length - renumberedOtherwise.length >= RENUMBERED_AS_WANTED_AT_LEAST,
      `renumbered ${edits.length - renumberedOtherwise.length} of ${edits.length} as wanted; otherwise:\n${renumberedOtherwise.join('\n')}`,
    );
  });
});
