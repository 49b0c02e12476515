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

  it('the rule documentation pages are clean: opening one from a diagnostic shows no squiggles', () => {
    const dir = path.join(REPO_ROOT, 'docs', 'rules');
    for (const file of fs.readdirSync(dir)) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const found = analyze(text, undefined, 'markdown').findings.map((f) => `${f.rule}@${f.range.start.line + 1}:${covered(text, f)}`);
      assert.deepEqual(found, [], file);
    }
  });
});
