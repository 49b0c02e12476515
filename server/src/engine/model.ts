/**
 * The document model the parser builds once and every rule reads.
 */
import type { Range, SourceLine } from './text';

/**
 * GB/T 9704-2012 §7.3.3: 一、 → （一） → 1. → （1）; 5 is `①` used as a heading,
 * a fifth level the standard does not have. 条文 (regulation) documents add
 * 第X章, 第X节 and 第X条 above them. Plans such as 应急预案 number their clauses
 * with decimals (`1 总则`, `2.1`, `4.2.2`), one level per number: above them all.
 */
export type HeadingLevel = DecimalLevel | 'chapter' | 'section' | 'article' | 1 | 2 | 3 | 4 | 5;

/** `1 总则` is decimal-1, `2.1 市级指挥机构` decimal-2, `4.2.2 响应措施` decimal-3. */
export type DecimalLevel = 'decimal-1' | 'decimal-2' | 'decimal-3' | 'decimal-4';

export const DECIMAL_LEVELS: readonly DecimalLevel[] = ['decimal-1', 'decimal-2', 'decimal-3', 'decimal-4'];

export function isDecimalLevel(level: HeadingLevel): level is DecimalLevel {
  return typeof level === 'string' && level.startsWith('decimal-');
}

/** True when clauses at `level` under `parent` carry its number: `3.1` under `3` or `2.1.1`'s `2.1`, `3.1` under `第3章` or a contract's `第三条`. */
export function carriesParentNumber(parent: { readonly level: HeadingLevel }, level: HeadingLevel): boolean {
  return isDecimalLevel(parent.level) || ((parent.level === 'chapter' || parent.level === 'article') && level === 'decimal-2');
}

// Chapters and sections stand above decimal clauses: a 可行性研究报告's `第1章　总论` holds `1.1`, `1.1.1`.
const RANK: Readonly<Record<string, number>> = {
  chapter: -23,
  section: -22,
  'decimal-1': -13,
  'decimal-2': -12,
  'decimal-3': -11,
  'decimal-4': -10,
  article: -1,
  1: 1,
  2: 2,
  3: 3,
  4: 4,
  5: 5,
};

/** Smaller ranks contain larger ones: 章 > 节 > 条 > 一、 > （一） > 1. > （1） > ①. */
export function headingRank(level: HeadingLevel): number {
  return RANK[level]!;
}

/** True when one of the heading's ancestors is at `level`. */
export function hasAncestorAt(heading: Heading, level: HeadingLevel): boolean {
  for (let a = heading.parent; a; a = a.parent) if (a.level === level) return true;
  return false;
}

export type NumberingProfile = 'speech' | 'regulation';

export type NumeralKind = 'chinese' | 'arabic' | 'circled';

/** The ordinal at the start of a heading line, with every part located. */
export interface HeadingOrdinal {
  readonly value: number;
  /** The ordinal as written without its mark: `（一）`, `⑴`, `１`, `第三条`. */
  readonly core: string;
  readonly coreRange: Range;
  /** The standard way to write the core (GB/T 9704 forms): `（1）`, `1.`, `十一`. */
  readonly canonicalCore: string;
  /** True when the core uses non-standard characters: ⑴ ㈠ ⒈ full-width digits, 一十一. */
  readonly nonstandard: boolean;
  readonly numeral: string;
  readonly numeralKind: NumeralKind;
  readonly bracketed: boolean;
  /** The opening bracket as written, e.g. `（` or `(`. */
  readonly open?: MarkedText;
  readonly close?: MarkedText;
  /** The punctuation written after the numeral or bracket, if any. */
  readonly mark?: MarkedText;
  /** From the first character of the ordinal to the end of its mark. */
  readonly range: Range;
}

export interface MarkedText {
  readonly text: string;
  readonly range: Range;
}

export interface Heading {
  readonly level: HeadingLevel;
  readonly ordinal: HeadingOrdinal;
  readonly line: number;
  /** Title up to the first 。：！？ or the end of the line. */
  readonly title: string;
  readonly titleRange: Range;
  /** Ordinal and title together: what the outline selects. */
  readonly headRange: Range;
  /** True when body text follows the title on the same line (`（一）加强领导。各地要……`). */
  readonly runIn: boolean;
  /** Where the body text on the heading's own line starts (line length when none). */
  readonly bodyStart: number;
  /** White space between the ordinal and the title, if any. */
  readonly gap?: MarkedText;
  /** A mark ending a heading that stands alone on its line (`一、总体要求。`). */
  readonly trailingMark?: MarkedText;
  /** 0 in the body; k in the k-th part (after its label: `附件k`, or the next speech's title), numbered anew. */
  readonly part: number;
  parent: Heading | undefined;
  readonly children: Heading[];
  /** Last line of the section: the line before the next heading of the same or a higher level. */
  sectionEndLine: number;
  /**
   * The level of the run it stands in when it is an item of that run typed in another level's form and
   * bears the run's number (`1.` `二、` `3.`; `一、` `2.` `3.`; `（一）` `1.` `2.` `（2）`): it is nested as the
   * run's item.
   */
  runLevel?: HeadingLevel;
}

