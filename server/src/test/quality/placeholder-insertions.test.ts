/**
 * Quality of placeholder detection on real drafts: every pattern inserted into
 * the clean corpus is found at the exact place; every never-flag case inserted
 * produces nothing.
 */
import * as assert from 'node:assert/strict';
import { analyze, type Finding } from '../../engine';
import { cleanCorpus, QUALITY_TIMEOUT_MS } from './mutations';

const drafts = cleanCorpus()
  .filter((d) => d.format === 'plain')
  .map(({ file, text }) => ({ file, lines: text.split('\n') }));

/** [sentence to insert, the exact text that must be flagged, rule] — the placeholder table of rules.md. */
export const INSERTIONS: ReadonlyArray<readonly [string, string, string]> = [
  ['全年增长X%。', 'X', 'placeholder'],
  ['比上年提高X个百分点。', 'X', 'placeholder'],
  ['完成投资X亿元。', 'X', 'placeholder'],
  ['由XX同志具体负责。', 'XX', 'placeholder'],
  ['市委X书记作出批示。', 'X', 'placeholder'],
  ['加快XX高速建设。', 'XX', 'placeholder'],
  ['认真学习《XX》精神。', 'XX', 'placeholder'],
  ['XXX县要抓好落实。', 'XXX', 'placeholder'],
  ['××同志要带头。', '××', 'placeholder'],
  ['×××同志要带头。', '×××', 'placeholder'],
  ['Ｘ同志要带头。', 'Ｘ', 'placeholder'],
  ['20XX年要完成。', '20XX', 'placeholder'],
  ['202X年要完成。', '202X', 'placeholder'],
  ['定于X月X日召开。', 'X月X日', 'placeholder'],
  ['定于xx月xx日召开。', 'xx月xx日', 'placeholder'],
  ['依照第X条处理。', 'X', 'placeholder'],
  ['联系人：____。', '____', 'placeholder'],
  ['联系人：＿＿。', '＿＿', 'placeholder'],
  ['联系人：***。', '***', 'placeholder'],
  ['签名：□□。', '□□', 'placeholder'],
  ['○○县要抓好落实。', '○○', 'placeholder'],
  ['全年完成【待补】。', '【待补】', 'placeholder'],
  ['全年完成【请填写】。', '【请填写】', 'placeholder'],
  ['全年完成[填写内容]。', '[填写内容]', 'placeholder'],
  ['请{{姓名}}参加。', '{{姓名}}', 'placeholder'],
  ['请${name}参加。', '${name}', 'placeholder'],
  ['由--书记主持。', '--', 'placeholder'],
  ['由某某同志负责。', '某某同志', 'placeholder-vague'],
  ['某单位要抓好落实。', '某单位', 'placeholder-vague'],
  ['某部门要抓好落实。', '某部门', 'placeholder-vague'],
  ['某县要抓好落实。', '某县', 'placeholder-vague'],
  ['具体数据（此处补充具体数据）。', '（此处补充具体数据）', 'template-leftover'],
  ['主要成效（略）。', '（略）', 'template-leftover'],
  ['完成情况（根据实际情况填写）。', '（根据实际情况填写）', 'template-leftover'],
];

/** rules.md's never-flag list, as sentences. */
export const NEVER_FLAG: readonly string[] = [
  '医院新购X光机一台。',
  '配备X射线检测设备。',
  '沿X轴方向布置。',
  '研究XX染色体遗传。',
  '采用3×4的方阵。',
  '建成双向2×2车道。',
  '二〇二五年是关键之年。',
  '张某、李某因违规被处理。',
  '某些地方、某种情况、某个环节仍有不足。',
  '重温《邓小平接见×××同志时的谈话》。',
  '停用Windows XP系统。',
  '采购XXL号服装。',
  '补充维生素B1。',
  '任务艰巨……我们必须努力。',
];

/** A person named by surname and 某, as case reports do (a few common surnames suffice for the corpus). */
const ANONYMISED_PERSON = /[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑]某/;

