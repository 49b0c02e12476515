import * as assert from 'node:assert/strict';
import { analyze, parseDocument, renumberEdits } from '../../engine';
import { applyEdits, applyFix, covered, draft, messageOf } from '../helpers';

/**
 * The attachment note (附件说明, GB/T 9704-2012 §7.3.4): `附件：` and the names under it, numbered
 * `1.` `2.` when there are several, aligned under the first name's first character, no final mark.
 */
const NOTICE = ['关于开展安全生产大检查的通知', '', '各乡镇人民政府，县直有关单位：', '　　为切实做好安全生产工作，现就有关事项通知如下。', '　　一、检查范围', '　　全县所有生产经营单位。', '　　二、工作要求', '　　各单位要高度重视，认真组织。', ''];
const SIGNATURE = ['', '　　　　　　　　　　　　　　　　　　　　江州县人民政府办公室', '　　　　　　　　　　　　　　　　　　　　2026年3月5日'];

function notice(...note: string[]): string {
  return draft(...NOTICE, ...note, ...SIGNATURE);
}

function found(text: string): Array<[string, string]> {
  return analyze(text).findings.map((f) => [f.rule, covered(text, f)]);
}

function names(text: string): string[][] {
  return parseDocument(text).attachmentNotes.map((note) => note.items.map((item) => `${item.ordinal ? item.ordinal.value + ':' : ''}${item.name}`));
}

