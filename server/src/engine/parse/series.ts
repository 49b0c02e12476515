/**
 * Finds in-paragraph series members (一是/二是, 第一，/第二，, 首先，/其次，)
 * and groups them into series scoped to their section.
 */
import { isInlineFamily, type Heading, type MarkedText, type Series, type SeriesFamily, type SeriesMember } from '../model';
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from '../numerals';
import { LineRanges, type Range } from '../text';
import { NOTHING_FOUND, type TextScan } from './scan';

/** Tried only where the scan (scan.ts) saw a member may start, hence sticky. */
const CANDIDATE =
  /([一二三四五六七八九十]{1,2})([是要抓])|第([一二三四五六七八九十]{1,3})|其([一二三四五六七八九十]{1,2})|(另)?一方面|首先|其次|再次|最后/y;

function codeSet(chars: string): ReadonlySet<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

/** Set phrases that look like members: `一抓到底`, `一抓就灵`, `一要求`. */
const NOT_A_MEMBER_AFTER: Readonly<Record<string, RegExp>> = { 抓: /(?:到底|就灵|就|一个准)/y, 要: /求/y, 是: /(?:否|非)/y };
/** Words before 一方面 that make it a member even without a clause boundary: `我们一方面要……`. */
const FANGMIAN_SUBJECT = codeSet('们我你他她它既而要又');

/** Characters after which a new clause, and so a series member, may begin. */
const CLAUSE_BOUNDARY = codeSet('。；;，,：:！？!?、（(“"‘\'【[》）)”’ \t\u3000\u00a0');
/** Characters that end a sentence: `首先要……` without a comma counts only after one. */
const SENTENCE_END = codeSet('。；;！？!?：:');
/** Marks writers put after an ordinal word; B.3.1 wants ，, B.3.7 wants none. */
const ORDINAL_MARKS = new Set([...'，,、：:']);
/** The clause a member introduces ends at the first of these (for its outline name). */
const CLAUSE_END_MARKS = codeSet('，,。；;：:！？!?');
const NAME_LIMIT = 40;

const SEQUENCE_WORD_VALUE: Readonly<Record<string, number | 'last'>> = { 首先: 1, 其次: 2, 再次: 3, 最后: 'last' };

/**
 * Finds the series members in `text[from..]` of line `line`. The scan holds
 * the positions, ascending, where a member may begin on it; trying
 * each in turn, from where the last member ended, finds what one search along
 * the line would.
 * `from` is where the paragraph's own text starts (after indentation or a run-in title).
 */
export function findSeriesMembers(
  text: string,
  line: number,
  from: number,
  section: Heading | undefined,
  scan: TextScan,
): readonly SeriesMember[] {
  const { starts } = scan.series;
  const first = scan.series.first(line);
  const last = scan.series.end(line);
  if (first === last) return NOTHING_FOUND;
  const members: SeriesMember[] = [];
  let cursor = from;
  for (let i = first; i < last; i++) {
    const at = starts[i]!;
    if (at < cursor) continue;
    const previous = at === from ? undefined : text.charCodeAt(at - 1);
    const boundary = previous === undefined || CLAUSE_BOUNDARY.has(previous);
    // Mid-clause, only 一方面 after its subject can still be a member: most starts end here, unread.
    if (!boundary && !FANGMIAN_SUBJECT.has(previous!)) continue;
    CANDIDATE.lastIndex = at;
    const m = CANDIDATE.exec(text);
    if (!m) continue;
    if (!boundary && !m[0].endsWith('一方面')) {
      cursor = at + 1;
      continue;
    }
    const member = classify(m, text, line, at, previous, section);
    if (member) {
      members.push(member);
      cursor = at + m[0].length;
    } else {
      cursor = at + 1;
    }
  }
  return members;
}

function fangmianMarker(marker: string): boolean {
  return marker === '一方面' || marker === '另一方面';
}

