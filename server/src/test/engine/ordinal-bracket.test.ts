import * as assert from 'node:assert/strict';
import { analyze, buildOutline } from '../../engine';
import { applyFix, covered, draft, findingsOf, messageOf } from '../helpers';

const RULE = 'ordinal-bracket';

describe(RULE, () => {
  const cases: Array<[string, string]> = [
    ['(一)', '（一）'],
    ['（一)', '（一）'],
    ['(一）', '（一）'],
    ['(1)', '（1）'],
    ['（1)', '（1）'],
  ];
  for (const [wrong, right] of cases) {
    it(`${wrong} → ${right}`, () => {
      const text = draft('一、总体要求', `${wrong}工作目标`, '正文。');
      const [finding, ...rest] = findingsOf(text, RULE);
      assert.ok(finding);
      assert.equal(rest.length, 0);
      assert.equal(covered(text, finding), wrong);
      assert.ok(messageOf(finding).includes(right));
      assert.equal(applyFix(text, finding), draft('一、总体要求', `${right}工作目标`, '正文。'));
    });
  }

  it('flags half-width brackets of in-text items in a Chinese sentence, not in English', () => {
    const text = draft('一、工作要求', '要做到：（1）明确责任；(2)建立台账；（3）定期通报。', '要做到：(1)明确责任；(2)建立台账。');
    const found = findingsOf(text, RULE);
    assert.deepEqual(found.map((f) => `${f.range.start.line}:${covered(text, f)}`), ['1:(2)', '2:(1)', '2:(2)']);
    assert.equal(applyFix(text, found[0]!), text.replace('；(2)建立台账；（3）', '；（2）建立台账；（3）'));
    assert.ok(messageOf(found[0]!).includes('写作“（2）”'));
    assert.deepEqual(findingsOf(draft('一、甲', 'It checks: (1) advertising lines; (2) instructions.'), RULE), []);
  });

  it('accepts full-width brackets', () => {
    assert.deepEqual(findingsOf(draft('（一）工作目标', '（1）经济指标'), RULE), []);
  });

  it('a half-width bracketed heading is still a heading in the outline', () => {
    const outline = buildOutline(analyze(draft('一、总体要求', '(一)工作目标', '(二)基本原则')).model);
    assert.deepEqual(outline[0]!.children.map((c) => c.name), ['(一)工作目标', '(二)基本原则']);
  });
});
