/**
 * Recognises heading lines (一、 （一） 1. （1）, 第X章/第X节/第X条 in 条文,
 * including miswritten ones the rules must report) and nests them into the
 * section tree.
 */
import { DECIMAL_LEVELS, headingRank, isDecimalLevel, type AttachmentItem, type NoteItem, type PartLabel, type Heading, type HeadingLevel, type HeadingOrdinal, type MarkedText, type NumberingProfile, type NumeralKind } from '../model';
import { MARKDOWN_HEADING } from '../markdown';
import { CHINESE_NUMERAL_CHARS, formatChineseNumeral, formatLargeChineseNumeral, parseChineseNumeral, parseLargeChineseNumeral } from '../numerals';
import { contentEnd, contentStart, isWhiteSpace, lineRange, LineRanges, type SourceLine } from '../text';
import { isAsciiDigit } from './scan';

const CN = '[一二三四五六七八九十]{1,3}';
const AR = '[0-9０-９]{1,3}';

/**
 * Kangxi radicals a PDF's fonts turn 一 二 八 十 into (`⼀、`): they look the same and are other
 * characters, read as the numerals they stand for and reported by ordinal-form.
 */
const KANGXI_NUMERALS: Readonly<Record<string, string>> = { '⼀': '一', '⼆': '二', '⼋': '八', '⼗': '十' };
/** Marks writers put after an unbracketed Chinese numeral: only 、 is right (B.3.2). */
const CHINESE_ORDINAL = /^([一二三四五六七八九十⼀⼆⼋⼗]{1,3})([、．，.,:：])/;
/**
 * What may follow `2.` straight away and still leave it an ordinal: a year, a month or a count of
 * whole things (`2.2026年1月8日现场笔录1份`, `2.12月8日`, `2.3个部门`). Anything else with a digit
 * after the dot is a decimal (`1.5亿元`, `2.3个百分点`).
 */
const NOT_A_FRACTION = '[0-9]{4}年|(?:[1-9]|1[0-2])月[0-9]|(?:[1-9]|1[0-2])月(?:份|底|初|中旬|下旬|上旬|以来)|[0-9]{1,4}(?:个(?!百分点)|名|家|项|件|份|张|批|所|座|处|起|例|户|位|支|场|篇|套|台|辆)';
/** Marks after an Arabic numeral: only . (or ．) is right (B.3.3). */
const ARABIC_ORDINAL = new RegExp(`^(${AR})([.．、，,])(?=${NOT_A_FRACTION}|(?![0-9０-９]))`);
/** Bracketed ordinals, full-width, half-width or mismatched, with any stray mark (B.3.4). */
const BRACKETED_ORDINAL = new RegExp(`^([（(])(${CN}|${AR})([）)])([、．.，,:：]?)`);
/** One-character ordinals some input methods produce: ⑴ ㈠ ⒈, and ① (allowed only inside a paragraph). */
const SINGLE_CHAR_ORDINAL = /^([⑴-⒇㈠-㈩⒈-⒛①-⑳])([、．.，,:：]?)/;
/** 条文 units: 第一章, 第二节, 第十二条, 第一百零一条. */
const REGULATION_UNIT = /^第([一二三四五六七八九十百零〇]{1,6}|[0-9]{1,3})([章节条])/;
/**
 * The divisions of a plan or a report, above its `一、`: `第一章　发展基础`, `第二节　面临的形势`,
 * `第一部分　2025年工作回顾`. Set off by a space or alone on the line, unlike `第一章讲的是……` in prose.
 */
const DOCUMENT_DIVISION = /^第([一二三四五六七八九十百零〇]{1,6}|[0-9]{1,3})(章|节|部分)(?=[\s\u3000]|$)/;

/**
 * `一、二月份` `一、二、三季度` `1、2月份` `一、二线城市` `一、二等奖` `一、二楼大厅`: a run of numbers
 * sharing one unit, not a heading (rules.md pitfall). Matched against the text after `一、` / `1、`.
 */
const UNIT = '(?:月|季度|季|班|年级|期|批|类|档|级|号|届|次|线|等|产|轮|代|星|孩|层|楼|组|队|标段|车间|环)';
// Also a bare chain of numbers, `一、二、三产业融合`, `1、2、3号线`.
// Also `三、四两个月`, `十一、十二两个月`, `五、六两个标段`, `四、五两年`, and `一、二审`.
const CHINESE_RANGE = new RegExp(`^(?:(?:${CN}、)*${CN}(?:${UNIT}|审|[两三四]个?(?:${UNIT}|年|标段|月份?))|(?:${CN}、)+${CN})`);
// Not `3、6月12日`: a month with its day is a date, and `3、` the item's number with a slip of mark.
const ARABIC_RANGE = new RegExp(`^(?:(?:[0-9]{1,3}、)*[0-9]{1,3}${UNIT}(?<!月(?=[0-9]{1,2}[日号]))|(?:[0-9]{1,3}、)+[0-9]{1,3}(?![0-9]{0,1}月[0-9]{1,2}[日号]))`);

/** The run-in title stops at the first of these (rules.md: 。：！？). */
const TITLE_END_CODES = new Set([...'。：！？:!?'].map((char) => char.charCodeAt(0)));
/** Marks that should not end a heading standing alone on its line (B.4). */
const TRAILING_MARKS = new Set([...'。：；，、.:;,']);

/** `附件：`, a report's `附表：` over the tables it appends, and the `附：` of an agreement or a letter listing what it encloses. */
const ATTACHMENT_LIST = /^附(?:\s*[件表])?\s*[：:]/;
/** `注：` `说明：` `注释：` alone, or opening a numbered note (`注：1.……`): the notes of a table or of the text. */
const NOTES_LABEL = /^(?:注|注释|(?:填表|填报|填写)?说明|备注|附注)[\s\u3000]*[：:]?[\s\u3000]*(?:$|[0-9０-９]{1,2}[.．、]|[（(][0-9０-９一二三四五六七八九十]{1,2}[）)]|[①-⑳])/;

/** An article heading at a line start: how 条文 documents are recognised. */
const ARTICLE_LINE = /^[\s\u3000\u00a0]*第([一二三四五六七八九十百零〇]{1,6})条/;

/** A table of contents being read: its entries repeat the headings and are not headings. */
interface TableOfContents {
  /** The entries read so far (contentsKey): the body begins where one comes again. */
  readonly entries: Set<string>;
  lines: number;
  /** True once an entry carried its page (dot leaders, a page number): then a heading without one is the body's. */
  paged: boolean;
}

export interface HeadingParseState {
  readonly profile: NumberingProfile;
  /** True while inside an attachment list (`附件：1.×××` and the lines under it). */
  inAttachmentList: boolean;
  /** The attachment notes read so far; the last is the one being read while inAttachmentList. */
  readonly attachmentNotes: Array<{ readonly line: number; readonly items: AttachmentItem[] }>;
  /** True while inside numbered notes (`注：1.……` and the lines under it, or the ①② under `注释：`). */
  inNotes: boolean;
  /** The last line found to open with an in-text ordinal (`（3）执行力；（4）……`), not a heading; -1 before any. */
  inTextOrdinalLine: number;
  /** True after a `①` line that is a list's item, not a heading: the `②` under it is one too. */
  inCircledItems: boolean;
  /** The note blocks read so far; the last is the one being read while inNotes. */
  readonly notes: Array<{ readonly line: number; readonly footnotes: boolean; readonly items: NoteItem[] }>;
  /** The number of the last note read, and whether a blank line came after it. */
  lastNote: number;
  /** The last line of the notes read so far: a note's, or a line its text wrapped onto. */
  noteLine: number;
  notesAfterBlank: boolean;
  /** Set from a `目录` line until the body begins. */
  tableOfContents: TableOfContents | undefined;
  /** 0 in the body; k after the k-th part label (`附件2`, a speech's title), where numbering starts anew. */
  part: number;
  /** True once the current part has a heading: only then does a speech's title begin another part. */
  partHasHeadings: boolean;
  /** Speech titles met so far: one met again is a page's running header, unless a title block follows it. */
  readonly speechTitles: Set<string>;
  /** True after a 简报 item's credit (`（云岭区政务服务中心供稿）`): the next title-like line opens the next item. */
  afterItemCredit: boolean;
  /** The document's lines, for a look at what follows a speech title. */
  readonly lines: readonly SourceLine[];
  /** Set when the document numbers its clauses with decimals (`1.1 编制目的`): only then is `1 总则` a heading. */
  readonly decimal: DecimalClauses | undefined;
  /** The width in columns a scanned page's text was broken at (OCR, a PDF's lines), or undefined for text in paragraphs. */
  readonly wrapWidth: number | undefined;
  /** The line of the last heading read. */
  lastHeadingLine: number;
  /** The part labels met so far. */
  readonly partLabels: PartLabel[];
  /** A speech's title met before any heading and any part: the first speech's, should others follow. */
  leadingTitle: PartLabel | undefined;
  /** Whether topic labels (`议题一：`) begin parts: decided by the first one, undefined before it. */
  topicsAreParts: boolean | undefined;
}

export function newHeadingParseState(profile: NumberingProfile, lines: readonly SourceLine[]): HeadingParseState {
  return { profile, inAttachmentList: false, attachmentNotes: [], inTextOrdinalLine: -1, notes: [], inNotes: false, inCircledItems: false, lastNote: 0, noteLine: -1, notesAfterBlank: false, tableOfContents: undefined, part: 0, partHasHeadings: false, speechTitles: new Set(), afterItemCredit: false, lines, decimal: usesDecimalNumbering(lines), wrapWidth: hardWrapWidth(lines), lastHeadingLine: -1, partLabels: [], leadingTitle: undefined, topicsAreParts: undefined };
}

/**
 * A clause numbered with decimals, set off by a space (GB/T 1.1 style, as 应急预案 write them):
 * `1.1 编制目的`, `4.2.2 响应措施`, and, in a document that has those, `1 总则`. Not `1.5 亿元`, `2.3 户`
 * (but `2.4 户外信息发布屏`, `3.2 人员配备`).
 */
const DECIMAL_ORDINAL = /^([0-9]{1,2}(?:\.[0-9]{1,2}){0,3})(?=[ \u3000]+(?:户[外籍口型]|人[员才工力居事]|家[庭居具电政]|[^\s\u3000万亿千百十个倍元吨米亩人次户家%％]))/;
/** A line opening with a decimal clause number of two or more numbers. */
const DECIMAL_CLAUSE_LINE = /^[\s\u3000]*[0-9]{1,2}(?:\.[0-9]{1,2}){1,3}[ \u3000]+[^\s\u3000万亿千百十个倍元吨米亩人次户家%％]/;
/** Clauses of two or more numbers a document needs for its clauses to count as numbered so. */
const DECIMAL_CLAUSES = 2;
/** Longest title a one-number clause (`1 总则`) takes alone on its line. */
const DECIMAL_TOP_TITLE = 20;