function classify(
  m: RegExpExecArray,
  text: string,
  line: number,
  at: number,
  previous: number | undefined,
  section: Heading | undefined,
): SeriesMember | undefined {
  const marker = m[0];
  const end = at + marker.length;
  const next = text[end];
  const hasMark = next !== undefined && ORDINAL_MARKS.has(next);
  let family: SeriesFamily;
  let value: number | 'last';
  if (m[1] !== undefined) {
    family = 'shi';
    const n = parseChineseNumeral(m[1]);
    // `一是一，二是二` is an idiom, not a series (but `一是一些干部……` is a member); nor are `一抓到底`, `一要求`.
    const idiom = next === m[1] && !isIdeograph(text.charCodeAt(end + 1));
    if (n === undefined || idiom) return undefined;
    const notAMember = NOT_A_MEMBER_AFTER[m[2]!]!;
    notAMember.lastIndex = end;
    if (notAMember.test(text)) return undefined;
    value = n;
  } else if (m[3] !== undefined) {
    family = 'di';
    const n = parseChineseNumeral(m[3]);
    // `第一书记` `第一时间` `第一次`: an ordinal word only when a mark follows;
    // `第一、二批` is a range.
    if (n === undefined || !hasMark || (next === '、' && CHINESE_NUMERAL_CHARS.includes(text[end + 1] ?? '#'))) {
      return undefined;
    }
    value = n;
  } else if (m[4] !== undefined) {
    family = 'qi';
    const n = parseChineseNumeral(m[4]);
    if (n === undefined) return undefined;
    value = n;
  } else if (fangmianMarker(marker)) {
    family = 'fangmian';
    value = marker === '一方面' ? 1 : 2;
  } else {
    family = 'sequence-word';
    value = SEQUENCE_WORD_VALUE[marker]!;
    if (!hasMark) {
      // `首先要……` `其次是……` at a sentence start are members too; `最后一公里`,
      // `再次强调` and a mid-sentence `首先我……` are not.
      const sentenceStart = previous === undefined || SENTENCE_END.has(previous);
      const opensClause = next === '要' || next === '是';
      if (!(sentenceStart && opensClause && (marker === '首先' || marker === '其次'))) return undefined;
    }
  }
  const ranges = new LineRanges(line);
  const mark: MarkedText | undefined = hasMark ? { text: next!, range: ranges.range(end, end + 1) } : undefined;
  const clauseStart = hasMark ? end + 1 : end;
  let nameEnd = clauseEnd(text, clauseStart, NAME_LIMIT * 2);
  if (nameEnd - at > NAME_LIMIT) nameEnd = at + NAME_LIMIT;
  const nameRange = ranges.range(at, Math.max(nameEnd, end));
  return seriesMember(family, value, marker, ranges.range(at, end), mark, line, text.slice(at, Math.max(nameEnd, end)).trim(), nameRange, section);
}

/** A member with every field present, absent ones undefined: members of one shape are read fast. */
function seriesMember(
  family: SeriesFamily,
  value: number | 'last',
  marker: string,
  markerRange: Range,
  mark: MarkedText | undefined,
  line: number,
  name: string,
  nameRange: Range,
  section: Heading | undefined,
): SeriesMember {
  return { family, value, marker, markerRange, mark, line, name, nameRange, section };
}

/** Where the clause starting at `from` ends: its first CLAUSE_END_MARKS mark, looking at most `limit` characters on. */
function clauseEnd(text: string, from: number, limit: number): number {
  const end = Math.min(text.length, from + limit);
  for (let i = from; i < end; i++) if (CLAUSE_END_MARKS.has(text.charCodeAt(i))) return i;
  return end;
}

