/**
 * The typing guard's reading of a change: where it touched the text. It runs on every keystroke
 * over the whole document, so it compares the texts with native string operations (the line
 * count and the line of an offset come from the editor's document); these properties hold it
 * to the plain definition.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument, type Range } from 'vscode-languageserver-textdocument';
import { firstDifference, TypingGuard } from '../../lsp/typing';

/** The first index where the texts differ, character by character; -1 when equal. */
function firstDifferenceByDefinition(before: string, after: string): number {
  let i = 0;
  while (i < before.length && i < after.length && before[i] === after[i]) i++;
  return i === before.length && i === after.length ? -1 : i;
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
  it('finds the first difference, also in texts longer than one comparison chunk', () => {
    fc.assert(
      fc.property(edited, ({ before, after }) => firstDifference(before, after) === firstDifferenceByDefinition(before, after)),
      { numRuns: 500 },
    );
    const long = '甲\n'.repeat(5000);
    assert.equal(firstDifference(long, long), -1);
    // Differences on either side of a chunk boundary (2048 characters).
    for (const at of [2047, 2048, 2049, 4096, 7001]) {
      const after = long.slice(0, at) + '字' + long.slice(at + 1);
      assert.equal(firstDifference(long, after), firstDifferenceByDefinition(long, after), `at ${at}`);
    }
  });

  it('holds the findings of the line being typed, and lets go when a line is added', () => {
    const guard = new TypingGuard<{ range: Range; message: string }>(() => undefined);
    const uri = 'file:///typing.gw';
    const feed = (content: string) => {
      const document = TextDocument.create(uri, 'gongwen', 1, content);
      guard.changed(uri, content, document.lineCount, (offset) => document.positionAt(offset).line);
    };
    const onLine = (line: number) => ({ range: { start: { line, character: 0 }, end: { line, character: 1 } }, message: `line ${line}` });
    feed('一、甲\n增长X\n');
    guard.hold(uri, [onLine(0)]);
    feed('一、甲\n增长X%\n');
    // Line 1 is being typed: what it showed before stays, other lines update.
    assert.deepEqual(guard.hold(uri, [onLine(1)]).map((d) => d.message), []);
    feed('一、甲\n增长X%\n新的一行\n');
    assert.deepEqual(guard.hold(uri, [onLine(1), onLine(2)]).map((d) => d.message), ['line 1', 'line 2']);
    guard.closed(uri);
  });
});
