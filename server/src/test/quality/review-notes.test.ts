/**
 * Editors' notes in drafts as they look mid-review (corpus/review): each draft lists its notes, one
 * exact text per line, in NAME.notes.txt, written by someone who did not look at the rules. In final
 * mode the checker must find most of them, and flag nothing in those drafts that is not a note.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, DEFAULT_CONFIG, type Finding } from '../../engine';
import { REPO_ROOT } from '../helpers';

const REVIEW = join(REPO_ROOT, 'corpus', 'review');
/** Found today: a floor that a change must not lower (raise it when the checker finds more). */
const FOUND_AT_LEAST = 483;

interface ReviewDraft {
  readonly file: string;
  readonly text: string;
  readonly notes: readonly string[];
}

function reviewDrafts(): ReviewDraft[] {
  return readdirSync(REVIEW)
    .filter((f) => f.endsWith('.txt') && !f.endsWith('.notes.txt'))
    .sort()
    .map((file) => ({
      file,
      text: readFileSync(join(REVIEW, file), 'utf8'),
      notes: readFileSync(join(REVIEW, file.replace(/\.txt$/, '.notes.txt')), 'utf8').split('\n').filter((l) => l.length > 0),
    }));
}

/** Offsets of a finding in the text. */
function span(text: string, finding: Finding): [number, number] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const { start, end } = finding.range;
  return [starts[start.line]! + start.character, starts[end.line]! + end.character];
}

describe('editors\' notes in mid-review drafts (corpus/review)', () => {
  const drafts = reviewDrafts();

  it('has drafts whose notes are all in their text', () => {
    assert.ok(drafts.length >= 10, `only ${drafts.length} review drafts`);
    for (const { file, text, notes } of drafts) for (const note of notes) assert.ok(text.includes(note), `${file}: "${note}" is not in the draft`);
  });

  it(`finds at least ${FOUND_AT_LEAST} of the notes, and flags nothing else as a note or a leftover`, () => {
    let total = 0;
    const missed: string[] = [];
    const strays: string[] = [];
    for (const { file, text, notes } of drafts) {
      const flagged = analyze(text, { ...DEFAULT_CONFIG, finalMode: true })
        .findings.filter((f) => f.rule === 'placeholder' || f.rule === 'template-leftover')
        .map((f) => span(text, f));
      const noteSpans = notes.map((note) => {
        const start = text.indexOf(note);
        return [start, start + note.length] as const;
      });
      noteSpans.forEach(([start, end], i) => {
        total++;
        if (!flagged.some(([a, b]) => a < end && b > start)) missed.push(`${file}: ${notes[i]}`);
      });
      for (const [a, b] of flagged) if (!noteSpans.some(([start, end]) => a < end && b > start)) strays.push(`${file}: ${text.slice(a, b)}`);
    }
    assert.deepEqual(strays, []);
    assert.ok(total - missed.length >= FOUND_AT_LEAST, `found ${total - missed.length} of ${total}; missed:\n${missed.join('\n')}`);
  });
});
