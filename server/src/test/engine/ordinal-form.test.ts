import * as assert from 'node:assert/strict';
import { analyze, DEFAULT_CONFIG, renumberEdits } from '../../engine';
import { applyEdits, applyFix, covered, draft, findings, findingsOf, messageOf } from '../helpers';

const RULE = 'ordinal-form';

describe(RULE, () => {
  const cases: Array<[string, string, string]> = [
    // [parent lines, wrong line, fixed line]
    ['一、甲\n（一）子\n1.丑', '⑴经济指标', '（1）经济指标'],
    ['一、甲', '㈠工作目标', '（一）工作目标'],
    ['一、甲\n（一）子', '⒈主要指标', '1.主要指标'],
    ['一、甲\n（一）子', '１．主要指标', '1.主要指标'],
    ['一、甲\n（一）子\n1.丑', '２．主要指标', '2.主要指标'],
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

  it('gives `１．` typed in full-width mode the dot its list uses, else the preferred one', () => {
    const text = draft('一、甲', '（一）子', '1．丑', '２．寅');
    const [finding] = findingsOf(text, RULE);
    assert.equal(applyFix(text, finding!), draft('一、甲', '（一）子', '1．丑', '2．寅'));
    const alone = draft('一、甲', '（一）子', '１．寅');
    assert.ok(messageOf(findingsOf(alone, RULE)[0]!).includes('“１．”不是规范写法，应为“1.”'));
    const either = analyze(alone, { ...DEFAULT_CONFIG, level3Dot: 'either' }).findings.find((f) => f.rule === RULE)!;
    assert.equal(applyFix(alone, either), draft('一、甲', '（一）子', '1．寅'));
  });

  it('flags ⑵ among in-text items written （1） （3）, and in a sentence written ⑴ ⑵ ⑶ throughout', () => {
    const text = draft('一、甲', '要做到：（1）明确责任；⑵建立台账；（3）定期通报。', '二、乙');
    const [finding, ...rest] = findingsOf(text, RULE);
    assert.equal(rest.length, 0);
    assert.equal(covered(text, finding!), '⑵');
    assert.equal(applyFix(text, finding!), draft('一、甲', '要做到：（1）明确责任；（2）建立台账；（3）定期通报。', '二、乙'));
    // Read as the series' second item: no gap from （1） to （3）.
    assert.deepEqual(findings(text).map((f) => f.rule), [RULE]);
    const throughout = draft('一、甲', '要做到：⑴明确责任；⑵建立台账；⑷定期通报。', '二、乙');
    assert.deepEqual(findingsOf(throughout, RULE).map((f) => covered(throughout, f)), ['⑴', '⑵', '⑷']);
    // Its numbers are checked and renumbered in its own characters.
    assert.deepEqual(findings(throughout).filter((f) => f.rule !== RULE).map((f) => f.rule), ['sequence-gap']);
    const gap = findings(throughout).find((f) => f.rule === 'sequence-gap')!;
    assert.ok(messageOf(gap).includes('此处应为“⑶”'), messageOf(gap));
    assert.equal(applyEdits(throughout, renumberEdits(analyze(throughout).model)), throughout.replace('⑷', '⑶'));
  });

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
