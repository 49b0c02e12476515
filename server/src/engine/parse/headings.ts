/**
 * Recognises heading lines (一、 （一） 1. （1）, including miswritten ones the
 * rules must report) and nests them into the section tree.
 */
import type { Heading, HeadingLevel, HeadingOrdinal, MarkedText, NumeralKind } from '../model';
import { parseChineseNumeral } from '../numerals';
import { contentEnd, contentStart, lineRange, type SourceLine } from '../text';

/** Marks writers put after an unbracketed Chinese numeral: only 、 is right (B.3.2). */
const CHINESE_ORDINAL = /^([一二三四五六七八九十]{1,3})([、．，.,:：])/;
/** Marks after an Arabic numeral: only . (or ．) is right (B.3.3). */
const ARABIC_ORDINAL = /^([0-9]{1,3})([.．、，,])(?![0-9０-９])/;
/** Bracketed ordinals, full-width, half-width or mismatched, with any stray mark (B.3.4). */
const BRACKETED_ORDINAL = /^([（(])([一二三四五六七八九十]{1,3}|[0-9]{1,3})([）)])([、．.，,:：]?)/;

/**
 * `一、二月份` `一、二、三季度` `1、2月份`: a run of numbers sharing one unit,
 * not a heading (rules.md pitfall). Matched against the text after `一、` / `1、`.
 */
const UNIT = '(?:月|季度|季|班|年级|期|批|类|档|级|号|届|次)';
const CHINESE_RANGE = new RegExp(`^(?:[一二三四五六七八九十]{1,3}、)*[一二三四五六七八九十]{1,3}${UNIT}`);
const ARABIC_RANGE = new RegExp(`^(?:[0-9]{1,3}、)*[0-9]{1,3}${UNIT}`);

/** The run-in title stops at the first of these (rules.md: 。：！？). */
const TITLE_END = /[。：！？:!?]/;

const ATTACHMENT_LIST = /^附\s*件\s*[：:]/;

export interface HeadingParseState {
  /** True while inside an attachment list (`附件：1.×××` and the lines under it). */
  inAttachmentList: boolean;
}

export function newHeadingParseState(): HeadingParseState {
  return { inAttachmentList: false };
}

/** Parses one line as a heading, or returns undefined when it is body text. */
export function parseHeadingLine(line: SourceLine, state: HeadingParseState): Heading | undefined {
  const text = line.text;
  const start = contentStart(text);
  const rest = text.slice(start);
  if (ATTACHMENT_LIST.test(rest)) {
    state.inAttachmentList = true;
    return undefined;
  }
  const ordinal = matchOrdinal(rest, line.index, start);
  if (state.inAttachmentList) {
    // `附件：1.××` continues with `2.××` lines; anything else ends the list.
    if (ordinal && ordinal.level === 3) return undefined;
    state.inAttachmentList = false;
  }
  if (!ordinal) return undefined;
  return buildHeading(line, ordinal.level, ordinal.ordinal);
}

interface MatchedOrdinal {
  readonly level: HeadingLevel;
  readonly ordinal: HeadingOrdinal;
}