describe('attachment notes (附件说明)', () => {
  it('reads the names, a long one wrapped under its first character, and leaves a clean note alone', () => {
    const text = notice('　　附件：1.安全生产大检查工作方案', '　　　　　2.关于印发全县安全生产隐患排查治理', '　　　　　　工作实施细则的通知', '　　　　　3.安全生产隐患排查清单');
    assert.deepEqual(names(text), [['1:安全生产大检查工作方案', '2:关于印发全县安全生产隐患排查治理工作实施细则的通知', '3:安全生产隐患排查清单']]);
    assert.deepEqual(found(text), []);
  });

  it('reads names standing under a bare 附件：, across a blank line, and a single name without a number', () => {
    assert.deepEqual(names(notice('附件：', '1.工作方案', '', '2.任务分工表')), [['1:工作方案', '2:任务分工表']]);
    assert.deepEqual(names(notice('　　附件：安全生产大检查工作方案')), [['安全生产大检查工作方案']]);
  });

  it('does not take the signature, or a line set in where the text is, for a wrapped name', () => {
    const signed = draft(...NOTICE, '附件：1.工作方案', '　　　2.任务分工表', '　　　　　　　　　　　　　　　　　　　　江州县人民政府办公室');
    assert.deepEqual(names(signed), [['1:工作方案', '2:任务分工表']]);
    const contact = draft(...NOTICE, '附件：1.工作方案', '　　　2.任务分工表', '　　联系人：王明，电话：0791-1234567。');
    assert.deepEqual(names(contact), [['1:工作方案', '2:任务分工表']]);
    assert.deepEqual(found(contact), []);
  });

  it('reads a wrapped name whose indentation a PDF or a paste lost, or that mixes kinds of space', () => {
    const pdf = notice('附件：1.白水河流域（宁溪段）综合治理项目可行性研究报告', '（共46页）', '2.白水河流域（宁溪段）综合治理项目投资估算及资金筹', '措方案（共13页）', '3.宁溪县人民政府关于项目用地的说明');
    assert.deepEqual(names(pdf), [['1:白水河流域（宁溪段）综合治理项目可行性研究报告（共46页）', '2:白水河流域（宁溪段）综合治理项目投资估算及资金筹措方案（共13页）', '3:宁溪县人民政府关于项目用地的说明']]);
    assert.deepEqual(found(pdf), []);
    const mixed = notice('　　附件：1.宁溪县安全生产大检查责任分工表', '              及各乡镇检查任务清单', '　　　　　2.宁溪县安全生产举报奖励办法');
    assert.deepEqual(names(mixed), [['1:宁溪县安全生产大检查责任分工表及各乡镇检查任务清单', '2:宁溪县安全生产举报奖励办法']]);
    assert.deepEqual(found(mixed), []);
    // A date or a signature set far right is no part of a name.
    const dated = draft(...NOTICE, '附件：1.工作方案', '2.分工表', '2026年3月5日');
    assert.deepEqual(names(dated), [['1:工作方案', '2:分工表']]);
  });

  it('reads the next name after one ending in a stray ， or 、, and flags those marks without a safe fix', () => {
    const text = notice('附件：1.工作方案，', '　　　2.分工表、', '　　　3.排查清单');
    assert.deepEqual(found(text), [['heading-trailing-punctuation', '，'], ['heading-trailing-punctuation', '、']]);
    assert.ok(analyze(text).findings.every((f) => f.fixes?.[0]?.safe === false));
  });

  it('leaves alone an attachment left out of the published text: （略） after any name, or under its title', () => {
    assert.deepEqual(found(notice('附件：1.工作方案', '　　　2.先进个人名单（略）', '　　　3.会场座次示意图（略）')), []);
    const omitted = draft(...NOTICE, '附件：1.工作方案', '　　　2.先进个人名单', '', '附件2', '', '先进个人名单', '', '（略）');
    assert.deepEqual(found(omitted), []);
  });

  it('takes `附件1：` and `附件1：××方案` for the labels over attachments, each numbered anew; several together are a note', () => {
    const body = ['关于印发方案的通知', '各乡镇：', '　　一、工作目标', '　　全面完成年度任务。', '　　二、工作要求', '　　严格落实。', '', '　　附件：1.宁溪县安全生产工作方案', '　　　　　2.宁溪县安全生产举报奖励办法', ''];
    const colon = draft(...body, '附件1：', '', '宁溪县安全生产工作方案', '　　一、总体要求', '　　二、重点任务', '', '附件2：', '', '宁溪县安全生产举报奖励办法', '　　一、奖励范围', '　　二、奖励标准');
    assert.deepEqual(found(colon), []);
    assert.deepEqual(parseDocument(colon).parts.map((p) => [p.text, p.detail]), [['附件1', '宁溪县安全生产工作方案'], ['附件2', '宁溪县安全生产举报奖励办法']]);
    const titled = draft(...body, '附件1：宁溪县安全生产工作方案', '　　一、总体要求', '　　二、重点任务', '', '附件2：宁溪县安全生产举报奖励办法', '　　一、奖励范围', '　　二、奖励标准');
    assert.deepEqual(found(titled), []);
    assert.deepEqual(parseDocument(titled).parts.map((p) => [p.text, p.detail]), [['附件1', '宁溪县安全生产工作方案'], ['附件2', '宁溪县安全生产举报奖励办法']]);
    const labelledNote = draft(...NOTICE, '附件1：宁溪县安全生产工作方案', '附件2：宁溪县安全生产举报奖励办法', ...SIGNATURE);
    assert.deepEqual(parseDocument(labelledNote).parts, []);
  });

  it('leaves a Markdown list under 附件： written 1. 1. 1. to Markdown, which numbers it', () => {
    const text = ['各乡镇：', '　　现将有关事项通知如下。', '', '附件：', '', '1. 工作方案', '1. 分工表', '1. 排查清单'].join('\n');
    assert.deepEqual(analyze(text, undefined, 'markdown').findings, []);
    assert.deepEqual(analyze(text).findings.map((f) => f.rule), ['ordinal-space', 'sequence-duplicate', 'ordinal-space', 'sequence-duplicate', 'ordinal-space']);
  });

  it('flags a skipped attachment number, citing §7.3.4, and renumbering restores it', () => {
    const text = notice('　　附件：1.安全生产大检查工作方案', '　　　　　2.安全生产大检查责任分工表', '　　　　　4.安全生产隐患排查清单');
    assert.deepEqual(found(text), [['sequence-gap', '4.']]);
    const [gap] = analyze(text).findings;
    assert.equal(messageOf(gap!), '附件顺序号跳号：上一个附件是“2.”，此处应为“3.”，却是“4.”（GB/T 9704—2012 7.3.4）');
    assert.equal(messageOf(gap!, 'en'), 'Skipped attachment number: after "2." comes "3.", not "4." (GB/T 9704-2012 §7.3.4).');
    const renumbered = applyEdits(text, renumberEdits(analyze(text).model, { at: gap!.range.start }));
    assert.ok(renumbered.includes('　　　　　3.安全生产隐患排查清单'), renumbered);
    assert.deepEqual(found(renumbered), []);
  });

  it('flags a repeated number, a list that does not start at 1, and two swapped', () => {
    assert.deepEqual(found(notice('附件：1.工作方案', '　　　2.分工表', '　　　2.排查清单')), [['sequence-duplicate', '2.']]);
    assert.deepEqual(found(notice('附件：2.工作方案', '　　　3.分工表')), [['sequence-start', '2.']]);
    const swapped = notice('附件：1.工作方案', '　　　3.分工表', '　　　2.排查清单');
    assert.deepEqual(found(swapped).map(([rule]) => rule), ['sequence-order']);
    assert.match(messageOf(analyze(swapped).findings[0]!), /^附件顺序号前后颠倒/);
    // Two swapped at the start: named as attachments all the same.
    const first = analyze(notice('附件：2.工作方案', '　　　1.分工表', '　　　3.排查清单')).findings;
    assert.equal(messageOf(first[0]!), '附件顺序号前后颠倒：此处应为“1.”，却是“2.”（GB/T 9704—2012 7.3.4）');
  });

  it('flags 1、 as an Arabic ordinal with the wrong mark, and fixes it to the dot the other names use', () => {
    const text = notice('附件：1．工作方案', '　　　2、分工表', '　　　3．排查清单');
    const [slip, ...rest] = analyze(text).findings;
    assert.deepEqual(rest, []);
    assert.equal(slip!.rule, 'ordinal-punctuation');
    assert.equal(covered(text, slip!), '、');
    assert.equal(messageOf(slip!), '附件顺序号后用下脚点，“2、”应为“2．”（GB/T 9704—2012 7.3.4；GB/T 15834—2011 B.3.3）');
    assert.ok(applyFix(text, slip!).includes('　　　2．分工表'));
  });

  it('flags a single attachment numbered 1. and removes the number', () => {
    const text = notice('　　附件：1. 安全生产大检查工作方案');
    const [lone, ...rest] = analyze(text).findings;
    assert.deepEqual(rest.map((f) => f.rule), ['ordinal-space']);
    assert.equal(lone!.rule, 'lone-item');
    assert.equal(messageOf(lone!), '只有一个附件的不标附件顺序号：“附件：1.安全生产大检查工作方案”应为“附件：安全生产大检查工作方案”（GB/T 9704—2012 7.3.4）');
    assert.ok(applyFix(text, lone!).includes('\n　　附件：安全生产大检查工作方案\n'));
    // Two names, one of them wrapped, are two attachments.
    assert.deepEqual(found(notice('附件：1.工作方案', '　　　2.关于印发全县安全生产隐患排查治理', '　　　　工作实施细则的通知')), []);
  });

  it('flags a mark after a name (；，。), with a fix, but not a sentence or an omitted attachment', () => {
    const text = notice('附件：1.工作方案；', '　　　2.关于印发全县安全生产隐患排查治理', '　　　　工作实施细则的通知。');
    const findings = analyze(text).findings;
    assert.deepEqual(findings.map((f) => [f.rule, covered(text, f), f.range.start.line]), [
      ['heading-trailing-punctuation', '；', 9],
      ['heading-trailing-punctuation', '。', 11],
    ]);
    assert.equal(messageOf(findings[1]!), '附件名称后不加标点符号，“2.关于印发全县安全生产隐患排查治理工作实施细则的通知。”应删去末尾的“。”（GB/T 9704—2012 7.3.4）');
    assert.ok(findings.every((f) => f.fixes?.[0]?.safe));
    assert.deepEqual(found(applyFix(applyFix(text, findings[1]!), findings[0]!)), []);
    assert.deepEqual(found(notice('附件：安全生产大检查工作方案。')), [['heading-trailing-punctuation', '。']]);
    assert.deepEqual(found(notice('附件：先进个人名单（略）')), []);
    assert.deepEqual(found(notice('附件：请各单位按附表格式填写，于3月5日前报送。')), []);
  });

  it('notes a space after an attachment\'s number, as GB/T 9704-2012 §7.3.4 writes none (附件：1.XXXXX)', () => {
    const text = notice('附件：1. 工作方案', '　　　2.分工表');
    const [space, ...rest] = analyze(text).findings;
    assert.deepEqual(rest, []);
    assert.equal(space!.rule, 'ordinal-space');
    assert.equal(space!.severity, 'information');
    assert.equal(messageOf(space!), '附件顺序号“1.”后不加空格，应为“1.工作方案”（GB/T 9704—2012 7.3.4）');
    assert.ok(applyFix(text, space!).includes('附件：1.工作方案'));
  });

  it('reads 附： over numbered names as an attachment note, and 附：名词解释 over numbered text as none', () => {
    const agreement = draft('甲乙双方经调解自愿达成如下协议：', '第一条　甲方赔偿乙方医疗费20,000元。', '第二条　本协议自签字之日起生效。', '', '附：1.甲方住院病历复印件', '　　2.医疗费票据复印件', '　　4.乙方授权委托书');
    assert.deepEqual(found(agreement), [['sequence-gap', '4.']]);
    const glossary = notice('附：名词解释', '1.“三资”：指农村集体资金、资产、资源。', '2.“一窗通办”：指只需到一个综合窗口即可办结。');
    assert.deepEqual(parseDocument(glossary).attachmentNotes.map((note) => note.items.length), [1]);
    assert.deepEqual(found(glossary), []);
  });

  it('reads a report\'s 附表： over the tables it appends as a note, and 附表1 as the label over the first', () => {
    const report = draft('一、上半年工作', '完成投资52亿元。', '二、下半年打算', '确保完成全年目标。', '附表：1.重大项目投资完成情况汇总表', '　　　2.投资完成额前十位项目情况表', '云溪县发展和改革局', '2025年7月8日', '附表1', '重大项目投资完成情况汇总表', '序号\t项目\t完成投资', '1\t云溪大道\t3.2');
    assert.deepEqual(names(report), [['1:重大项目投资完成情况汇总表', '2:投资完成额前十位项目情况表']]);
    assert.deepEqual(parseDocument(report).parts.map((part) => `${part.text}:${part.detail}`), ['附表1:重大项目投资完成情况汇总表']);
    assert.deepEqual(found(report), []);
  });

  it('checks each document\'s note on its own', () => {
    const two = draft(...NOTICE, '附件：1.工作方案', '　　　2.分工表', '', '关于开展消防检查的通知', '', '各乡镇：', '　　一、范围', '　　二、要求', '', '附件：1.检查表', '　　　2.回执');
    assert.equal(parseDocument(two).attachmentNotes.length, 2);
    assert.deepEqual(found(two), []);
  });
});
