/**
 * The typing guard's reading of a change: which line it touched and whether it added or
 * removed lines. It runs on every keystroke over the whole document, so it reads the text
 * with native string operations; these properties hold it to the plain definitions.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { countLines, editedLine } from '../../lsp/typing';

/** Lines as editors count them: LF, CRLF and a lone CR each end one. */
function linesByDefinition(text: string): number {
  let count = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  return count;
}

/** The line, in the old text, of the first character that differs. */
function editedLineByDefinition(before: string, after: string): number | undefined {
  let i = 0;
  while (i < before.length && i < after.length && before[i] === after[i]) i++;
  if (i === before.length && i === after.length) return undefined;
  let line = 0;
  for (let j = 0; j < i; j++) {
    const c = before.charCodeAt(j);
    if (c === 10 || (c === 13 && before.charCodeAt(j + 1) !== 10)) line++;
  }
  return line;
}

/** Drafts of every length, with LF, CRLF and lone CR breaks. */
const text = fc
  .array(fc.constantFrom('一', '、', 'X', '%', ' ', '\n', '\r', '\r\n', '甲乙丙丁戊己庚辛壬癸'.repeat(300)), { maxLength: 40 })
  .map((parts) => parts.join(''));

/** An edit: replace `text[start..start+removed)` with `inserted`. */
const edited = fc
  .tuple(text, fc.nat(), fc.nat({ max: 3 }), fc.constantFrom('', '字', '\n', '\r', 'X%', '\r\n'))
  .map(([before, start, removed, inserted]) => {
    const at = before.length === 0 ? 0 : start % (before.length + 1);
    return { before, after: before.slice(0, at) + inserted + before.slice(at + removed) };
  });

describe('TypingGuard: reading a change', () => {
  it('counts lines as editors do (LF, CRLF, lone CR)', () => {
    fc.assert(fc.property(text, (t) => countLines(t) === linesByDefinition(t)), { numRuns: 500 });
    assert.equal(countLines('一\r\n二\r三\n四'), 4);
  });

  it('finds the line of the first difference, also in texts longer than one comparison chunk', () => {
    fc.assert(
      fc.property(edited, ({ before, after }) => editedLine(before, after) === editedLineByDefinition(before, after)),
      { numRuns: 500 },
    );
    const long = '甲\n'.repeat(5000);
    assert.equal(editedLine(long, long), undefined);
    assert.equal(editedLine(long, long.slice(0, 7001) + '字' + long.slice(7001)), 3500);
    // Differences on either side of a chunk boundary (2048 characters).
    for (const at of [2047, 2048, 2049, 4096]) {
      assert.equal(editedLine(long, long.slice(0, at) + '字' + long.slice(at + 1)), editedLineByDefinition(long, long.slice(0, at) + '字' + long.slice(at + 1)), `at ${at}`);
    }
  });
});
