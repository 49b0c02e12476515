/**
 * A standard's list items (GB/T 1.1): `a)` `b)` `c)` opening their lines under a clause. They are
 * numbered by letter, checked and renumbered as a list, and keep the bracket their list uses.
 */
import * as assert from 'node:assert/strict';
import { analyze, renumberEdits } from '../../engine';
import { applyEdits, applyFix, covered, draft, findings, messageOf } from '../helpers';

const clause = (...items: string[]) => draft('5.1 感知设施', '5.1.1 停车场出入口应设置车辆识别设备，并满足下列要求：', ...items, '5.1.2 停车场内每个泊位宜设置泊位感知设备。', '5.2 平台系统', '停车场管理系统应支持无感支付。');
const where = (text: string) => findings(text).map((f) => `${f.rule}@${f.range.start.line + 1}:${covered(text, f)}`);
const renumber = (text: string) => applyEdits(text, renumberEdits(analyze(text).model));

describe('list items of a standard (a) b) c))', () => {
  it('takes right lists for right, in either bracket used throughout', () => {
    assert.deepEqual(where(clause('a)车牌识别准确率不低于99%；', 'b)识别响应时间不大于1 s；', 'c)支持临时号牌识别。')), []);
    assert.deepEqual(where(clause('a）车牌识别准确率不低于99%；', 'b）识别响应时间不大于1 s；', 'c）支持临时号牌识别。')), []);
    // A letter inside a sentence, a code's end, an English (a): no list item.
    assert.deepEqual(where(clause('设备型号为HX-2000A，采用Tab)键切换。', '按国家标准(a)类执行。')), []);
  });

  it('flags a letter skipped, a list starting past a), and a letter twice, and renumbers them', () => {
    const gap = clause('a)车辆出入管理；', 'b)泊位状态实时显示；', 'd)停车费用计算与电子支付。');
    assert.deepEqual(where(gap), ['sequence-gap@5:d)']);
    assert.ok(messageOf(findings(gap)[0]!).includes('应为“c)”'), messageOf(findings(gap)[0]!));
    assert.equal(renumber(gap), clause('a)车辆出入管理；', 'b)泊位状态实时显示；', 'c)停车费用计算与电子支付。'));
    const start = clause('b)车辆识别设备运行状态；', 'c)泊位感知设备在线率；', 'd)显示屏显示内容。');
    assert.deepEqual(where(start), ['sequence-start@3:b)']);
    assert.equal(renumber(start), clause('a)车辆识别设备运行状态；', 'b)泊位感知设备在线率；', 'c)显示屏显示内容。'));
    const twice = clause('a）总泊位数；', 'b）收费标准；', 'b）监督投诉电话。');
    assert.deepEqual(where(twice), ['sequence-duplicate@5:b）']);
    assert.equal(renumber(twice), clause('a）总泊位数；', 'b）收费标准；', 'c）监督投诉电话。'));
  });

  it('flags an item whose bracket differs from its list\'s, and a full-width letter, each with a fix', () => {
    const bracket = clause('a)车牌识别准确率不低于99%；', 'b）识别响应时间不大于1 s；', 'c)支持临时号牌识别。');
    const [odd] = findings(bracket);
    assert.deepEqual(where(bracket), ['ordinal-bracket@4:b）']);
    assert.equal(messageOf(odd!), '同一组列项的括号应一致，本组写作“a)”，“b）”应为“b)”');
    assert.equal(applyFix(bracket, odd!), clause('a)车牌识别准确率不低于99%；', 'b)识别响应时间不大于1 s；', 'c)支持临时号牌识别。'));
    const letter = clause('a)停车场基础信息；', 'ｂ)泊位动态信息；', 'c)车辆出入记录。');
    const [wide] = findings(letter);
    assert.deepEqual(where(letter), ['ordinal-form@4:ｂ)']);
    assert.equal(messageOf(wide!, 'en'), 'The list item "ｂ)" has a full-width letter: write "b)" (GB/T 1.1).');
    assert.equal(applyFix(letter, wide!), clause('a)停车场基础信息；', 'b)泊位动态信息；', 'c)车辆出入记录。'));
  });
});
