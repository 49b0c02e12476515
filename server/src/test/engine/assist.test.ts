import * as assert from 'node:assert/strict';
import { analyze, ordinalInfo, ordinalSuggestions } from '../../engine';
import { draft } from '../helpers';

const suggest = (text: string, line: number, character: number) =>
  ordinalSuggestions(analyze(text).model, { line, character }).map((s) => s.text);

describe('next-ordinal completion', () => {
  it('after （二）…… typing （ offers （三） first', () => {
    assert.equal(suggest(draft('一、总体要求', '（一）工作目标', '（二）基本原则', '（'), 3, 1)[0], '（三）');
  });

  it('after a new 三、 offers （一）, and the next 四、', () => {
    const offered = suggest(draft('一、甲', '（一）子', '二、乙', '（一）丑', '三、丙', ''), 5, 0);
    assert.deepEqual(offered.slice(0, 2), ['四、', '（一）']);
  });

  it('inside a series offers the next member in its wording', () => {
    assert.ok(suggest(draft('一、甲', '一是加强领导；二是完善制度。', ''), 2, 0).includes('三是'));
    assert.ok(suggest(draft('一、甲', '第一，加强领导；第二，完善制度。', ''), 2, 0).includes('第三，'));
  });

  it('offers 一、 in an empty draft, the next article in a 办法, and nothing in mid-sentence', () => {
    assert.deepEqual(suggest('', 0, 0), ['一、']);
    assert.equal(suggest(draft('第一章 总则', '第一条 甲。', '第二条 乙。', '第'), 3, 1)[0], '第三条　');
    assert.deepEqual(suggest(draft('一、甲', '各地要认真'), 1, 5), []);
  });

  it('does not offer what is typed already', () => {
    const offered = suggest(draft('一、甲', '（一）子', '二、'), 2, 2);
    assert.ok(!offered.includes('二、'), JSON.stringify(offered));
  });
});

describe('ordinal hover', () => {
  const text = draft('一、甲', '（一）子', '二、乙', '（一）丑', '（二）寅', '1.卯', '2.辰', '一是加强领导，二是完善制度。');
  it('gives the place in the structure, the standard form and the count', () => {
    const info = ordinalInfo(analyze(text).model, { line: 6, character: 0 })!;
    assert.deepEqual(info.path, ['二、', '（二）', '2.']);
    assert.equal(info.standard, '2.');
    assert.deepEqual([info.index, info.count], [2, 2]);
  });

  it('works on series members and says nothing off an ordinal', () => {
    const info = ordinalInfo(analyze(text).model, { line: 7, character: 8 })!;
    assert.deepEqual(info.path, ['二、', '（二）', '2.', '二是']);
    assert.equal(ordinalInfo(analyze(text).model, { line: 0, character: 3 }), undefined);
  });

  it('names the member its place asks for when one was skipped (一是……二是……四是: 三是)', () => {
    const skipped = '要抓好三件事：一是加强领导；二是完善制度；四是狠抓落实。';
    const info = ordinalInfo(analyze(skipped).model, { line: 0, character: skipped.indexOf('四是') })!;
    assert.deepEqual([info.index, info.count, info.expected], [3, 3, '三是']);
    assert.equal(ordinalInfo(analyze(skipped).model, { line: 0, character: skipped.indexOf('二是') })!.expected, undefined);
  });
});
