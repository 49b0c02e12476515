/**
 * Markdown drafts: code is not prose. Fenced blocks and inline code spans are
 * blanked out (same length, line breaks kept) before parsing, so examples
 * quoted as code are not checked and every position stays where it was. So are
 * the markers of strong emphasis (`**第一条**`, a bold run-in heading) and the
 * check boxes of task lists (`- [x]`), which would hide a heading or read as an `x`.
 */
import type { DocumentModel, Heading } from './model';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}

/**
 * Blanks inline code spans: a run of n backticks up to the next run of exactly
 * n. One pass over the runs, so a line full of backticks stays linear.
 */
function maskCodeSpans(line: string): string {
  if (!line.includes('`')) return line;
  const runs: Array<{ start: number; length: number }> = [];
  for (let i = 0; i < line.length; ) {
    if (line[i] !== '`') {
      i++;
      continue;
    }
    let j = i;
    while (line[j] === '`') j++;
    runs.push({ start: i, length: j - i });
    i = j;
  }
  // For each length, the runs of that length in order: a span closes at the next one.
  const byLength = new Map<number, number[]>();
  runs.forEach((run, index) => {
    const list = byLength.get(run.length);
    if (list) list.push(index);
    else byLength.set(run.length, [index]);
  });
  const next = new Map<number, number>();
  // UTF-16 units, as positions are counted.
  const chars = line.split('');
  let covered = -1;
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k]!;
    if (run.start < covered) continue;
    const list = byLength.get(run.length)!;
    let pointer = next.get(run.length) ?? 0;
    while (pointer < list.length && list[pointer]! <= k) pointer++;
    next.set(run.length, pointer);
    const closing = list[pointer];
    if (closing === undefined) continue;
    const end = runs[closing]!.start + run.length;
    for (let c = run.start; c < end; c++) chars[c] = ' ';
    covered = end;
    next.set(run.length, pointer + 1);
  }
  return chars.join('');
}

/**
 * In Markdown, `1. 抓开工` is an ordered list item: the space belongs to the syntax
 * (CommonMark: digits, `.`, then 1-4 spaces), and the item is a line of a list, not a heading.
 * `1、 抓开工` is one with a wrong mark: once ordinal-punctuation's fix makes it `1.`, the
 * space is the list's again, so it is not asked to go.
 */
export function isMarkdownListItem(model: DocumentModel, heading: Heading): boolean {
  if (model.format !== 'markdown' || !heading.gap) return false;
  const ordinal = heading.ordinal.core + (heading.ordinal.mark?.text ?? '');
  return /^[0-9]{1,9}[.．、，,]$/.test(ordinal) && /^[ \t]{1,4}$/.test(heading.gap.text);
}

/**
 * `## 三、……久久为功：`: in Markdown the writer has made the line a heading (an ATX heading),
 * whatever its words; it is no sentence that leads in what follows.
 */
export function isMarkdownHeadingLine(model: DocumentModel, heading: Heading): boolean {
  return model.format === 'markdown' && MARKDOWN_HEADING.test(model.lines[heading.line]!.text);
}

/** A Markdown ATX heading line: `## 2. 项目概况`. */
export const MARKDOWN_HEADING = /^[ \t]{0,3}#{1,6}[ \t]/;

/** A line that ends a Markdown list whatever its indentation: an ATX heading or a thematic break. */
const LIST_BREAKER = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|(?:[-*_][ \t]*){3,}$)/;

