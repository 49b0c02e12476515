import * as assert from 'node:assert/strict';
import { analyze, buildOutline, renumberEdits } from '../../engine';
import { applyEdits, covered, draft, messageOf } from '../helpers';

const MEASURES = draft(
  '江州市城市绿化管理办法',
  '第一章 总则',
  '第一条 为了加强城市绿化管理，制定本办法。',
  '第二条 本办法适用于本市行政区域内的城市绿化工作。',
  '第二章 规划建设',
  '第三条 城市绿化规划应当包括下列内容：',
  '（一）绿地系统布局；',
  '（二）绿化建设指标。',
  '第四条 新建项目应当按照下列标准配套建设绿地：',
  '（一）居住区绿地率不低于百分之三十；',
  '（二）其他项目按照有关规定执行。',
  '第三章 附则',
  '第五条 本办法自2026年5月1日起施行。',
);

describe('regulation profile (条文)', () => {
  it('is detected from 第X条 headings and gives no finding on a clean 办法', () => {
    const { model, findings } = analyze(MEASURES);
    assert.equal(model.profile, 'regulation');
    assert.deepEqual(findings, []);
  });

  it('is not taken from articles a lecture quotes (第五条　……, 第八条　……): a regulation begins with its 第一条', () => {
    const lecture = draft('一、深刻认识纪律建设的重要意义', '正文。', '二、准确把握《条例》的主要内容', '（一）把握“四种形态”', '第五条是这样表述的：', '　　第五条　深入推进全面从严治党，必须运用监督执纪“四种形态”。', '（二）把握处分种类', '　　第八条　对党员的纪律处分种类：（一）警告；（二）严重警告。', '第八条对处分种类规定得十分明确。', '三、自觉做到知敬畏、存戒惧、守底线', '正文。');
    const { model, findings } = analyze(lecture);
    assert.equal(model.profile, 'speech');
    assert.deepEqual(findings, []);
    // An excerpt of five articles or more is a regulation all the same.
    const excerpt = draft('第五条 甲。', '第六条 乙。', '第七条 丙。', '第八条 丁。', '第九条 戊。');
    assert.equal(analyze(excerpt).model.profile, 'regulation');
  });

  it('puts chapters and articles in the outline, with 项 under their 条', () => {
    const outline = buildOutline(analyze(MEASURES).model);
    assert.deepEqual(outline.map((n) => n.name), ['第一章 总则', '第二章 规划建设', '第三章 附则']);
    assert.deepEqual(outline[1]!.children.map((n) => n.name), ['第三条 城市绿化规划应当包括下列内容', '第四条 新建项目应当按照下列标准配套建设绿地']);
    assert.deepEqual(outline[1]!.children[0]!.children.map((n) => n.name), ['（一）绿地系统布局', '（二）绿化建设指标']);
  });

  it('flags 第一条 again under a new chapter: articles run on through the document', () => {
    const text = MEASURES.replace('第三条 城市', '第一条 城市').replace('第四条', '第二条').replace('第五条', '第三条');
    const found = analyze(text).findings;
    assert.deepEqual(found.map((f) => `${f.rule}:${covered(text, f)}`), ['sequence-restart:第一条']);
    assert.ok(messageOf(found[0]!).includes('“第三条”'), messageOf(found[0]!));
  });

  it('after a chapter numbered anew, the next chapter back on the whole text\'s numbering is right, not a gap', () => {
    // 第二章 第一条 第二条 (for 第三条 第四条), 第三章 第五条: only the restart is a slip.
    const text = MEASURES.replace('第三条 城市', '第一条 城市').replace('第四条', '第二条');
    const found = analyze(text).findings;
    assert.deepEqual(found.map((f) => `${f.rule}:${covered(text, f)}`), ['sequence-restart:第一条']);
    assert.equal(applyEdits(text, renumberEdits(analyze(text).model)), MEASURES);
  });

  it('when every chapter restarts at 第一条, each restart names the article its place calls for', () => {
    const text = MEASURES.replace('第三条 城市', '第一条 城市').replace('第四条', '第二条').replace('第五条', '第一条');
    const found = analyze(text).findings;
    assert.deepEqual(found.map((f) => `${f.rule}:${covered(text, f)}`), ['sequence-restart:第一条', 'sequence-restart:第一条']);
    assert.ok(messageOf(found[0]!).includes('此处应为“第三条”'), messageOf(found[0]!));
    assert.ok(messageOf(found[1]!).includes('此处应为“第五条”'), messageOf(found[1]!));
  });

  it('flags a skipped article and a restarted 项', () => {
    const text = MEASURES.replace('第四条', '第五条').replace('第五条 本办法自', '第六条 本办法自').replace('（一）居住区', '（三）居住区').replace('（二）其他', '（四）其他');
    const found = analyze(text).findings.map((f) => `${f.rule}:${covered(text, f)}`);
    assert.deepEqual(found, ['sequence-gap:第五条', 'sequence-restart:（三）']);
  });

  it('the speech profile can be forced, and 第一条道路 in a speech is not an article', () => {
    assert.equal(analyze(MEASURES, { rules: {}, level3Dot: '.', profile: 'speech' }).model.profile, 'speech');
    assert.equal(analyze(draft('第一条道路是改革。', '第二条道路是开放。')).model.profile, 'speech');
  });
  it('names an article by its opening clause, not cut at the comma of a number (20,000元)', () => {
    const text = draft('第一条　甲方赔偿乙方医疗费20,000元，于8月31日前付清。', '第二条　扣除乙方已垫付的医疗费20,000元后，余款分两期支付：', '（一）首期支付1万元。', '第三条　本协议自签字之日起生效。');
    assert.deepEqual(analyze(text).model.headings.filter((h) => h.level === 'article').map((h) => h.title), ['甲方赔偿乙方医疗费20,000元', '扣除乙方已垫付的医疗费20,000元后', '本协议自签字之日起生效']);
  });
});
