/**
 * Numbered labels that stand alone at a line start: a case's (`案例二：……`, `【案例二】`), a topic's
 * (`专题三`, `议题二：……`), a plan's box (`专栏2　创新平台建设重点工程`), a problem's (`问题4：……`), a stage's or a step's (`第二阶段：……`, `科目一`, `步骤三`), and an
 * 政策问答's question (`问3：……？`), and an attachment's (`附件2`, `附件2：`). Each kind numbers on through its section: `案例一` `案例三` is a
 * gap, `附件2` twice a repeat.
 */
import type { Heading, LabelItem, PartLabel } from '../model';
import { parseChineseNumeral } from '../numerals';
import { contentEnd, lineRange, type SourceLine } from '../text';

/**
 * `案例二：`, `专题三　`, `科目一`, or in brackets whatever follows: `【案例二】桐湾区……`. (Unbracketed, a
 * colon, a space or a bracket ends it: `步骤一是……` is a sentence.)
 */
const WORD_LABEL = /^(?:(【)(案例|专题|专栏|议题|科目|步骤|环节|任务|板块|问题|问)([一二三四五六七八九十]{1,3}|[0-9]{1,2})()】|()(案例|专题|专栏|议题|科目|步骤|环节|任务|板块|问题|问)([一二三四五六七八九十]{1,3}|[0-9]{1,2})()(?=[：:\s\u3000（(]|$))/;
/** `第二阶段`, `第三步`, `第一环节`, the same ways. */
const STAGE_LABEL = /^(?:(【)(第)([一二三四五六七八九十]{1,3}|[0-9]{1,2})(阶段|步|环节)】|()(第)([一二三四五六七八九十]{1,3}|[0-9]{1,2})(阶段|步|环节)(?=[：:\s\u3000（(]|$))/;
/** A label line is short, unless a colon, a space or a bracket sets the label off (`案例二：……问题。2022年……`, a run-in case). */
const LABEL_LINE_LENGTH = 60;
const OPENERS = new Set([...'【案专议科步环第任板问'].map((c) => c.charCodeAt(0)));
const ASTERISK = '*'.charCodeAt(0);

/** The label opening the content of `line` (from `start`), if any. */
export function findLabel(line: SourceLine, start: number, heading: Heading | undefined): LabelItem | undefined {
  // A Markdown draft's label may be bold: `**第一阶段：动员部署**`.
  if (line.text.charCodeAt(start) === ASTERISK && line.text.startsWith('**', start)) start += 2;
  // Most lines open with none of a label's characters: done at once.
  if (heading || !OPENERS.has(line.text.charCodeAt(start))) return undefined;
  const end = contentEnd(line.text);
  const rest = line.text.slice(start, end);
  const m = WORD_LABEL.exec(rest) ?? STAGE_LABEL.exec(rest);
  if (!m) return undefined;
  // `第三阶段（考核验收）⇥11月1日—12月31日⇥……`: a table's cell, the row's name; the rows are no labels of the text.
  if (rest.includes('\t', m[0].length)) return undefined;
  const bracketed = m[1] !== undefined;
  const [open, prefix, numeral, suffix] = (bracketed ? m.slice(1, 5) : m.slice(5, 9)) as [string, string, string, string];
  if (end - start > LABEL_LINE_LENGTH && !bracketed && !/^[：:\s\u3000]/.test(rest.slice(m[0].length))) return undefined;
  return label(line.index, start + open.length, prefix, numeral, suffix);
}

/** The numbered attachment labels (`附件2`, `附件2：××方案`) among the parts' labels. */
export function attachmentLabels(parts: readonly PartLabel[]): LabelItem[] {
  const labels: LabelItem[] = [];
  for (const part of parts) {
    if (part.kind !== 'attachment') continue;
    const m = /^附([\s\u3000]*)件[\s\u3000]*([0-9]{1,2}|[一二三四五六七八九十]{1,3})/.exec(part.text);
    if (!m) continue;
    const numeral = m[2]!;
    const item = label(part.line, part.range.start.character, part.text.slice(0, m[0].length - numeral.length), numeral, '');
    if (item) labels.push(item);
  }
  return labels;
}

function label(line: number, at: number, prefix: string, numeral: string, suffix: string): LabelItem | undefined {
  const arabic = /^[0-9]+$/.test(numeral);
  const value = arabic ? Number(numeral) : parseChineseNumeral(numeral);
  if (!value) return undefined;
  const numeralAt = at + prefix.length;
  return { prefix, suffix, value, numeral, arabic, line, numeralRange: lineRange(line, numeralAt, numeralAt + numeral.length), range: lineRange(line, at, numeralAt + numeral.length + suffix.length) };
}