/** Columns of a line's leading white space (a tab to the next multiple of 4, as CommonMark counts). */
function indentOf(line: string): number {
  let columns = 0;
  for (const char of line) {
    if (char === ' ') columns++;
    else if (char === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

/**
 * `1.` `1.` `1.`: a Markdown ordered list may number every item 1., and the renderer counts
 * them (CommonMark; markdownlint's "one" style), so the draft is numbered right. Only when the
 * items are one list: a paragraph back at the margin between two of them ends the list, and
 * the next `1.` starts another that shows 1. again.
 */
export function isAutoNumberedList(model: DocumentModel, items: readonly Heading[]): boolean {
  if (model.format !== 'markdown' || items.length < 2) return false;
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    if (item.ordinal.value !== 1 || item.ordinal.mark?.text !== '.' || !isMarkdownListItem(model, item)) return false;
    const next = items[k + 1];
    if (next && !continuesMarkdownList(model, item, next)) return false;
  }
  return true;
}

/**
 * True when `next` is an item of the same Markdown list as `item`: both list items, with nothing
 * between them that ends a list (a heading, a rule, a paragraph back at the margin after a blank
 * line). Two lists under one heading, each after its own lead-in, number on their own.
 */
export function continuesMarkdownList(model: DocumentModel, item: Heading, next: Heading): boolean {
  if (!isMarkdownListItem(model, item) || !isMarkdownListItem(model, next)) return false;
  // Text after a blank line stays in the item only when indented to the item's content.
  const contentIndent = item.gap!.range.end.character;
  let afterBlank = false;
  for (let line = item.line + 1; line < next.line; line++) {
    const text = model.lines[line]!.text;
    if (text.trim() === '') {
      afterBlank = true;
      continue;
    }
    if (LIST_BREAKER.test(text) || (afterBlank && indentOf(text) < contentIndent)) return false;
    afterBlank = false;
  }
  return true;
}

/**
 * True when two sibling headings stand in separate Markdown lists that number on their own: a
 * break between them, and the second list led in by its own line (`……把握好以下两个原则：`).
 * A list a paragraph merely interrupts is still the writer's one list.
 */
export function separateMarkdownLists(model: DocumentModel, item: Heading, next: Heading): boolean {
  if (model.format !== 'markdown' || !isMarkdownListItem(model, item) || !isMarkdownListItem(model, next) || continuesMarkdownList(model, item, next)) return false;
  let leadIn = next.line - 1;
  while (leadIn > item.line && model.lines[leadIn]!.text.trim() === '') leadIn--;
  return leadIn > item.line && /[：:]\s*$/.test(model.lines[leadIn]!.text);
}

/** `**第一条**`, `__（一）加强领导。__`: strong emphasis around text; its markers are syntax, not prose. */
const STRONG = /(\*\*|__)(?=[^\s*_])([^*_\n]*?[^\s*_])\1/g;
/** `- [x] ` `* [ ] `: a task list's check box at the start of a list item. */
const TASK_BOX = /^(\s{0,3}[-*+]\s+)\[[ xX]\]/;

/** An HTML comment on one line: the rendered document does not show it (a writer's note kept in the source). */
const HTML_COMMENT = /<!--.*?-->/g;

/** Blanks the emphasis markers, check boxes and comments of a line, keeping every other character where it is. */
function maskMarkup(line: string): string {
  let masked = line.replace(TASK_BOX, (whole, lead: string) => lead + ' '.repeat(whole.length - lead.length));
  if (masked.includes('<!--')) masked = masked.replace(HTML_COMMENT, (comment) => ' '.repeat(comment.length));
  if (masked.includes('**') || masked.includes('__')) {
    masked = masked.replace(STRONG, (_strong, marker: string, inner: string) => ' '.repeat(marker.length) + inner + ' '.repeat(marker.length));
  }
  return masked;
}

export function maskMarkdownCode(text: string): string {
  const lines = text.split(/(\r\n|\r|\n)/);
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i += 2) {
    const line = lines[i]!;
    const opener = FENCE.exec(line);
    if (fence) {
      if (opener && opener[1]![0] === fence[0] && opener[1]!.length >= fence.length && line.trim() === opener[1]) fence = undefined;
      lines[i] = blank(line);
    } else if (opener) {
      fence = opener[1];
      lines[i] = blank(line);
    } else {
      lines[i] = maskMarkup(maskCodeSpans(line));
    }
  }
  return lines.join('');
}
