import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, buildOutline } from '../../engine';
import { covered, draft, REPO_ROOT } from '../helpers';

describe('Markdown drafts', () => {
  it('checks and outlines # headings that carry ordinals', () => {
    const text = draft('# 一、总体要求', '', '## （一）工作目标', '', '## （三）基本原则', '', '# 二、重点任务');
    const findings = analyze(text, undefined, 'markdown').findings;
    assert.deepEqual(findings.map((f) => `${f.rule}:${covered(text, f)}`), ['sequence-gap:（三）']);
    assert.deepEqual(buildOutline(analyze(text, undefined, 'markdown').model).map((n) => n.name), ['一、总体要求', '二、重点任务']);
  });

  it('leaves inline code and fenced code blocks out, keeping positions', () => {
    const text = draft('示例：`增长X%` 与 ``一、二、四、``。', '```', '一、甲', '三、丙', '今年增长X%。', '```', '实际增长X%。');
    const findings = analyze(text, undefined, 'markdown').findings;
    assert.deepEqual(findings.map((f) => [f.rule, f.range.start.line, f.range.start.character]), [['placeholder', 6, 4]]);
    // The same text as plain text is checked everywhere.
    assert.ok(analyze(text).findings.length > 1);
  });

  it('sees headings in bold (`**（一）加强领导。**各地要……`, `**第一条**　……`) and keeps their positions', () => {
    const runIn = draft('# 一、甲', '**（一）加强组织领导。**各地要高度重视。', '**（三）强化督查。**定期通报。', '# 二、乙');
    const found = analyze(runIn, undefined, 'markdown').findings;
    assert.deepEqual(found.map((f) => `${f.rule}:${covered(runIn, f)}`), ['sequence-gap:（三）']);
    const articles = draft('**第一条**　为了规范管理，制定本办法。', '**第二条**　本办法适用于：', '（一）城市道路；', '（二）公共广场。', '**第三条**　本办法自发布之日起施行。');
    const model = analyze(articles, undefined, 'markdown').model;
    assert.equal(model.profile, 'regulation');
    assert.deepEqual(analyze(articles, undefined, 'markdown').findings, []);
  });

  it('takes a task list box for syntax, a numbered list item for a list line, and a data source for a citation', () => {
    const text = draft('# 一、会议议定事项', '', '- [x] 印发实施方案', '- [X] 召开推进会', '- [ ] 开展督查', '', '1. 检查消防设施是否完好有效。', '2. 检查安全通道是否畅通。', '', '[^1]: 数据来源：云州市政务服务网数据统计平台');
    assert.deepEqual(analyze(text, undefined, 'markdown').findings.map((f) => `${f.rule}@${f.range.start.line}`), ['lone-item@0']);
  });

  it('takes an ordered list numbered `1.` throughout for Markdown counting its items, but not lists a paragraph splits', () => {
    const lazy = draft('## 一、总体要求', '', '1. 提高政治站位。', '1. 加强隐患排查，', '   建立整改台账。', '', '1. 强化应急值守。', '', '   做到信息畅通。', '## 二、工作措施', '', '1. 开展专项检查。', '2. 开展专项检查。', '2. 开展宣传教育。');
    const found = analyze(lazy, undefined, 'markdown').findings.map((f) => `${f.rule}@${f.range.start.line}`);
    assert.deepEqual(found, ['sequence-duplicate@13']);
    // A paragraph at the margin ends the list: the next `1.` renders as 1. again.
    const split = draft('## 一、总体要求', '', '1. 提高政治站位。', '', '各单位要高度重视。', '', '1. 加强隐患排查。', '## 二、工作措施');
    assert.deepEqual(analyze(split, undefined, 'markdown').findings.map((f) => `${f.rule}@${f.range.start.line}`), ['sequence-duplicate@6']);
    // Two lists under one heading, each led in by its own line, number on their own.
    const two = draft('## 一、重点任务', '', '重点抓好以下两个方面：', '', '1. 推进学前教育普惠。', '2. 推动义务教育均衡。', '', '推进中要把握好以下两个原则：', '', '1. **坚持问题导向。**', '    1. 聚焦择校热问题；', '    2. 聚焦教师流失问题。', '2. **坚持系统观念。**统筹城乡。', '## 二、保障措施');
    assert.deepEqual(analyze(two, undefined, 'markdown').findings.map((f) => `${f.rule}@${f.range.start.line}`), []);
    // In plain text nothing counts for the writer.
    assert.deepEqual(analyze(lazy).findings.filter((f) => f.rule === 'sequence-duplicate').map((f) => f.range.start.line), [3, 6, 13]);
  });

  it('the rule documentation pages are clean: opening one from a diagnostic shows no squiggles', () => {
    const dir = path.join(REPO_ROOT, 'docs', 'rules');
    for (const file of fs.readdirSync(dir)) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const found = analyze(text, undefined, 'markdown').findings.map((f) => `${f.rule}@${f.range.start.line + 1}:${covered(text, f)}`);
      assert.deepEqual(found, [], file);
    }
  });
});

describe('Markdown: bold series and recaps', () => {
  it('reads **第一**，…**第四**， with the bold\'s markers blanked, and checks it', () => {
    const text = ['## 一、甲', '', '**第一**，要统一思想。', '', '**第二**，要加强领导。', '', '**第四**，要狠抓落实。', '', '## 二、乙', '', '正文。'].join('\n');
    assert.deepEqual(analyze(text, undefined, 'markdown').findings.map((f) => f.rule), ['sequence-gap']);
  });

  it('takes no bold text for a table under a recap (以上三点意见 after bold 第一句话：…)', () => {
    const text = ['下面，我讲三点意见。', '', '## 一、甲', '', '正文。', '', '## 二、乙', '', '正文。', '', '## 三、丙', '', '这里，我再强调四句话。', '', '第一句话：**要亲自抓。**各县要落实。', '', '第二句话：**要以企业感受为标尺。**要改进。', '', '第三句话：**要严督实考。**要考核。', '', '第四句话：**要营造氛围。**要宣传。', '', '同志们，以上三点意见，请大家认真抓好落实。'].join('\n');
    assert.deepEqual(analyze(text, undefined, 'markdown').findings, []);
  });
});
