/**
 * template-leftover: advertising and watermark lines from a downloaded sample,
 * and fill-in instructions left from a template.
 */
import type { Finding } from '../findings';
import type { Rule, RuleContext } from '../rule';
import { coversLine } from '../parse/leftovers';
import type { Range, SourceLine } from '../text';

const ID = 'template-leftover';
/** Long lines are quoted in part in the message. */
const QUOTE_LIMIT = 20;
/** A running header is quoted whole: it is the title, and cut it reads as another. */
const HEADER_QUOTE_LIMIT = 40;

export const templateLeftover: Rule = {
  id: ID,
  title: { zh: '模板及范文遗留文字', en: 'Template and sample leftovers' },
  defaultSeverity: 'warning',
  messages: {
    [`${ID}.advertising`]: {
      zh: '“{text}”是下载范文时带入的广告或水印文字，正式稿中应删除',
      en: '"{text}" is advertising or a watermark carried over from a downloaded sample; delete it.',
    },
    [`${ID}.layout`]: {
      zh: '“{text}”是复制网页或 PDF 时带入的页码、导航文字，正式稿中应删除',
      en: '"{text}" is a page number or web-page navigation carried over from a paste; delete it.',
    },
    [`${ID}.running-header`]: {
      zh: '“{text}”是复制 PDF 时每页重复出现的页眉（与文首标题相同），正式稿中应删除',
      en: '"{text}" is the running header a PDF repeats on each page (the title again); delete it.',
    },
    [`${ID}.instruction`]: {
      zh: '“{text}”是模板中的填写说明，按说明补充内容后应删除',
      en: '"{text}" is an instruction left from the template; follow it, then delete it.',
    },
    [`${ID}.choice`]: {
      zh: '“{text}”是模板中并列的备选项，定稿时应只保留适用的一项',
      en: '"{text}" lists a template\'s options; keep only the one that applies.',
    },
    [`${ID}.fix`]: { zh: '删除此行', en: 'Delete this line' },
    [`${ID}.option`]: { zh: '只保留“{option}”', en: 'Keep only "{option}"' },
  },
  check(context: RuleContext): Finding[] {
    const lines = context.model.lines;
    return context.model.leftovers.map((span) => {
      const limit = span.kind === 'running-header' ? HEADER_QUOTE_LIMIT : QUOTE_LIMIT;
      const quoted = shortQuote(span.text, limit);
      const line = span.range.start.line;
      // A line is deleted when the leftover is the whole of it, never a paragraph around one.
      const wholeLine = coversLine(span, lines[line]!);
      const deleteLine =
        span.kind !== 'instruction' && span.kind !== 'choice' && wholeLine
          ? [
              {
                title: { key: `${ID}.fix` },
                edits: [{ range: lineDeletion(lines, line, span.kind === 'layout' || span.kind === 'running-header'), newText: '' }],
                safe: false,
              },
            ]
          : undefined;
      // `每（周/月）`: each option in the brackets' place; which applies is the writer's to say.
      const keepOne = span.options?.map((option) => ({
        title: { key: `${ID}.option`, args: { option } },
        edits: [{ range: span.range, newText: option }],
        safe: false,
      }));
      const fixes = deleteLine ?? keepOne;
      return {
        rule: ID,
        severity: 'warning',
        range: span.range,
        message: { key: `${ID}.${span.kind}`, args: { text: quoted } },
        ...(fixes ? { fixes } : {}),
      } satisfies Finding;
    });
  },
};

/**
 * The range that deletes line `line` with its line break. A page's number or running header goes with
 * the blank lines after it, which the page break left: the text closes up as it was before the paste.
 */
function lineDeletion(lines: readonly SourceLine[], line: number, withBlankLines: boolean): Range {
  let next = line + 1;
  if (withBlankLines) while (next < lines.length - 1 && lines[next]!.text.trim() === '') next++;
  return next < lines.length
    ? { start: { line, character: 0 }, end: { line: next, character: 0 } }
    : { start: { line, character: 0 }, end: { line, character: lines[line]!.text.length } };
}

/**
 * Where a long quote is best cut: at a clause mark or an ASCII space (a web page's date and time), not
 * inside a word or a clock time (`……更多范文请关注公…`, `发布时间：2025-04-08 16…`).
 */
const CUT_BEFORE = /[，。；、：！？,;!? ]|:(?![0-9])/g;

/** `text`, or its first `limit` characters cut at the last clause mark or space past half of them, with `…`. */
function shortQuote(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit + 1);
  let mark = -1;
  for (const m of cut.matchAll(CUT_BEFORE)) mark = m.index!;
  return (mark >= limit / 2 ? cut.slice(0, mark) : cut.slice(0, limit)) + '…';
}