/**
 * The lines holding clauses of two or more numbers (`2.1 项目名称`), and the first number of each;
 * and the lines whose `N. 标题` is a top clause written with a dot (`1. 项目概况` over `1.1`).
 */
interface DecimalClauses {
  readonly lines: number[];
  readonly tops: number[];
  readonly dottedTops: ReadonlySet<number>;
  /** Lines holding only a term entry's number (`3.2`), its term on the next line (GB/T 1.1 术语和定义). */
  readonly termEntries: ReadonlySet<number>;
}

/** A term entry's number alone on its line: `3.2`. */
const TERM_ENTRY_NUMBER = /^[0-9]{1,2}(?:\.[0-9]{1,2}){1,3}$/;
/** Longest line taken for the term under an entry's number (`泊位感知设备　parking space detection device`). */
const TERM_MAX = 60;

/**
 * `1. 招标条件`, `2.项目概况与招标范围`, `3．投标人资格要求` (`4、……` by a slip of its mark): a short title after `N.`, alone on its
 * line; a top clause where the decimal clauses around it say so (see usesDecimalNumbering).
 */
const DOTTED_TOP_LINE = /^([0-9]{1,2})[.．、][ \u3000]*([^\s\u30000-9.．][^，。；,;！？]{0,19})$/;

function usesDecimalNumbering(lines: readonly SourceLine[]): DecimalClauses | undefined {
  const clauseLines: number[] = [];
  const tops: number[] = [];
  const candidates: Array<{ readonly line: number; readonly value: number; readonly indented: boolean; readonly markdown: boolean }> = [];
  const termEntries = new Set<number>();
  for (const line of lines) {
    const text = line.text;
    const start = contentStart(text);
    const code = text.charCodeAt(start);
    // (`６．发布公告的媒介`: a top clause typed in full-width digits, a slip ordinal-form reports.)
    if ((code < 0x30 || code > 0x39) && (code < 0xff10 || code > 0xff19)) continue;
    if (text.charCodeAt(start + 1) === 0x2e || text.charCodeAt(start + 2) === 0x2e) {
      // (From the content's start: a Markdown heading's `### 1.1 建设背景` is a clause too.)
      if (DECIMAL_CLAUSE_LINE.test(text.slice(start))) {
        clauseLines.push(line.index);
        tops.push(parseInt(text.slice(start), 10));
        continue;
      }
      if (TERM_ENTRY_NUMBER.test(text.slice(start, contentEnd(text))) && isTermLine(lines[line.index + 1]?.text ?? '')) {
        termEntries.add(line.index);
        continue;
      }
    }
    const top = DOTTED_TOP_LINE.exec(toAsciiDigits(text.slice(start, contentEnd(text))));
    if (!top || Number(top[1]) === 0) continue;
    const markdown = MARKDOWN_HEADING.test(text);
    candidates.push({ line: line.index, value: Number(top[1]), indented: start > 0 && !markdown, markdown });
  }
  // (Term entries count only in a document whose clauses are numbered so: alone, `3.2` over a name may be a table's cell.)
  if (clauseLines.length < DECIMAL_CLAUSES) return undefined;
  const clauses = { lines: clauseLines, tops, dottedTops: new Set<number>(), termEntries };
  // A top clause is followed by its own clauses (`2.` over `2.1`), or, with none of its own, stands
  // between those of the numbers around it (`6.` between `5.4` and `7.1`). An item `1.` under `2.3`
  // lies between clauses of its parent. When the tops so found are all set flush left, a slip in
  // one (`1.` again over `2.1`) still leaves it a top: its place between the clauses says so.
  // A Markdown heading (`## 2. 项目概况`) is no item under a clause, whatever its number.
  const strict = candidates.filter(({ line, value, markdown }) => {
    const [before, after] = clauseTopsAround(clauses, line);
    return markdown || after === value || (before === value - 1 && after > value);
  });
  for (const { line } of strict) clauses.dottedTops.add(line);
  if (strict.length >= 2 && strict.every((c) => !c.indented)) {
    for (const { line, value, indented } of candidates) {
      const [before, after] = clauseTopsAround(clauses, line);
      if (!indented && before <= value && value <= after + 1) clauses.dottedTops.add(line);
    }
  }
  return clauses;
}

/** A term under its entry's number: a short line, no sentence. */
function isTermLine(text: string): boolean {
  const term = text.trim();
  return term.length > 0 && term.length <= TERM_MAX && !/[，。；：,;:！？]/.test(term) && !/^[0-9]/.test(term);
}

/** The first numbers of the multi-number clauses right before and right after line `index` (0 and Infinity when none). */
function clauseTopsAround(clauses: DecimalClauses, index: number): [number, number] {
  let low = 0;
  let high = clauses.lines.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (clauses.lines[mid]! <= index) low = mid + 1;
    else high = mid;
  }
  return [low > 0 ? clauses.tops[low - 1]! : 0, low < clauses.lines.length ? clauses.tops[low]! : Infinity];
}

/** A speech's date under its title: `（2025年3月1日）`, `（二〇二五年三月一日）`. */
const DATE_LINE = /^[（(][\s\u3000]*[0-9〇○零一二三四五六七八九十]{4}年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日(?:上午|下午|晚上)?[\s\u3000]*[)）]$/;
/** The last characters of such titles (词 话 辞 言 稿): most lines are not tried. */
const SCRIPT_TITLE_ENDS = new Set([...'词话辞言稿'].map((c) => c.charCodeAt(0)));
/**
 * A speech's or a chair's script's own title, alone on its line: `第二次全体会议主持词`, `表态发言`.
 * Not a photo's caption in a WeChat article (`▲县委书记罗成讲话`, `图为企业代表发言`).
 */
const SCRIPT_TITLE = /^(?![▲△►▶■●◆]|图为)[^，。；：,;:！？!?“”\s\u3000]{2,30}(?:主持词|讲话|讲话稿|致辞|发言|发言稿)$/;
/** A 简报's issue number alone on its line: `第6期`, `2025年第6期`, `第6期（总第128期）`. */
const ISSUE_LABEL = /^(?:[0-9]{4}年)?第[0-9０-９一二三四五六七八九十]{1,4}期(?:[\s\u3000]*[（(]总第[0-9０-９]{1,4}期[）)])?$/;
/** A 简报 item's credit on its own line: `（云岭区政务服务中心供稿）`, `（供稿：县农业农村局）`, `（通讯员 王晓丽）`. */
const ITEM_CREDIT = /^[（(](?:[^（()）]{2,30}供稿|供稿(?:单位)?[：:][^（()）]{2,30}|(?:通讯员|作者|撰稿)[：:\s\u3000][^（()）]{2,20})[）)]$/;
/** A column's tag over an item: `【基层动态】`. */
const COLUMN_TAG = /^【[^】]{2,10}】$/;
/** An item's title: a line of words with no sentence's marks in it or at its end. */
const ITEM_TITLE = /^[^。；;：:，,！!？?\t]{6,40}$/;
/** A work report's part, alone on its line above its own `一、`: `2024年工作回顾`, `今年工作安排`, `过去五年工作回顾`. */
const REPORT_PART_TITLE = /^(?:[0-9]{4}年|过去[一二三四五]年|今年|明年|本届以来|[一二三四五]年来)的?(?:主要)?工作(?:回顾|安排|打算|建议|部署|任务)$/;
/** The salutation opening a speech: `同志们：`, `各位代表：`, `尊敬的各位来宾：`. */
const SALUTATION = /^(?:同志们|各位[^\s，。：:]{1,8}|尊敬的[^。：:]{1,30})[，,：:！!]/;
/** The speaker under a speech's title: an office, then a name (`县长　张明`, `县委副书记、县长　王刚`). */
const SPEAKER_LINE =
  /^[^，。；：,;:！？]{0,16}(?:书记|县长|市长|区长|省长|镇长|乡长|主任|主席|部长|局长|厅长|处长|经理|董事长|校长|院长|理事长)[\s\u3000]+[^，。；：,;:！？\s\u3000]{1,4}[\s\u3000]*$/;
/** How many non-empty lines under a title are looked at for its title block. */
const TITLE_BLOCK_LINES = 3;

/** The contents of the first `count` non-empty lines after `line`. */
function linesAfter(state: HeadingParseState, line: number, count: number): string[] {
  const found: string[] = [];
  for (let next = line + 1; next < state.lines.length && found.length < count; next++) {
    const text = state.lines[next]!.text;
    const start = contentStart(text);
    if (start < text.length) found.push(text.slice(start, contentEnd(text)));
  }
  return found;
}

/**
 * True when a title block follows the line (the date, the speaker, the salutation): a title met
 * before then begins another speech (two speeches at one meeting); a page's running header has none.
 */
function titleBlockFollows(state: HeadingParseState, line: number): boolean {
  return linesAfter(state, line, TITLE_BLOCK_LINES).some((text) => DATE_LINE.test(text) || SALUTATION.test(text) || SPEAKER_LINE.test(text));
}

/** Longest title that a speaker's byline may follow. */
const BYLINED_TITLE_MAX = 40;
/** A sentence's marks: a title has none of them. */
const SENTENCE_MARKS = /[。；;！!？?，,：:]/;

/** True when the line is a short title (no sentence in it) whose next line is a speaker's byline (`县长　张明`). */
function isBylinedTitle(text: string, start: number, state: HeadingParseState, line: number): boolean {
  const end = contentEnd(text);
  if (end - start < 4 || end - start > BYLINED_TITLE_MAX || SENTENCE_MARKS.test(text.slice(start, end))) return false;
  const [next] = linesAfter(state, line, 1);
  return next !== undefined && SPEAKER_LINE.test(next);
}

/** A document's title: `关于做好2025年防汛工作的通知`, `关于王蕾等3名同志的考察报告`, with its organ first, `临川市第一中学关于……的复函`. */
const DOCUMENT_TITLE = /^(?:[\u4e00-\u9fff（）()]{2,30}?)?关于[^，。；：,;:！？!?]{1,60}的[\u4e00-\u9fff]{0,6}(?:报告|通知|请示|意见|决定|方案|批复|通报|复函|函|纪要|办法|规定|细则|公告|通告|决议|建议|提案)$/;
/** The addressee under it (主送机关): `中共临川市人大常委会党组：`, `各乡镇人民政府，县直各单位：`. */
const ADDRESSEE = /^[^。；;！!？?]{2,60}[：:]$/;
const GUAN = '关'.charCodeAt(0);

/** The date under the signature that ends a document (成文日期): `2025年7月8日`, `二〇二五年七月八日`. */
export const SIGNED_DATE = /^[0-9〇○零一二三四五六七八九十]{4}年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日$/;

