import * as assert from 'node:assert/strict';
import { analyze } from '../../engine';
import { applyFix, covered, draft, findingsOf, messageOf } from '../helpers';

const RULE = 'ordinal-punctuation';

/** A heading line among siblings, so only the mark is at issue. */
function headingDraft(first: string): string {
  return draft(`${first}总体要求`, '正文。');
}

describe(RULE, () => {
  const headingCases: Array<[string, string]> = [
    ['一．', '一、'],
    ['一，', '一、'],
    ['一.', '一、'],
    ['一:', '一、'],
    ['一：', '一、'],
    ['（一）、', '（一）'],
    ['（一）．', '（一）'],
    ['（一）.', '（一）'],
    ['1、', '1.'],
    ['1，', '1.'],
    ['（1）、', '（1）'],
  ];
  for (const [wrong, right] of headingCases) {
    it(`heading ${wrong} → ${right}`, () => {
      const text = headingDraft(wrong);
      const [finding, ...rest] = findingsOf(text, RULE);
      assert.ok(finding, `expected a finding on ${wrong}`);
      assert.equal(rest.length, 0);
      assert.equal(finding.severity, 'error');
      assert.equal(finding.range.start.line, 0);
      assert.ok(messageOf(finding).includes(`“${right}”`), messageOf(finding));
      assert.equal(applyFix(text, finding), headingDraft(right));
    });
  }

  const seriesCases: Array<[string, string]> = [
    ['一是，', '一是'],
    ['一是：', '一是'],
    ['一是、', '一是'],
    ['第一、', '第一，'],
    ['第一：', '第一，'],
    ['首先、', '首先，'],
    ['首先：', '首先，'],
  ];
  for (const [wrong, right] of seriesCases) {
    it(`series ${wrong} → ${right}`, () => {
      const second = right.startsWith('一') ? '二是' : right.startsWith('第') ? '第二，' : '其次，';
      const text = `要抓好三件事。${wrong}加强领导；${second}完善制度。`;
      const [finding, ...rest] = findingsOf(text, RULE);
      assert.ok(finding);
      assert.equal(rest.length, 0);
      assert.equal(covered(text, finding), wrong.slice(-1));
      assert.equal(applyFix(text, finding), `要抓好三件事。${right}加强领导；${second}完善制度。`);
    });
  }

  it('accepts the standard forms', () => {
    const text = draft(
      '一、总体要求',
      '（一）工作目标',
      '1.主要指标',
      '（1）经济指标',
      '（2）社会指标',
      '2．其他指标',
      '（二）基本原则',
      '二、重点任务',
      '一是加强领导，二是完善制度。第一，要统一思想；第二，要落实责任。首先，提高认识；其次，强化措施。',
    );
    assert.deepEqual(findingsOf(text, RULE), []);
  });

  it('uses the full-width dot when the setting prefers it', () => {
    const text = headingDraft('1、');
    const finding = analyze(text, { rules: {}, level3Dot: '．' }).findings.find((f) => f.rule === RULE)!;
    assert.equal(applyFix(text, finding), headingDraft('1．'));
  });
});
