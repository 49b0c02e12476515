/**
 * Finds in-paragraph series members (一是/二是, 第一，/第二，, 首先，/其次，)
 * and groups them into series scoped to their section.
 */
import { isAgendaItem, isInlineFamily, ordinalUnit, type Heading, type MarkedText, type Series, type SeriesFamily, type SeriesMember } from '../model';
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from '../numerals';
import { contentStart, isIdeograph, LineRanges, type Range, type SourceLine } from '../text';
import { isLetterOrDigit, isSeriesNumeral, NOTHING_FOUND, type TextScan } from './scan';

function codeSet(chars: string): ReadonlySet<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

const SERIES_VERBS = codeSet('是要抓');
const DI = '第'.charCodeAt(0);
const QI = '其'.charCodeAt(0);
const LING = '另'.charCodeAt(0);

/** How a candidate member opens, by the alternative of the grammar in `matchCandidate` it matched. */
type CandidateKind = 'shi' | 'di' | 'qi' | 'fangmian' | 'word';

/** Shared positions of the member being built (see LineRanges). */
const memberRanges = new LineRanges();

/**
 * The candidate `matchCandidate` found last: the marker is `text[at..end)`, its
 * numerals `text[numeralStart..numeralEnd)`. One object serves every call, since
 * thousands of starts per draft are tried and most are dismissed.
 */
const candidate = { kind: 'word' as CandidateKind, end: 0, numeralStart: 0, numeralEnd: 0 };

/** The number of Chinese numerals from `at` on, at most `most`. */
function numeralRun(text: string, at: number, most: number): number {
  let n = 0;
  while (n < most && isSeriesNumeral(text.charCodeAt(at + n))) n++;
  return n;
}

/**
 * Reads a candidate member at `at`, where the scan (scan.ts) saw one may start, as
 * /([一…十]{1,2})([是要抓])|第([一…十]{1,3})|其([一…十]{1,2})|(另)?一方面|首先|其次|再次|最后/y
 * would (alternatives in that order; a shorter numeral run never lets the first one
 * match, as a numeral is not a verb), without building a match. Fills `candidate`.
 */
function matchCandidate(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  const numerals = numeralRun(text, at, 2);
  if (numerals > 0 && SERIES_VERBS.has(text.charCodeAt(at + numerals))) {
    return found('shi', at + numerals + 1, at, at + numerals);
  }
  if (code === DI || code === QI) {
    const run = numeralRun(text, at + 1, code === DI ? 3 : 2);
    if (run > 0) {
      // `第一点，` `第一个方面，`: the 第 series, with its unit kept as written.
      const unit = code === DI ? ordinalUnitLength(text, at + 1 + run) : 0;
      return found(code === DI ? 'di' : 'qi', at + 1 + run + unit, at + 1, at + 1 + run);
    }
  }
  if (code === LING && text.startsWith('一方面', at + 1)) return found('fangmian', at + 4, at, at);
  if (text.startsWith('一方面', at)) return found('fangmian', at + 3, at, at);
  if (text.startsWith('首先', at) || text.startsWith('其次', at) || text.startsWith('再次', at) || text.startsWith('最后', at)) {
    return found('word', at + 2, at, at);
  }
  return false;
}

/**
 * The unit after a 第 ordinal in a series of points, aspects or phrases: `点` (第一点), `个方面` (第一个方面),
 * `句话` (第一句话), `个词` (第一个词), `项议程` `项议题` (a host's 第一项议程, a meeting's 第二项议题); 0 for none.
 */
function ordinalUnitLength(text: string, at: number): number {
  if (text.charCodeAt(at) === DIAN) return 1;
  if (text.startsWith('个方面', at)) return 3;
  if (text.startsWith('句话', at) || text.startsWith('个词', at)) return 2;
  if (text.startsWith('项议程', at) || text.startsWith('项议题', at)) return 3;
  return 0;
}

/** After a 第 ordinal's unit, what it names before 是: `第一点体会是，`, `第一句话是`. */
const UNIT_IS = /(?:体会|意见|要求|希望|感受|认识|建议|启示|想法)?是/y;

const DIAN = '点'.charCodeAt(0);

function found(kind: CandidateKind, end: number, numeralStart: number, numeralEnd: number): true {
  candidate.kind = kind;
  candidate.end = end;
  candidate.numeralStart = numeralStart;
  candidate.numeralEnd = numeralEnd;
  return true;
}