function matchOrdinal(rest: string, line: number, offset: number): MatchedOrdinal | undefined {
  let m = BRACKETED_ORDINAL.exec(rest);
  if (m) {
    const [, open, numeral, close, mark] = m as unknown as [string, string, string, string, string];
    const numeralKind: NumeralKind = /[0-9]/.test(numeral) ? 'arabic' : 'chinese';
    const value = numeralKind === 'arabic' ? Number(numeral) : parseChineseNumeral(numeral);
    if (value === undefined || value === 0) return undefined;
    const openText = marked(open, line, offset);
    const closeAt = offset + open.length + numeral.length;
    const closeText = marked(close, line, closeAt);
    const markText = mark ? marked(mark, line, closeAt + close.length) : undefined;
    return {
      level: numeralKind === 'arabic' ? 4 : 2,
      ordinal: {
        value,
        numeral,
        numeralKind,
        bracketed: true,
        open: openText,
        close: closeText,
        ...(markText ? { mark: markText } : {}),
        range: lineRange(line, offset, offset + m[0].length),
      },
    };
  }
  m = CHINESE_ORDINAL.exec(rest);
  if (m) {
    const [, numeral, mark] = m as unknown as [string, string, string];
    const value = parseChineseNumeral(numeral);
    if (value === undefined) return undefined;
    // `一、二月份` is "January and February", not a heading.
    if (mark === '、' && CHINESE_RANGE.test(rest.slice(m[0].length))) return undefined;
    // `一，` `一.` at a line start are only ordinals when text follows them.
    if (mark !== '、' && rest.length === m[0].length) return undefined;
    return {
      level: 1,
      ordinal: {
        value,
        numeral,
        numeralKind: 'chinese',
        bracketed: false,
        mark: marked(mark, line, offset + numeral.length),
        range: lineRange(line, offset, offset + m[0].length),
      },
    };
  }
  m = ARABIC_ORDINAL.exec(rest);
  if (m) {
    const [, numeral, mark] = m as unknown as [string, string, string];
    const value = Number(numeral);
    if (value === 0) return undefined;
    if (mark === '、' && ARABIC_RANGE.test(rest.slice(m[0].length))) return undefined;
    if (mark !== '.' && mark !== '．' && rest.length === m[0].length) return undefined;
    return {
      level: 3,
      ordinal: {
        value,
        numeral,
        numeralKind: 'arabic',
        bracketed: false,
        mark: marked(mark, line, offset + numeral.length),
        range: lineRange(line, offset, offset + m[0].length),
      },
    };
  }
  return undefined;
}

function marked(text: string, line: number, at: number): MarkedText {
  return { text, range: lineRange(line, at, at + text.length) };
}

function buildHeading(line: SourceLine, level: HeadingLevel, ordinal: HeadingOrdinal): Heading {
  const text = line.text;
  const ordinalEnd = ordinal.range.end.character;
  let titleStart = ordinalEnd;
  while (titleStart < text.length && /[\s\u3000\u00a0]/.test(text[titleStart]!)) titleStart++;
  const lineEnd = contentEnd(text);
  const afterTitle = text.slice(titleStart, lineEnd);
  const stop = TITLE_END.exec(afterTitle);
  let titleEnd = stop ? titleStart + stop.index : lineEnd;
  // Keep the title free of trailing spaces.
  while (titleEnd > titleStart && /[\s\u3000\u00a0]/.test(text[titleEnd - 1]!)) titleEnd--;
  // Body text after the terminator makes this a run-in heading.
  const bodyStart = stop ? titleStart + stop.index + 1 : lineEnd;
  const runIn = bodyStart < lineEnd;
  return {
    level,
    ordinal,
    line: line.index,
    title: text.slice(titleStart, titleEnd),
    titleRange: lineRange(line.index, titleStart, titleEnd),
    headRange: lineRange(line.index, ordinal.range.start.character, Math.max(titleEnd, ordinalEnd)),
    runIn,
    bodyStart: runIn ? bodyStart : text.length,
    parent: undefined,
    children: [],
    sectionEndLine: line.index,
  };
}

/**
 * Nests headings: each heading's parent is the nearest earlier heading of a
 * higher level (a smaller number). A skipped level (一、 → 1.) still nests.
 * Also sets each section's last line.
 */
export function nestHeadings(headings: readonly Heading[], lastLine: number): Heading[] {
  const roots: Heading[] = [];
  const stack: Heading[] = [];
  for (const heading of headings) {
    while (stack.length > 0 && stack[stack.length - 1]!.level >= heading.level) {
      stack.pop()!.sectionEndLine = heading.line - 1;
    }
    const parent = stack[stack.length - 1];
    heading.parent = parent;
    if (parent) parent.children.push(heading);
    else roots.push(heading);
    stack.push(heading);
  }
  for (const open of stack) open.sectionEndLine = lastLine;
  return roots;
}