/**
 * True when the line is a document's title with an addressee within the next two lines, right
 * after the signature and date that end the document before it, or as a Markdown title (`# `).
 */
function isAddressedTitle(text: string, start: number, state: HeadingParseState, line: number): boolean {
  if (!DOCUMENT_TITLE.test(text.slice(start, contentEnd(text)))) return false;
  // `# 关于乙的报告`: a Markdown file's title heading.
  if (/^[ \t]{0,3}#[ \t]/.test(text)) return true;
  if (linesAfter(state, line, 2).some((next) => ADDRESSEE.test(next))) return true;
  for (let previous = line - 1; previous >= 0; previous--) {
    const before = state.lines[previous]!.text;
    const from = contentStart(before);
    if (from < before.length) return SIGNED_DATE.test(before.slice(from, contentEnd(before)));
  }
  return false;
}

/** Longest attachment title shown beside its label; a longer line is body text. */
const ATTACHMENT_TITLE_MAX = 60;

/** What tells a part apart in the outline: a speech's speaker, an attachment's title. */
function partDetail(kind: PartLabel['kind'], state: HeadingParseState, line: number): string | undefined {
  // A topic's label holds its own title.
  if (kind === 'topic') return undefined;
  if (kind === 'title') {
    const speaker = linesAfter(state, line, TITLE_BLOCK_LINES).find((text) => SPEAKER_LINE.test(text));
    return speaker?.replace(/[\s\u3000]+/g, ' ');
  }
  const [title] = linesAfter(state, line, 1);
  // A line that opens with an ordinal is the attachment's first heading: it has no title of its own.
  return title !== undefined && title.length <= ATTACHMENT_TITLE_MAX && !/[。；;]$/.test(title) && !opensWithOrdinal(title, state) ? title : undefined;
}

/** Positions of an ordinal read ahead, apart from the line being parsed (headingRanges). */
const lookAheadRanges = new LineRanges();

/** True when `text` (a line's content) opens with an ordinal the heading parser reads. */
function opensWithOrdinal(text: string, state: HeadingParseState): boolean {
  return mayOpenHeading(text.charCodeAt(0)) && matchOrdinal(text, lookAheadRanges.reset(0), 0, state.profile) !== undefined;
}

/** `目录`, `目　录`, a bulletin's `【本期导读】` `【本期要目】`, alone on a line. */
const TABLE_OF_CONTENTS = /^(?:目[\s\u3000]*录|【?本期(?:导读|要目|目录)】?)[\s\u3000]*$/;
/** A contents line that is not a heading: dot leaders, or a page number at its end (`前言……1`, `附件1　12`). */
const CONTENTS_ENTRY = /[.．…·‥]{2,}|[\s\u3000][0-9０-９]{1,3}[\s\u3000]*$/;
/** Dot leaders and a page number ending a contents entry. */
const PAGE_REFERENCE = /[\s\u3000.．…·‥\-—_]*[0-9０-９]{0,3}[\s\u3000]*$/;
/** A table of contents longer than this is not one: stop treating lines as its entries. */
const CONTENTS_MAX_LINES = 200;
/**
 * The label on the first line of an attachment (GB/T 9704-2012 §7.3.7: `附件`, `附件2`, alone on the
 * line; a report's `附表1`): the attachment is a document of its own, numbered from 一、 again.
 */
export const ATTACHMENT_LABEL = /^附[\s\u3000]*[件表][\s\u3000]*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?[\s\u3000]*$/;
/** The label as web pages often set it, with a colon and perhaps the title after it: `附件1：`, `附件1：××方案`. */
const ATTACHMENT_LABEL_COLON = /^(附[\s\u3000]*[件表][\s\u3000]*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}))[\s\u3000]*[：:][\s\u3000]*(.{0,60})$/;

/**
 * True when the `附件1：××` on line `index` is one of several such lines together: an attachment note
 * written with labels (`附件1：××` over `附件2：××`), not the label over an attachment.
 */
function inLabelledNote(state: HeadingParseState, index: number): boolean {
  const near = (step: number): boolean => {
    for (let i = index + step; i >= 0 && i < state.lines.length; i += step) {
      const text = state.lines[i]!.text;
      const from = contentStart(text);
      if (from < text.length) return ATTACHMENT_LABEL_COLON.test(text.slice(from, contentEnd(text)));
    }
    return false;
  };
  return near(-1) || near(1);
}
/**
 * A topic's label at a line start: `议题一：`, `专题二`, `案例1：`, `任务三　……`. The lists under each
 * topic (a 纪要's 议定事项, a 通报's cases) are numbered from 一、 again.
 */
const TOPIC_LABEL = /^(?:议题|专题|案例|任务|板块|事项)(?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})(?:[：:\s\u3000]|$)/;
const TOPIC_OPENERS = new Set([...'议专案任板事'].map((c) => c.charCodeAt(0)));
/**
 * The title of a speech (`在全县经济工作会议上的讲话`, `——在……上的致辞`): in a compilation (汇编)
 * each speech numbers its parts from 一、 again. Sticky: tried at the line's content start, as
 * many lines begin with 在 and slicing each would be wasted.
 */
const SPEECH_TITLE = /(?:——|—)?在[^，。；：,;:]{2,40}上的(?:讲话|致辞|发言|主持词|总结讲话|动员讲话|工作报告|报告)[\s\u3000]*$/y;
const MU = '目'.charCodeAt(0);
const FU = '附'.charCodeAt(0);
const BEN = '本'.charCodeAt(0);
const LENTICULAR = '【'.charCodeAt(0);
const ZAI = '在'.charCodeAt(0);
const DI = '第'.charCodeAt(0);
const DASH = '—'.charCodeAt(0);

/**
 * Begins a new part at `line`, labelled by its content `[start, end)`, or, for a label with a colon
 * (`附件1：`, `附件1：××方案`), by `titled`: the label, and the title beside it.
 */
function beginPart(state: HeadingParseState, kind: PartLabel['kind'], line: SourceLine, start: number, titled?: { readonly text: string; readonly detail: string | undefined }): void {
  state.part++;
  state.partHasHeadings = false;
  state.inAttachmentList = false;
  state.partLabels.push(partLabel(kind, state.part, line, start, state, titled));
}

function partLabel(kind: PartLabel['kind'], part: number, line: SourceLine, start: number, state: HeadingParseState, titled?: { readonly text: string; readonly detail: string | undefined }): PartLabel {
  const end = contentEnd(line.text);
  const detail = titled?.detail ?? partDetail(kind, state, line.index);
  return { kind, part, text: titled ? titled.text : line.text.slice(start, end), line: line.index, range: lineRange(line.index, start, end), ...(detail ? { detail } : {}) };
}

/**
 * What a contents entry and the heading it lists have in common: level and title, without the
 * page. Not the number: the body may have been renumbered since the contents were made.
 */
function contentsKey(heading: Heading): string {
  return `${heading.level} ${heading.title.replace(PAGE_REFERENCE, '')}`;
}

/**
 * `regulation` when at least two lines open with `第X条` and one of them is set
 * off by a space as articles are (`第一条 为了……`); `speech` otherwise, so a
 * speech's `第一条道路` never makes it a regulation.
 */
export function detectProfile(lines: readonly SourceLine[]): NumberingProfile {
  let articles = 0;
  let spaced = false;
  let first: number | undefined;
  for (const line of lines) {
    if (!line.text.includes('第')) continue;
    const m = ARTICLE_LINE.exec(line.text);
    if (!m) continue;
    articles++;
    first ??= parseLargeChineseNumeral(m[1]!);
    // Set off by a space, or alone on its line with its text on the next (`第五条` / `本办法……`).
    const after = line.text.charCodeAt(m[0].length);
    spaced ||= Number.isNaN(after) || isWhiteSpace(after);
    // A regulation begins with its 第一条; a lecture quoting `第五条　……` and `第八条　……` of a
    // 条例 is a speech with excerpts (a long run of articles is a regulation all the same).
    if (articles >= 2 && spaced && (first === 1 || articles >= REGULATION_ARTICLES)) return 'regulation';
  }
  return 'speech';
}

/** Articles enough to make a regulation whatever its first one: an excerpt (节选) of one. */
const REGULATION_ARTICLES = 5;

/** Characters an ordinal, `附件：` or a notes label (`注：`, `说明：`, `备注：`, `填表说明：`) can start with: 一…十, 0-9, ０-９, （ (, ⑴ ㈠ ⒈ ①, 第, 附, 注, 说, 备, 填. */
const HEADING_OPENERS = new Set([...'一二三四五六七八九十0123456789０１２３４５６７８９（(第附注说备填⼀⼆⼋⼗']);

function mayOpenHeading(code: number): boolean {
  return (code >= 0x2460 && code <= 0x249b) || (code >= 0x3220 && code <= 0x3229) || HEADING_OPENERS.has(String.fromCharCode(code));
}

/** Shared positions of the heading being built (see LineRanges). */
const headingRanges = new LineRanges();

/**
 * Parses one line as a heading, or returns undefined when it is body text.
 * `start` is where the line's content begins (contentStart).
 */
