import * as assert from 'node:assert/strict';
import { analyze, buildOutline, ordinalSuggestions, parseDocument, renumberEdits } from '../../engine';
import { applyEdits, draft, messageOf } from '../helpers';

/** An 应急预案 numbered with decimals, as such plans are (GB/T 1.1 style). */
const PLAN = draft(
  '江州市城市内涝灾害应急预案',
  '1 总则',
  '1.1 编制目的',
  '为了做好城市内涝防御工作，制定本预案。',
  '1.2 适用范围',
  '本预案适用于全市城市内涝灾害的应对。',
  '2 应急响应',
  '2.1 响应分级',
  '应急响应分为四级。',
  '2.2 Ⅳ级应急响应',
  '2.2.1 启动条件。发布城市内涝Ⅳ级预警时。',
  '2.2.2 响应措施',
  '（1）市防指办公室主任主持会商，作出相应工作部署。',
  '（2）各成员单位加强值班值守，密切关注雨情。',
  '（3）排水抢险队伍进入待命状态。',
  '3 后期处置',
  '3.1 善后处置',
  '1.受灾群众安置。妥善安置受灾群众。',
  '2.城市运行恢复。及时恢复供水供电。',
  '3.2 调查评估',
  '灾害结束后开展调查评估。',
);

const rules = (text: string) => analyze(text).findings.map((f) => `${f.rule}@${f.range.start.line}`);

