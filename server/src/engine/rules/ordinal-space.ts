/**
 * ordinal-space: no space between an ordinal and its title (`一、 总体要求`,
 * practice), but `第八条` and `第一章` are followed by one (GB/T 15834-2011 B.3.6).
 */
import type { Finding } from '../findings';
import { isMarkdownListItem } from '../markdown';
import { isDecimalLevel, type Heading, type HeadingOrdinal, type TextFormat } from '../model';
import type { Rule, RuleContext } from '../rule';

const ID = 'ordinal-space';
/** B.3.6: a chapter or article ordinal is set off by a space (空一字). */
const UNIT_SPACE = '\u3000';
/**
 * `一、\t报送范围`: the tab a word processor's automatic numbering sets after the number, pasted with
 * it. Where the draft goes back into Word it is the list's own separator, not a space typed: so in a
 * draft pasted so, where at least half the headings carry one. A tab after a few headings only is a slip.
 */
function isTab(gap: string): boolean {
  return /^\t+$/.test(gap);
}

/** True when at least half the titled headings are set off by a tab: a draft numbered automatically. */
function numberedAutomatically(headings: readonly Heading[]): boolean {
  let tabs = 0;
  let all = 0;
  for (const h of headings) {
    if (h.title.length === 0) continue;
    all++;
    if (h.gap && isTab(h.gap.text)) tabs++;
  }
  return tabs * 2 >= all;
}

/** `3. 10时05分，……`: without its space the number would run into the digits after it (`3.10`). */
function needsItsSpace(o: HeadingOrdinal, title: string): boolean {
  return o.numeralKind === 'arabic' && !o.bracketed && /^[0-9０-９]/.test(title);
}

/** `1. Dress code: business formal`: English text takes its space after the number. */
const LATIN_START = /^[A-Za-z]/;

export const ordinalSpace: Rule = {
  id: ID,
  title: { zh: '序号与标题之间的空格', en: 'Space after an ordinal' },
  defaultSeverity: 'information',
  messages: {
    [ID]: {
      zh: '序号“{found}”后不加空格，应为“{expected}”',
      en: 'Remove the space after the ordinal "{found}": write "{expected}".',
    },
    [`${ID}.unit`]: {
      zh: '“{found}”后宜空一字再接正文，写作“{expected}”（GB/T 15834—2011 B.3.6）',
      en: 'Put a space after "{found}" before the text: write "{expected}" (GB/T 15834-2011 B.3.6).',
    },
    [`${ID}.attachment`]: {
      zh: '附件顺序号“{found}”后不加空格，应为“{expected}”（GB/T 9704—2012 7.3.4）',
      en: 'No space after the attachment number "{found}": write "{expected}" (GB/T 9704-2012 §7.3.4).',
    },
    [`${ID}.fix`]: { zh: '删去空格', en: 'Remove the space' },
    [`${ID}.fix-unit`]: { zh: '空一字', en: 'Insert a space' },
  },
  check(context: RuleContext): Finding[] {
    const findings: Finding[] = [];
    const unitSpace = spaceInUse(context.model.headings);
    const tabsAreNumbering = numberedAutomatically(context.model.headings);
    for (const heading of context.model.headings) {
      const o = heading.ordinal;
      const found = o.core + (o.mark?.text ?? '');
      // Decimal clause numbers (`4.2.2 响应措施`) are set off by their space like units.
      // A top clause written with its dot (`1. 项目概况`, `3．投标人资格要求`) is set off either way.
      if (isDecimalLevel(heading.level) && o.mark) continue;
      const unit = heading.level === 'chapter' || heading.level === 'section' || heading.level === 'article' || isDecimalLevel(heading.level);
      if (unit) {
        // (`第八条、本会……`: a mark where the space goes is ordinal-punctuation's.)
        if (heading.gap || heading.titleRange.start.character === heading.titleRange.end.character || startsWithUnitMark(heading)) continue;
        const at = o.range.end;
        findings.push({
          rule: ID,
          severity: 'information',
          range: o.range,
          message: { key: `${ID}.unit`, args: { found, expected: `${found}${unitSpace}${opening(heading.title, 6)}` } },
          fixes: [{ title: { key: `${ID}.fix-unit` }, edits: [{ range: { start: at, end: at }, newText: unitSpace }], safe: true }],
        });
      } else if (heading.gap && heading.title.length > 0 && !(isTab(heading.gap.text) && tabsAreNumbering) && !needsItsSpace(o, heading.title) && !isMarkdownListItem(context.model, heading) && !LATIN_START.test(heading.title) && !isMaskedBold(context.model.format, heading.gap.text)) {
        findings.push({
          rule: ID,
          severity: 'information',
          range: heading.gap.range,
          message: { key: ID, args: { found, expected: found + opening(heading.title, 8) } },
          fixes: [{ title: { key: `${ID}.fix` }, edits: [{ range: heading.gap.range, newText: '' }], safe: true }],
        });
      }
    }
    // `附件：1. ××方案`: GB/T 9704-2012 §7.3.4 writes `附件：1.XXXXX`. (In Markdown, `1. ` is list syntax.)
    if (context.model.format === 'plain') {
      for (const note of context.model.attachmentNotes) {
        for (const { ordinal: o, name, nameRange } of note.items) {
          if (!o || nameRange.start.line !== o.range.end.line || nameRange.start.character === o.range.end.character || LATIN_START.test(name)) continue;
          const gapText = context.model.lines[o.range.end.line]!.text.slice(o.range.end.character, nameRange.start.character);
          if (isTab(gapText) || needsItsSpace(o, name)) continue;
          const found = o.core + (o.mark?.text ?? '');
          const gap = { start: o.range.end, end: nameRange.start };
          findings.push({
            rule: ID,
            severity: 'information',
            range: gap,
            message: { key: `${ID}.attachment`, args: { found, expected: found + opening(name, 8) } },
            fixes: [{ title: { key: `${ID}.fix` }, edits: [{ range: gap, newText: '' }], safe: true }],
          });
        }
      }
    }
    return findings;
  },
};

