import * as assert from 'node:assert/strict';
import { analyze, renumberEdits } from '../../engine';
import { applyEdits, applyFix, covered, draft, messageOf } from '../helpers';

/** Numbered notes under a table or a text (`注：1.……` `2.……`), and footnotes under a PDF's rule. */
const REPORT = ['一、主要经济指标', '　　全县规模以上工业增加值增长7.2%。', '表1　1—11月主要经济指标完成情况'];
const AFTER = ['', '二、存在的问题', '　　部分指标完成进度偏慢。'];

function report(...notes: string[]): string {
  return draft(...REPORT, ...notes, ...AFTER);
}

function found(text: string): Array<[string, string, number]> {
  return analyze(text).findings.map((f) => [f.rule, covered(text, f), f.range.start.line]);
}

describe('numbered notes (注：1.……)', () => {
  it('leaves correct notes alone, the first on the label line or under it, with （1） under a note', () => {
    assert.deepEqual(found(report('注：1.城市、农村按常住地划分。', '2.“其中”项仅列出部分类别。', '3.增速按可比价计算。')), []);
    assert.deepEqual(found(report('说明：', '（1）本表数据为初步统计数。', '（2）部分数据因四舍五入，分项之和与合计略有出入。')), []);
    assert.deepEqual(found(report('注：1.增速按可比价计算，其中：', '（1）工业按不变价计算；', '（2）服务业按现价计算。', '2.全市位次为9个县（市、区）中的位次。')), []);
    // A form's own notes: `填表说明：1.……` with `2.……` under it, indented to the first.
    const formNotes = report('填表说明：1.“单位及职务”栏请填写全称。', '　　　　　2.出生年月按“1985.06”格式填写。', '　　　　　4.本表请于4月7日前报送。');
    assert.deepEqual(found(formNotes), [['sequence-gap', '4.', 5]]);
    assert.deepEqual(analyze(formNotes).model.headings.map((h) => h.line), [0, 7], 'no note is a heading');
  });

  it('flags a skipped, repeated or swapped note number, and renumbering restores it', () => {
    const skipped = report('注：1.城市、农村按常住地划分。', '2.“其中”项仅列出部分类别。', '4.增速按可比价计算。');
    assert.deepEqual(found(skipped), [['sequence-gap', '4.', 5]]);
    assert.equal(messageOf(analyze(skipped).findings[0]!), '注释序号跳号：上一条是“2.”，此处应为“3.”，却是“4.”（实务惯例）');
    assert.equal(messageOf(analyze(skipped).findings[0]!, 'en'), 'Skipped note number: after "2." comes "3.", not "4." (practice).');
    const renumbered = applyEdits(skipped, renumberEdits(analyze(skipped).model, { at: { line: 5, character: 0 } }));
    assert.ok(renumbered.includes('\n3.增速按可比价计算。'), renumbered);
    assert.deepEqual(found(report('注：1.城市按常住地划分。', '1.其中项仅列部分类别。')).map(([rule]) => rule), ['sequence-duplicate']);
    assert.deepEqual(found(report('注：（2）城市按常住地划分。', '（3）其中项仅列部分类别。')).map(([rule]) => rule), ['sequence-start']);
    assert.equal(messageOf(analyze(report('注：2.城市按常住地划分。', '1.其中项仅列部分类别。', '3.增速按可比价计算。')).findings[0]!), '注释序号前后颠倒：此处应为“1.”，却是“2.”');
  });

  it('reads a note whose text wraps onto the next line, its sentence unfinished, as one note', () => {
    const wrapped = report('注：1.城市、农村按调查户常住地划分，其中农村居民收入', '按可比口径计算。', '2.“其中”项仅列出部分类别。', '3.增速按可比价计算。');
    assert.deepEqual(found(wrapped), []);
    assert.deepEqual(found(wrapped.replace('3.增速', '4.增速')), [['sequence-gap', '4.', 6]]);
    // After a finished sentence, a line of text is the text going on: a 2. after it is the body's.
    assert.equal(analyze(report('注：1.城市按常住地划分。', '从表1看，各项指标总体平稳。', '2.下步打算')).model.headings.some((h) => h.title === '下步打算'), true);
  });

  it('checks the items under a note as a list of their own, a blank line before the first one or not', () => {
    const nested = ['注：1.增速按可比价计算。', '2.其中：', '', '（1）工业按不变价计算；', '', '（2）服务业按现价计算。', '', '3.全市位次为9个县（市、区）中的位次。'];
    assert.deepEqual(found(report(...nested)), []);
    const tight = nested.filter((l) => l !== '');
    assert.deepEqual(found(report(...tight)), []);
    assert.deepEqual(found(report(...tight.map((l) => l.replace('（2）服务业', '（3）服务业')))), [['sequence-gap', '（3）', 6]]);
    assert.deepEqual(found(report('注：1.其中：', '（1）工业；', '（1）服务业。', '2.位次。')).map(([rule]) => rule), ['sequence-duplicate']);
  });

  it('reads footnotes numbered on from the page before as one list, and a wrapped ① footnote as one', () => {
    const pages = draft('一、总体情况', '　　全年完成投资86亿元，同比增长9.1%。', '————————————', '1.数据来源：县统计局。', '2.增速按可比口径计算。', '', '二、下步打算', '　　继续抓好项目建设。', '————————————', '3.项目数据来源：县发展改革局。');
    assert.deepEqual(found(pages), []);
    assert.deepEqual(found(pages.replace('3.项目数据', '4.项目数据')).map(([rule, text]) => [rule, text]), [['sequence-gap', '4.']]);
    const circled = draft('一、总体情况', '　　全年完成投资86亿元①，技术状况良好②。', '————————————', '①数据来源：县统计局，其中交通投资', '按可比口径计算。', '②技术状况等级依据《公路技术状况评定标准》评定。', '二、下步打算', '　　继续抓好项目建设。');
    assert.deepEqual(found(circled), []);
  });

  it('checks notes numbered in square brackets, as statistical bulletins write them (注释： [1] [2])', () => {
    const bulletin = draft('一、综合', '　　经济平稳。', '二、农业', '　　粮食产量稳定。', '注释：', '[1]本公报中数据均为初步统计数。', '[2]地区生产总值按现价计算。', '[3]规模以上工业统计范围为年主营业务收入2000万元及以上。');
    assert.deepEqual(found(bulletin), []);
    const skipped = bulletin.replace('[3]', '[4]');
    assert.deepEqual(found(skipped), [['sequence-gap', '[4]', 7]]);
    assert.equal(messageOf(analyze(skipped).findings[0]!), '注释序号跳号：上一条是“[2]”，此处应为“[3]”，却是“[4]”（实务惯例）');
    assert.ok(applyEdits(skipped, renumberEdits(analyze(skipped).model, { at: { line: 7, character: 0 } })).endsWith('[3]规模以上工业统计范围为年主营业务收入2000万元及以上。'));
  });

  it('reads a （3） under a table\'s notes (注：1.……；2.……) as the text\'s list going on, not a note', () => {
    const text = draft('一、存在的主要问题', '（1）设施利用率不高', '　　正文。', '（2）服务内容单一', '　　正文。', '表2　调查问卷', '序号\t服务项目\t人数', '1\t医疗护理\t234', '注：1.有效问卷562份；2.本题为多选题。', '(3)护理人才短缺', '　　正文。', '（4）资金投入不足', '　　正文。');
    assert.deepEqual(found(text).filter(([rule]) => rule !== 'level-skip' && rule !== 'lone-item'), [['ordinal-bracket', '(3)', 9]]);
  });

  it('flags 1、 after 注：, fixing it to the dot the other notes use', () => {
    const text = report('注：1、城市按常住地划分。', '2．其中项仅列部分类别。', '3．增速按可比价计算。');
    const [slip, ...rest] = analyze(text).findings;
    assert.deepEqual(rest, []);
    assert.equal(slip!.rule, 'ordinal-punctuation');
    assert.equal(covered(text, slip!), '、');
    assert.ok(applyFix(text, slip!).includes('注：1．城市'));
  });

  it('checks footnotes under a PDF\'s rule once, whether numbered 1. or ①', () => {
    const circled = draft('一、总体情况', '　　全年完成投资86亿元①，同比增长9.1%②。', '————————————', '①数据来源：县统计局。', '③增速按可比口径计算。', '', '二、下步打算', '　　继续抓好项目建设。');
    assert.deepEqual(found(circled), [['sequence-gap', '③', 4]]);
    const arabic = circled.replace('①数据', '1.数据').replace('③增速', '3.增速');
    assert.deepEqual(found(arabic), [['sequence-gap', '3.', 4]]);
    assert.match(messageOf(analyze(arabic).findings[0]!), /^注释序号跳号/);
  });
});
