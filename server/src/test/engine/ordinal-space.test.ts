import * as assert from 'node:assert/strict';
import { analyze, DEFAULT_CONFIG } from '../../engine';
import { applyFix, covered, draft, findingsOf, messageOf } from '../helpers';

const RULE = 'ordinal-space';

describe(RULE, () => {
  for (const [wrong, right] of [
    ['一、 总体要求', '一、总体要求'],
    ['一、\u3000总体要求', '一、总体要求'],
    ['（一） 工作目标', '（一）工作目标'],
  ] as const) {
    it(`${wrong} → ${right}`, () => {
      const text = draft(wrong, '二、重点任务');
      const [finding, ...rest] = findingsOf(text, RULE);
      assert.ok(finding);
      assert.equal(rest.length, 0);
      assert.equal(finding.severity, 'information');
      assert.equal(applyFix(text, finding), draft(right, '二、重点任务'));
    });
  }

  it('keeps the space after 第八条 (B.3.6) and asks for one where it is missing', () => {
    const ok = draft('第一条 为了规范管理，制定本办法。', '第二条\u3000本办法适用于全市。');
    assert.deepEqual(findingsOf(ok, RULE), []);
    // The fix puts the space the document already uses after its articles; a full-width one when none does.
    const missing = draft('第一条 为了规范管理，制定本办法。', '第二条本办法适用于全市。');
    const [finding] = findingsOf(missing, RULE);
    assert.ok(finding);
    assert.equal(covered(missing, finding), '第二条');
    assert.equal(applyFix(missing, finding), draft('第一条 为了规范管理，制定本办法。', '第二条 本办法适用于全市。'));
    const none = draft('第一条为了规范管理，制定本办法。', '第二条本办法适用于全市。');
    const [first] = analyze(none, { ...DEFAULT_CONFIG, profile: 'regulation' }).findings.filter((f) => f.rule === RULE);
    assert.equal(applyFix(none, first!), draft('第一条\u3000为了规范管理，制定本办法。', '第二条本办法适用于全市。'));
  });

  it('leaves the space of English text after its number (`1. Dress code: business formal`), and quotes a title\'s opening words whole', () => {
    assert.deepEqual(findingsOf(draft('七、注意事项', '1. Dress code: business formal for the talks.', '2. Ms. Zhou Min, the liaison officer, will attend.'), RULE), []);
    const [finding] = findingsOf(draft('一、甲', '1. 白石镇启动“乡镇包村、干部包组”转移机制', '2.网格员入户', '二、乙'), RULE);
    assert.equal(messageOf(finding!), '序号“1.”后不加空格，应为“1.白石镇启动‘乡镇包村、干部包组’……”');
  });

  it('takes the bold markers after an ordinal in Markdown (`（一）**标题。**`) for no space', () => {
    const text = draft('## 一、工作回顾', '', '（一）**聚焦产业提质。**全年引进项目12个。', '', '（二）**聚焦民生改善。**新建学校2所。');
    assert.deepEqual(analyze(text, undefined, 'markdown').findings.filter((f) => f.rule === RULE), []);
  });

  it('leaves the space of a Markdown ordered list item (`1. 抓开工`), which the list syntax needs', () => {
    const text = draft('# 一、重点任务', '', '1. 抓开工', '2. 抓投资', '', '## （一） 工作目标');
    const spaces = (format: 'plain' | 'markdown') => analyze(text, undefined, format).findings.filter((f) => f.rule === RULE).map((f) => f.range.start.line);
    assert.deepEqual(spaces('markdown'), [5]);
    assert.deepEqual(spaces('plain'), [2, 3, 5]);
  });
  it('leaves alone the tab a word processor\'s automatic numbering puts after a number (一、\t报送范围, 附件：1.\t××)', () => {
    const text = draft('一、\t报送范围', '（一）\t严格把关审核', '（二）\t及时报送', '二、\t工作要求', '', '附件：1.\t改造计划报送表', '　　　2.\t填表说明');
    assert.deepEqual(findingsOf(text, RULE), []);
  });
  it('flags a tab after a few numbers only, in a draft whose other headings have none: no automatic numbering, a slip', () => {
    const text = draft('一、总体目标', '全面优化营商环境。', '二、重点任务', '（一）深化改革', '1.\t压缩企业开办时间。', '2.\t规范涉企行政检查。', '3.推行证照联办改革。', '（二）强化保障', '要加强组织领导。', '三、保障措施', '要落实责任。');
    const found = findingsOf(text, RULE);
    assert.deepEqual(found.map((f) => f.range.start.line), [4, 5]);
    assert.equal(applyFix(text, found[0]!).split('\n')[4], '1.压缩企业开办时间。');
  });
  it('keeps the space between an Arabic number and a title that opens with digits (3. 10时05分), which would read as 3.10 without it', () => {
    assert.deepEqual(findingsOf(draft('一、演练流程', '1. 9时30分，发布预警。', '2. 10时05分，开展搜救。'), RULE), []);
  });
});