export function parseHeadingLine(line: SourceLine, start: number, state: HeadingParseState): Heading | undefined {
  const text = line.text;
  if (state.tableOfContents) return contentsLine(line, start, state, state.tableOfContents);
  const first = start < text.length ? text.charCodeAt(start) : 0;
  // `目录`, and a bulletin's `【本期导读】` listing the items of the issue.
  if ((first === MU || first === BEN || first === LENTICULAR) && TABLE_OF_CONTENTS.test(text.slice(start))) {
    state.tableOfContents = { entries: new Set(), lines: 0, paged: false };
    return undefined;
  }
  if (first === FU && ATTACHMENT_LABEL.test(text.slice(start))) {
    beginPart(state, 'attachment', line, start);
    return undefined;
  }
  const titledLabel = first === FU ? ATTACHMENT_LABEL_COLON.exec(text.slice(start, contentEnd(text))) : null;
  if (titledLabel && !inLabelledNote(state, line.index)) {
    beginPart(state, 'attachment', line, start, { text: titledLabel[1]!, detail: titledLabel[2] || undefined });
    return undefined;
  }
  // `议题二：研究防汛救灾资金安排有关事项`: each topic of a 纪要 numbers what it decides from 一、 again.
  // Topics met after headings (`二、学习重点` over `专题一：……` … `专题六：……`, then `三、`) are the
  // section's items, and the headings go on: the first label decides for all of them.
  if (TOPIC_OPENERS.has(first) && TOPIC_LABEL.test(text.slice(start))) {
    state.topicsAreParts ??= !state.partHasHeadings;
    if (state.topicsAreParts) {
      beginPart(state, 'topic', line, start);
      return undefined;
    }
  }
  // A speech's title after headings: the next speech of a compilation, unless it is one met before
  // without a title block under it (the running header a PDF repeats on every page).
  SPEECH_TITLE.lastIndex = start;
  if ((first === ZAI || first === DASH) && SPEECH_TITLE.test(text)) {
    const title = text.slice(start, contentEnd(text));
    const known = state.speechTitles.has(title);
    state.speechTitles.add(title);
    if (known && !titleBlockFollows(state, line.index)) return undefined;
    if (state.partHasHeadings) {
      beginPart(state, 'title', line, start);
      return undefined;
    }
    if (state.part === 0 && !state.leadingTitle) state.leadingTitle = partLabel('title', 0, line, start, state);
  }
  const end = contentEnd(text);
  // A 简报's items, each closed by its credit (`（滨江县行政审批局供稿）`) and opened by its own title, number from
  // 一、 anew: the title after a credit (a column's tag, `【基层动态】`, between them) opens the next item.
  if (start < end && state.partHasHeadings) {
    const content = text.slice(start, end);
    if (ITEM_CREDIT.test(content)) {
      state.afterItemCredit = true;
      return undefined;
    }
    if (state.afterItemCredit && !COLUMN_TAG.test(content)) {
      state.afterItemCredit = false;
      if (ITEM_TITLE.test(content) && !mayOpenHeading(first)) {
        beginPart(state, 'title', line, start);
        return undefined;
      }
    }
  }
  // `第6期` alone on its line after headings: the next issue of a 简报 compilation (合编), numbered anew.
  if (state.partHasHeadings && ISSUE_LABEL.test(text.slice(start, end))) {
    beginPart(state, 'title', line, start);
    return undefined;
  }
  // `2025年工作安排` after the `一、`–`五、` under `2024年工作回顾`: a work report's second part, numbered anew.
  if (state.partHasHeadings && REPORT_PART_TITLE.test(text.slice(start, end))) {
    beginPart(state, 'title', line, start);
    return undefined;
  }
  // `第二次全体会议主持词` after the first session's script: the next script, numbered anew.
  if (SCRIPT_TITLE_ENDS.has(text.charCodeAt(end - 1)) && SCRIPT_TITLE.test(text.slice(start, end)) && !opensWithOrdinal(text.slice(start), state)) {
    if (state.partHasHeadings) {
      beginPart(state, 'title', line, start);
      return undefined;
    }
    if (state.part === 0 && !state.leadingTitle) state.leadingTitle = partLabel('title', 0, line, start, state);
  }
  // `关于王蕾等3名同志的考察报告` over `中共临川市人大常委会党组：`: the next document of a file that
  // holds several (会议材料), with its own title and addressee, numbered anew.
  if ((first === GUAN || text.includes('关于', start)) && isAddressedTitle(text, start, state, line.index)) {
    if (state.partHasHeadings) {
      beginPart(state, 'title', line, start);
      return undefined;
    }
    if (state.part === 0 && !state.leadingTitle) state.leadingTitle = partLabel('title', 0, line, start, state);
  }
  // `坚持以改革破题　以实干开局` over `市委常委、常务副市长　王海涛`: the next speaker's own title and
  // byline (a 中心组 exchange, a 汇编 of speeches with titles of their own), numbered anew.
  if (!mayOpenHeading(first) && isBylinedTitle(text, start, state, line.index)) {
    if (state.partHasHeadings) {
      beginPart(state, 'title', line, start);
      return undefined;
    }
    if (state.part === 0 && !state.leadingTitle) state.leadingTitle = partLabel('title', 0, line, start, state);
  }
  const heading = bodyHeading(line, start, state);
  if (heading) {
    state.partHasHeadings = true;
    state.lastHeadingLine = line.index;
  }
  return heading;
}

/** A line of a table of contents: not a heading, unless the body has begun with it. */
function contentsLine(line: SourceLine, start: number, state: HeadingParseState, contents: TableOfContents): Heading | undefined {
  const text = line.text;
  if (start >= text.length) return undefined;
  if (++contents.lines > CONTENTS_MAX_LINES) {
    state.tableOfContents = undefined;
    return parseHeadingLine(line, start, state);
  }
  const heading = bodyHeading(line, start, state);
  // Contents list chapters, not articles: an article is the body begun (its first chapter line missing).
  if (heading?.level === 'article') {
    state.tableOfContents = undefined;
    state.partHasHeadings = true;
    return heading;
  }
  const paged = CONTENTS_ENTRY.test(text);
  if (heading) {
    const key = contentsKey(heading);
    // `1 总则` after `1 总则……1` `1.1 编制目的……1`: an entry again, or, where entries carry their
    // pages, a heading without one (the entry was no heading, its title cut by the leaders).
    if (contents.entries.has(key) || (contents.paged && !paged)) {
      state.tableOfContents = undefined;
      state.partHasHeadings = true;
      return heading;
    }
    contents.entries.add(key);
    contents.paged ||= paged;
    return undefined;
  }
  // Entries without an ordinal (`前言……1`) carry their page; other text means the body has begun,
  // perhaps with an attachment's label.
  if (paged) {
    contents.paged = true;
    return undefined;
  }
  state.tableOfContents = undefined;
  return parseHeadingLine(line, start, state);
}

