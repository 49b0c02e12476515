/**
 * Editing help computed from the model: the next ordinals to offer at the
 * start of a line, and what to say about an ordinal under the pointer.
 */
import { headingLists, seriesLabel, seriesLists, standardHeadingOrdinal, writtenOrdinal, type OrdinalList } from './lists';
import { DECIMAL_LEVELS, isDecimalLevel, type DocumentModel, type Heading, type HeadingLevel, type SeriesMember } from './model';
import { contentStart, type Position, type Range } from './text';

export interface OrdinalSuggestion {
  /** The text to insert: `（三）`, `3.`, `三是`, `第五条　`. */
  readonly text: string;
  /** The heading level it continues, or `series`. */
  readonly level: HeadingLevel | 'series';
  /** The item it follows (`（二）要在……`), or the parent it opens (for a first child). */
  readonly after?: string;
  readonly firstChild?: boolean;
  /** What the suggestion replaces: from the line's content start to the cursor. */
  readonly range: Range;
}

/** Longest prefix typed before asking for an ordinal: `（`, `第`, `三`. */
const PREFIX_LIMIT = 3;

function lastHeadingBefore(model: DocumentModel, line: number): Heading | undefined {
  let found: Heading | undefined;
  for (const heading of model.headings) {
    if (heading.line >= line) break;
    found = heading;
  }
  return found;
}

/** The series in the cursor's section whose last member comes before the cursor. */
function openSeries(model: DocumentModel, section: Heading | undefined, at: Position): SeriesMember[] | undefined {
  const candidates = model.series.filter((s) => {
    const last = s.members[s.members.length - 1]!;
    return s.section === section && last.line < at.line && s.members[0]!.family !== 'fangmian';
  });
  return candidates[candidates.length - 1]?.members;
}

export function ordinalSuggestions(model: DocumentModel, at: Position): OrdinalSuggestion[] {
  const text = model.lines[at.line]?.text ?? '';
  const start = Math.min(contentStart(text), at.character);
  const typed = text.slice(start, at.character);
  // Only at the start of a line: once words are being written, it is no place for an ordinal.
  if (typed.length > PREFIX_LIMIT || /[\u4e00-\u9fff]{2}/.test(typed)) return [];
  const range: Range = { start: { line: at.line, character: start }, end: at };
  const suggestions: OrdinalSuggestion[] = [];
  const seen = new Set<string>();
  const add = (s: Omit<OrdinalSuggestion, 'range'>) => {
    // What is typed already needs no offer (`二、` typed in full).
    if (seen.has(s.text) || (typed.length > 0 && s.text.trim() === typed.trim())) return;
    seen.add(s.text);
    suggestions.push({ ...s, range });
  };
  const previous = lastHeadingBefore(model, at.line);
  if (!previous) {
    add({ text: standardHeadingOrdinal(1, 1), level: 1, firstChild: true });
    return suggestions;
  }
  // The next sibling of the heading just before, then its first child, then the next of each ancestor.
  const articles = model.headings.filter((h) => h.level === 'article' && h.line < at.line);
  const nextOf = (h: Heading) =>
    h.level === 'article' ? standardHeadingOrdinal('article', articles.length + 1) + '　' : unitSpace(h.level, standardHeadingOrdinal(h.level, h.ordinal.value + 1, h));
  add({ text: nextOf(previous), level: previous.level, after: writtenOrdinal(previous) + previous.title });
  const child = childLevel(previous.level, model);
  if (child !== undefined) {
    const first =
      child === 'article'
        ? standardHeadingOrdinal('article', articles.length + 1) + '　'
        : isDecimalLevel(child)
          ? unitSpace(child, `${previous.ordinal.core}.1`)
          : standardHeadingOrdinal(child, 1);
    add({ text: first, level: child, after: writtenOrdinal(previous) + previous.title, firstChild: true });
  }
  const series = openSeries(model, previous, at);
  if (series) {
    const list = seriesLists(model).find((l) => l.series.members === series)!;
    const last = series[series.length - 1]!;
    if (typeof last.value === 'number') {
      const marker = seriesLabel(list, last.value + 1) + (last.family === 'di' || last.family === 'qi' || last.family === 'sequence-word' ? '，' : '');
      add({ text: marker, level: 'series', after: last.name });
    }
  }
  for (let a = previous.parent; a; a = a.parent) add({ text: nextOf(a), level: a.level, after: writtenOrdinal(a) + a.title });
  return suggestions;
}