/** The families of in-paragraph series; a series should not mix them. */
export type SeriesFamily =
  /** 一是、二是 (also 一要/二要, 一抓/二抓) */
  | 'shi'
  /** 第一，第二， */
  | 'di'
  /** 首先，其次，再次，最后， */
  | 'sequence-word'
  /** 其一，其二， */
  | 'qi'
  /** 一方面……另一方面…… */
  | 'fangmian'
  /** In-text ordinals inside a sentence: 包括：（1）……；（2）…… */
  | 'inline-arabic'
  /** 包括：（一）……；（二）…… inside a sentence */
  | 'inline-chinese'
  /** ①……②…… inside a sentence */
  | 'inline-circled'
  /** `a)` `b)` `c)` opening their lines: a standard's list items (GB/T 1.1) */
  | 'inline-letter';

/** What a 第 marker writes after its numerals: `点` of 第一点, `个方面` of 第一个方面, '' of 第一. */
export function ordinalUnit(marker: string): string {
  return /(?:点|个方面|句话|个词|项议[程题])$/.exec(marker)?.[0] ?? '';
}

/** True for a 第 marker that names an agenda item: `第四项议程`, `第二项议题`. */
export function isAgendaItem(marker: string): boolean {
  return marker.endsWith('议程') || marker.endsWith('议题');
}

/** In-text ordinals form their own series, apart from ordinal words. */
export function isInlineFamily(family: SeriesFamily): boolean {
  return family.startsWith('inline-');
}

export interface SeriesMember {
  readonly family: SeriesFamily;
  /** 1, 2, 3 …; `最后` has no number of its own and closes the series. */
  readonly value: number | 'last';
  /** The marker as written without its punctuation: `一是`, `第三`, `其次`. */
  readonly marker: string;
  /** From the line above when a scan's line break split the marker (`……；二` / `是……`): see `wrappedAfter`. */
  readonly markerRange: Range;
  /** How many of the marker's characters stand on the line above when a line break split it; undefined when whole. */
  readonly wrappedAfter: number | undefined;
  readonly mark?: MarkedText;
  /** The line the marker ends on. */
  readonly line: number;
  /** Marker and the clause it introduces, for the outline. */
  readonly name: string;
  readonly nameRange: Range;
  /** The heading whose body holds the member; undefined before the first heading. */
  readonly section: Heading | undefined;
}

export interface Series {
  readonly members: SeriesMember[];
  readonly section: Heading | undefined;
}

export type PlaceholderKind =
  | 'latin-x'
  | 'times-sign'
  | 'template-year'
  /** A date left unfilled as a whole: `20XX年X月X日`, `2025年X月X日`, `X月X日`. */
  | 'date'
  /** A note left in drafting or review: `（数据待统计局提供）`, `【李局：再提炼】`, `？？？`, `此处待补`. */
  | 'note'
  | 'blank'
  | 'box'
  | 'bracketed-todo'
  | 'template-syntax'
  | 'dash-name'
  /** A contact or author's label with nothing after it: `联系人：　　　　联系电话：`, `总结人：`. */
  | 'empty-field'
  /** Matched by a pattern of gongwen.placeholders.extraPatterns. */
  | 'user';

/** A value left unfilled from a template. */
export interface PlaceholderSpan {
  readonly kind: PlaceholderKind;
  readonly text: string;
  readonly range: Range;
  /** The span with the words around it that give it meaning (`X%`, `XX同志`), for messages. */
  readonly context: string;
}

export type ProcessFieldKind = 'document-number' | 'document-year' | 'signer' | 'date';

/**
 * A field the document workflow fills in later: the number in `〔2025〕×号`,
 * an empty `签发人：`, a `××××年××月××日` 成文日期 line.
 */
export interface ProcessField {
  readonly kind: ProcessFieldKind;
  readonly text: string;
  readonly range: Range;
}

/** A vague stand-in (`某单位`) that should be replaced by the real name. */
export interface VagueSpan {
  readonly text: string;
  readonly range: Range;
  /** A template's sample name (`张三`), not a word standing for a name (`某单位`). */
  readonly sampleName?: true;
}

/**
 * advertising: a download's banners; instruction: a template's fill-in note; choice: a template's
 * options, none chosen; layout: page numbers and web-page navigation from a paste.
 */
export type LeftoverKind = 'advertising' | 'instruction' | 'choice' | 'layout' | 'running-header';

/** Text carried over from a downloaded sample or a template's instructions. */
export interface LeftoverSpan {
  readonly kind: LeftoverKind;
  readonly text: string;
  readonly range: Range;
  /** A choice's options, when any of them may stand for the brackets (`每（周/月）` → `每周`). */
  readonly options?: readonly string[];
}

/** `讲四点意见`, `以下三个方面`: a count the speaker promises; in a recap (`以上四点意见`), the count of what was said. */
export interface CountAnnouncement {
  readonly announcedCount: number;
  readonly text: string;
  /** Range of the whole phrase. */
  readonly range: Range;
  /** Range of the number within the phrase. */
  readonly countRange: Range;
  readonly line: number;
  readonly character: number;
  readonly section: Heading | undefined;
  /** True for a count in a heading's title (`（二）用好三种方法`): its section is that heading. */
  readonly inHeading?: boolean;
  /** True for a count of the items within parts counted before it (`以下五个方面18项工作`): the items numbered on through the parts. */
  readonly ofItemsInParts?: boolean;
}