/** The heading at the line's start in the body of the document (or of an attachment). */
function bodyHeading(line: SourceLine, start: number, state: HeadingParseState): Heading | undefined {
  const text = line.text;
  // A blank line between notes (`注：1.……`, blank, `2.……`) or attachments does not end them.
  if (start >= text.length) {
    state.notesAfterBlank = true;
    return undefined;
  }
  if (!mayOpenHeading(text.charCodeAt(start))) {
    // Most lines are body text: no ordinal and no 附件 at their start. A long attachment name goes on
    // under its first character (GB/T 9704-2012 §7.3.4).
    state.inAttachmentList &&= continuesAttachmentName(line, start, state);
    // `注释：` over `[1]……` `[2]……`, as statistical bulletins number their notes.
    if (state.inNotes && bracketNote(line, start, state)) return undefined;
    // A numbered note's text wrapped onto the next line, its sentence unfinished: the notes go on.
    if (state.inNotes && state.lastNote > 0 && state.noteLine === line.index - 1 && !SENTENCE_ENDED.test(state.lines[line.index - 1]!.text)) {
      state.noteLine = line.index;
      return undefined;
    }
    // `————————————`: the rule a PDF puts over a page's footnotes (`①……` `②……`), which follow it.
    state.inNotes = FOOTNOTE_RULE.test(text.slice(start));
    if (state.inNotes) state.notes.push({ line: line.index, footnotes: true, items: [] });
    state.inCircledItems = false;
    state.lastNote = 0;
    state.notesAfterBlank = false;
    return undefined;
  }
  const rest = text.slice(start);
  // `1.\t江州钢铁改造\t12.5`: a table's row pasted as text, its 序号 column first.
  if (isTableRow(rest)) return undefined;
  const attachments = ATTACHMENT_LIST.exec(rest);
  if (attachments) {
    state.inAttachmentList = true;
    openAttachmentNote(line, start + attachments[0].length, state);
    return undefined;
  }
  // `注：1.同比增速……` with `2.……` under it, `注释：` with `①……` `②……`, a form's `填表说明：1.……`: notes, not headings.
  if (NOTES_LABEL.test(rest)) {
    state.inNotes = true;
    state.lastNote = /[0-9０-９①（(]/.test(rest) ? 1 : 0;
    state.notesAfterBlank = false;
    openNotes(line, start + NOTES_LABEL_HEAD.exec(rest)![0].length, state);
    return undefined;
  }
  const ranges = headingRanges.reset(line.index);
  const matched = (state.decimal ? decimalOrdinal(rest, ranges, start, line.index, state.decimal) : undefined) ?? matchOrdinal(rest, ranges, start, state.profile);
  if (state.inAttachmentList) {
    // `附件：1.××` continues with `2.××` lines (the name above may end in a stray ，), and the
    // wrapped lines of a long name; anything else ends the list.
    // (After a single name without a number, `附：名词解释`, numbered lines are what it encloses.)
    const first = state.attachmentNotes[state.attachmentNotes.length - 1]!.items[0];
    if (matched && matched.level === 3 && first?.ordinal !== undefined === (first !== undefined)) {
      addAttachment(line, ranges, matched.ordinal, state);
      return undefined;
    }
    if (!matched && continuesAttachmentName(line, start, state)) return undefined;
    state.inAttachmentList = false;
  }
  // `三、本年度办理结果` or `\t（三）不予公开` between rows of a tab-separated table: a row's label, not a heading.
  if (matched && insideTable(state.lines, line.index)) return undefined;
  // `207、省道S312沿线……` under `……沿线，`: a line of a paragraph wrapped by a PDF, not a heading.
  if (matched && continuesPreviousLine(state, line.index)) return undefined;
  // `（1）想象力；（2）创造力。` on a line of its own, or `（3）执行力；` going on from `……（2）创造力；`:
  // in-text ordinals a line break (a PDF's, a writer's) put at a line start, not headings.
  if (matched?.ordinal.bracketed && inTextOrdinalLine(state, line.index, rest, matched.ordinal)) {
    state.inTextOrdinalLine = line.index;
    return undefined;
  }
  // `……依次是：` over `①降低融资成本；` `②……；`: list items opening their lines, in-text ordinals (series.ts).
  const circledItem = matched !== undefined && matched.level === 5 && listsCircledItems(state, line.index);
  state.inCircledItems = circledItem;
  if (circledItem) return undefined;
  if (state.inNotes) {
    // Notes are numbered 1. （1） ①; a 一、 or （一） is the text going on. After a blank line only
    // the next note of its form goes on with them (`注：1.……`, blank, `2.……`), or the first item
    // under a note leading it in (`2.……其中：`, blank, `（1）……`); another number is the text's.
    if (matched && typeof matched.level === 'number' && matched.level >= 3 && (!state.notesAfterBlank || nextNoteAfterBlank(state, matched)) && !goesOnAfterNotes(state, matched)) {
      addNote(line.index, matched, state);
      state.lastNote = matched.ordinal.value;
      state.notesAfterBlank = false;
      return undefined;
    }
    state.inNotes = false;
  }
  if (!matched) return undefined;
  return buildHeading(line, ranges, matched.level, matched.ordinal, state.part);
}

/**
 * Opens the attachment note of `附件：` on `line`; `from` is where the colon ends. The first name
 * follows the colon (`附件：1.××××`), or the names stand on the lines under it.
 */
function openAttachmentNote(line: SourceLine, from: number, state: HeadingParseState): void {
  state.attachmentNotes.push({ line: line.index, items: [] });
  const text = line.text;
  while (from < text.length && isWhiteSpace(text.charCodeAt(from))) from++;
  if (from >= contentEnd(text)) return;
  const ranges = headingRanges.reset(line.index);
  const matched = mayOpenHeading(text.charCodeAt(from)) ? matchOrdinal(text.slice(from), ranges, from, state.profile) : undefined;
  if (matched?.level === 3) {
    addAttachment(line, ranges, matched.ordinal, state);
    return;
  }
  // A single attachment is named without a number.
  const end = contentEnd(text);
  const trailingMark = finalMark(line, end);
  const nameEnd = trailingMark ? end - 1 : end;
  state.attachmentNotes[state.attachmentNotes.length - 1]!.items.push({ line: line.index, lastLine: line.index, name: text.slice(from, nameEnd), nameRange: ranges.range(from, nameEnd), trailingMark });
}

/** The mark ending an attachment's name at `end` of `line` (`；` `。`), which §7.3.4 does not allow. */
function finalMark(line: SourceLine, end: number): MarkedText | undefined {
  const mark = line.text[end - 1];
  return mark !== undefined && TRAILING_MARKS.has(mark) ? { text: mark, range: lineRange(line.index, end - 1, end) } : undefined;
}

/** Adds the attachment numbered `ordinal` on `line` to the note being read. */
function addAttachment(line: SourceLine, ranges: LineRanges, ordinal: HeadingOrdinal, state: HeadingParseState): void {
  // Read as a heading standing alone on its line would be: its title is the name, its final mark the one §7.3.4 forbids.
  const { title, titleRange, trailingMark } = buildHeading(line, ranges, 3, ordinal, state.part);
  state.attachmentNotes[state.attachmentNotes.length - 1]!.items.push({ ordinal, line: line.index, lastLine: line.index, name: title, nameRange: titleRange, trailingMark });
}

/** How far right of its name's first character (in columns: 2 for a Chinese character) a wrapped line of the name may start. */
const WRAP_SLACK = 8;
/** Longest wrapped line of a name: a longer one is text. */
const WRAP_LENGTH = 40;
/**
 * Lines that stand under a note on their own: a contact, a closing formula, a line of the 版记, a
 * date; or text with the marks of a sentence.
 */
const NOT_A_NAME = /[：:，,；;]|^(?:特此|以上|妥否|当否|联系|抄送|印发|主题词)|^(?:[0-9０-９]{4}|二[〇○零][一二三四五六七八九〇○零]{2})年[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日$/;

/** The display width of `text[0..end)`: 2 columns for a Chinese character or U+3000, a tab to the next multiple of 4. */
function columns(text: string, end: number): number {
  let width = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    width = code === 0x09 ? width + 4 - (width % 4) : width + (code >= 0x1100 ? 2 : 1);
  }
  return width;
}

/**
 * True when `line` goes on with the name of the attachment above it, which then ends there
 * (§7.3.4: a long name wraps, aligned under its first character; a PDF's text keeps no indentation).
 * Only right under a name with no final mark yet, set in no further than about where the name
 * begins (a signature stands far right), and not a line of its own (`联系人：……`, a date).
 */
function continuesAttachmentName(line: SourceLine, start: number, state: HeadingParseState): boolean {
  const items = state.attachmentNotes[state.attachmentNotes.length - 1]?.items;
  const item = items?.[items.length - 1];
  if (!item || item.trailingMark || item.lastLine !== line.index - 1) return false;
  const text = line.text;
  const end = contentEnd(text);
  const nameColumn = columns(state.lines[item.line]!.text, item.nameRange.start.character);
  const trailingMark = finalMark(line, end);
  const nameEnd = trailingMark ? end - 1 : end;
  if (columns(text, start) > nameColumn + WRAP_SLACK || end - start > WRAP_LENGTH || NOT_A_NAME.test(text.slice(start, nameEnd))) return false;
  // The issuing organ's name over the date, its indentation lost in a paste: the signature, not a name going on.
  const next = state.lines[line.index + 1]?.text ?? '';
  if (SIGNED_DATE.test(next.slice(contentStart(next), contentEnd(next)))) return false;
  items![items!.length - 1] = {
    ...item,
    name: item.name + text.slice(start, nameEnd),
    nameRange: { start: item.nameRange.start, end: { line: line.index, character: nameEnd } },
    lastLine: line.index,
    trailingMark,
  };
  return true;
}

/** The label of notes, up to where their first number would stand. */
const NOTES_LABEL_HEAD = /^(?:注|注释|(?:填表|填报|填写)?说明|备注|附注)[\s\u3000]*[：:]?[\s\u3000]*/;

/** Opens the notes of a label on `line`; the first may follow it (`注：1.……`), from `from` on. */
function openNotes(line: SourceLine, from: number, state: HeadingParseState): void {
  state.notes.push({ line: line.index, footnotes: false, items: [] });
  state.noteLine = line.index;
  const text = line.text;
  if (from >= text.length || !mayOpenHeading(text.charCodeAt(from))) return;
  const matched = matchOrdinal(text.slice(from), headingRanges.reset(line.index), from, state.profile);
  if (matched) addNote(line.index, matched, state);
  else bracketNote(line, from, state);
}

/** A note numbered in square brackets: `[1]`, `［2］`. */
const BRACKET_NOTE = /^([[［])([0-9]{1,2})([\]］])/;

/** Adds the note `[n]` opening `line` at `at`, if it holds one, and says whether it did. */
function bracketNote(line: SourceLine, at: number, state: HeadingParseState): boolean {
  const m = BRACKET_NOTE.exec(line.text.slice(at));
  if (!m) return false;
  const [core, open, numeral, close] = m as unknown as [string, string, string, string];
  const value = Number(numeral);
  if (value === 0) return false;
  const o = ordinal({ value, numeral, numeralKind: 'arabic', core, canonicalCore: core, nonstandard: false, open, close }, headingRanges.reset(line.index), at);
  addNote(line.index, { level: 4, ordinal: o }, state);
  state.lastNote = value;
  state.notesAfterBlank = false;
  return true;
}

/** True when `matched`, after a blank line, is the next note of its form, or the first item under a note that leads it in. */
function nextNoteAfterBlank(state: HeadingParseState, matched: MatchedOrdinal): boolean {
  const block = state.notes[state.notes.length - 1];
  let last: number | undefined;
  // The last of its form under the same parent note: a 1. or 2. above begins the （1） anew.
  for (const note of block?.items ?? []) {
    if (note.level < (matched.level as number)) last = undefined;
    else if (note.level === matched.level) last = note.ordinal.value;
  }
  if (last !== undefined) return matched.ordinal.value === last + 1;
  if (matched.ordinal.value !== 1) return matched.ordinal.value === state.lastNote + 1;
  const above = state.lines[state.noteLine]?.text.trimEnd() ?? '';
  return /[：:]$/.test(above);
}

/**
 * True when `matched`, right under the notes, is in a form none of them has and does not begin it (`注：1.……；2.……`
 * over `（3）护理人才短缺`): the text's own list going on after its table, not a note's first item.
 */
function goesOnAfterNotes(state: HeadingParseState, matched: MatchedOrdinal): boolean {
  const items = state.notes[state.notes.length - 1]?.items ?? [];
  return items.length > 0 && matched.ordinal.value !== 1 && !items.some((note) => note.level === matched.level);
}

/** A line whose sentence has ended: what follows it is no wrapped part of it. */
const SENTENCE_ENDED = /[。；;！？!?][\s\u3000”’）)]*$/;

function addNote(line: number, matched: MatchedOrdinal, state: HeadingParseState): void {
  state.noteLine = line;
  const { level, ordinal } = matched;
  if (level !== 3 && level !== 4) return;
  state.notes[state.notes.length - 1]?.items.push({ ordinal, level, line });
}

/** Lines shorter than this say nothing of a wrap width. */
const WRAP_MIN_WIDTH = 16;
/** Characters on a page's line, at the most: a longer line is a paragraph. */
const WRAP_MAX_WIDTH = 60;
/** Lines of one width, at least: text broken at a fixed width, not written in paragraphs. */
const WRAPPED_LINES = 8;

/**
 * The width at which text taken from a scan or a PDF was broken into lines: the length most of its
 * long lines share exactly (a quarter of them at least), which hardly any line exceeds, and at which
 * most of them stop in mid-sentence. Undefined for text written in paragraphs (and for a table's
 * rows of one width among them).
 */
function hardWrapWidth(lines: readonly SourceLine[]): number | undefined {
  // Widths in columns: a line holding half-width digits (`286.4亿元`) holds more characters in the same
  // width. A paragraph on one line is longer than any page is wide: its width is not worth reading.
  const widths = lines.map((line) => {
    const end = contentEnd(line.text);
    if (end > WRAP_MAX_WIDTH) return Infinity;
    return line.text.includes('\t') ? 0 : columns(line.text, end);
  });
  const counts = new Map<number, number>();
  let long = 0;
  for (const width of widths) {
    // (A table's rows, their cells set off by tabs, are no wrapped text.)
    if (width < 2 * WRAP_MIN_WIDTH) continue;
    long++;
    if (width !== Infinity) counts.set(width, (counts.get(width) ?? 0) + 1);
  }
  // The width, and up to a character short of it (an odd number of half-width characters, a mark
  // carried up so that no line opens with it).
  let width = 0;
  let most = 0;
  for (const w of counts.keys()) {
    const count = (counts.get(w) ?? 0) + (counts.get(w - 1) ?? 0) + (counts.get(w - 2) ?? 0);
    if (count > most) {
      most = count;
      width = w;
    }
  }
  if (most < WRAPPED_LINES || most * 4 < long) return undefined;
  let longer = 0;
  let midSentence = 0;
  widths.forEach((w, i) => {
    if (w > width + 2) longer++;
    else if (w >= width - 2 && !SENTENCE_ENDED.test(lines[i]!.text.trimEnd())) midSentence++;
  });
  return longer * 10 < long && midSentence * 2 >= most ? width : undefined;
}

/** The rule over a page's footnotes in text copied from a PDF. */
const FOOTNOTE_RULE = /^[—\-_－─━]{6,}[\s\u3000]*$/;
/**
 * True when line `index` goes on with the line right above it, which stops at a comma (`……，`):
 * an ordinal there was carried to the line start by a PDF's wrapping (`207、省道……`), no heading
 * follows a comma. (Long lines without a mark are no sign: titles, a page's running header.)
 */
function continuesPreviousLine(state: HeadingParseState, index: number): boolean {
  const previous = state.lines[index - 1]?.text.trimEnd();
  if (!previous) return false;
  const last = previous.charCodeAt(previous.length - 1);
  if (last === 0xff0c /* ， */ || last === 0x3001 /* 、 */ || last === 0x2c /* , */) return true;
  // A full line ending with a colon (`……重点抓好以下四个方面工作：`) leads in to the headings under it.
  const wrapped = wrappedLineBefore(state, index);
  return wrapped !== -1 && wrapped !== 0xff1a /* ： */ && wrapped !== 0x3a /* : */;
}