/** 第一章 and 第一条 take a full-width space (B.3.6); decimal clause numbers the plain one they are written with. */
function unitSpace(level: HeadingLevel, ordinal: string): string {
  if (isDecimalLevel(level)) return ordinal + ' ';
  return typeof level === 'string' ? ordinal + '　' : ordinal;
}

function childLevel(level: HeadingLevel, model: DocumentModel): HeadingLevel | undefined {
  switch (level) {
    case 'chapter':
      return model.headings.some((h) => h.level === 'section') ? 'section' : 'article';
    case 'section':
      return 'article';
    case 'article':
      return 2;
    case 1:
    case 2:
    case 3:
      return (level + 1) as HeadingLevel;
    case 'decimal-1':
    case 'decimal-2':
    case 'decimal-3':
      return DECIMAL_LEVELS[DECIMAL_LEVELS.indexOf(level) + 1];
    default:
      return undefined;
  }
}

export interface OrdinalInfo {
  /** The ordinal under the pointer. */
  readonly range: Range;
  /** Ordinals from the top of the structure down to this one: `二、`, `（三）`, `2.`. */
  readonly path: readonly string[];
  readonly level: HeadingLevel | 'series';
  /** The standard form of this ordinal. */
  readonly standard: string;
  /** Its place in its list, 1-based, and the list's length. */
  readonly index: number;
  readonly count: number;
  /** The number its place calls for, when it has another (`四、` third in its list: `三、`). */
  readonly expected?: string;
}

function contains(range: Range, at: Position): boolean {
  return range.start.line === at.line && range.start.character <= at.character && at.character <= range.end.character;
}

function listOf(lists: readonly OrdinalList[], target: Heading | SeriesMember): OrdinalList | undefined {
  return lists.find((l) => l.items.some((i) => i.heading === target || i.member === target));
}

export function ordinalInfo(model: DocumentModel, at: Position): OrdinalInfo | undefined {
  const heading = model.headings.find((h) => h.line === at.line && contains(h.ordinal.range, at));
  if (heading) {
    const list = listOf(headingLists(model), heading)!;
    const path: string[] = [];
    for (let h: Heading | undefined = heading; h; h = h.parent) path.unshift(writtenOrdinal(h));
    const index = list.items.findIndex((i) => i.heading === heading) + 1;
    // Numbered on through sections, a list's place is not its number.
    const expected = list.kind === 'headings' && !list.continuous && heading.ordinal.value !== index ? standardHeadingOrdinal(heading.level, index, heading) : undefined;
    return {
      range: heading.ordinal.range,
      path,
      level: heading.level,
      standard: standardHeadingOrdinal(heading.level, heading.ordinal.value, heading),
      index,
      count: list.items.length,
      ...(expected ? { expected } : {}),
    };
  }
  const member = model.series.flatMap((s) => s.members).find((m) => contains(m.markerRange, at));
  if (!member) return undefined;
  const list = listOf(seriesLists(model), member);
  if (!list || list.kind !== 'series') return undefined;
  const path: string[] = [];
  for (let h: Heading | undefined = member.section; h; h = h.parent) path.unshift(writtenOrdinal(h));
  path.push(member.marker);
  const index = list.items.findIndex((i) => i.member === member) + 1;
  // `一是……二是……四是`: the third member's place asks for 三是, whatever it wrote (最后 closes any list).
  const first = list.items[0]?.value;
  const placed = typeof first === 'number' && first === 1 && typeof member.value === 'number' && member.value !== index ? seriesLabel(list, index) : undefined;
  return {
    range: member.markerRange,
    path,
    level: 'series',
    standard: typeof member.value === 'number' ? seriesLabel(list, member.value) : member.marker,
    index,
    count: list.items.length,
    ...(placed ? { expected: placed } : {}),
  };
}