/** The space the document already puts after `第X条` most often (`第一条 ` or `第一条　`); a full-width one when none. */
export function spaceInUse(headings: readonly Heading[]): string {
  const counts = new Map<string, number>();
  for (const heading of headings) {
    if (heading.level !== 'article' || !heading.gap) continue;
    counts.set(heading.gap.text, (counts.get(heading.gap.text) ?? 0) + 1);
  }
  let best = UNIT_SPACE;
  let most = 0;
  for (const [space, count] of counts) if (count > most) [best, most] = [space, count];
  return best;
}

/** Closing marks of the quotes and title marks a title may open. */
const CLOSERS: Readonly<Record<string, string>> = { '“': '”', '‘': '’', '《': '》', '"': '"' };
/** How far past the cut a quote opened before it may close and still be quoted whole. */
const QUOTE_REACH = 10;

/**
 * The first words of a title to quote: up to `length` characters, with …… when cut. A quote opened
 * within them is quoted whole when it closes soon after (`发展“智慧农业”`), else the cut comes before it.
 */
export function opening(title: string, length: number): string {
  if (title.length <= length) return title;
  let end = length;
  for (let i = 0; i < length; i++) {
    const closer = CLOSERS[title[i]!];
    if (closer === undefined) continue;
    const close = title.indexOf(closer, i + 1);
    if (close === -1 || close >= length + QUOTE_REACH) {
      end = i;
      break;
    }
    if (close >= end) end = close + 1;
    i = close;
  }
  if (end === 0) end = length;
  return end < title.length ? `${title.slice(0, end)}……` : title;
}

/**
 * `（一）**聚焦产业提质。**`: in Markdown the bold markers after the ordinal read as two spaces once
 * the emphasis is set aside (markdown.ts), and are no space the writer typed.
 */
function isMaskedBold(format: TextFormat, gap: string): boolean {
  return format === 'markdown' && gap === '  ';
}

/** Marks typed after `第X条` (or `第X章`, `4.2`) where its space goes: `第八条、本会……`, `第三章，总则`. */
const MARK_FOR_SPACE = /^[、，,：:．.；;]/;

/** True when a chapter's, section's, article's or clause's title opens with a mark instead of its space. */
export function startsWithUnitMark(heading: Heading): boolean {
  return MARK_FOR_SPACE.test(heading.title) && !heading.gap;
}