/** Set phrases that look like members: `一抓到底`, `一抓就灵`, `一要求`, `这一是非问题`; not `三是非法违法行为`. */
const NOT_A_MEMBER_AFTER: Readonly<Record<string, RegExp>> = { 抓: /(?:到底|就灵|就|一个准)/y, 要: /求/y, 是: /(?:否(?![定认])|非(?:曲直|分明|不分|颠倒|观|问题|面前|得失|对错))/y };
/** Words before 一方面 that make it a member even without a clause boundary: `我们一方面要……`. */
const FANGMIAN_SUBJECT = codeSet('们我你他她它既而要又');

/** Characters after which a new clause, and so a series member, may begin. */
const CLAUSE_BOUNDARY = codeSet('。；;，,：:！？!?、（(“"‘\'【[》）)”’ \t\u3000\u00a0\u2028\u000b\u200b\ufeff');
const OPENING_QUOTES = codeSet('“"‘\'');
const CLOSING_QUOTES = codeSet('”"’\'');
/** How near its closing quote a quoted name (`“三抓”`, `“三要三不要”`) ends. */
const QUOTED_NAME_LENGTH = 8;

/** True when the quote before `at` closes within a few characters: a name (`“三抓”工程`), not a member. */
function isQuotedName(text: string, at: number): boolean {
  if (!OPENING_QUOTES.has(text.charCodeAt(at - 1))) return false;
  const limit = Math.min(text.length, at + QUOTED_NAME_LENGTH);
  for (let i = at + 1; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (CLOSING_QUOTES.has(code)) return true;
    if (CLAUSE_BOUNDARY.has(code)) return false;
  }
  return false;
}

