/**
 * Finds counts a speaker announces: `我讲四点意见`, `强调四点`, `以下三个方面`,
 * `抓好五项工作`, `做到“三个坚持”`. The rule count-mismatch matches each to the
 * list that follows it.
 */
import type { CountAnnouncement, Heading } from '../model';
import { parseCount } from '../numerals';
import { lineRange } from '../text';
import { NOTHING_FOUND, type TextScan } from './scan';

/**
 * Every announcement has a count and a unit: 点, 项, 个方面, or 个 inside quotes.
 * Finding those first and then looking at the few characters around them is
 * much cheaper than trying a long alternation at every position of every line;
 * the scan (scan.ts) finds where a count and its unit may start, and countAt
 * reads them there as /([一二两三四五六七八九十]{1,3}|[0-9]{1,2})(点|项|个方面|个)/y
 * would, without building a match.
 */
const COUNT_NUMERALS = '一二两三四五六七八九十';

/** The unit at `at`, tried in the order 点 项 个方面 个; '' when there is none. */
function unitAt(text: string, at: number): string {
  const char = text[at];
  if (char === '点' || char === '项') return char;
  if (char === '个') return text.startsWith('个方面', at) ? '个方面' : '个';
  return '';
}

/** The count (up to three Chinese numerals, else up to two digits) and its unit at `at`. */
function countAt(text: string, at: number): readonly [count: string, unit: string] | undefined {
  for (const [isNumeral, most] of COUNT_FORMS) {
    let length = 0;
    while (length < most && isNumeral(text[at + length] ?? '')) length++;
    // Longest first, as the greedy expression backtracks.
    for (let k = length; k >= 1; k--) {
      const unit = unitAt(text, at + k);
      if (unit) return [text.slice(at, at + k), unit];
    }
  }
  return undefined;
}

const COUNT_FORMS: ReadonlyArray<readonly [(char: string) => boolean, number]> = [
  [(char) => char !== '' && COUNT_NUMERALS.includes(char), 3],
  [(char) => char >= '0' && char <= '9' && char.length === 1, 2],
];

const BEFORE_POINTS = /(?:讲|谈|强调|提|提出|说|以下|如下)(?:以下)?$/;
const NOT_POINTS = /^(?:钟|半|多|儿|几|左右)/;
const POINT_NOUN = /^(?:意见|看法|体会|要求|建议|希望|认识|想法)/;
const BEFORE_ITEMS = /(?:抓好|做好|抓|落实|完成|突出|推进|实施|开展|部署|做到|明确)(?:以下)?$/;
const ITEM_NOUN = /^(?:重点)?(?:工作|任务|措施|举措|改革|行动|要求|制度)/;
const BEFORE_QUOTED = /(?:做到|坚持|实现|落实|把握|处理好|树立|强化|增强|抓住|突出)[“"]$/;
const QUOTED_REST = /^[^”"\n]{1,8}[”"]/;
/** Characters looked at before a count: the longest lead-in is `提出以下` or `处理好“`. */
const LOOK_BACK = 6;

/** The announcement around a count and its unit, as [start, end), or undefined. */
function announcementAt(text: string, countStart: number, unitEnd: number, unit: string): [number, number] | undefined {
  const before = text.slice(Math.max(0, countStart - LOOK_BACK), countStart);
  const after = text.slice(unitEnd, unitEnd + 12);
  const lead = (pattern: RegExp) => {
    const m = pattern.exec(before);
    return m ? countStart - m[0].length : undefined;
  };
  switch (unit) {
    case '点': {
      const start = lead(BEFORE_POINTS);
      if (start === undefined || NOT_POINTS.test(after)) return undefined;
      return [start, unitEnd + (POINT_NOUN.exec(after)?.[0].length ?? 0)];
    }
    case '项': {
      const start = lead(BEFORE_ITEMS);
      const noun = ITEM_NOUN.exec(after);
      return start !== undefined && noun ? [start, unitEnd + noun[0].length] : undefined;
    }
    case '个方面': {
      if (before.endsWith('以下')) return [countStart - 2, unitEnd];
      return after.startsWith('：') || after.startsWith(':') ? [countStart, unitEnd] : undefined;
    }
    default: {
      const start = lead(BEFORE_QUOTED);
      const rest = QUOTED_REST.exec(after);
      return start !== undefined && rest ? [start, unitEnd + rest[0].length] : undefined;
    }
  }
}

/** Announcements in `text[from..]` of line `line`, tried where the scan saw a count may begin. */
export function findAnnouncements(
  text: string,
  line: number,
  from: number,
  section: Heading | undefined,
  scan: TextScan,
): readonly CountAnnouncement[] {
  const { starts } = scan.counts;
  const first = scan.counts.first(line);
  const last = scan.counts.end(line);
  if (first === last) return NOTHING_FOUND;
  const found: CountAnnouncement[] = [];
  let cursor = from;
  for (let i = first; i < last; i++) {
    const countStart = starts[i]!;
    if (countStart < cursor) continue;
    const counted = countAt(text, countStart);
    if (!counted) continue;
    const [countText, unit] = counted;
    cursor = countStart + countText.length + unit.length;
    const span = announcementAt(text, countStart, cursor, unit);
    if (!span || span[0] < from) continue;
    const count = parseCount(countText);
    // `讲一点` is "say a little", not a list of one.
    if (count === undefined || count < 2) continue;
    found.push({
      announcedCount: count,
      text: text.slice(span[0], span[1]),
      range: lineRange(line, span[0], span[1]),
      countRange: lineRange(line, countStart, countStart + countText.length),
      line,
      character: span[0],
      section,
    });
  }
  return found;
}
