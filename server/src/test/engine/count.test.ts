/**
 * 字数: every character but white space, as the status bar shows it.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { characterCount } from '../../engine/count';

/** The definition: code points that are not white space. */
function byDefinition(text: string): number {
  let count = 0;
  for (const char of text) if (!/\s/u.test(char)) count++;
  return count;
}

describe('characterCount (字数)', () => {
  it('counts every character but white space: spaces, tabs, line breaks and the ideographic space are not counted', () => {
    assert.equal(characterCount('一、总体要求\n\u3000\u3000各地要落实。 X%\r\n'), 14);
    assert.equal(characterCount(''), 0);
  });

  it('counts a character outside the BMP once, and a lone surrogate as one', () => {
    assert.equal(characterCount('𠀀𪚥'), 2);
    assert.equal(characterCount('\ud800甲\udc00'), 3);
  });

  it('agrees with counting code points that are not white space, on any text', () => {
    const unit = fc.constantFrom('一', 'X', '%', ' ', '\u3000', '\u00a0', '\t', '\n', '\r', '\ufeff', '\u200b', '𠀀', '\ud800', '\udc00', '\u2028', '\u1680');
    fc.assert(fc.property(fc.array(unit, { maxLength: 60 }).map((u) => u.join('')), (t) => characterCount(t) === byDefinition(t)), { numRuns: 1000 });
  });
});
