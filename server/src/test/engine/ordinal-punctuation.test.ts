import * as assert from 'node:assert/strict';
import { analyze } from '../../engine';
import { applyFix, covered, draft, findings, findingsOf, messageOf } from '../helpers';

const RULE = 'ordinal-punctuation';

/** A heading line among siblings, so only the mark is at issue. */
function headingDraft(first: string): string {
  return draft(`${first}总体要求`, '正文。');
}

describe(RULE, () => {
  it('flags a mark typed where the space after 第X条 or 第X章 goes, and puts the space there (B.3.6)', () => {
    const text = draft('第一章　总则', '第一条　为规范管理，制定本办法。', '第二章，会员', '第二条、本会的会员为个人会员。');
    const found = findingsOf(text, RULE);
    assert.deepEqual(found.map((f) => covered(text, f)), ['，', '、']);
    assert.equal(messageOf(found[1]!), '“第×章”“第×条”这类序号后不加标点，空一字再接正文，“第二条、”应为“第二条　本会的会员为……”（GB/T 15834—2011 B.3.6）');
    assert.equal(applyFix(text, found[1]!), text.replace('第二条、', '第二条　'));
    // Only that: no second finding of a missing space.
    assert.deepEqual(findings(text).map((f) => f.rule), [RULE, RULE]);
  });

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
    // A 第 ordinal with its unit is a noun phrase a colon may introduce: `第一句话：机遇大于挑战。`
    assert.deepEqual(findingsOf(draft('第一句话：机遇大于挑战。', '第二句话：办法多于困难。', '第一个方面：提高站位。', '第二个方面：压实责任。'), RULE), []);
    assert.equal(findingsOf('第一：提高站位。第二：压实责任。', RULE).length, 2);
  });

  it('uses the full-width dot when the setting prefers it', () => {
    const text = headingDraft('1、');
    const finding = analyze(text, { rules: {}, level3Dot: '．' }).findings.find((f) => f.rule === RULE)!;
    assert.equal(applyFix(text, finding), headingDraft('1．'));
    // The full-width dot is not the 下脚点 the standard form takes: the message names what the setting asks for.
    assert.match(messageOf(finding), /按设置用全角点，“1、”应为“1．”/);
  });

  it('puts the dot the siblings use (1．2．3、 → 3．), whatever the setting', () => {
    const text = draft('一、甲', '1．子', '2．丑', '3、寅', '二、乙');
    const [f] = findingsOf(text, RULE);
    assert.equal(applyFix(text, f!), draft('一、甲', '1．子', '2．丑', '3．寅', '二、乙'));
    assert.match(messageOf(f!), /同组其他序号用全角点/);
  });

  it('takes a full-width digit with its dot for an Arabic ordinal, not a bracketed one', () => {
    // `１．` is ordinal-form's (１ → 1); deleting its dot would leave `1全角数字` after both fixes.
    const text = draft('一、总则', '１．全角数字', '２．全角数字', '二、附则');
    assert.deepEqual(findingsOf(text, RULE), []);
    assert.equal(findings(text).filter((f) => f.rule === 'ordinal-form').length, 2);
  });

  it('names circled and dotted ordinal characters for what they are, not bracketed', () => {
    const inText = '主要包括：①、想象力；②、创造力。';
    const [circled] = findingsOf(inText, RULE);
    assert.ok(circled);
    assert.match(messageOf(circled), /本身已带圈、括号或点，后面不再加标点，“①、”应为“①”/);
    assert.equal(applyFix(inText, circled), '主要包括：①想象力；②、创造力。');
    const dotted = findingsOf(draft('一、总则', '⒈、目的', '⒉、依据'), RULE);
    assert.equal(dotted.length, 2);
    assert.match(messageOf(dotted[0]!), /本身已带圈、括号或点，后面不再加标点，“⒈、”应为“⒈”/);
    // Real brackets keep their own wording.
    const [bracketed] = findingsOf(headingDraft('（一）、'), RULE);
    assert.match(messageOf(bracketed!), /^带括号的序号后不再加标点/);
  });
});
