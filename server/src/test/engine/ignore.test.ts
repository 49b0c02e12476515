import * as assert from 'node:assert/strict';
import { analyze, compileUserPatterns, DEFAULT_CONFIG, ignoreEntry } from '../../engine';

/** The entry for the first occurrence of `value` in `line`. */
function entryFor(line: string, value: string) {
  const at = line.indexOf(value);
  return ignoreEntry(line, at, at + value.length);
}

/** The placeholder findings of `text` with `ignore` as the user's list, as `rule:line:character`. */
function flagged(text: string, ignore: readonly string[]): string[] {
  return analyze(text, { ...DEFAULT_CONFIG, placeholders: { ignore } })
    .findings.filter((f) => f.rule.startsWith('placeholder'))
    .map((f) => `${f.rule}:${f.range.start.line + 1}:${f.range.start.character}`);
}

describe('ignoring a flagged value (the entry added to gongwen.placeholders.ignore)', () => {
  it('takes the clause around the value, not the value alone', () => {
    assert.equal(entryFor('全年完成投资X亿元以上，增长X%。', 'X').phrase, '全年完成投资X亿元以上');
    assert.equal(entryFor('　　请XX同志发言。', 'XX').phrase, '请XX同志发言');
    assert.equal(entryFor('姓名：________', '________').phrase, '姓名：________');
    assert.equal(entryFor('一是某单位要加强管理；二是', '某单位').phrase, '一是某单位要加强管理');
    // A note keeps its own marks; the clause goes on from its ends.
    assert.equal(entryFor('增长5.2%（这句太口语化，改一下）。', '（这句太口语化，改一下）').phrase, '增长5.2%（这句太口语化，改一下）');
  });

  it('reaches no further than twenty characters on either side', () => {
    const line = `${'甲'.repeat(30)}X${'乙'.repeat(30)}。`;
    assert.equal(entryFor(line, 'X').phrase, `${'甲'.repeat(20)}X${'乙'.repeat(20)}`);
  });

  it('does not cut a character outside the basic plane in two', () => {
    // Twenty UTF-16 units before the X end in the middle of 𠀀: the phrase takes it whole.
    assert.equal(entryFor(`𠀀${'甲'.repeat(19)}X`, 'X').phrase, `𠀀${'甲'.repeat(19)}X`);
    assert.equal(entryFor(`X${'乙'.repeat(19)}𠀀`, 'X').phrase, `X${'乙'.repeat(19)}𠀀`);
  });

  it('writes the phrase as a pattern that RE2 compiles and that matches it literally', () => {
    const entry = entryFor('增长X%（同比）[注1].*', 'X');
    assert.equal(entry.phrase, '增长X%（同比）[注1].*');
    const compiled = compileUserPatterns([entry.pattern]);
    assert.deepEqual(compiled.problems, []);
    assert.deepEqual(compiled.patterns[0]!.matches(`前文${entry.phrase}后文`), [[2, 2 + entry.phrase.length]]);
    assert.deepEqual(compiled.patterns[0]!.matches('增长X%（同比）[注1]..'), []);
  });

  it('silences that value and no other: the same mark in another clause is still flagged', () => {
    const text = '全年完成投资X亿元以上，增长X%。\n全年完成投资X亿元以上。\n请某单位做好准备。';
    assert.deepEqual(flagged(text, []), ['placeholder:1:6', 'placeholder:1:14', 'placeholder:2:6', 'placeholder-vague:3:1']);
    assert.deepEqual(flagged(text, [entryFor(text, 'X').pattern]), ['placeholder:1:14', 'placeholder-vague:3:1']);
    assert.deepEqual(flagged(text, [entryFor('请某单位做好准备。', '某单位').pattern]), ['placeholder:1:6', 'placeholder:1:14', 'placeholder:2:6']);
  });
});
