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

  it('lets a contract\'s lone clause under its article be (`第三条　知识产权` / `3.1　……`): every article\'s text is numbered so', () => {
    const contract = draft('第一条　合同标的', '1.1　乙方向甲方提供数字化X射线摄影系统一套。', '1.2　合同设备的配置清单见附件。', '第二条　培训', '2.1　乙方应免费培训操作人员。', '2.2　培训结束后应出具培训记录。', '第三条　知识产权', '3.1　乙方保证合同设备不侵犯第三方的专利权。', '第四条　保密', '4.1　乙方对知悉的患者信息负有保密义务。', '第五条　违约责任', '5.1　乙方逾期交货的，应支付违约金。', '5.2　甲方逾期付款的，应支付违约金。');
    assert.deepEqual(findingsOf(contract, RULE), []);
  });

  it('lets a register\'s one entry be numbered as its other categories are (`（一）建议移送司法机关处理的人员` / `1.何某`)', () => {
    const report = draft('六、对事故有关责任人员和责任单位的处理建议', '（一）建议移送司法机关处理的人员', '1.何立军，项目经理，涉嫌重大责任事故罪。', '（二）建议给予行政处罚的单位和人员', '1.临川建工集团有限公司，建议处以罚款。', '2.梁少华，总监理工程师，建议处以罚款。', '（三）建议给予党纪政务处分的人员', '1.县住房和城乡建设局有关负责人。', '七、事故防范和整改措施建议', '（一）严格落实企业主体责任。', '（二）强化行业监管。');
    assert.deepEqual(findingsOf(report, RULE), []);
    // A category of a plan's own is no register: a lone （一） under 培训对象 is still one item.
    const plan = draft('一、培训对象', '（一）各乡镇新任职干部', '二、培训内容', '（一）政治理论', '（二）业务知识');
    assert.equal(findingsOf(plan, RULE).length, 1);
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