function isIdeograph(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/**
 * In-text ordinals: （1） （一） (1) ① inside a sentence, never at a line start (that is a heading).
 * Tried only where the scan saw an opening bracket or a circled number, hence sticky.
 */
const INLINE = /[（(]([0-9]{1,2}|[一二三四五六七八九十]{1,3})[）)]|([①-⑳])/y;
/** An in-text ordinal follows a colon, semicolon, comma, full stop or a space. */
const INLINE_BOUNDARY = codeSet('：:；;，,。！？!? \t\u3000\u00a0');
/** Marks that do not belong after a bracketed or circled ordinal (B.3.4). */
const STRAY_MARKS = new Set([...'、．.，,']);

/**
 * Finds in-text ordinals in `text[from..]` of line `line` (rules.md: a series inside the paragraph),
 * trying only where the scan saw an opening bracket or a circled number.
 */
export function findInlineOrdinals(
  text: string,
  line: number,
  from: number,
  section: Heading | undefined,
  scan: TextScan,
): readonly SeriesMember[] {
  const { starts } = scan.openers;
  const first = scan.openers.first(line);
  const last = scan.openers.end(line);
  if (first === last) return NOTHING_FOUND;
  const members: SeriesMember[] = [];
  let cursor = from;
  for (let i = first; i < last; i++) {
    const at = starts[i]!;
    // At the paragraph start it would be a heading; elsewhere it needs a boundary before it.
    // (No opener stands inside a match, so skipping one here skips nothing else.)
    if (at < cursor || at === from || !INLINE_BOUNDARY.has(text.charCodeAt(at - 1))) continue;
    INLINE.lastIndex = at;
    const m = INLINE.exec(text);
    if (!m) continue;
    cursor = at + m[0].length;
    let family: SeriesFamily;
    let value: number | undefined;
    if (m[2] !== undefined) {
      family = 'inline-circled';
      value = m[2].charCodeAt(0) - 0x2460 + 1;
    } else if (/[0-9]/.test(m[1]!)) {
      family = 'inline-arabic';
      value = Number(m[1]);
    } else {
      family = 'inline-chinese';
      value = parseChineseNumeral(m[1]!);
    }
    if (!value) continue;
    const end = at + m[0].length;
    const next = text[end];
    const ranges = new LineRanges(line);
    const mark: MarkedText | undefined =
      next !== undefined && STRAY_MARKS.has(next) ? { text: next, range: ranges.range(end, end + 1) } : undefined;
    const clauseStart = mark ? end + 1 : end;
    const nameEnd = clauseEnd(text, clauseStart, NAME_LIMIT);
    const nameRange = ranges.range(at, Math.max(nameEnd, end));
    members.push(seriesMember(family, value, m[0], ranges.range(at, end), mark, line, text.slice(at, Math.max(nameEnd, end)), nameRange, section));
  }
  return members;
}

/**
 * Groups members into series: a series is scoped to its section (it ends at the
 * next heading of any level) and may span paragraphs; a member numbered 1
 * (`一是`, `第一`, `首先`) starts a new one. A series of another family may
 * nest inside a member (`其次，……一是……二是……` then `最后，……`): the outer
 * series resumes when one of its own members comes back.
 */
export function groupSeries(members: readonly SeriesMember[]): Series[] {
  // Ordinal words and each kind of in-text ordinal run as separate series;
  // 一方面……另一方面 pairs run inside other series without belonging to them.
  const kinds = new Map<string, SeriesMember[]>();
  for (const member of members) {
    const kind = isInlineFamily(member.family) || member.family === 'fangmian' ? member.family : 'word';
    const list = kinds.get(kind);
    if (list) list.push(member);
    else kinds.set(kind, [member]);
  }
  const series: Series[] = [];
  for (const list of kinds.values()) {
    // Open series of the current section, outermost first.
    let open: SeriesMember[][] = [];
    let section: Heading | undefined;
    const close = () => {
      for (const members of open) series.push({ members, section });
      open = [];
    };
    for (const member of list) {
      if (member.section !== section) close();
      section = member.section;
      const top = open[open.length - 1];
      if (!top) {
        open.push([member]);
      } else if (member.value === 1) {
        const sameFamily = open.findIndex((members) => members[0]!.family === member.family);
        if (sameFamily === -1) {
          open.push([member]);
        } else {
          // A new series of a family already open ends that one and all nested in it.
          for (const members of open.splice(sameFamily)) series.push({ members, section });
          open.push([member]);
        }
      } else {
        let home = open.length - 1;
        for (let i = open.length - 1; i >= 0; i--) {
          if (open[i]![0]!.family === member.family) {
            home = i;
            break;
          }
        }
        for (const members of open.splice(home + 1)) series.push({ members, section });
        open[home]!.push(member);
      }
    }
    close();
  }
  const start = (s: Series) => s.members[0]!.markerRange.start;
  return series.sort((a, b) => start(a).line - start(b).line || start(a).character - start(b).character);
}
