import * as assert from 'node:assert/strict';
import { analyze } from '../../engine';
import { applyFix, draft, messageOf } from '../helpers';

const RULE = 'ordinal-dot-style';
const text = draft('一、甲', '1．子', '2.丑');

describe(RULE, () => {
  it('is off by default', () => {
    assert.deepEqual(analyze(text).findings.filter((f) => f.rule === RULE), []);
  });

  it('when on, flags the dot that differs from the preference and fixes it', () => {
    const found = analyze(text, { rules: { [RULE]: 'warning' }, level3Dot: '.' }).findings.filter((f) => f.rule === RULE);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.range.start.line, 1);
    assert.equal(found[0]!.severity, 'warning');
    assert.equal(applyFix(text, found[0]!), draft('一、甲', '1.子', '2.丑'));
    const fullWidth = analyze(text, { rules: { [RULE]: 'information' }, level3Dot: '．' }).findings.filter((f) => f.rule === RULE);
    assert.deepEqual(fullWidth.map((f) => f.range.start.line), [2]);
    // The two dots look alike on screen: the message says which one the office uses and which one is there.
    assert.ok(messageOf(found[0]!).startsWith('第三层序号本单位统一用下脚点“.”，“1．”用的是全角点'), messageOf(found[0]!));
    assert.ok(messageOf(fullWidth[0]!).startsWith('第三层序号本单位统一用全角点“．”，“2.”用的是下脚点'), messageOf(fullWidth[0]!));
    assert.ok(messageOf(fullWidth[0]!, 'en').includes('full-width period'));
  });

  it('accepts either when the preference is either', () => {
    assert.deepEqual(analyze(text, { rules: { [RULE]: 'warning' }, level3Dot: 'either' }).findings.filter((f) => f.rule === RULE), []);
  });
});
