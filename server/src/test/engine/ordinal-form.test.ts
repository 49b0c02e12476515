import * as assert from 'node:assert/strict';
import { applyFix, covered, draft, findingsOf, messageOf } from '../helpers';

const RULE = 'ordinal-form';

describe(RULE, () => {
  const cases: Array<[string, string, string]> = [
    // [parent lines, wrong line, fixed line]
    ['一、甲\n（一）子\n1.丑', '⑴经济指标', '（1）经济指标'],
    ['一、甲', '㈠工作目标', '（一）工作目标'],
    ['一、甲\n（一）子', '⒈主要指标', '1.主要指标'],
    ['一、甲\n（一）子', '１．主要指标', '1．主要指标'],
    ['十、甲', '一十一、重点任务', '十一、重点任务'],
  ];
  for (const [before, wrong, right] of cases) {
    it(`${wrong} → ${right}`, () => {
      const text = `${before}\n${wrong}`;
      const [finding, ...rest] = findingsOf(text, RULE);
      assert.ok(finding, `nothing flagged in ${wrong}`);
      assert.equal(rest.length, 0);
      assert.equal(finding.severity, 'warning');
      assert.equal(applyFix(text, finding), `${before}\n${right}`);
    });
  }

  it('flags ① used as a heading line', () => {
    const text = draft('一、甲', '①工作目标', '②基本原则');
    const found = findingsOf(text, RULE);
    assert.deepEqual(found.map((f) => covered(text, f)), ['①', '②']);
    assert.ok(messageOf(found[0]!).includes('一般不作标题序号'));
  });

  it('accepts ① inside a paragraph and the standard forms', () => {
    assert.deepEqual(findingsOf(draft('一、甲', '（一）子', '1.丑', '（1）寅', '包括：①想象力；②创造力。'), RULE), []);
  });
});
