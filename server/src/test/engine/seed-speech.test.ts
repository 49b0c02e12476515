/**
 * The seed speech (samples/seed-speech.txt, a real draft as users get it):
 * its exact findings and its exact outline.
 */
import * as assert from 'node:assert/strict';
import { analyze, buildOutline, foldingSections, type OutlineNode } from '../../engine';
import { covered, messageOf, readSample } from '../helpers';

const text = readSample('seed-speech.txt');
const analysis = analyze(text);

/** [rule, one-based line, one-based column, the text covered]. */
const EXPECTED_FINDINGS: Array<[string, number, number, string]> = [
  ['template-leftover', 1, 1, '仅供学习 禁止外传'],
  ['template-leftover', 2, 1, '酷乐文行'],
  ['template-leftover', 3, 1, '自建平台、实时分享'],
  ['template-leftover', 4, 1, '根据实际需求和形式任务不断迭代'],
  ['template-leftover', 5, 1, '现在订阅立享前3年的所有权益和资料'],
  ['template-leftover', 7, 1, '【打击倒卖活动】'],
  ['template-leftover', 8, 1, '举报倒卖会员资料的人，举报成功免费赠送一年会员材料！'],
  ['template-leftover', 9, 1, '会员群：                      免费QQ群：'],
  ['placeholder', 18, 68, 'X'], // X同志
  ['placeholder', 22, 222, 'XX'], // XX未来的发展
  ['placeholder', 22, 276, 'XX'], // 推动XX发展
  ['mixed-style', 23, 1, '第三'], // 首先，其次，第三，: information only
  ['placeholder', 27, 248, 'X'], // X振兴
  ['placeholder', 28, 46, 'X'], // X%
  ['placeholder', 28, 56, 'X'], // X%
  ['placeholder', 28, 86, 'X'], // X%
  ['placeholder', 28, 97, 'X'], // X个百分点
  ['placeholder', 28, 110, 'X'], // X亿元
  ['placeholder', 28, 139, 'XX'], // XX高速
  ['placeholder', 28, 169, 'X'], // X%
  ['placeholder', 28, 175, 'X'], // X%
  ['placeholder', 28, 186, 'X'], // X个百分点
  ['placeholder', 28, 197, 'X'], // X亿元
  ['placeholder', 31, 249, 'XX'], // “XX”发展思路
  ['placeholder', 32, 320, 'X'], // X书记
  ['placeholder', 33, 856, 'X'], // X书记
  ['placeholder', 33, 1155, 'X'], // X书记
  ['placeholder', 33, 1169, 'X'], // X书记
  ['placeholder', 35, 70, 'XX'], // 《XX》
  ['placeholder', 42, 45, 'XX'], // 为XX更好更快的发展
];

interface Shape {
  readonly name: string;
  readonly children?: readonly Shape[];
}

function shapeOf(node: OutlineNode): Shape {
  return node.children.length > 0 ? { name: node.name, children: node.children.map(shapeOf) } : { name: node.name };
}

const leaves = (...names: string[]): Shape[] => names.map((name) => ({ name }));