/**
 * The line that begins a part of the text which is a document of its own, with its own numbering:
 * an attachment's label (GB/T 9704-2012 §7.3.7: `附件`, `附件2`), or, in a compilation (汇编), the
 * title of the next speech (`在全县经济工作会议上的讲话`), or a topic of a 纪要 or a 通报 (`议题二：……`, `案例一`).
 */
export interface PartLabel {
  /** An attachment (`附件2`), a compilation's next speech (its title), a topic of a 纪要 (`议题二：……`). */
  readonly kind: 'attachment' | 'title' | 'topic';
  /** The part's number: 1 for the first label, and so on (0 is the text before any). */
  readonly part: number;
  readonly text: string;
  /** What tells the part apart: the speaker under a speech's title, the title under an attachment's label. */
  readonly detail?: string;
  readonly line: number;
  readonly range: Range;
}

/**
 * One attachment named in an attachment note (附件说明, GB/T 9704-2012 §7.3.4): `1.××××` when the
 * note lists several, the bare name when it lists one.
 */
export interface AttachmentItem {
  /** `1.` `2、` …; undefined for a name written without a number. */
  readonly ordinal?: HeadingOrdinal;
  readonly line: number;
  /** The name as written, its wrapped lines joined, without a final mark. */
  readonly name: string;
  readonly nameRange: Range;
  /** The last line of the name: a long name wraps, aligned under its first character. */
  readonly lastLine: number;
  /** A mark after the name (`；` `。`), which §7.3.4 does not allow. */
  readonly trailingMark?: MarkedText;
}

/** An attachment note: `附件：` after the text, and the names of the attachments under it. */
export interface AttachmentNote {
  /** The line of `附件：`. */
  readonly line: number;
  readonly items: readonly AttachmentItem[];
}

/**
 * One numbered note of a table or of the text (`注：1.……`, `（1）……`), or a footnote under a PDF's
 * rule numbered so. (Notes numbered `①` are in-text ordinals opening their lines: a series.)
 */
export interface NoteItem {
  readonly ordinal: HeadingOrdinal;
  /** The form it is numbered in: 3 `1.`, 4 `（1）`. */
  readonly level: 3 | 4;
  readonly line: number;
}

/** Numbered notes under one label (`注：` `说明：` `备注：`) or one footnote rule. */
export interface NoteBlock {
  /** The line of the label or the rule. */
  readonly line: number;
  /** True for footnotes under a PDF's rule: a word processor numbers them on from page to page. */
  readonly footnotes: boolean;
  readonly items: readonly NoteItem[];
}

/** A numbered label alone at a line start: `案例二：……`, `第二阶段：……`, `科目一`, `附件2`. */
export interface LabelItem {
  /** The words around the number: `案例` and '', `第` and `阶段`, `附件` and ''. */
  readonly prefix: string;
  readonly suffix: string;
  readonly value: number;
  readonly numeral: string;
  /** `案例2` rather than `案例二`. */
  readonly arabic: boolean;
  readonly line: number;
  readonly numeralRange: Range;
  /** The label without its brackets: `案例二`, `第二阶段`. */
  readonly range: Range;
}

/** How the text is written: Markdown code is left out of the checks, and its list syntax respected. */
export type TextFormat = 'plain' | 'markdown';

export interface DocumentModel {
  readonly lines: readonly SourceLine[];
  readonly format: TextFormat;
  /** How the document numbers its parts (set, or detected from `第X条` headings). */
  readonly profile: NumberingProfile;
  /** Every heading in document order. */
  readonly headings: readonly Heading[];
  /** Headings with no parent, the body's and each attachment's. */
  readonly roots: readonly Heading[];
  /** The lines that begin parts with their own numbering (attachments, a compilation's speeches), in order. */
  readonly parts: readonly PartLabel[];
  /** In a compilation (the parts begin with speech titles), the first speech's title: it heads the text before any part (part 0). */
  readonly leadingTitle?: PartLabel;
  readonly series: readonly Series[];
  readonly placeholders: readonly PlaceholderSpan[];
  readonly processFields: readonly ProcessField[];
  readonly vague: readonly VagueSpan[];
  readonly leftovers: readonly LeftoverSpan[];
  readonly announcements: readonly CountAnnouncement[];
  /** Counts that sum up what came before (`以上四点意见`, `做好上述三项工作`), in order. */
  readonly recaps: readonly CountAnnouncement[];
  /** The attachment notes (附件说明), in order: a file may hold several documents. */
  readonly attachmentNotes: readonly AttachmentNote[];
  /** Numbered notes (`注：1.……` `2.……`) and footnotes, each block in order. */
  readonly notes: readonly NoteBlock[];
  /** Numbered labels at line starts (cases, topics, stages, attachments), in order. */
  readonly labels: readonly LabelItem[];
}