/** Ordinal words alone inside quotes, up to the closing quote: `一是、二是、三是”`. */
const QUOTED_ORDINAL_WORDS = /^(?:[一二三四五六七八九十]{1,2}[是要抓]|第[一二三四五六七八九十]{1,2}|首先|其次|再次|最后)(?:[、，,](?:[一二三四五六七八九十]{1,2}[是要抓]|第[一二三四五六七八九十]{1,2}|首先|其次|再次|最后))*(?:[、，,]?……)?[”"’」]/;
const QUOTED_ORDINALS_LENGTH = 30;
/** Characters that end a sentence: `首先要……` without a comma counts only after one. */
const SENTENCE_END = codeSet('。；;！？!?：:');
/** Marks writers put after an ordinal word; B.3.1 wants ，, B.3.7 wants none. */
const ORDINAL_MARKS = new Set([...'，,、：:']);
/** The clause a member introduces ends at the first of these (for its outline name). */
const CLAUSE_END_MARKS = codeSet('，,。；;：:！？!?');
const NAME_LIMIT = 40;

const SEQUENCE_WORD_VALUE: Readonly<Record<string, number | 'last'>> = { 首先: 1, 其次: 2, 再次: 3, 最后: 'last' };

/**
 * What follows a 最后 that closes the speech rather than a list, within its sentence:
 * `最后，我代表市委……` `最后，预祝大会圆满成功！` `最后，借此机会……` `最后，就……，我再强调三点意见。`
 */
/** `第四项议程`, `第二项议题`: an item of a meeting's agenda, as its host announces it. */
const AGENDA_ITEM = /第[一二三四五六七八九十]{1,3}项议[程题]/y;
const CLOSING_REMARK = /[^。！？!?；;]{0,24}?(?:我(?:代表|再|想|还|讲|谈|提|衷心)|借此|预祝|祝愿|祝(?:大家|各位|同志们|大会|会议)|衷心|谢谢|感谢)/y;

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
  lineBefore = -1,
  wrappedAbove?: string,
): readonly SeriesMember[] {
  const { starts } = scan.series;
  const first = scan.series.first(line);
  const last = scan.series.end(line);
  const split = wrappedAbove === undefined ? undefined : splitMember(text, line, from, wrappedAbove, section);
  if (first === last) return split ? [split] : NOTHING_FOUND;
  const members: SeriesMember[] = split ? [split] : [];
  let cursor = split ? split.markerRange.end.character : from;
  let quoted: readonly number[] | undefined;
  // `我看一是要快，二是要实`: a member mid-clause right after its subject, held until one at a
  // clause boundary in the same sentence shows it opened a series (`统一是关键` never meets one).
  let heldFirst = -1;
  let heldScannedTo = -1;
  let heldSentenceEnded = false;
  for (let i = first; i < last; i++) {
    const at = starts[i]!;
    if (at < cursor) continue;
    // At the line start, the character before is the last of the line above when a scan's line break
    // split the sentence there (`……位居全市` over `第一，……`).
    const previous = at === from ? (lineBefore === -1 ? undefined : lineBefore) : text.charCodeAt(at - 1);
    // `下面进行大会第四项议程`: a host's agenda item stands mid-clause.
    AGENDA_ITEM.lastIndex = at;
    const boundary = previous === undefined || CLAUSE_BOUNDARY.has(previous) || AGENDA_ITEM.test(text);
    // (A held one that met no member by the end of its sentence gives way: `说一是一。全市干部一要……；二要……`.)
    // (Whether a sentence ended since the held one is read once along the line, not again for every start.)
    if (heldFirst !== -1 && !heldSentenceEnded) {
      heldSentenceEnded = sentenceEndsBetween(text, Math.max(heldFirst, heldScannedTo), at);
      heldScannedTo = at;
    }
    if (!boundary && (heldFirst === -1 || heldSentenceEnded) && isIdeograph(previous!) && !isSeriesNumeral(previous!)) {
      const numerals = numeralRun(text, at, 2);
      if (numerals > 0 && SERIES_VERBS.has(text.charCodeAt(at + numerals))) {
        heldFirst = at;
        heldScannedTo = at;
        heldSentenceEnded = false;
        continue;
      }
    }
    // Mid-clause, only 一方面 after its subject can still be a member: most starts end here, unread.
    if (!boundary && !FANGMIAN_SUBJECT.has(previous!)) continue;
    if (!matchCandidate(text, at)) continue;
    // A passage quoted whole (`省委强调：“……第一，……第二，……。”`): its series are the quoted text's, not the draft's.
    quoted ??= quotedPassages(text, from);
    if (quoted.length > 0 && insideSpans(quoted, at)) {
      cursor = at + 1;
      continue;
    }
    // `“一是、二是、三是”`: the words themselves quoted, as a manner of writing spoken of; none is a member.
    const quotedWords = previous !== undefined && OPENING_QUOTES.has(previous) ? QUOTED_ORDINAL_WORDS.exec(text.slice(at, at + QUOTED_ORDINALS_LENGTH)) : null;
    if (quotedWords) {
      cursor = at + quotedWords[0].length;
      continue;
    }
    if ((!boundary && candidate.kind !== 'fangmian') || (previous !== undefined && isQuotedName(text, at))) {
      cursor = at + 1;
      continue;
    }
    const end = candidate.end;
    const member = classify(text, line, at, previous, section);
    if (member) {
      const held = heldFirst !== -1 ? heldMember(text, line, heldFirst, member, section) : undefined;
      // After other members on the line (`第一，……表现在一是……；二是……`), only as the first of a series of its own.
      if (held && (members.length === 0 || (held.family === member.family && !members.some((m) => m.family === member.family)))) members.push(held);
      heldFirst = -1;
      members.push(member);
      cursor = end;
    } else {
      cursor = at + 1;
    }
  }
  return members;
}

/** Shorter than this, a quotation is a name or a phrase (`“第一书记”`), no passage. */
const QUOTED_PASSAGE_LENGTH = 20;

/**
 * Where passages quoted whole stand on a line, as [start, end] pairs: a quotation that opens the
 * paragraph or follows a colon, and closes on the line.
 */
function quotedPassages(text: string, from: number): number[] {
  const spans: number[] = [];
  for (let open = text.indexOf('“', from); open !== -1; open = text.indexOf('“', open + 1)) {
    let before = open - 1;
    while (before >= from && (text[before] === ' ' || text[before] === '\u3000')) before--;
    if (before >= from && text[before] !== '：' && text[before] !== ':') continue;
    const close = text.indexOf('”', open + 1);
    if (close === -1) break;
    if (close - open > QUOTED_PASSAGE_LENGTH) spans.push(open, close);
    open = close;
  }
  return spans;
}

function insideSpans(spans: readonly number[], at: number): boolean {
  for (let i = 0; i < spans.length; i += 2) if (at > spans[i]! && at < spans[i + 1]!) return true;
  return false;
}

