import * as assert from 'node:assert/strict';
import { analyze } from '../../engine';
import { covered, draft, findingsOf, messageOf } from '../helpers';

const RULE = 'lone-item';

describe(RULE, () => {
  it('flags a single （一） under 二、', () => {
    const text = draft('一、甲', '（一）子', '（二）丑', '二、乙', '（一）寅', '正文。');
    const [finding, ...rest] = findingsOf(text, RULE);
    assert.ok(finding);
    assert.equal(rest.length, 0);
    assert.equal(covered(text, finding), '（一）');
    assert.equal(finding.range.start.line, 4);
    assert.ok(messageOf(finding).includes('“二、乙”下只有“（一）”一项'), messageOf(finding));
  });

  it('names the part a lone top-level heading stands in, not the whole text', () => {
    const withAttachment = draft('关于做好工作的通知', '一、甲', '二、乙', '附件1', '工作方案', '一、工作目标');
    const [inAttachment] = findingsOf(withAttachment, RULE);
    assert.equal(messageOf(inAttachment!), '“附件1”中同级标题只有“一、”一个，单独一项不必编号；如需编号，应补充其他各项（实务惯例）');
    const [inBody] = findingsOf(draft('一、甲', '附件1', '工作方案', '一、目标', '二、任务'), RULE);
    assert.match(messageOf(inBody!), /^正文中同级标题只有“一、”一个/);
    assert.match(messageOf(inBody!, 'en'), /in the main text/);
    assert.match(messageOf(findingsOf(draft('一、甲', '正文。'), RULE)[0]!), /^全文同级标题只有/);
  });

  it('flags 一是 with no 二是', () => {
    const text = '我们要一是加强领导。';
    assert.deepEqual(findingsOf(text, RULE), []);
    const lone = '要抓好这项工作。一是加强领导。';
    const [finding] = findingsOf(lone, RULE);
    assert.ok(finding);
    assert.equal(covered(lone, finding), '一是');
    assert.ok(messageOf(finding).includes('“二是”'));
  });

  it('says a lone 一是 right after a series of its family may be its next member misnumbered', () => {
    const text = draft('一、存在问题', '一是税源结构性矛盾依然突出。', '二是以数治税的能力还不够强。', '一是个别干部担当作为的精气神不足。', '二、下步打算');
    const [finding, ...rest] = findingsOf(text, RULE);
    assert.ok(finding);
    assert.equal(rest.length, 0);
    assert.equal(finding.range.start.line, 3);
    assert.equal(messageOf(finding), '“一是”紧接在“二是”之后：如是接着列举，应为“三是”；如是另起一组，应补充“二是”（实务惯例）');
    // Another verb is another series: `二是` then `一要`.
    assert.match(messageOf(findingsOf(draft('一、甲', '一是甲。', '二是乙。', '一要丙。', '二、乙'), RULE)[0]!), /^有“一要”而无“二要”/);
    // After other text, it is only a series of one.
    const apart = draft('一、存在问题', '一是甲。', '二是乙。', '这些问题要引起重视。', '一是丙。', '二、下步打算');
    assert.match(messageOf(findingsOf(apart, RULE)[0]!), /^有“一是”而无“二是”/);
  });

  it('leaves a lone 三是 to sequence-start: one finding that says what is missing', () => {
    const text = '这项工作意义重大。三是强化保障，确保落实。';
    assert.deepEqual(findingsOf(text, RULE), []);
    assert.deepEqual(analyze(text).findings.map((f) => [f.rule, covered(text, f)]), [['sequence-start', '三是']]);
  });

  it('flags a lone 第一，', () => {
    assert.equal(findingsOf('第一，要加强领导。', RULE).length, 1);
  });

  it('does not flag a lone 首先， (a common opening in speeches)', () => {
    assert.deepEqual(findingsOf('首先，我代表县委向大家表示感谢。', RULE), []);
  });

  it('accepts lists of two or more', () => {
    assert.deepEqual(findingsOf(draft('一、甲', '（一）子', '（二）丑', '二、乙', '一是加强领导，二是完善制度。'), RULE), []);
  });
});
