import * as assert from 'node:assert/strict';
import { analyze } from '../../engine';
import { applyFix, covered, draft, findingsOf, messageOf } from '../helpers';

const RULE = 'heading-trailing-punctuation';

describe(RULE, () => {
  for (const [wrong, right] of [
    ['一、总体要求。', '一、总体要求'],
    ['（一）工作目标：', '（一）工作目标'],
    ['1.主要指标；', '1.主要指标'],
  ] as const) {
    it(`${wrong} → ${right}`, () => {
      const text = draft('一、甲', '（一）子', wrong, '正文。', wrong.startsWith('一') ? '二、乙' : wrong.startsWith('（') ? '（二）丑' : '2.寅');
      const [finding, ...rest] = findingsOf(text, RULE);
      assert.ok(finding, wrong);
      assert.equal(rest.length, 0);
      assert.ok(messageOf(finding).includes(`“${wrong}”应删去末尾的“${wrong.slice(-1)}”`), messageOf(finding));
      assert.ok(applyFix(text, finding).includes(`\n${right}\n`));
    });
  }

  it('flags a document\'s title closed by a full stop, and no first line that is a sentence', () => {
    const text = draft('青岚市江屿区委书记2024年度抓基层党建工作述职报告。', '', '一、主要做法', '正文。', '二、存在问题', '正文。');
    const [finding, ...rest] = findingsOf(text, RULE);
    assert.equal(rest.length, 0);
    assert.ok(messageOf(finding!).includes('文件标题末尾不加标点'), messageOf(finding!));
    assert.equal(applyFix(text, finding!), text.replace('述职报告。', '述职报告'));
    assert.deepEqual(findingsOf(draft('现将有关情况报告如下。', '一、主要做法', '正文。', '二、存在问题', '正文。'), RULE), []);
    assert.deepEqual(findingsOf(draft('会议研究了以下事项，形成纪要。', '一、甲', '二、乙'), RULE), []);
    assert.deepEqual(findingsOf(draft('特此报告。', '', '青岚市江屿区委', '2025年1月10日'), RULE), []);
    // A speaker's first sentence ending in a genre word is no title; a title may name 我市.
    assert.deepEqual(findingsOf(draft('下面我讲三点意见。', '一、甲', '二、乙', '三、丙'), RULE), []);
    assert.deepEqual(findingsOf(draft('我完全同意刚才的意见。', '一、甲', '二、乙'), RULE), []);
    assert.equal(findingsOf(draft('关于我市2025年安全生产工作情况的报告。', '一、甲', '二、乙'), RULE).length, 1);
  });

  it('leaves alone an item that asks the reader and leads in the lines under it (`5.会议期间如有需要，请与会务组联系：`)', () => {
    const text = draft('六、参会须知', '1.请参会嘉宾凭参会证出入会场。', '2.会场内请将手机调至静音状态。', '3.会议期间如有需要，请与会务组联系：', '综合协调：宋晓峰　13907901126', '交通保障：陆家明　13907901372');
    assert.deepEqual(findingsOf(text, RULE), []);
  });

  it('keeps the 。 of a run-in heading before its body text', () => {
    assert.deepEqual(findingsOf(draft('（一）加强组织领导。各地要高度重视。', '（二）强化督查。'), RULE).length, 1);
    // Among two or more run-in siblings, a bare one ending in 。 is a run-in item without its body.
    assert.deepEqual(findingsOf(draft('（一）强化理论武装。深入学习。', '（二）提升履职能力。开展培训。', '（三）锤炼过硬作风。严格落实。', '（四）加强政法宣传工作。'), RULE), []);
    assert.deepEqual(findingsOf(draft('（一）加强组织领导。各地要高度重视。', '（二）强化督查。定期通报。'), RULE), []);
  });

  it('leaves alone numbered items written as full sentences', () => {
    assert.deepEqual(findingsOf(draft('一、甲', '（一）各乡镇要于3月底前完成排查。', '（二）各部门应当加强协作，形成合力。', '二、乙'), RULE), []);
    assert.deepEqual(findingsOf(draft('二、资金筹措', '（一）中央补助资金2.64亿元，已于4月下达；', '三、下一步工作'), RULE), []);
    // Among such items, a short one ending alike is a sentence too.
    const measures = draft('1.响应措施', '（1）市防指办公室主任主持会商，作出相应工作部署。', '（2）各成员单位加强值班值守，密切关注雨情。', '（3）排水抢险队伍进入待命状态。', '2.响应终止');
    assert.deepEqual(findingsOf(measures, RULE), []);
    // A sentence leading in its sub-items keeps its colon; a short title's colon is a slip.
    assert.deepEqual(findingsOf(draft('一、工作要求', '1.请各单位于7月3日前报送以下材料：', '（1）工作总结；', '（2）统计报表。', '2.各单位要按时参加会议，不得缺席。'), RULE), []);
    assert.equal(findingsOf(draft('一、甲', '（一）工作目标：', '1.子', '2.丑', '（二）乙'), RULE).length, 1);
    // A two-part title with a stray 。 among titles with no mark, each over its own text.
    const report = draft('一、坚持理论学习，筑牢思想根基', '正文。', '二、立足岗位实干，践行初心使命', '正文。', '三、加强党性修养，严格自我约束。', '正文。', '四、存在的不足和努力方向', '正文。');
    assert.equal(findingsOf(report, RULE).length, 1);
    // Items that are all sentences keep theirs.
    assert.deepEqual(findingsOf(draft('一、原则同意该方案，请认真组织实施。', '二、所需经费，由县财政统筹解决。', '三、请加强督促检查，确保按期完成。'), RULE), []);
    // A sentence too long to be a title leads in the formula under it.
    const formula = draft('4.1　评价指标', '', '（1）财务净现值（FNPV），按基准收益率将计算期内各年净现金流量折现到建设期初的现值之和，计算公式为：', '', 'FNPV = Σ（CI − CO）t ×（1 + ic）^(−t)', '', '（2）投资回收期（Pt），指以项目净收益回收项目投资所需的时间。');
    assert.deepEqual(findingsOf(formula, RULE), []);
    // A year names the title's period: `2025年重点工作：` is a title with a stray colon, not a sentence.
    assert.equal(findingsOf(draft('一、2024年工作回顾', '去年做了很多工作。', '二、2025年重点工作：', '今年要抓好落实。', '（一）甲', '（二）乙'), RULE).length, 1);
    // An item of two sentences among sentence items reads as a run-in heading; its siblings are sentences all the same.
    const conditions = draft('（一）基本条件', '1.具有中华人民共和国国籍，遵守宪法和法律。', '2.具有良好的品行和职业道德。', '3.具有岗位所需的学历、专业和资格条件。专业参照《专业参考目录》审核。', '4.具有正常履行职责的身体条件。', '（二）其他');
    assert.deepEqual(findingsOf(conditions, RULE), []);
    // Short titles that all end with 。 over their sections are still headings with a stray mark…
    assert.equal(findingsOf(draft('一、甲', '（一）加强领导。', '各级要高度重视。', '（二）压实责任。', '要层层签订责任书。', '二、乙'), RULE).length, 2);
    // …but numbered lines one under the other with nothing under them are a list's items, each a
    // sentence however short: a meeting's participants, a drill's steps.
    assert.deepEqual(findingsOf(draft('二、参会人员', '（一）各乡镇（街道）分管负责同志。', '（二）县直有关部门分管负责同志。', '（三）县大数据中心全体干部职工。', '三、会议要求'), RULE), []);
    assert.deepEqual(findingsOf(draft('科目一　预警', '1.发布预警。', '2.会商研判。', '3.报告总指挥。'), RULE), []);
  });

  it('leaves alone the items of an enumeration: ；after each, 。 after the last (GB/T 15834-2011 4.6.3.1)', () => {
    const items = ['（一）中央补助资金2.64亿元；', '（二）省级补助资金0.88亿元；', '（三）申请市级配套资金1.5亿元。'];
    assert.deepEqual(findingsOf(draft('二、资金筹措情况', '资金来源包括：', ...items, '三、下一步工作'), RULE), []);
    assert.deepEqual(findingsOf(draft('1.工作要求', '（1）明确责任分工；', '（2）按时报送材料；', '2.保障措施'), RULE), []);
    // One heading with a stray ；among headings without marks is still a slip.
    const slip = draft('一、总体要求；', '二、主要任务', '三、保障措施');
    assert.deepEqual(findingsOf(slip, RULE).map((f) => covered(slip, f)), ['；']);
  });

  it('reads a form\'s row, its label and its cell after a tab (四、单位党组意见⇥同意上报。), as no heading ending in 。', () => {
    assert.deepEqual(findingsOf(draft('三、整改措施\t已完成', '四、单位党组意见\t同意上报。'), RULE), []);
  });

  it('accepts ? and ! and items of a 条 that end with ；', () => {
    assert.deepEqual(findingsOf(draft('一、我们为什么要改革？', '二、怎样改革'), RULE), []);
    const regulation = draft('第一条 本办法所称事项包括：', '（一）行政许可；', '（二）行政处罚。', '第二条 本办法自发布之日起施行。');
    assert.deepEqual(findingsOf(regulation, RULE), []);
  });
  it('reads the items of an article quoted whole in a 修改决定 as an enumeration, its last closing the quote', () => {
    const text = draft('对《青川市物流行业协会章程》作如下修改：', '', '一、将第八条修改为：“第八条　本会的会员分为单位会员和个人会员。”', '', '二、将第九条修改为：“第九条　申请加入本会的会员，必须具备下列条件：', '（一）拥护本会章程；', '（二）有加入本会的意愿；', '（三）在本会的业务领域内具有一定的影响。”', '', '三、删去第十三条第二款。');
    assert.deepEqual(findingsOf(text, RULE), []);
  });

  it('flags a Markdown heading ending in a colon, though its words read like a sentence', () => {
    const text = draft('# 学习心得', '', '## 一、作风建设必须从思想根子上抓起', '', '正文。', '', '## 二、作风建设必须在具体工作中体现', '', '正文。', '', '## 三、作风建设必须常抓不懈、久久为功：', '', '作风建设永远在路上。');
    const atx = (t: string) => analyze(t, undefined, 'markdown').findings.filter((f) => f.rule === RULE);
    const [finding, ...rest] = atx(text);
    assert.equal(rest.length, 0);
    assert.equal(finding!.range.start.line, 10);
    assert.ok(messageOf(finding!).includes('久久为功：”应删去末尾的“：”'), messageOf(finding!));
    // The same line in plain text, a numbered sentence that may lead in what follows, is left alone.
    assert.deepEqual(findingsOf(text.replace(/## /g, ''), RULE), []);
  });

  it('leaves decimal clauses written as text alone (3.2 本次招标不接受联合体投标。), and flags a clause title with a stray full stop', () => {
    const notice = draft('3.投标人资格要求', '3.1 本次招标要求投标人须具备以下资格条件：', '3.1.1 资质要求：具备市政公用工程施工总承包二级及以上资质。', '3.2 本次招标不接受联合体投标。', '3.3 各投标人均可就本招标项目投标。', '4.招标文件的获取', '4.1 凡有意参加投标者，请于2025年5月6日至5月12日下载招标文件。');
    assert.deepEqual(findingsOf(notice, RULE), []);
    const titles = draft('1 总则', '1.1 总体要求。', '正文。', '1.2 工作目标', '正文。', '1.3 基本原则', '正文。', '2 组织', '2.1 领导小组', '正文。');
    assert.deepEqual(findingsOf(titles, RULE).map((f) => f.range.start.line), [1]);
  });
});