/** Characters of a member's word that a line break may leave at the end of the line above: `二` `十二` `其` `第三`. */
const SPLIT_TAIL = 3;

/**
 * In text broken at a fixed width (a scan's OCR), the member whose word the line break split:
 * `……年增收28万元；二` over `是物业经营型，……`, `……；其` over `次，……`. `above` is the line above, near the
 * width (headings.ts, lineAboveSplit). The member reads as one word;
 * its marker's range starts on the line above and ends on this one, `from` being this line's text start.
 */
function splitMember(text: string, line: number, from: number, above: string, section: Heading | undefined): SeriesMember | undefined {
  const aboveEnd = above.trimEnd().length;
  let tailStart = aboveEnd;
  while (tailStart > 0 && aboveEnd - tailStart < SPLIT_TAIL && !CLAUSE_BOUNDARY.has(above.charCodeAt(tailStart - 1))) tailStart--;
  const boundary = above.charCodeAt(tailStart - 1);
  // The tail follows a clause boundary (a quoted name's opening quote aside), as any member does.
  if (tailStart === aboveEnd || tailStart === 0 || !CLAUSE_BOUNDARY.has(boundary) || OPENING_QUOTES.has(boundary)) return undefined;
  const tail = above.slice(tailStart, aboveEnd);
  const joined = tail + text.slice(from);
  if (!matchCandidate(joined, 0) || candidate.end <= tail.length) return undefined;
  const member = classify(joined, line, 0, boundary, section);
  if (!member) return undefined;
  // Back from the joined text to the two lines: the tail's characters are the line above's.
  const at = (character: number) => (character < tail.length ? { line: line - 1, character: tailStart + character } : { line, character: from + character - tail.length });
  const moved = (range: Range): Range => ({ start: at(range.start.character), end: at(range.end.character) });
  const mark = member.mark ? { text: member.mark.text, range: moved(member.mark.range) } : undefined;
  return seriesMember(member.family, member.value, member.marker, moved(member.markerRange), mark, line, member.name, moved(member.nameRange), section, tail.length);
}

/** The marks that end a sentence outright; a held member's series may run across ；. */
const FULL_STOPS = codeSet('。！？!?');

function sentenceEndsBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (FULL_STOPS.has(text.charCodeAt(i))) return true;
  return false;
}
/** A colon that opens a list: a held member before it is none of the list's. */
const LIST_COLONS = codeSet('：:');
/** How far before its 二是 a held 一是 may stand: one sentence of a speech. */
const HELD_REACH = 80;

/**
 * The held mid-clause member at `at` (mostly 一是) as a member, when `second` is a member of its
 * wording (same verb) in the same sentence, near enough; undefined otherwise.
 */
function heldMember(text: string, line: number, at: number, second: SeriesMember, section: Heading | undefined): SeriesMember | undefined {
  if (typeof second.value !== 'number' || second.family === 'fangmian' || isInlineFamily(second.family) || !matchCandidate(text, at)) return undefined;
  // `一是……，二是……` with one verb; `一是……，第二，……` mixes families, for mixed-style to report.
  if (second.family === 'shi' && text[candidate.end - 1] !== second.marker[second.marker.length - 1]) return undefined;
  const secondAt = second.markerRange.start.character;
  if (secondAt - at > HELD_REACH) return undefined;
  // (Nor across a colon, which opens the list: `思想统一是行动一致的前提，……持续用力：一是……`.)
  for (let i = at; i < secondAt; i++) if (FULL_STOPS.has(text.charCodeAt(i)) || LIST_COLONS.has(text.charCodeAt(i))) return undefined;
  // `candidate` still holds what matchCandidate read at `at`.
  return classify(text, line, at, text.charCodeAt(at - 1), section);
}

/** The first half of `一是一、二是二` just before a member-like `二是二`. */
const IDIOM_FIRST_HALF = /一是一[、，,]$/;