describe('decimal clause numbers (1 总则, 2.1, 2.2.1)', () => {
  it('reads a 招标公告 numbered `1.招标条件` over `1.1 ……` (no space after the dot, `4、` by a slip) as top clauses over their text, a lone `1.1` of text no lone item', () => {
    const notice = draft('青禾县第二中学教学楼改造工程施工招标公告', '1.招标条件', '1.1 本招标项目已由县发展和改革委员会批准建设。', '2.项目概况', '2.1 建设地点：青禾县城关镇。', '2.2 计划工期：150日历天。', '3.投标人资格要求', '3.1 投标人须具备建筑工程施工总承包三级资质。', '3.2 本次招标不接受联合体投标。', '4、招标文件的获取', '4.1 请于5月20日至26日获取招标文件。', '4.2 招标文件每套售价500元。');
    assert.deepEqual(analyze(notice).findings.map((f) => `${f.rule}@${f.range.start.line}`), ['ordinal-punctuation@9']);
  });

  it('are the structure of a plan numbered so, with （1） and 1. under them, and no finding on a clean plan', () => {
    assert.deepEqual(rules(PLAN), []);
    const outline = buildOutline(parseDocument(PLAN));
    const show = (n: { name: string; children: readonly { name: string; children: readonly unknown[] }[] }): string =>
      n.children.length > 0 ? `${n.name.split(' ')[0]}[${n.children.map((c) => show(c as typeof n)).join(' ')}]` : n.name.split(' ')[0]!;
    assert.deepEqual(outline.map(show), ['1[1.1 1.2]', '2[2.1 2.2[2.2.1 2.2.2[（1）市防指办公室主任主持会商，作出相应工作部署 （2）各成员单位加强值班值守，密切关注雨情 （3）排水抢险队伍进入待命状态]]]', '3[3.1[1.受灾群众安置 2.城市运行恢复] 3.2]']);
  });

  it('report a skipped or repeated clause with the number its place calls for', () => {
    const skipped = PLAN.replace('2.2.2 响应措施', '2.2.3 响应措施');
    const [gap] = analyze(skipped).findings;
    assert.equal(gap?.rule, 'sequence-gap');
    assert.ok(messageOf(gap!).includes('上一项是“2.2.1”，此处应为“2.2.2”，却是“2.2.3”'), messageOf(gap!));
    assert.deepEqual(rules(PLAN.replace('3 后期处置', '2 后期处置')), ['sequence-duplicate@15']);
  });

  it('renumber with the clauses under them: 2.2 becoming 2.3 makes 2.2.1 into 2.3.1', () => {
    const inserted = PLAN.replace('2.2 Ⅳ级应急响应', '2.2 预警响应\n预警发布后即时响应。\n2.2 Ⅳ级应急响应');
    const renumbered = applyEdits(inserted, renumberEdits(parseDocument(inserted)));
    assert.ok(renumbered.includes('2.3 Ⅳ级应急响应\n2.3.1 启动条件。'), renumbered);
    assert.ok(renumbered.includes('2.3.2 响应措施'));
    assert.deepEqual(rules(renumbered), []);
  });

  it('offer the next clause number and the first under the clause above while typing', () => {
    const model = parseDocument(draft(PLAN, ''));
    const texts = ordinalSuggestions(model, { line: model.lines.length - 1, character: 0 }).map((s) => s.text);
    assert.deepEqual(texts.slice(0, 3), ['3.3 ', '3.2.1 ', '4 ']);
  });

  it('need the document to number its clauses so: `1 总则` alone, or `1.5 亿元`, is no heading', () => {
    assert.deepEqual(parseDocument(draft('1 总则', '为了做好工作，制定本办法。', '2 附则')).headings, []);
    const amounts = parseDocument(draft('1.1 编制目的', '1.5 亿元用于城市排水。', '1.2 适用范围', '12 个部门参加演练。'));
    assert.deepEqual(amounts.headings.map((h) => h.ordinal.core), ['1.1', '1.2']);
    // A unit's character opening a word is no unit: `2.4　户外信息发布屏` (not `2.3 户`), `3.2 人员配备`.
    const words = parseDocument(draft('1.1 编制目的', '1.2 照明平台', '1.3　户外信息发布屏', '1.4 人员配备', '2.3 户参与试点。'));
    assert.deepEqual(words.headings.map((h) => h.ordinal.core), ['1.1', '1.2', '1.3', '1.4']);
    // One-number clauses are short titles alone on their line.
    assert.deepEqual(parseDocument(draft('1.1 编制目的', '1.2 适用范围', '2 各成员单位按照职责分工，做好相关工作。')).headings.map((h) => h.ordinal.core), ['1.1', '1.2']);
  });

  it('take `3．投标人资格要求` (a full-width dot, no space) over `3.1` for the top clause, with no space asked after it', () => {
    const notice = draft('滨江小学教学楼改造工程招标公告', '', '1．招标条件', '　　本项目已批准建设。', '', '2．项目概况与招标范围', '　　2.1　建设地点：滨江路18号。', '　　2.2　计划工期：150日历天。', '', '3．投标人资格要求', '　　3.1　具备建筑工程施工总承包三级及以上资质。', '　　3.2　本次招标不接受联合体投标。', '', '4．招标文件的获取', '　　4.1　请于5月8日前下载招标文件。', '　　4.2　招标文件免费提供。');
    assert.deepEqual(rules(notice), []);
    assert.deepEqual(buildOutline(parseDocument(notice)).map((n) => [n.name, n.children.length]), [['1． 招标条件', 0], ['2． 项目概况与招标范围', 2], ['3． 投标人资格要求', 2], ['4． 招标文件的获取', 2]]);
  });

  it('take `1. 招标条件` over `1.1`, `1.2` for the top clause, as a 招标公告 numbers them', () => {
    const notice = draft(
      '## 1. 招标条件',
      '1.1 本项目已经市财政局批准，资金已落实。',
      '1.2 采购人为市城市管理局。',
      '## 2. 项目概况与招标范围',
      '2.1 项目名称：智慧城管平台运维服务项目。',
      '2.2 采购需求：',
      '| 包号 | 采购内容 |',
      '## 3. 投标人资格要求',
      '3.1 满足《中华人民共和国政府采购法》第二十二条规定的条件：',
      '（1）具有独立承担民事责任的能力；',
      '（2）具有良好的商业信誉。',
      '3.2 本项目的特定资格要求：',
      '3.2.1 第1包：具有运行维护服务能力证明。',
      '3.2.2 第2包：具有设备维护能力证明。',
      '## 4. 公告期限',
      '自本公告发布之日起5个工作日。',
      '## 5. 联系方式',
      '5.1 采购人信息',
      '5.2 采购代理机构信息',
    );
    // No "1. 之前没有上一层次" or "2.1 应为 1.3": the tops are clauses; a clause leading in with ： keeps it.
    assert.deepEqual(rules(notice), []);
    const tops = parseDocument(notice).headings.filter((h) => h.level === 'decimal-1');
    assert.deepEqual(tops.map((h) => h.title), ['招标条件', '项目概况与招标范围', '投标人资格要求', '公告期限', '联系方式']);
    assert.deepEqual(rules(notice.replace('## 4. 公告期限', '## 5. 公告期限')), ['sequence-gap@14']);
    // Items `1.` `2.` under a clause stay items, between the clauses of their parent.
    assert.deepEqual(rules(PLAN), []);
  });

  it('let a clause of a standard lead in its list with a colon (GB/T 1.1: such clauses have no title)', () => {
    const standard = draft('1 总则', '1.1 目的', '1.2 依据', '2 巡查', '2.1 巡查人员', '2.2 巡查要求', '2.2.1　巡查频次为每月一次，汛期每周一次。', '2.2.2　巡查内容包括：', 'a）设施完好情况；', 'b）安全隐患。', '2.2.3　巡查中发现问题，应按以下方式处理：', '1）现场处理；', '2）报告处理。');
    assert.deepEqual(rules(standard), []);
  });

  it('stand under chapters numbered 第1章 (a 可行性研究报告), which keep their Arabic numerals', () => {
    const report = draft('第1章　总论', '1.1　项目概况', '1.1.1　项目名称', '1.1.2　建设单位', '1.2　编制依据', '第2章　建设必要性', '2.1　现状', '2.2　需求', '第3章　建设方案', '3.1　取水工程', '3.2　输水工程');
    assert.deepEqual(rules(report), []);
    const outline = buildOutline(parseDocument(report));
    assert.deepEqual(outline.map((n) => [n.name, n.children.length]), [['第1章 总论', 2], ['第2章 建设必要性', 2], ['第3章 建设方案', 2]]);
    // A skipped chapter is named in its own form, and renumbering keeps it.
    const skipped = report.replace('第3章', '第4章');
    assert.ok(messageOf(analyze(skipped).findings.find((f) => f.rule === 'sequence-gap')!).includes('却是“第4章”'));
    assert.ok(applyEdits(skipped, renumberEdits(parseDocument(skipped))).includes('第3章　建设方案'));
  });

  it('stand under a contract\'s articles that they carry the number of (第二条 over 2.1), an article without clauses among them', () => {
    const contract = draft('项目投资合作合同', '第一条　项目概况', '1.1　项目名称：年产5万吨正极材料项目。', '1.2　建设内容：建设生产线4条。', '第二条　项目用地及配套', '2.1　用地位置：新材料产业园。', '2.2　用地面积：约260亩。', '第三条　争议解决', '因履行本合同发生争议的，双方应当协商解决。', '第四条　其他', '4.1　本合同未尽事宜，由双方另行签订补充协议。', '4.2　本合同一式八份。');
    assert.deepEqual(rules(contract), []);
    assert.deepEqual(buildOutline(parseDocument(contract)).map((n) => [n.name, n.children.length]), [['第一条 项目概况', 2], ['第二条 项目用地及配套', 2], ['第三条 争议解决', 0], ['第四条 其他', 2]]);
    // An article inserted: renumbering carries the new numbers into the clauses.
    const inserted = contract.replace('第三条　争议解决', draft('第三条　双方义务', '3.1　甲方负责配套设施。', '3.2　乙方按期开工建设。', '第三条　争议解决'));
    const renumbered = applyEdits(inserted, renumberEdits(parseDocument(inserted)));
    assert.ok(renumbered.includes(draft('第四条　争议解决')) && renumbered.includes(draft('第五条　其他', '5.1　本合同未尽事宜，由双方另行签订补充协议。', '5.2　本合同一式八份。')), renumbered);
    assert.deepEqual(rules(renumbered), []);
  });

it('carry a renumbered chapter\'s number into its clauses, and say when a chapter\'s clauses carry another\'s', () => {
    const report = draft('第1章　总论', '1.1　项目概况', '1.2　编制依据', '第2章　建设条件', '2.1　地形', '2.2　气象', '第2章　建设方案', '2.1　取水工程', '2.1.1　水源', '2.1.2　泵站', '2.2　输水工程');
    const renumbered = applyEdits(report, renumberEdits(parseDocument(report)));
    assert.ok(renumbered.endsWith(draft('第3章　建设方案', '3.1　取水工程', '3.1.1　水源', '3.1.2　泵站', '3.2　输水工程')), renumbered);
    assert.deepEqual(rules(renumbered), []);
    // Chapters renumbered by hand, clauses left as they were.
    const stale = renumbered.replace('3.1　取水工程', '2.1　取水工程').replace('3.1.1　水源', '2.1.1　水源').replace('3.1.2　泵站', '2.1.2　泵站').replace('3.2　输水工程', '2.2　输水工程');
    const [finding] = analyze(stale).findings;
    assert.equal(finding?.rule, 'sequence-restart');
    assert.equal(messageOf(finding!), '条款编号应带上级“第3章 建设方案”的号：此处应为“3.1”，却是“2.1”');
    assert.equal(applyEdits(stale, renumberEdits(parseDocument(stale))), renumbered);
  });
});

