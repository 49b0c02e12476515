/**
 * What to add to `gongwen.placeholders.ignore` when the writer says that one flagged value is
 * meant as written: the clause around it (`全年完成投资X亿元以上`), not the value alone, so that the
 * same mark in another sentence (`增长X%`) is still found.
 */

/** Marks that end a clause: the entry stops at them. */
const CLAUSE_END = new Set([...'，。；！？、,;!?\n']);
/** Spaces end it too: indentation, and the gap between a label and a table's next cell. */
const SPACE = /[\s\u3000]/;
/** How far the entry reaches beyond the value on either side: enough to single it out, short enough to read. */
const REACH = 20;

export interface IgnoreEntry {
  /** The clause with the value in it, as written. */
  readonly phrase: string;
  /** The phrase as a regular expression (RE2) that matches it literally. */
  readonly pattern: string;
}

/** The entry that exempts the value at [start, end) of `line` (UTF-16 offsets) and what is around it in its clause. */
export function ignoreEntry(line: string, start: number, end: number): IgnoreEntry {
  const stops = (ch: string) => CLAUSE_END.has(ch) || SPACE.test(ch);
  let from = start;
  while (from > 0 && start - from < REACH && !stops(line[from - 1]!)) from--;
  let to = end;
  while (to < line.length && to - end < REACH && !stops(line[to]!)) to++;
  // A surrogate pair is not cut in two.
  if (from > 0 && isLowSurrogate(line.charCodeAt(from))) from--;
  if (to < line.length && isLowSurrogate(line.charCodeAt(to))) to++;
  const phrase = line.slice(from, to);
  return { phrase, pattern: literalPattern(phrase) };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** `text` as a regular expression that matches it and nothing else: RE2's metacharacters escaped. */
function literalPattern(text: string): string {
  return text.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
}