/** Body lines (not headings, not blank) to insert at: after the text of the line. */
function insertionLines(lines: readonly string[], file: string): number[] {
  const { model } = analyze(lines.join('\n'));
  // An article's text is body text (`第三条　本办法适用于……`), and so is a run-in heading's
  // (`7.推进新型工业化。编制实施……`); other headings are not.
  const headingLines = new Set(model.headings.filter((h) => h.level !== 'article' && !h.runIn).map((h) => h.line));
  // Nor the names of an attachment note, which take no final mark.
  for (const note of model.attachmentNotes) for (const item of note.items) for (let l = item.line; l <= item.lastLine; l++) headingLines.add(l);
  // Nor are the entries of a table of contents (`一、规划背景……8`), where a page number would touch the insertion.
  // Nor in a 回执 or a 测评表, a form whose blanks are for whoever fills it in.
  // (its title alone on a line, not the attachment list naming it: `2.联络员回执`)
  const receipt = lines.findIndex((l) => /^[\s\u3000]*(?:(?:[\u4e00-\u9fff“《]|[0-9]{4}年)[^\s\u3000：:，。；.．、]{0,29})?(?:回执|测评表|登记表|报名表|意见反馈表|反馈表)(?:[（(](?:回执|样表)[）)])?\s*$/.test(l));
  // A document that is a form as a whole (a filled-in 年度考核登记表, titled so on its first line) has no
  // body lines of a document's own: the checker reads all of it as the form's.
  if (receipt !== -1 && receipt === lines.findIndex((l) => l.trim() !== '')) return [];
  const candidates = lines
    .map((_, i) => i)
    .filter((i) => receipt === -1 || i < receipt)
    // Nor on a line left for signing (`甲方（盖章）：`), whose blanks are the signer's.
    .filter((i) => !/(?:签名|签字|签章|盖章|指印|手印)[）)]?[：:]/.test(lines[i]!))
    // Nor on the other party's line of an agreement the 甲方 drafts (`乙方：青溪镇人民政府（盖章）`): its blanks are that party's.
    .filter((i) => !/^[\s\u3000]*[乙丙]方(?:[（(][^（）()]{0,12}[）)])?[：:]/.test(lines[i]!))
    // The inserted sentence follows a finished one: a table's row ending in a number would join it
    // (`5X` reads as a code), a phrase of an outline too (`……完成某单位` reads as a person, 成某).
    // Nor after a colon over a numbered item: a sentence there would no longer lead in the list.
    .filter((i) => !(/[：:]\s*$/.test(lines[i]!) && /^[\s\u3000]*[0-9（(一二三四五六七八九十]/.test(lines.slice(i + 1).find((l) => l.trim() !== '') ?? '')))
    .filter((i) => lines[i]!.trim().length > 10 && !headingLines.has(i) && !lines[i]!.includes('附件') && !/[.．…]{2,}/.test(lines[i]!) && !/[0-9A-Za-z\u4e00-\u9fff]$/.test(lines[i]!) && /[\u4e00-\u9fff]/.test(lines[i]!));
  assert.ok(candidates.length >= 3, `${file} has too few body lines`);
  // The first, a middle and the last body line.
  return [candidates[0]!, candidates[Math.floor(candidates.length / 2)]!, candidates[candidates.length - 1]!];
}

const describeFinding = (f: Finding) => `${f.rule}@${f.range.start.line + 1}:${f.range.start.character + 1}`;

describe('placeholder insertions into the clean corpus', function () {
  // Thousands of analyses of the whole corpus: seconds on a slow machine.
  this.timeout(QUALITY_TIMEOUT_MS);
  it('finds every inserted pattern at the exact place, and nothing else', () => {
    let total = 0;
    const misses: string[] = [];
    for (const { file, lines } of drafts) {
      for (const line of insertionLines(lines, file)) {
        for (const [sentence, span, rule] of INSERTIONS) {
          // In a case paragraph that makes its person anonymous (`张某`), a `某单位` is anonymous too:
          // the checker rightly leaves it, so it is no place to insert one.
          if (rule === 'placeholder-vague' && ANONYMISED_PERSON.test(lines[line]!)) continue;
          total++;
          const mutated = [...lines];
          const at = mutated[line]!.length;
          mutated[line] = mutated[line]! + sentence;
          const findings = analyze(mutated.join('\n')).findings;
          const start = at + sentence.indexOf(span);
          const hit = findings.filter(
            (f) => f.rule === rule && f.range.start.line === line && f.range.start.character === start && f.range.end.character === start + span.length,
          );
          const others = findings.filter((f) => !hit.includes(f) && !(f.rule === rule && f.range.start.line === line));
          if (hit.length === 0 || others.length > 0) misses.push(`${file}:${line + 1} ${sentence} → ${findings.map(describeFinding).join(' ') || 'nothing'}`);
        }
      }
    }
    console.log(`      insertions: ${total - misses.length}/${total} found exactly`);
    assert.deepEqual(misses, []);
  });

  it('never flags the never-flag cases inserted into the drafts', () => {
    let total = 0;
    const alarms: string[] = [];
    for (const { file, lines } of drafts) {
      for (const line of insertionLines(lines, file)) {
        for (const sentence of NEVER_FLAG) {
          total++;
          const mutated = [...lines];
          mutated[line] = mutated[line]! + sentence;
          const findings = analyze(mutated.join('\n')).findings;
          if (findings.length > 0) alarms.push(`${file}:${line + 1} ${sentence} → ${findings.map(describeFinding).join(' ')}`);
        }
      }
    }
    console.log(`      never-flag insertions: ${total - alarms.length}/${total} silent`);
    assert.deepEqual(alarms, []);
  });
});