describe('decimal clauses typed at the wrong depth', () => {
  it('reads `2.2` between `2.1.1` and `2.1.3` as the `2.1.2`, reported once, and renumbering gives it back', () => {
    const plan = ['1 总则', '1.1 编制目的', '1.2 适用范围', '2 组织指挥体系', '2.1 市指挥部', '2.1.1 指挥部组成', '2.2 指挥部职责', '2.1.3 指挥部办公室', '2.2 县级指挥机构', '3 预警', '3.1 监测', '3.2 预警发布'].join('\n');
    const found = analyze(plan).findings;
    assert.deepEqual(found.map((f) => `${f.rule}@${f.range.start.line}`), ['level-inversion@6']);
    assert.ok(messageOf(found[0]!).includes('应为“2.1.2”'), messageOf(found[0]!));
    assert.equal(applyEdits(plan, renumberEdits(analyze(plan).model)), plan.replace('2.2 指挥部职责', '2.1.2 指挥部职责'));
  });
});

describe('term entries of a standard (GB/T 1.1 术语和定义)', () => {
  it('are clauses when the number stands alone on its line over the term (`3.2`): a repeat is flagged, the outline names the term', () => {
    const standard = draft(
      '1 范围',
      '本文件规定了智慧停车场建设的总体要求。',
      '2 术语和定义',
      '下列术语和定义适用于本文件。',
      '2.1',
      '智慧停车场　smart parking lot',
      '运用物联网等技术实现泊位感知的停车场。',
      '2.2',
      '泊位感知设备　parking space detection device',
      '用于检测泊位占用状态的设备。',
      '2.2',
      '无感支付　non-inductive payment',
      '车辆驶离时自动完成扣费的支付方式。',
      '3 总体要求',
      '3.1 智慧停车场建设应遵循统一规划的原则。',
      '3.2 智慧停车场应接入全市智慧停车管理平台。',
    );
    const found = analyze(standard).findings;
    assert.deepEqual(found.map((f) => `${f.rule}@${f.range.start.line}`), ['sequence-duplicate@10']);
    assert.match(messageOf(found[0]!), /此处应为“2\.3”/);
    const fixed = applyEdits(standard, renumberEdits(parseDocument(standard)));
    assert.equal(fixed.split('\n')[10], '2.3');
    const terms = buildOutline(parseDocument(fixed))[1]!.children.map((n) => n.name);
    assert.deepEqual(terms, ['2.1 智慧停车场　smart parking lot', '2.2 泊位感知设备　parking space detection device', '2.3 无感支付　non-inductive payment']);
    // In a document whose clauses are not numbered so, `3.2` over a name is a table's cell, not a clause.
    assert.deepEqual(rules(draft('一、评分结果', '3.2', '张明远', '3.2', '李红梅', '二、有关说明', '评分结果已公示。')), []);
  });

  it('reads decimal clauses written as Markdown headings (`## 1 总则`, `### 1.1 编制目的`)', () => {
    const md = (third: string) => draft('# 智慧停车平台建设方案', '', '## 1 项目概况', '', '### 1.1 建设背景', '', '正文。', '', '### 1.2 建设现状', '', '正文。', '', `### ${third} 编制依据`, '', '正文。', '', '## 2 建设目标', '', '### 2.1 总体目标', '', '正文。', '', '### 2.2 阶段目标', '', '正文。');
    assert.deepEqual(analyze(md('1.3'), undefined, 'markdown').findings, []);
    assert.deepEqual(analyze(md('1.3'), undefined, 'markdown').model.headings.map((h) => h.ordinal.core), ['1', '1.1', '1.2', '1.3', '2', '2.1', '2.2']);
    assert.deepEqual(analyze(md('1.4'), undefined, 'markdown').findings.map((f) => `${f.rule}@${f.range.start.line}`), ['sequence-gap@12']);
  });
});