/**
 * In text broken at a fixed width (a scan's OCR), the last character of the line before `index` when
 * that line fills the width and stops in mid-sentence, so that this one goes on with it (`……第三十二条第`
 * over `（二）项规定，……`); -1 otherwise. A heading filling the width goes on with nothing.
 */
export function wrappedLineBefore(state: HeadingParseState, index: number): number {
  if (state.wrapWidth === undefined || index === 0 || state.lastHeadingLine === index - 1) return -1;
  const previous = state.lines[index - 1]!.text.trimEnd();
  if (previous.length === 0 || columns(previous, previous.length) < state.wrapWidth - 2 || SENTENCE_ENDED.test(previous)) return -1;
  return previous.charCodeAt(previous.length - 1);
}

/** Columns short of the width a line may stop at and still hold a word the break split (禁则 moves a character or two down). */
const SPLIT_SLACK = 8;

/**
 * In text broken at a fixed width, the line above `index` when a word may go on from it to this
 * one (`……不足：一` over `是服务保障……`): a line near the width, not a heading. Looser than
 * wrappedLineBefore, since the word itself (series.ts, splitMember) is the stronger sign.
 */
export function lineAboveSplit(state: HeadingParseState, index: number): string | undefined {
  if (state.wrapWidth === undefined || index === 0 || state.lastHeadingLine === index - 1) return undefined;
  const above = state.lines[index - 1]!.text;
  return columns(above, contentEnd(above)) >= state.wrapWidth - SPLIT_SLACK ? above : undefined;
}

/** The bracketed ordinal `value` in the form of `o`, with full-width and half-width brackets: `（3）` `(3)`. */
function bracketedForms(o: HeadingOrdinal, value: number): string[] {
  const numeral = o.numeralKind === 'arabic' ? String(value) : formatChineseNumeral(value);
  return [`（${numeral}）`, `(${numeral})`];
}

/** Lines looked back over for the in-text ordinal before one at a line start. */
const IN_TEXT_LOOK_BACK = 3;

/** Marks after which an in-text ordinal goes on within one sentence. */
const IN_SENTENCE_MARKS = ['；', '，', ';', ','];
/** Another bracketed ordinal after one of those marks: `；（2）`, `，（三）`. */
const NEXT_IN_SENTENCE = { arabic: /[；，;,][（(][0-9]{1,2}[）)]/, chinese: /[；，;,][（(][一二三四五六七八九十]{1,3}[）)]/ };

/**
 * True when the bracketed ordinal opening `rest` (line `index`) is one of a sentence's in-text
 * ordinals: another follows it in the same sentence after a ； or ，, or the line above,
 * ending with ； or ，, holds the one before it inside its text.
 */
function inTextOrdinalLine(state: HeadingParseState, index: number, rest: string, o: HeadingOrdinal): boolean {
  const sentenceEnd = rest.indexOf('。');
  const sentence = sentenceEnd === -1 ? rest : rest.slice(0, sentenceEnd);
  if (NEXT_IN_SENTENCE[o.numeralKind === 'arabic' ? 'arabic' : 'chinese'].test(sentence)) return true;
  if (o.value < 2) return false;
  const previous = state.lines[index - 1]?.text.trimEnd();
  if (!previous || !IN_SENTENCE_MARKS.includes(previous[previous.length - 1]!)) return false;
  // The item before may have wrapped onto lines of its own (`……来源于：（一）资源发包……` / `……的阶段；`).
  for (let k = 1; k <= IN_TEXT_LOOK_BACK && index - k >= 0; k++) {
    const above = state.lines[index - k]!.text.trimEnd();
    if (above.length === 0 || (k > 1 && SENTENCE_ENDED.test(above))) return false;
    const from = contentStart(above);
    if (bracketedForms(o, o.value - 1).some((before) => above.indexOf(before, from + 1) > from)) return true;
  }
  return false;
}

/** True when the line above leads in a list (`：`), ends an item (`；`), or is itself a ① item of one. */
function listsCircledItems(state: HeadingParseState, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const text = state.lines[i]!.text.trimEnd();
    if (contentStart(text) >= text.length) continue;
    return /[：:；;]$/.test(text) || state.inCircledItems;
  }
  return false;
}

/** A line whose cells a tab separates (two tabs or more): a row of a table, not a heading. */
function isTableRow(rest: string): boolean {
  const tab = rest.indexOf('\t');
  return tab !== -1 && rest.indexOf('\t', tab + 1) !== -1;
}

/**
 * True when the lines right before and after line `index` are both rows of a tab-separated table.
 * A heading set off by blank lines between two tables (a 台账: `二、`, its table, `三、`, its table) is none.
 */
function insideTable(lines: readonly SourceLine[], index: number): boolean {
  const row = (i: number): boolean => {
    const text = lines[i]?.text;
    return text !== undefined && isTableRow(text.slice(contentStart(text)));
  };
  // `三、陪同人员名单` over `序号⇥姓名⇥单位⇥职务`, `四、行政复议情况` over `行政复议⇥⇥行政诉讼`: a new table's
  // header row (no figure in it); the line is the heading between two tables.
  return row(index - 1) && row(index + 1) && !isHeaderRow(lines[index + 1]!.text.slice(contentStart(lines[index + 1]!.text)));
}

/** The first cell of a table's header row. */
const TABLE_HEADER = /^(?:序号|编号|顺序号)\t/;

/** A table's header row: `序号⇥…`, or cells that hold no figure (`结果维持⇥结果纠正⇥其他结果`). */
function isHeaderRow(row: string): boolean {
  return TABLE_HEADER.test(row) || !/[0-9０-９]/.test(row);
}

interface MatchedOrdinal {
  readonly level: HeadingLevel;
  readonly ordinal: HeadingOrdinal;
}

const FULL_WIDTH_DIGIT = /[０-９]/g;

function toAsciiDigits(text: string): string {
  return text.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

function marked(text: string, ranges: LineRanges, at: number): MarkedText {
  return { text, range: ranges.range(at, at + text.length) };
}

interface OrdinalParts {
  readonly value: number;
  readonly numeral: string;
  readonly numeralKind: NumeralKind;
  readonly core: string;
  readonly canonicalCore: string;
  readonly nonstandard: boolean;
  readonly open?: string;
  readonly close?: string;
  readonly mark?: string;
}

function ordinal(parts: OrdinalParts, ranges: LineRanges, at: number): HeadingOrdinal {
  const { open, close, mark, core } = parts;
  const markAt = at + core.length;
  // One literal with every field, absent ones undefined: spreads are slow, and
  // ordinals of one shape are read fast.
  return {
    value: parts.value,
    core,
    coreRange: ranges.range(at, markAt),
    canonicalCore: parts.canonicalCore,
    nonstandard: parts.nonstandard,
    numeral: parts.numeral,
    numeralKind: parts.numeralKind,
    bracketed: open !== undefined,
    open: open ? marked(open, ranges, at) : undefined,
    close: close ? marked(close, ranges, markAt - close.length) : undefined,
    mark: mark ? marked(mark, ranges, markAt) : undefined,
    range: ranges.range(at, markAt + (mark?.length ?? 0)),
  };
}

function matchOrdinal(rest: string, ranges: LineRanges, at: number, profile: NumberingProfile): MatchedOrdinal | undefined {
  const first = rest.charCodeAt(0);
  if (first === DI) {
    // Articles make a regulation; chapters and sections (and a report's parts) stand above `一、` in any document.
    const m = profile === 'regulation' ? REGULATION_UNIT.exec(rest) : DOCUMENT_DIVISION.exec(rest);
    if (m) {
      const [core, numeral, unit] = m as unknown as [string, string, string];
      const arabic = /[0-9]/.test(numeral);
      const value = arabic ? Number(numeral) : parseLargeChineseNumeral(numeral);
      if (value !== undefined && value > 0) {
        const level: HeadingLevel = unit === '章' || unit === '部分' ? 'chapter' : unit === '节' ? 'section' : 'article';
        return {
          level,
          ordinal: ordinal(
            { value, numeral, numeralKind: arabic ? 'arabic' : 'chinese', core, canonicalCore: `第${formatLargeChineseNumeral(value)}${unit}`, nonstandard: core !== `第${formatLargeChineseNumeral(value)}${unit}` },
            ranges,
            at,
          ),
        };
      }
    }
  }
  // Each expression opens with its own characters: try only the one the line starts with.
  let m = first === 0xff08 /* （ */ || first === 0x28 /* ( */ ? BRACKETED_ORDINAL.exec(rest) : null;
  if (m) {
    const [, open, numeral, close, mark] = m as unknown as [string, string, string, string, string];
    const arabic = /[0-9０-９]/.test(numeral);
    const value = arabic ? Number(toAsciiDigits(numeral)) : parseChineseNumeral(numeral);
    if (value === undefined || value === 0) return undefined;
    const canonicalCore = arabic ? `（${value}）` : `（${formatChineseNumeral(value)}）`;
    return {
      level: arabic ? 4 : 2,
      ordinal: ordinal(
        {
          value,
          numeral,
          numeralKind: arabic ? 'arabic' : 'chinese',
          core: open + numeral + close,
          canonicalCore,
          // Half-width brackets are ordinal-bracket's concern; this is about the numeral.
          nonstandard: arabic ? numeral !== String(value) : numeral !== formatChineseNumeral(value),
          open,
          close,
          mark: mark || undefined,
        },
        ranges,
        at,
      ),
    };
  }
  m = (first >= 0x2460 && first <= 0x249b) || (first >= 0x3220 && first <= 0x3229) ? SINGLE_CHAR_ORDINAL.exec(rest) : null;
  if (m) {
    const [, char, mark] = m as unknown as [string, string, string];
    const code = char.charCodeAt(0);
    let level: HeadingLevel;
    let value: number;
    let canonicalCore: string;
    if (code >= 0x2474 && code <= 0x2487) {
      level = 4;
      value = code - 0x2474 + 1;
      canonicalCore = `（${value}）`;
    } else if (code >= 0x3220 && code <= 0x3229) {
      level = 2;
      value = code - 0x3220 + 1;
      canonicalCore = `（${formatChineseNumeral(value)}）`;
    } else if (code >= 0x2488 && code <= 0x249b) {
      level = 3;
      value = code - 0x2488 + 1;
      canonicalCore = `${value}.`;
    } else {
      level = 5;
      value = code - 0x2460 + 1;
      canonicalCore = char;
    }
    return {
      level,
      ordinal: ordinal(
        {
          value,
          numeral: char,
          numeralKind: level === 5 ? 'circled' : level === 2 ? 'chinese' : 'arabic',
          core: char,
          canonicalCore,
          // ① is a standard character; as a heading it is a matter of level (rules ordinal-form, level-depth).
          nonstandard: level !== 5,
          mark: mark || undefined,
        },
        ranges,
        at,
      ),
    };
  }
  m = CHINESE_NUMERAL_CHARS.includes(rest[0]!) || KANGXI_NUMERALS[rest[0]!] !== undefined ? CHINESE_ORDINAL.exec(rest) : null;
  if (m) {
    const [, numeral, mark] = m as unknown as [string, string, string];
    const value = parseChineseNumeral(numeral.replace(/[⼀⼆⼋⼗]/g, (k) => KANGXI_NUMERALS[k]!));
    if (value === undefined) return undefined;
    // `一、二月份` is "January and February", not a heading; `一、一季度经济运行情况` is (a range goes on up).
    if (mark === '、' && CHINESE_RANGE.test(rest.slice(m[0].length)) && goesOnFrom(value, rest, m[0].length)) return undefined;
    // `一，` `一.` at a line start are only ordinals when text follows them.
    if (mark !== '、' && rest.length === m[0].length) return undefined;
    return {
      level: 1,
      ordinal: ordinal(
        { value, numeral, numeralKind: 'chinese', core: numeral, canonicalCore: formatChineseNumeral(value), nonstandard: numeral !== formatChineseNumeral(value), mark },
        ranges,
        at,
      ),
    };
  }
  m = (first >= 0x30 && first <= 0x39) || (first >= 0xff10 && first <= 0xff19) ? ARABIC_ORDINAL.exec(rest) : null;
  if (m) {
    const [, numeral, mark] = m as unknown as [string, string, string];
    const value = Number(toAsciiDigits(numeral));
    if (value === 0) return undefined;
    if (mark === '、' && ARABIC_RANGE.test(rest.slice(m[0].length)) && goesOnFrom(value, rest, m[0].length)) return undefined;
    if (mark !== '.' && mark !== '．' && rest.length === m[0].length) return undefined;
    return {
      level: 3,
      ordinal: ordinal(
        { value, numeral, numeralKind: 'arabic', core: numeral, canonicalCore: String(value), nonstandard: numeral !== String(value), mark },
        ranges,
        at,
      ),
    };
  }
  return undefined;
}

/** A decimal clause number (`4.2.2`), one level per number; `1 总则` only as a short title alone on its line. */
function decimalOrdinal(rest: string, ranges: LineRanges, at: number, index: number, clauses: DecimalClauses): MatchedOrdinal | undefined {
  const first = rest.charCodeAt(0);
  if (first < 0x30 || first > 0x39) return clauses.dottedTops.has(index) && first >= 0xff10 && first <= 0xff19 ? dottedTopClause(rest, ranges, at) : undefined;
  const m = DECIMAL_ORDINAL.exec(rest) ?? (clauses.termEntries.has(index) ? /^[0-9.]+/.exec(rest) : null);
  if (!m) return clauses.dottedTops.has(index) ? dottedTopClause(rest, ranges, at) : undefined;
  const core = m[1] ?? m[0];
  const numbers = core.split('.');
  if (numbers.length === 1) {
    const title = rest.slice(core.length).trim();
    if (title.length > DECIMAL_TOP_TITLE || /[，。；：,;:！？]/.test(title)) return undefined;
  }
  const value = Number(numbers[numbers.length - 1]);
  if (value === 0) return undefined;
  return {
    level: DECIMAL_LEVELS[numbers.length - 1]!,
    ordinal: ordinal({ value, numeral: core, numeralKind: 'arabic', core, canonicalCore: core, nonstandard: false }, ranges, at),
  };
}

/** The number and dot of a top clause written `1. 招标条件`. */
const DOTTED_TOP_CLAUSE = /^([0-9０-９]{1,2})([.．、])/;


/** A top clause written `N.` on a line usesDecimalNumbering found to hold one (DecimalClauses.dottedTops). */
function dottedTopClause(rest: string, ranges: LineRanges, at: number): MatchedOrdinal | undefined {
  const m = DOTTED_TOP_CLAUSE.exec(rest)!;
  const core = m[1]!;
  const canonicalCore = toAsciiDigits(core);
  return {
    level: DECIMAL_LEVELS[0]!,
    ordinal: ordinal({ value: Number(canonicalCore), numeral: core, numeralKind: 'arabic', core, canonicalCore, nonstandard: canonicalCore !== core, mark: m[2] }, ranges, at),
  };
}

/**
 * The first run-in title terminator (TITLE_END_CODES) in `text[from..to)`, or -1. A tab ends a title too: a
 * form's row, `四、单位党组意见⇥同意上报。`, gives its label, then its cell.
 */
function titleStop(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) === TAB && i > from) return i;
    if (!TITLE_END_CODES.has(text.charCodeAt(i))) continue;
    // (Not the colon of a time of day: `每天6:00至22:00免费开放`.)
    if (text[i] === ':' && isAsciiDigit(text.charCodeAt(i - 1)) && isAsciiDigit(text.charCodeAt(i + 1))) continue;
    return i;
  }
  return -1;
}