/** Makes the candidate at `at` (in `candidate`) a member, or returns undefined for a look-alike. */
function classify(text: string, line: number, at: number, previous: number | undefined, section: Heading | undefined): SeriesMember | undefined {
  const { kind, end, numeralStart, numeralEnd } = candidate;
  const marker = text.slice(at, end);
  // `**第一**，`: in a Markdown draft the bold's markers are blanked, and the mark follows two spaces on.
  const markAt = text.startsWith('  ', end) && ORDINAL_MARKS.has(text[end + 2] ?? '') && text[at - 1] === ' ' ? end + 2 : end;
  const next = text[markAt];
  const hasMark = next !== undefined && ORDINAL_MARKS.has(next);
  let family: SeriesFamily;
  let value: number | 'last';
  if (kind === 'shi') {
    family = 'shi';
    const n = parseChineseNumeral(text.slice(numeralStart, numeralEnd));
    // `一是一，二是二` is an idiom, not a series (but `一是一些干部……` is a member); nor are `一抓到底`, `一要求`.
    // Its second half goes on into the sentence: `一是一、二是二的务实作风`.
    const idiom =
      numeralEnd - numeralStart === 1 &&
      text.charCodeAt(end) === text.charCodeAt(at) &&
      (!isIdeograph(text.charCodeAt(end + 1)) || IDIOM_FIRST_HALF.test(text.slice(Math.max(0, at - 4), at)));
    if (n === undefined || idiom) return undefined;
    const notAMember = NOT_A_MEMBER_AFTER[text[numeralEnd]!]!;
    notAMember.lastIndex = end;
    if (notAMember.test(text)) return undefined;
    value = n;
  } else if (kind === 'di') {
    family = 'di';
    const n = parseChineseNumeral(text.slice(numeralStart, numeralEnd));
    // `第一书记` `第一时间` `第一次`: an ordinal word only when a mark follows, or, after a unit, 是
    // (`第一句话是`, `第一点体会是，`); `第一、二批` is a range.
    UNIT_IS.lastIndex = end;
    // A host's `下面进行第四项议程。` ends its sentence there.
    const unitIs = end > numeralEnd && (UNIT_IS.test(text) || (isAgendaItem(marker) && (next === undefined || next === '。')));
    if (n === undefined || !(hasMark || unitIs) || (next === '、' && CHINESE_NUMERAL_CHARS.includes(text[markAt + 1] ?? '#'))) {
      return undefined;
    }
    value = n;
  } else if (kind === 'qi') {
    family = 'qi';
    const n = parseChineseNumeral(text.slice(numeralStart, numeralEnd));
    if (n === undefined) return undefined;
    value = n;
  } else if (kind === 'fangmian') {
    family = 'fangmian';
    value = end - at === 3 ? 1 : 2;
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
    if (value === 'last') {
      CLOSING_REMARK.lastIndex = hasMark ? markAt + 1 : end;
      if (CLOSING_REMARK.test(text)) return undefined;
    }
  }
  const ranges = memberRanges.reset(line);
  const mark: MarkedText | undefined = hasMark ? { text: next!, range: ranges.range(markAt, markAt + 1) } : undefined;
  const clauseStart = hasMark ? markAt + 1 : end;
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
  wrappedAfter: number | undefined = undefined,
): SeriesMember {
  return { family, value, marker, markerRange, wrappedAfter, mark, line, name, nameRange, section };
}

/** Where the clause starting at `from` ends: its first CLAUSE_END_MARKS mark, looking at most `limit` characters on. */
function clauseEnd(text: string, from: number, limit: number): number {
  const end = Math.min(text.length, from + limit);
  for (let i = from; i < end; i++) if (CLAUSE_END_MARKS.has(text.charCodeAt(i))) return i;
  return end;
}

/**
 * In-text ordinals: （1） （一） (1) ① ⑴ inside a sentence, never at a line start (that is a heading);
 * also `1）` `2)` written without the opening bracket, as drafts often do, and a standard's list items
 * `a)` `b)` opening their lines (GB/T 1.1).
 * Tried only where the scan saw an opening bracket, a circled number or such a number, hence sticky.
 */
const INLINE = /[（(]([0-9]{1,2}|[一二三四五六七八九十]{1,3})[）)]|([①-⑳])|([0-9]{1,2})[）)]|([0-9]{1,2})[.．](?=[\u4e00-\u9fff“《])|([⑴-⒇])|([a-zａ-ｚ])[）)]/y;
/** An in-text ordinal follows a colon, semicolon, comma, full stop or a space… */
const INLINE_BOUNDARY = codeSet('：:；;，,。！？!? \t\u3000\u00a0');
/** …or a word that opens an enumeration: `其中①……，②……`, `包括（1）……`. */
const INLINE_LEAD_INS = ['其中', '包括', '即'];