const EXPECTED_OUTLINE: Shape[] = [
  {
    name: '一、摆脱思想束缚，切实增强主动适应新常态的意识',
    children: leaves('首先，要在思想认识上适应新常态', '其次，要在能力担当上适应新常态', '第三，要在方式方法上适应新常态'),
  },
  {
    name: '二、认清发展形势，牢固树立加快发展的意识',
    children: [
      { name: '（一）要在认清差距中强化发展意识' },
      { name: '（二）要在把握机遇中坚定发展信心', children: leaves('第一，从我们自身说', '第二，从外围因素来看') },
      { name: '（三）要在明确目标中凝聚发展力量' },
    ],
  },
  {
    name: '三、狠抓落实攻坚，着力增强加快发展的实效',
    children: [
      ...leaves('一是区位', '二是观念', '三是政策', '四是推动力'),
      { name: '（一）围绕大局抓落实', children: leaves('一是要服从大局', '二是要服务大局') },
      { name: '（二）突出重点抓落实', children: leaves('一是认真研究谋划', '二是细化任务目标', '三是明确时间节点') },
      { name: '（三）主动作为抓落实', children: leaves('一是勤学习、多思考', '二是要深入一线调查研究', '三是要有担当、负责任') },
      { name: '（四）开拓创新抓落实', children: leaves('一是工作理念创新', '二是工作方法创新', '三是保障创新的氛围') },
      { name: '（五）强化督查抓落实' },
    ],
  },
  {
    name: '四、加强廉政建设，营造风清气正、干事创业的政治生态环境',
    children: [
      { name: '（一）严明政治规矩', children: leaves('一是要守纪律、讲规矩', '二是要保障政令畅通') },
      { name: '（二）持续改进作风' },
      { name: '（三）优化政务环境', children: leaves('一是扎实推进依法行政', '二是持续推进简政放权', '三是大力推行政务公开') },
      { name: '（四）严防和惩治腐败' },
    ],
  },
];

describe('the seed speech', () => {
  it('has exactly the expected findings: advertising lines, unfilled values and one note on 第三', () => {
    const actual = analysis.findings.map((f) => [f.rule, f.range.start.line + 1, f.range.start.character + 1, covered(text, f)]);
    assert.deepEqual(actual, EXPECTED_FINDINGS);
  });

  it('has no numbering error or warning: only the information that 首先，其次，第三， mixes families', () => {
    const numbering = analysis.findings.filter((f) => !['placeholder', 'template-leftover'].includes(f.rule));
    assert.deepEqual(
      numbering.map((f) => [f.rule, f.severity, f.range.start.line + 1]),
      [['mixed-style', 'information', 23]],
    );
    assert.deepEqual(
      analysis.model.announcements.map((a) => [a.text, a.announcedCount]),
      [['讲四点意见', 4], ['强调四点', 4]],
    );
  });

  it('explains each placeholder with its unit', () => {
    const messages = analysis.findings.filter((f) => f.rule === 'placeholder').map((f) => messageOf(f));
    for (const unit of ['X同志', 'X%', 'X个百分点', 'X亿元', 'XX高速', 'X书记', '《XX》', 'X振兴']) {
      assert.ok(messages.some((m) => m.includes(`（${unit}`)), `no message mentions ${unit}`);
    }
  });

  it('has the expected outline: four sections with 0, 3, 5 and 4 subsections and their series', () => {
    const outline = buildOutline(analysis.model);
    assert.deepEqual(outline.map(shapeOf), EXPECTED_OUTLINE);
    assert.deepEqual(
      outline.map((section) => section.children.filter((c) => c.kind === 'heading').length),
      [0, 3, 5, 4],
    );
  });

  it('gives each section a range up to the next heading of its level, and selects ordinal and title', () => {
    const [first, second] = buildOutline(analysis.model);
    assert.deepEqual(first!.range, { start: { line: 18, character: 0 }, end: { line: 22, character: text.split('\n')[22]!.length } });
    assert.deepEqual(first!.selectionRange, { start: { line: 18, character: 0 }, end: { line: 18, character: text.split('\n')[18]!.length } });
    assert.equal(second!.range.start.line, 23);
    // （一）严明政治规矩 is indented with four no-break spaces: the selection starts at the ordinal.
    const indented = buildOutline(analysis.model)[3]!.children[0]!;
    assert.equal(indented.selectionRange.start.character, 4);
  });

  it('folds each section', () => {
    assert.deepEqual(
      foldingSections(analysis.model).map((f) => [f.startLine + 1, f.endLine + 1]),
      [[19, 23], [24, 28], [29, 35], [36, 42], [41, 42]],
    );
  });

  it('shows no series under the sections when the outline setting is off', () => {
    const outline = buildOutline(analysis.model, { series: false });
    assert.equal(outline[0]!.children.length, 0);
    assert.equal(outline[2]!.children.length, 5);
  });
});