const TAB = 9;
const LEADING_NUMBER = /[一二三四五六七八九十]{1,3}|[0-9]{1,3}/y;

/** True when the number at `at` is greater than `value`: `一、二季度`, `3、4号线` read on as a range. */
function goesOnFrom(value: number, text: string, at: number): boolean {
  LEADING_NUMBER.lastIndex = at;
  const m = LEADING_NUMBER.exec(text);
  if (!m) return true;
  const next = /[0-9]/.test(m[0]) ? Number(m[0]) : parseChineseNumeral(m[0]);
  return next === undefined || next > value;
}

function buildHeading(line: SourceLine, ranges: LineRanges, level: HeadingLevel, ordinal: HeadingOrdinal, part: number): Heading {
  const text = line.text;
  const ordinalEnd = ordinal.range.end.character;
  let titleStart = ordinalEnd;
  while (titleStart < text.length && isWhiteSpace(text.charCodeAt(titleStart))) titleStart++;
  const lineEnd = contentEnd(text);
  const stop = titleStop(text, titleStart, lineEnd);
  let titleEnd = stop !== -1 ? stop : lineEnd;
  while (titleEnd > titleStart && isWhiteSpace(text.charCodeAt(titleEnd - 1))) titleEnd--;
  // Body text after the terminator makes this a run-in heading.
  const bodyStart = stop !== -1 ? stop + 1 : lineEnd;
  const runIn = bodyStart < lineEnd;
  let trailingMark: MarkedText | undefined;
  if (!runIn && level !== 'article') {
    if (stop !== -1 && TRAILING_MARKS.has(text[stop]!)) {
      trailingMark = marked(text[stop]!, ranges, stop);
    } else if (titleEnd > titleStart && TRAILING_MARKS.has(text[titleEnd - 1]!)) {
      trailingMark = marked(text[titleEnd - 1]!, ranges, titleEnd - 1);
      titleEnd--;
    }
  }
  // An article has no title: the outline names it by its opening clause.
  if (level === 'article') {
    const afterTitle = text.slice(titleStart, lineEnd);
    // (Not the comma of a number: `医疗费20,000元`.)
    const clause = /[，。；：;:]|,(?![0-9]{3})/.exec(afterTitle);
    titleEnd = Math.min(titleStart + (clause ? clause.index : afterTitle.length), titleStart + 24);
  }
  return {
    level,
    ordinal,
    line: line.index,
    title: text.slice(titleStart, titleEnd),
    titleRange: ranges.range(titleStart, titleEnd),
    headRange: ranges.range(ordinal.range.start.character, Math.max(titleEnd, ordinalEnd)),
    runIn: level === 'article' ? titleStart < lineEnd : runIn,
    bodyStart: level === 'article' ? titleStart : runIn ? bodyStart : text.length,
    gap: titleStart > ordinalEnd ? marked(text.slice(ordinalEnd, titleStart), ranges, ordinalEnd) : undefined,
    trailingMark,
    part,
    parent: undefined,
    children: [],
    sectionEndLine: line.index,
  };
}

/**
 * Nests headings: each heading's parent is the nearest earlier heading of a
 * higher level. A skipped level (一、 → 1.) still nests. Also sets each
 * section's last line. An attachment (`labels`) starts its own tree: the sections
 * open before it end on the line before its label.
 */
/** The next heading of `heading`'s level in its part after `index`, before any of a higher level. */
function nextOfLevel(headings: readonly Heading[], index: number, heading: Pick<Heading, 'level' | 'part'>): Heading | undefined {
  const rank = headingRank(heading.level);
  for (let i = index + 1; i < headings.length && headings[i]!.part === heading.part; i++) {
    const h = headings[i]!;
    if (h.level === heading.level) return h;
    if (headingRank(h.level) < rank) return undefined;
  }
  return undefined;
}

/**
 * The level of the section `headings[index]` goes on from when it is typed in a lower form than that
 * section's: the nearest open heading of a higher level whose next number it bears, the next heading
 * either that level's next number or a list starting under it (between the two levels).
 */
function lowerRunLevel(headings: readonly Heading[], index: number, stack: readonly Heading[]): HeadingLevel | undefined {
  const heading = headings[index]!;
  const next = headings[index + 1];
  if (!next || next.part !== heading.part || typeof next.level !== 'number' || typeof heading.level !== 'number') return undefined;
  const rank = headingRank(heading.level);
  for (let k = stack.length - 1; k >= 0; k--) {
    const open = stack[k]!;
    const level = open.runLevel ?? open.level;
    if (typeof level !== 'number' || headingRank(level) >= rank || open.ordinal.value + 1 !== heading.ordinal.value) continue;
    const nextRank = headingRank(next.level);
    const goesOn = next.level === level && next.ordinal.value === heading.ordinal.value + 1;
    const startsUnder = nextRank > headingRank(level) && nextRank < rank && next.ordinal.value === 1;
    if (goesOn || startsUnder) return level;
  }
  return undefined;
}

/** The rank a heading nests by: its run's, for an item typed in another level's form; an article's over its clauses when articles hold them. */
function nestingRank(heading: Heading, articlesOverClauses: boolean): number {
  if (articlesOverClauses && heading.level === 'article') return ARTICLE_OVER_CLAUSES_RANK;
  return headingRank(heading.runLevel ?? heading.level);
}

/** Between sections and decimal clauses: a contract's `第二条　项目用地` over its `2.1` `2.2`. */
const ARTICLE_OVER_CLAUSES_RANK = headingRank('decimal-1') - 1;
/** Articles holding clauses that carry their number a document needs for its articles to rank over clauses. */
const ARTICLES_HOLDING_CLAUSES = 2;

/**
 * True when the document's articles hold decimal clauses numbered after them (`第二条　项目用地及配套`
 * over `2.1` `2.2`, as contracts write them): then every article, with clauses or without, stands over them.
 */