/** 1 for `a` (or full-width `ａ`), 2 for `b`, … */
function letterValue(letter: string): number {
  const code = letter.charCodeAt(0);
  return code >= 0xff41 ? code - 0xff41 + 1 : code - 0x61 + 1;
}

function opensInline(text: string, at: number): boolean {
  return INLINE_BOUNDARY.has(text.charCodeAt(at - 1)) || INLINE_LEAD_INS.some((word) => text.startsWith(word, at - word.length));
}
/** `（8:30—8:55）`: the `55）` of a clock time (a colon after a digit before it) is no ordinal. */
function isClockMinutes(text: string, at: number): boolean {
  const before = text[at - 1];
  return (before === ':' || before === '：') && /[0-9]/.test(text[at - 2] ?? '');
}
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
  opensInText = false,
): readonly SeriesMember[] {
  const { starts } = scan.openers;
  const first = scan.openers.first(line);
  const last = scan.openers.end(line);
  if (first === last) return NOTHING_FOUND;
  const members: SeriesMember[] = [];
  // After a heading's title the body may open with an in-text list (`5.1　验收分为两个阶段：（1）……；（2）……`):
  // only at the paragraph's own start is an ordinal a heading's.
  const paragraphStart = from === contentStart(text) ? from : -1;
  let cursor = from;
  for (let i = first; i < last; i++) {
    const at = starts[i]!;
    if (at < cursor) continue;
    INLINE.lastIndex = at;
    const m = INLINE.exec(text);
    if (!m) continue;
    // At the paragraph start it would be a heading, except `1）现场处理；` (GB/T 1.1 list items, never
    // headings); elsewhere it needs a boundary before it.
    // (No opener stands inside a match, so skipping one here skips nothing else.)
    // The heading parser tells when a bracketed one at the line start is in-text (`（3）执行力；（4）……`).
    const itemOpeningLine = at === from && (m[3] !== undefined || m[2] !== undefined || m[6] !== undefined || (opensInText && m[1] !== undefined)) && !/[（(0-9]/.test(text[at - 1] ?? '');
    // `包括：1.摸清底数；2.分类施策`: in a sentence only (at a line start `1.` is a heading).
    // After a tab, a table's cell (`创新驱动⇥4.研究与试验发展经费投入增长（%）`): the rows under a merged
    // first cell start with the tab and are not read, so the numbers read would skip.
    if (m[4] !== undefined && (at === paragraphStart || text.charCodeAt(at - 1) === 0x09)) continue;
    // `a)` `b)`: a standard's list items open their lines (in a sentence a letter and a bracket are rarely one),
    // and a letter alone, not the end of a word or code (`Tab)`).
    if (m[6] !== undefined && (at !== from || isLetterOrDigit(text.charCodeAt(at - 1)))) continue;
    if (!itemOpeningLine && (at === paragraphStart || !opensInline(text, at))) continue;
    if ((m[3] !== undefined || m[4] !== undefined) && isClockMinutes(text, at)) continue;
    cursor = at + m[0].length;
    let family: SeriesFamily;
    let value: number | undefined;
    if (m[6] !== undefined) {
      family = 'inline-letter';
      value = letterValue(m[6]);
    } else if (m[2] !== undefined) {
      family = 'inline-circled';
      value = m[2].charCodeAt(0) - 0x2460 + 1;
    } else if (m[5] !== undefined) {
      // `⑵` typed for `（2）`: an item of the Arabic series (ordinal-form asks for `（2）` among `（1）`s).
      family = 'inline-arabic';
      value = m[5].charCodeAt(0) - 0x2474 + 1;
    } else if (m[3] !== undefined || m[4] !== undefined) {
      family = 'inline-arabic';
      value = Number(m[3] ?? m[4]);
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
    const ranges = memberRanges.reset(line);
    const mark: MarkedText | undefined =
      next !== undefined && STRAY_MARKS.has(next) ? { text: next, range: ranges.range(end, end + 1) } : undefined;
    const clauseStart = mark ? end + 1 : end;
    const nameEnd = clauseEnd(text, clauseStart, NAME_LIMIT);
    const nameRange = ranges.range(at, Math.max(nameEnd, end));
    members.push(seriesMember(family, value, m[0], ranges.range(at, end), mark, line, text.slice(at, Math.max(nameEnd, end)), nameRange, section));
  }
  return members;
}

/** True when `member` is numbered one past the last of `members`. */
function isNextOf(members: readonly SeriesMember[], member: SeriesMember): boolean {
  const last = members[members.length - 1]!.value;
  return typeof last === 'number' && member.value === last + 1;
}

/** True when `member` opens the line right under a lone in-text `1)` that opens its own: the list's second item, numbered 1 again. */
function repeatsFirstItem(members: readonly SeriesMember[], member: SeriesMember, lines: readonly SourceLine[]): boolean {
  const first = members[0]!;
  return members.length === 1 && isInlineFamily(first.family) && member.line === first.line + 1 && opensParagraph(first, lines) && opensParagraph(member, lines);
}

/**
 * True when `member` (numbered 1) follows at once a series of one member (`第一，甲。` / `第一，乙。` /
 * `第二，丙。`; `一是甲；一是乙；二是丙`; `二是……；一是……；三是……`), or one that did not start at one
 * (`第二，` `第三，` / `第一，`): a first item inserted, or moved, without renumbering, in one list,
 * not a list followed by another.
 */
function followsLoneMember(members: readonly SeriesMember[], member: SeriesMember, lines: readonly SourceLine[]): boolean {
  if (!adjoins(members, member, lines) || members.some((m) => m.value === 'last')) return false;
  return members.length === 1 || members[0]!.value !== 1;
}

/** True when `member` may follow the last of `members` in order (`最后` follows any number). */
function mayFollow(members: readonly SeriesMember[], member: SeriesMember): boolean {
  const last = members[members.length - 1]!.value;
  return member.value === 'last' ? last !== 'last' : typeof last === 'number' && member.value > last;
}

/** Blank lines that may stand between two paragraphs read as following on. */
const PARAGRAPH_GAP = 2;

/**
 * True when `member` stands in the paragraph of the last of `members` or in the next one:
 * nothing but a blank line or two between them. Bounded, so that many 最后 after one
 * list cannot make grouping quadratic.
 */
function adjoins(members: readonly SeriesMember[], member: SeriesMember, lines: readonly SourceLine[]): boolean {
  const last = members[members.length - 1]!;
  if (last.line === member.line) return sentencesBetween(lines[member.line]!.text, last, member) <= 1;
  const from = last.line + 1;
  if (member.line - from > PARAGRAPH_GAP) return false;
  for (let line = from; line < member.line; line++) if (contentStart(lines[line]!.text) < lines[line]!.text.length) return false;
  return true;
}

const SENTENCE_ENDS = codeSet('。！？!?');

/**
 * Sentences ended between two members on one line: `三是……。最后，……` ends one (the item's);
 * `三是……。下一步，……。最后，建议……` ends two, and the 最后 no longer follows the list on.
 */
function sentencesBetween(text: string, before: SeriesMember, member: SeriesMember): number {
  let count = 0;
  for (let i = before.markerRange.end.character; i < member.markerRange.start.character; i++) if (SENTENCE_ENDS.has(text.charCodeAt(i))) count++;
  return count;
}

/**
 * Groups members into series: a series is scoped to its section (it ends at the
 * next heading of any level) and may span paragraphs; a member numbered 1
 * (`一是`, `第一`, `首先`) starts a new one. A series of another family may
 * nest inside a member (`其次，……一是……二是……` then `最后，……`): the outer
 * series resumes when one of its own members comes back. `lines` tell the
 * paragraphs and sentences apart, where a 最后 may close the speech instead.
 */
/** True when the member stands at the start of its line's text (a word a line break split does not). */
function opensParagraph(member: SeriesMember, lines: readonly SourceLine[]): boolean {
  const start = member.markerRange.start;
  return start.line === member.line && start.character === contentStart(lines[member.line]!.text);
}

/**
 * Same family, and the same word after the numeral: `一是` and `一要` open different series, `第一点` and `第一`
 * too (`第一点` inside `第一个方面` is a series of its own).
 */
function sameWording(a: SeriesMember, b: SeriesMember): boolean {
  if (a.family !== b.family) return false;
  if (a.family === 'di') return ordinalUnit(a.marker) === ordinalUnit(b.marker);
  return a.family !== 'shi' || a.marker.slice(-1) === b.marker.slice(-1);
}

export function groupSeries(members: readonly SeriesMember[], lines: readonly SourceLine[]): Series[] {
  // Ordinal words and each kind of in-text ordinal run as separate series;
  // 一方面……另一方面 pairs run inside other series without belonging to them, and so do a host's
  // agenda items (`首先，进行大会第一项议程`).
  const kinds = new Map<string, SeriesMember[]>();
  for (const member of members) {
    const kind = isInlineFamily(member.family) || member.family === 'fangmian' ? member.family : isAgendaItem(member.marker) ? 'agenda' : 'word';
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
        const sameFamily = open.findIndex((members) => sameWording(members[0]!, member));
        if (sameFamily === -1) {
          open.push([member]);
        } else if (sameFamily === open.length - 1 && (repeatsFirstItem(open[sameFamily]!, member, lines) || followsLoneMember(open[sameFamily]!, member, lines))) {
          // `1)……` over `1)……`: the second item of one list, numbered 1 again by a slip.
          open[sameFamily]!.push(member);
        } else if (sameFamily < open.length - 1 && top[top.length - 1]!.line === member.line && !opensParagraph(member, lines)) {
          // `一是……三是` paragraphs, then `第二，……三个方面：一是……三是……`: the new series stands inside
          // the 第二; the finished one of its family ends, the 第一/第二 series goes on.
          series.push({ members: open.splice(sameFamily, 1)[0]!, section });
          open.push([member]);
        } else {
          // A new series of a family already open ends that one and all nested in it.
          for (const members of open.splice(sameFamily)) series.push({ members, section });
          open.push([member]);
        }
      } else {
        const innermost = open.length - 1;
        let home = innermost;
        for (let i = innermost; i >= 0; i--) {
          if (sameWording(open[i]![0]!, member)) {
            home = i;
            break;
          }
        }
        // `一是……三是……` then `首先，……二是……最后，……`: the 二是 cannot continue the
        // finished 一是 series but does continue the 首先 one, as a slip of family.
        // (Not when it opens a paragraph and the inner series stands inside one: a `四是` opening the
        // paragraph after `……一要……三要……` is the outer series' own.)
        const paragraphOver = () => opensParagraph(member, lines) && !opensParagraph(open[innermost]![0]!, lines);
        // (Nor when the inner series stands under the outer's members, as 一是 stands under 第一, paragraph after
        // paragraph: `第一，` `一是` `二是` `第三，` `一是` `二是` `第三，` is the 第 series' number typed twice, and
        // `第五，` `一是`…`三是` `第四，` its swap, not a `三是` or `四是` in the other family.)
        const standsUnderOuter = () =>
          open[home]![0]!.family === 'di' && open[innermost]![0]!.family === 'shi' && opensParagraph(member, lines) && opensParagraph(open[home]![open[home]!.length - 1]!, lines);
        if (home !== innermost && isNextOf(open[innermost]!, member) && !mayFollow(open[home]!, member) && !paragraphOver() && !standsUnderOuter()) home = innermost;
        // `首先，……一是……三是……` then, opening the next paragraph, `二是……`: it goes on with the outer
        // series, whose next it is and whose members open paragraphs where the inner one's stand inside
        // them (a slip of family there, not of order here). Within the paragraph it is the inner series'
        // slip of order.
        const inner = open[home]!;
        if (!mayFollow(inner, member) && opensParagraph(member, lines) && !opensParagraph(inner[0]!, lines) && inner[inner.length - 1]!.line !== member.line) {
          for (let i = home - 1; i >= 0; i--) {
            if (isNextOf(open[i]!, member)) {
              home = i;
              break;
            }
          }
        }
        // `第一，……第三，……` and then, paragraphs later, `最后，借此机会……`: a 最后 of no open
        // series of its own closes the speech, not that list, unless it follows on at once.
        // So does a second 最后 paragraphs after a list's own.
        // (Within the paragraph of the list's own 最后, a second is that list's slip: `最后，要熟悉……。认真学习……。最后，要融入……`.)
        const lastMember = open[home]![open[home]!.length - 1]!;
        const finished = lastMember.value === 'last';
        const repeatedInParagraph = finished && lastMember.line === member.line && lastMember.family === member.family;
        if (member.value === 'last' && (open[home]![0]!.family !== member.family || finished) && !repeatedInParagraph && !adjoins(open[home]!, member, lines)) {
          open.push([member]);
          continue;
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
