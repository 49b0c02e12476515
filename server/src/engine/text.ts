/**
 * Text primitives shared by the parser and the rules. Positions follow LSP:
 * zero-based lines, characters counted in UTF-16 code units (JavaScript string
 * indices), so a range from the engine can be handed to an editor unchanged.
 */

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export interface SourceLine {
  /** Zero-based line number. */
  readonly index: number;
  /** The line's text without its line break. */
  readonly text: string;
}

export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

/** A range inside one line. */
export function lineRange(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

/**
 * Ranges on one line that share their positions: the parts of a heading (ordinal,
 * brackets, mark, title) meet at the same points, and a long draft has thousands of
 * headings, so sharing spares objects the garbage collector would copy. Positions
 * are read-only, so sharing them is safe. A finder keeps one instance and calls
 * `reset` for each heading or member, so the list itself is not allocated each time.
 */
export class LineRanges {
  private line = 0;
  private readonly positions: Position[] = [];
  private count = 0;

  /** Starts over on `line`: positions handed out before stay as they are. */
  reset(line: number): this {
    this.line = line;
    this.count = 0;
    return this;
  }

  position(character: number): Position {
    for (let i = 0; i < this.count; i++) {
      const p = this.positions[i]!;
      if (p.character === character) return p;
    }
    const p = { line: this.line, character };
    this.positions[this.count++] = p;
    return p;
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/**
 * Leading white space of every kind writers leave before a heading: JavaScript's
 * `\s` (ASCII spaces and tabs, the ideographic space U+3000, no-break space
 * U+00A0 — the seed speech indents a heading with four of them — other Unicode
 * spaces, a BOM) and the zero-width space.
 */
function skipLeadingSpace(text: string, at: number): number {
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (!isWhiteSpace(code) && code !== 0x200b) break;
    at++;
  }
  return at;
}

/** A space or tab after a Markdown marker: [ \t\u3000]. */
function isMarkerSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000;
}

/**
 * Where a Markdown prefix a heading may carry ends — `## ` (one to six #), `> `,
 * `- `, `* `, `+ ` (the last three need a space) — or -1 when none starts at `at`.
 */
function markdownPrefixEnd(text: string, at: number): number {
  const code = text.charCodeAt(at);
  let end: number;
  if (code === 0x23 /* # */) {
    end = at;
    while (text.charCodeAt(end) === 0x23) end++;
    if (end - at > 6 || !isMarkerSpace(text.charCodeAt(end))) return -1;
  } else if (code === 0x3e /* > */) {
    end = at + 1;
  } else if (code === 0x2d /* - */ || code === 0x2a /* * */ || code === 0x2b /* + */) {
    end = at + 1;
    if (!isMarkerSpace(text.charCodeAt(end))) return -1;
  } else {
    return -1;
  }
  while (isMarkerSpace(text.charCodeAt(end))) end++;
  return end;
}

/** True for every character leading space or a Markdown prefix can start with (and a few more). */
function mayOpenIndent(code: number): boolean {
  return code <= 0x20 || code === 0x23 /* # */ || code === 0x3e /* > */ || code === 0x2d /* - */ || code === 0x2a /* * */ ||
    code === 0x2b /* + */ || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x205f) || code === 0x3000 || code === 0xfeff;
}

/** Index of the first character of a line's content, after indentation and (up to four) Markdown prefixes. */
export function contentStart(text: string): number {
  if (text.length === 0 || !mayOpenIndent(text.charCodeAt(0))) return 0;
  let at = skipLeadingSpace(text, 0);
  for (let guard = 0; guard < 4; guard++) {
    const prefixEnd = markdownPrefixEnd(text, at);
    if (prefixEnd === -1) break;
    at = skipLeadingSpace(text, prefixEnd);
  }
  return at;
}

/** Index just past the last non-space character of a line. */
export function contentEnd(text: string): number {
  let end = text.length;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}

/** JavaScript's `\s`, one UTF-16 code unit. */
export function isWhiteSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Spaces that pad a line: ASCII, ideographic, no-break and other Unicode spaces, tabs, a BOM and the zero-width space; not line breaks. */
export function isSpaceCode(code: number): boolean {
  return (
    code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0 || code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x205f || code === 0x0b || code === 0x0c
  );
}

/** CJK ideographs: used to decide whether a plain-text file is a Chinese draft at all. */
const CJK = /[\u3400-\u4dbf\u4e00-\u9fff]/;

/** A CJK unified ideograph of the basic block: a Chinese character. */
export function isIdeograph(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

export function containsChinese(text: string): boolean {
  return CJK.test(text);
}

/** The index of the first of `items` (in line order) below line `line`, by binary search. */
export function firstBelow(items: readonly { readonly line: number }[], line: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (items[mid]!.line > line) high = mid;
    else low = mid + 1;
  }
  return low;
}