function articlesHoldClauses(headings: readonly Heading[]): boolean {
  let holding = 0;
  for (let i = 0; i + 1 < headings.length; i++) {
    const article = headings[i]!;
    const next = headings[i + 1]!;
    if (article.level === 'article' && next.level === 'decimal-2' && next.ordinal.core.startsWith(`${article.ordinal.value}.`)) holding++;
  }
  return holding >= ARTICLES_HOLDING_CLAUSES;
}

/** True when a heading's number does not go on from the open heading of its own level: a repeat or a gap (or a first `一、`). */
function strayNumber(heading: Heading, own: Heading | undefined): boolean {
  return own ? heading.ordinal.value !== own.ordinal.value + 1 : heading.ordinal.value === 1;
}

/**
 * An item put in a run in a higher form, with a number that cannot stand there (`1.` `2.` `二、` `3.` after a
 * `二、`; an `一、` that opens no part): written run-in like the run's items, the run going on right after it
 * with the number it would have had without it. The run's level, or undefined.
 */
function strayRunItem(headings: readonly Heading[], index: number, stack: readonly Heading[], own: Heading | undefined, articlesOverClauses: boolean): HeadingLevel | undefined {
  const heading = headings[index]!;
  const after = headings[index + 1];
  if (!heading.runIn || !after?.runIn || after.part !== heading.part || !strayNumber(heading, own)) return undefined;
  const rank = headingRank(heading.level);
  for (let k = stack.length - 1; k >= 0 && nestingRank(stack[k]!, articlesOverClauses) > rank; k--) {
    const open = stack[k]!;
    const level = open.runLevel ?? open.level;
    if (after.level === level && after.ordinal.value === open.ordinal.value + 1) return level;
  }
  return undefined;
}

/**
 * The run level found for the heading at `index`, if it is written as the run's items are: a title on a line of its
 * own among run-in items (`1.关于……问题。整改措施：……` `（三）关于……方面` `3.关于……`) is a section of its own, put out of
 * order (`（一）` `（三）` `（二）` swapped), not one of the items typed in another form.
 */
function writtenAsRunItem(headings: readonly Heading[], index: number, runLevel: HeadingLevel | undefined): HeadingLevel | undefined {
  if (runLevel === undefined) return undefined;
  const heading = headings[index]!;
  for (let k = index - 1; k >= 0; k--) {
    const item = headings[k]!;
    if (item.level !== runLevel) continue;
    return item.runIn && !heading.runIn ? undefined : runLevel;
  }
  return runLevel;
}

/**
 * The level of the run `heading` is an item of, when it is typed in another level's form and bears the
 * run's number: `二、` between `1.` and `3.` (its own sub-items between them allowed), `一、` opening a
 * run that goes on `2.` under the section before it, or `2.` for the `（二）` after `（一）` (see
 * lowerRunLevel). Only when its number cannot be its own level's next (a `二、` after `二、`, or one that
 * the next heading of its level repeats), so that it is no new section.
 */
function runLevelOf(headings: readonly Heading[], index: number, stack: readonly Heading[], articlesOverClauses: boolean): HeadingLevel | undefined {
  const heading = headings[index]!;
  // (Decimal clauses too: `2.1.1` `2.2` `2.1.3`, the `2.2` the `2.1.2`; not 条文 units.)
  if (typeof heading.level !== 'number' && !isDecimalLevel(heading.level)) return undefined;
  const rank = headingRank(heading.level);
  const value = heading.ordinal.value;
  // The open heading of its own level: the section it would follow on from. Where it would follow
  // on, it is that section's next (`二、` after `一、`), unless the next heading of its level bears its
  // number too (`1.` `二、` `3.` … `二、2025年工作安排`): then that one is.
  if (value === 1 && stack.length === 0) return topRunOpening(headings, index);
  let own: Heading | undefined;
  for (let k = stack.length - 1; k >= 0; k--) {
    if (stack[k]!.level === heading.level && stack[k]!.runLevel === undefined) {
      own = stack[k];
      break;
    }
  }
  const stray = strayRunItem(headings, index, stack, own, articlesOverClauses);
  if (stray !== undefined) return stray;
  if (own ? own.ordinal.value + 1 === value && nextOfLevel(headings, index, heading)?.ordinal.value !== value && !fillsRunGap(headings, index, stack) : value === 1) return undefined;
  // Typed in a lower form: `（一）` `1.` … `6.` `2.` `（三）`, the `2.` the `（二）`; or `（一）` `1.` `2.` `（2）` `1.`, the `（2）`
  // over a list starting again. The nearest open section it goes on from, and what follows bears it out.
  const lower = lowerRunLevel(headings, index, stack);
  if (lower !== undefined) return lower;
  // Between two items of a run: the deepest open heading deeper than it whose level the next item
  // of the run has, past its own sub-items.
  for (let k = stack.length - 1; k >= 0 && nestingRank(stack[k]!, articlesOverClauses) > rank; k--) {
    const open = stack[k]!;
    const level = open.runLevel ?? open.level;
    const after = nextOfLevel(headings, index, { level, part: heading.part });
    // `1.` `二、` `3.`: it bears the run's number in place; `1.` `2.` `三、` `3.`: an item put in, the run
    // not renumbered after it (the `3.` after it repeats its number).
    const inPlace = after?.ordinal.value === open.ordinal.value + 2;
    const putIn = after?.ordinal.value === open.ordinal.value + 1 && value === open.ordinal.value + 1;
    if (!inPlace && !putIn) continue;
    return value === open.ordinal.value + 1 ? level : undefined;
  }
  // Opening a run under the section before it: `（四）` `一、` `2.` `3.` (its own sub-items before the `2.`).
  // (The section may be of its own level, one it cannot follow on from: `四、` `一、主办单位` `2.` `3.`.)
  const top = stack[stack.length - 1];
  if (value !== 1 || !top || nestingRank(top, articlesOverClauses) < rank) return undefined;
  let deepest = Infinity;
  for (let i = index + 1; i < headings.length && headings[i]!.part === heading.part; i++) {
    const h = headings[i]!;
    if (typeof h.level !== 'number') return undefined;
    const r = headingRank(h.level);
    if (r <= nestingRank(top, articlesOverClauses)) return undefined;
    if (r < deepest) {
      if (h.ordinal.value === 2 && r > rank) return h.level;
      deepest = r;
    }
  }
  return undefined;
}

/**
 * True when `heading` goes on with the run that `inserted` (placed just before it, `previous` the heading
 * before that) interrupted: `20.` `21.` `（一）` `22.`, the `（一）` the first of its level in its section, after
 * the run's items and with no child yet. (Under `（一）` `5.` the `（二）` `6.` of a list numbered
 * through its sections is a section of its own: it follows one of its level.)
 */
function goesOnPast(inserted: Heading, previous: Heading | undefined, heading: Heading): boolean {
  const section = inserted.parent;
  if (!previous || !section || previous.parent !== section || inserted.children.length > 0 || heading.part !== inserted.part) return false;
  if (previous.level !== heading.level || previous.runLevel !== undefined || heading.runLevel !== undefined || previous.ordinal.value + 1 !== heading.ordinal.value) return false;
  if (typeof inserted.level !== 'number' || typeof heading.level !== 'number' || headingRank(heading.level) <= headingRank(inserted.level)) return false;
  return !section.children.some((h) => h !== inserted && h.level === inserted.level);
}

/**
 * True when the heading stands in a gap of the run open under it, the run's next item right after it:
 * `（二）` `1.` `2.` `（三）` `4.`. Read as a section, its `4.` would be a lone item starting at 4; as the
 * run's `3.` typed in a higher form, one slip. The run must hold two items before it.
 */
function fillsRunGap(headings: readonly Heading[], index: number, stack: readonly Heading[]): boolean {
  const heading = headings[index]!;
  const open = stack[stack.length - 1];
  const next = headings[index + 1];
  if (!open || !next || next.part !== heading.part || typeof open.level !== 'number' || headingRank(open.level) <= headingRank(heading.level)) return false;
  // (After a run of one, `一、甲` `1.子` `二、乙` `3.丑`, the section reading stands: too little to go on.)
  return open.ordinal.value >= 2 && (next.runLevel ?? next.level) === (open.runLevel ?? open.level) && heading.ordinal.value === open.ordinal.value + 1 && next.ordinal.value === open.ordinal.value + 2;
}

/**
 * Opening its part's top run in a lower form: `（一）灾情基本情况` `二、应对处置工作` `三、`, the run that
 * starts at `二、` and has no `一、`. Its own sub-items may stand between; an item of its own level may not.
 */
function topRunOpening(headings: readonly Heading[], index: number): HeadingLevel | undefined {
  const heading = headings[index]!;
  const rank = headingRank(heading.level);
  for (let i = index + 1; i < headings.length && headings[i]!.part === heading.part; i++) {
    const next = headings[i]!;
    if (typeof next.level !== 'number') return undefined;
    const nextRank = headingRank(next.level);
    if (nextRank === rank) return undefined;
    if (nextRank > rank) continue;
    const level = next.level;
    const hasFirst = headings.some((h) => h.part === heading.part && h.level === level && h.ordinal.value === 1);
    return next.ordinal.value === 2 && !hasFirst ? level : undefined;
  }
  return undefined;
}

export function nestHeadings(headings: readonly Heading[], lastLine: number, labels: readonly PartLabel[] = []): Heading[] {
  const roots: Heading[] = [];
  const stack: Heading[] = [];
  const articlesOverClauses = articlesHoldClauses(headings);
  let part = 0;
  for (let index = 0; index < headings.length; index++) {
    const heading = headings[index]!;
    if (heading.part !== part) {
      const labelLine = labels.find((label) => label.part > part)?.line ?? heading.line;
      while (stack.length > 0) stack.pop()!.sectionEndLine = labelLine - 1;
      part = heading.part;
    }
    const runLevel = writtenAsRunItem(headings, index, runLevelOf(headings, index, stack, articlesOverClauses));
    if (runLevel !== undefined) heading.runLevel = runLevel;
    const rank = nestingRank(heading, articlesOverClauses);
    // `21.` `（一）` `22.` `23.`: the run goes on after a heading inserted in it, which holds none of it.
    const top = stack[stack.length - 1];
    if (top && top === headings[index - 1] && goesOnPast(top, headings[index - 2], heading)) stack.pop()!.sectionEndLine = heading.line - 1;
    while (stack.length > 0 && nestingRank(stack[stack.length - 1]!, articlesOverClauses) >= rank) {
      stack.pop()!.sectionEndLine = heading.line - 1;
    }
    const parent = stack[stack.length - 1];
    heading.parent = parent;
    if (parent) parent.children.push(heading);
    else roots.push(heading);
    stack.push(heading);
  }
  // The last open sections end where the next attachment begins, or with the text.
  const nextLabel = labels.find((label) => label.part > part);
  for (const open of stack) open.sectionEndLine = nextLabel ? nextLabel.line - 1 : lastLine;
  return roots;
}
