/**
 * Numbered lists as the sequence rules see them: the sibling headings of one
 * level under one parent, and each in-paragraph series.
 */
import { headingRank, ordinalUnit, type AttachmentItem, type AttachmentNote, type LabelItem, type NoteBlock, type NoteItem, type Heading, type HeadingLevel, type Series, type SeriesFamily, type SeriesMember, type DocumentModel } from './model';
import { separateMarkdownLists } from './markdown';
import { formatChineseNumeral, formatLargeChineseNumeral, isParenthesizedDigit, parenthesizedDigit } from './numerals';
import { firstBelow, type Range, type SourceLine } from './text';

export interface OrdinalItem {
  readonly value: number | 'last';
  /** The ordinal as written, e.g. `（二）`, `二是`, `其次`. */
  readonly written: string;
  readonly range: Range;
  readonly heading?: Heading;
  readonly member?: SeriesMember;
  readonly attachment?: AttachmentItem;
  readonly note?: NoteItem;
  readonly label?: LabelItem;
}

export interface HeadingList {
  readonly kind: 'headings';
  readonly level: HeadingLevel;
  readonly parent: Heading | undefined;
  readonly items: readonly OrdinalItem[];
  /** 条文: articles are numbered through the whole document, across chapters. */
  readonly continuous?: boolean;
}

export interface SeriesList {
  readonly kind: 'series';
  readonly family: SeriesFamily;
  readonly series: Series;
  readonly items: readonly OrdinalItem[];
}

/** The numbered names of an attachment note (附件说明): `附件：1.××` `2.××` (GB/T 9704-2012 §7.3.4). */
export interface AttachmentList {
  readonly kind: 'attachments';
  readonly note: AttachmentNote;
  readonly items: readonly OrdinalItem[];
}

/** The notes of one block numbered in one form (`注：1.……` `2.……`; the `（1）` under a `1.` are a list of their own). */
export interface NoteList {
  readonly kind: 'notes';
  readonly block: NoteBlock;
  readonly level: 3 | 4;
  readonly items: readonly OrdinalItem[];
}

/**
 * Labels of one kind numbered on through their section (`案例一：` `案例二：`, `第一阶段` `第二阶段`), or
 * the attachments' labels of the whole file (`附件1` `附件2`: some attachments may be files of their
 * own, so only a repeat or a swap is a slip there).
 */
export interface LabelList {
  readonly kind: 'labels';
  readonly attachments: boolean;
  readonly items: readonly OrdinalItem[];
}

export type OrdinalList = HeadingList | SeriesList | AttachmentList | NoteList | LabelList;

/**
 * The standard form of an ordinal at a heading level (GB/T 9704-2012 §7.3.3; 条文 units). A decimal
 * ordinal takes the numbers before its last from `sibling` (`4.2.` of `4.2.1`).
 */
/** A chapter's or section's number as its siblings write it: `三`, or `3` in a technical report. */
function unitNumeral(value: number, sibling: Heading | undefined): string {
  return sibling?.ordinal.numeralKind === 'arabic' ? String(value) : formatLargeChineseNumeral(value);
}

export function standardHeadingOrdinal(level: HeadingLevel, value: number, sibling?: Heading): string {
  const cn = formatChineseNumeral(value);
  switch (level) {
    case 'decimal-1':
    case 'decimal-2':
    case 'decimal-3':
    case 'decimal-4':
      return decimalPrefix(sibling) + value;
    case 'chapter':
      // A report's `第一部分` stands where a plan's `第一章` does, a technical report writes `第3章`:
      // name it as the document writes it.
      return `第${unitNumeral(value, sibling)}${sibling?.ordinal.core.endsWith('部分') ? '部分' : '章'}`;
    case 'section':
      return `第${unitNumeral(value, sibling)}节`;
    case 'article':
      return `第${formatLargeChineseNumeral(value)}条`;
    case 1:
      return `${cn}、`;
    case 2:
      return `（${cn}）`;
    case 3:
      return `${value}.`;
    case 4:
      return `（${value}）`;
    case 5:
      return value >= 1 && value <= 20 ? String.fromCharCode(0x2460 + value - 1) : `（${value}）`;
  }
}

/** The numbers before a decimal ordinal's last, with their dot: `4.2.` of `4.2.1`; '' for `4`. */
export function decimalPrefix(heading: Heading | undefined): string {
  const core = heading?.ordinal.core ?? '';
  return core.slice(0, core.lastIndexOf('.') + 1);
}

const SEQUENCE_WORDS = ['首先', '其次', '再次'];

/** The standard marker for a series member (without the comma B.3.1 adds to 第一/首先). */
export function standardSeriesMarker(family: SeriesFamily, value: number): string {
  const cn = formatChineseNumeral(value);
  switch (family) {
    case 'shi':
      return `${cn}是`;
    case 'di':
      return `第${cn}`;
    case 'sequence-word':
      return SEQUENCE_WORDS[value - 1] ?? `第${cn}`;
    case 'qi':
      return `其${cn}`;
    case 'fangmian':
      return value === 1 ? '一方面' : '另一方面';
    case 'inline-arabic':
      return `（${value}）`;
    case 'inline-chinese':
      return `（${cn}）`;
    case 'inline-circled':
      return value >= 1 && value <= 20 ? String.fromCharCode(0x2460 + value - 1) : `（${value}）`;
    case 'inline-letter':
      return `${letterOf(value)})`;
  }
}

/** Label of the expected item in a list, for messages. */
export function expectedLabel(list: OrdinalList, value: number): string {
  if (list.kind === 'attachments') return `${value}.`;
  if (list.kind === 'labels') {
    const first = list.items[0]!.label!;
    return first.prefix + (first.arabic ? String(value) : formatChineseNumeral(value)) + first.suffix;
  }
  // A note in its standard form, `3.` `（3）`, or in square brackets as its list writes them: `[3]`.
  if (list.kind === 'notes') {
    const first = list.items[0]!.written;
    return /^[[［]/.test(first) ? first.replace(/[0-9]+/, String(value)) : standardHeadingOrdinal(list.level, value);
  }
  return list.kind === 'headings' ? standardHeadingOrdinal(list.level, value, list.items[0]?.heading) : seriesLabel(list, value);
}

/** The marker a series uses for `value`, in the series' own wording: `三要` in an 一要 series. */
export function seriesLabel(list: SeriesList, value: number): string {
  const standard = standardSeriesMarker(list.family, value);
  const first = list.items[0]?.member?.marker;
  if (!first) return standard;
  if (list.family === 'shi') return standard.slice(0, -1) + first.slice(-1);
  // `1）` without its opening bracket: the next is written the same way, `2）`.
  if (list.family === 'inline-arabic' && /^[0-9]/.test(first)) return `${value}${first.slice(-1)}`;
  // `⑴` `⑵`: the next is typed the same way, `⑶`.
  if (list.family === 'inline-arabic' && isParenthesizedDigit(first)) return parenthesizedDigit(value);
  // `a）` with a full-width bracket: the next is written the same way, `b）`.
  if (list.family === 'inline-letter') return letterOf(value) + first.slice(-1);
  // `第一点` `第一个方面`: the unit the series writes after its numbers.
  if (list.family === 'di') return standard + ordinalUnit(first);
  return standard;
}


/** The ordinal as written, brackets and mark included (`（二）`, `1、`), but for a stray mark after a bracket. */
export function writtenOrdinal(heading: Heading): string {
  // A mark after a bracket (`（二）、`) is ordinal-punctuation's slip: messages about the number quote the number.
  return heading.ordinal.core + (heading.ordinal.bracketed ? '' : (heading.ordinal.mark?.text ?? ''));
}

/** Ordinal and title, as the heading reads: `二、认清发展形势`, `第一章 总则`. */
export function headingLabel(heading: Heading): string {
  // 第一章 总则, 第三条 城市绿化……: 条文 units are set off by a space (B.3.6).
  const unit = typeof heading.level === 'string';
  return writtenOrdinal(heading) + (unit && heading.title ? ' ' : '') + heading.title;
}

export function headingItem(heading: Heading): OrdinalItem {
  return { value: heading.ordinal.value, written: writtenOrdinal(heading), range: heading.ordinal.range, heading };
}

/** Children of one parent, split by level, in document order. */
function listsUnder(parent: Heading | undefined, children: readonly Heading[]): HeadingList[] {
  const byLevel = new Map<HeadingLevel, Heading[]>();
  for (const child of children) {
    const siblings = byLevel.get(child.level);
    if (siblings) siblings.push(child);
    else byLevel.set(child.level, [child]);
  }
  return [...byLevel].map(([level, siblings]) => ({
    kind: 'headings',
    level,
    parent,
    items: siblings.map(headingItem),
  }));
}

/**
 * Headings by the part of the text they stand in, indexed by part: 0 before any part label,
 * then each attachment or compilation speech (empty parts included).
 */
function byPart(model: DocumentModel, headings: readonly Heading[]): Heading[][] {
  const parts: Heading[][] = [[], ...model.parts.map(() => [])];
  for (const heading of headings) parts[heading.part]!.push(heading);
  return parts;
}

const topLevelCache = new WeakMap<DocumentModel, readonly Heading[][]>();

/** The headings without a parent, by part (see byPart); built once per model. */
export function topLevelByPart(model: DocumentModel): readonly Heading[][] {
  let parts = topLevelCache.get(model);
  if (!parts) {
    parts = byPart(model, model.roots);
    topLevelCache.set(model, parts);
  }
  return parts;
}

/** The part a line stands in: how many part labels come before it. */
export function partOfLine(model: DocumentModel, line: number): number {
  const labels = model.parts;
  let low = 0;
  let high = labels.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (labels[mid]!.line < line) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** True when no item but the last has sub-items or a line of text under it before the next item. */
export function isBareList(headings: readonly Heading[], lines: readonly SourceLine[]): boolean {
  let items: ReadonlySet<Heading> | undefined;
  for (let i = 0; i < headings.length; i++) {
    const heading = headings[i]!;
    // (An item typed in a higher form, `1.` `二、` `3.`, has the run's next items nested under it.)
    if (heading.children.length > 0 && !heading.children.every((c) => (items ??= new Set(headings)).has(c))) return false;
    if (i === headings.length - 1) break;
    for (let line = heading.line + 1; line < headings[i + 1]!.line; line++) {
      if (lines[line]!.text.trim() !== '') return false;
    }
  }
  return true;
}

/**
 * `主要有以下证据证明：` over `1.……；` `2.……；` … `7.……。`, `先进集体名单如下：` over names: items listed
 * after a lead-in ending in a colon, with nothing under them, are an enumeration in the text, not
 * headings of its structure.
 */
export function isLedInEnumeration(headings: readonly Heading[], lines: readonly SourceLine[]): boolean {
  const first = headings[0];
  if (!first) return false;
  let before = first.line - 1;
  while (before >= 0 && lines[before]!.text.trim() === '') before--;
  // The lead-in ends with its colon, or says `如下：` with more after it on the line.
  return before >= 0 && /[：:]\s*$|(?:如下|以下)[：:]/.test(lines[before]!.text) && isBareList(headings, lines);
}

export function headingLists(model: DocumentModel): HeadingList[] {
  // In 条文, articles form one list through the whole document (《立法法》); each attachment numbers anew.
  const continuous = model.profile === 'regulation' ? (h: Heading) => h.level === 'article' : () => false;
  const lists = topLevelByPart(model).flatMap((roots) => listsUnder(undefined, roots.filter((h) => !continuous(h))));
  const nested: HeadingList[] = [];
  for (const heading of model.headings) {
    const children = heading.children.filter((h) => !continuous(h));
    if (children.length > 0) nested.push(...listsUnder(heading, children));
  }
  lists.push(...joinContinuedLists(nested), ...articleLists(model, continuous));
  return splitSeparateLists(model, lists);
}

/** An article quoted in a text that is no regulation, its items under it: `第八条　……下列条件：` over `（一）……`. */
const QUOTED_ARTICLE = /^[\s\u3000]*第[一二三四五六七八九十百零〇]{1,6}条[\s\u3000]/;

/**
 * True when sibling headings `item` and `next` stand in separate lists that number on their own:
 * Markdown lists each led in by its own line, or the steps of two stages (a label between them, see
 * stageBetween).
 */
export function separateLists(model: DocumentModel, item: Heading, next: Heading): boolean {
  if (separateMarkdownLists(model, item, next)) return true;
  // `先进集体名单如下：` `1.……` … `12.……`, then `先进个人名单如下：` `1.……`: each list of items (`1.`,
  // `（1）`) led in by its own line, with nothing under its items, numbers on its own, whatever text
  // stands between the lists (`……主要有以下证据证明：` `1.`–`9.`, two paragraphs, `……作出如下行政处罚：` `1.`–`3.`).
  // (Numbering that goes back after the lead-in starts anew, a slip in its first numbers included: `2.` `1.` `3.`.)
  const restarts = next.ordinal.value === 1 || (next.ordinal.value === 2 && item.ordinal.value > 2);
  if (restarts && typeof item.level === 'number' && item.level >= 3 && item.children.length === 0 && ledIn(model.lines, next.line, item.line)) return true;
  // An excerpt of a regulation read as a speech (it does not begin at 第一条): the 项 right under each
  // quoted article number from （一） again.
  if (next.ordinal.value === 1 && model.profile === 'speech' && QUOTED_ARTICLE.test(lineAbove(model.lines, next.line))) return true;
  // A 决定书's lists, each under a short label of its own: `申请人称：` over `一、……` `二、……`, then
  // `被申请人称：` over `一、……`, `本机关决定：` over `一、……；`.
  if (next.ordinal.value === 1 && typeof item.level === 'number' && item.level <= 2 && item.children.length === 0 && labelledList(model.lines, next.line)) return true;
  // Steps numbered on through the stages (`3.` under 科目一, `4.` under 科目二) are one list; the
  // stages stand under a section (`四、演练脚本`), whose headings (`五、`) they do not divide.
  if (next.ordinal.value === item.ordinal.value + 1 || typeof item.level !== 'number' || item.level === 1) return false;
  // (Where the numbers start again, a swapped `2.` `1.` included: a repeated `（三）` under a stage's text
  // is a slip of its list. Not a table's row: `专题一\t……` lists the topics.)
  if (next.ordinal.value !== 1 && !(next.ordinal.value === 2 && item.ordinal.value >= 2)) return false;
  return stageBetween(model, item.line, next.line, item.level <= 2);
}

/**
 * True when a stage's label stands between lines `from` and `to` (`科目二　群众避险转移`, `第二阶段：集中
 * 整治`, `步骤三`), or a case's or a topic's (`案例二：……`, `【案例二】`, `专题三`): the items under each are
 * numbered from 1. again, while the headings above go on. Not a table's row: `专题一\t……` lists the topics.
 */
function stageBetween(model: DocumentModel, from: number, to: number, partsOfItem: boolean): boolean {
  const labels = model.labels;
  const kinds = new Set<string>();
  for (let i = firstBelow(labels, from); i < labels.length && labels[i]!.line < to; i++) {
    const label = labels[i]!;
    // A label with its own numbered items under it before `to` (`问题3：` over `1.` `2.` `3.` inside （一）)
    // is inside the item above, not a stage dividing the two.
    if (label.prefix.startsWith('附') || model.lines[label.line]!.text.includes('\t') || headingBetween(model, label.line, to)) continue;
    // One stage of each kind begins between the last step of one and the first of the next (`第二阶段`
    // over `科目三`; a stage with no steps of its own may stand between, `第二阶段` `第三阶段`). Two of a
    // kind under a section's heading (`（一）第一阶段` over `科目一` `科目二`) are its own parts, and its list goes on.
    if (kinds.has(label.prefix) && partsOfItem) return false;
    kinds.add(label.prefix);
  }
  return kinds.size > 0;
}

/** True when a heading stands between lines `from` and `to`. */
function headingBetween(model: DocumentModel, from: number, to: number): boolean {
  const first = firstBelow(model.headings, from);
  return first < model.headings.length && model.headings[first]!.line < to;
}

/** The line right above `line`, blank lines apart ('' at the top). */
function lineAbove(lines: readonly SourceLine[], line: number): string {
  let before = line - 1;
  while (before >= 0 && lines[before]!.text.trim() === '') before--;
  return before >= 0 ? lines[before]!.text : '';
}

/** Longest label that leads in a list of its own: `被申请人称：`, `本机关决定：`, `处理意见如下：`. */
const LIST_LABEL_LENGTH = 16;

/** True when the line before the list at `line` (blank lines apart) is a short label ending with a colon. */
function labelledList(lines: readonly SourceLine[], line: number): boolean {
  const label = lineAbove(lines, line).trim();
  return label.length <= LIST_LABEL_LENGTH && /[：:]$/.test(label) && !/[，,。；;]/.test(label);
}

/** True when the line right above the list at `line` (blank lines apart), below the item at `after`, leads it in with a colon. */
function ledIn(lines: readonly SourceLine[], line: number, after: number): boolean {
  let before = line - 1;
  while (before > after && lines[before]!.text.trim() === '') before--;
  return before > after && /[：:]\s*$/.test(lines[before]!.text);
}

/** Lists separated as `separateLists` tells are separate lists, each numbered from 1. */
function splitSeparateLists(model: DocumentModel, lists: HeadingList[]): HeadingList[] {
  return lists.flatMap((list) => {
    if (list.continuous || list.kind !== 'headings') return [list];
    const runs: OrdinalItem[][] = [];
    list.items.forEach((item, k) => {
      const previous = list.items[k - 1]?.heading;
      if (k === 0 || separateLists(model, previous!, item.heading!)) runs.push([item]);
      else runs[runs.length - 1]!.push(item);
    });
    return runs.length === 1 ? [list] : runs.map((items) => ({ ...list, items }));
  });
}

/** 条文: the articles of each part, one list through its chapters. */
function articleLists(model: DocumentModel, continuous: (h: Heading) => boolean): HeadingList[] {
  const lists: HeadingList[] = [];
  for (const articles of byPart(model, model.headings.filter(continuous))) {
    if (articles.length === 0) continue;
    lists.push({ kind: 'headings', level: 'article', parent: undefined, items: articles.map(headingItem), continuous: true });
  }
  return lists;
}

/** Lowest and highest numbers of a list, not first and last: two items swapped do not hide how the lists run. */
function lowest(list: HeadingList): number {
  let result = Infinity;
  for (const item of list.items) if (typeof item.value === 'number' && item.value < result) result = item.value;
  return result;
}

function highest(list: HeadingList): number {
  let result = -Infinity;
  for (const item of list.items) if (typeof item.value === 'number' && item.value > result) result = item.value;
  return result;
}

/** True when the lists' items, taken together, bear each number from 1 to their count once, and the first list begins at 1. */
function numbersEachOnce(run: readonly HeadingList[]): boolean {
  if (lowest(run[0]!) !== 1) return false;
  const seen = new Set<number>();
  let count = 0;
  for (const list of run) {
    for (const item of list.items) {
      if (typeof item.value !== 'number' || seen.has(item.value)) return false;
      seen.add(item.value);
      count++;
    }
  }
  for (let value = 1; value <= count; value++) if (!seen.has(value)) return false;
  return true;
}

/** Sections whose items carry on the numbering of the section before, at the least, for the numbering to be the document's own way. */
const CONTINUED_SECTIONS = 2;

/**
 * `一、` `1.` … `6.`, `二、` `7.` … `11.`, `三、` `12.` …: a 工作要点 numbers its items through the
 * whole document, so that each can be cited (`第15项`). When the lists of one level under
 * sibling sections never restart at 1 and all but one at most carry on from the one before (two
 * at least), that is the document's numbering, not a slip repeated: they form one list, as articles do.
 * So do the lists of each part, when every part numbers its items through its own sections.
 */
function joinContinuedLists(lists: readonly HeadingList[]): HeadingList[] {
  const runs = new Map<string, HeadingList[]>();
  for (const list of lists) {
    const parent = list.parent!;
    const key = `${parent.part}|${parent.level}|${list.level}`;
    const run = runs.get(key);
    if (run) run.push(list);
    else runs.set(key, [list]);
  }
  const joined = new Set<HeadingList>();
  const result: HeadingList[] = [];
  const join = (run: readonly HeadingList[]) => {
    for (const list of run) joined.add(list);
    result.push({ kind: 'headings', level: run[0]!.level, parent: undefined, items: run.flatMap((list) => list.items), continuous: true });
  };
  for (const run of runs.values()) {
    if (run.length <= CONTINUED_SECTIONS) continue;
    const joins = carriedOnJoins([run]);
    if (joins === undefined && restartsOnce(run)) {
      join(run);
      continue;
    }
    if (joins !== undefined) {
      // One section may be off (a slip at its first item); the rest must carry on. Or every number
      // from 1 up stands once (an item moved into another section breaks two of the joins, no number).
      // With three sections, one join off by a slip (`1.` `2.` / `2.` `4.` `5.` / `6.`) when the other carries on.
      if (joins >= Math.max(CONTINUED_SECTIONS, run.length - 2) || numbersEachOnce(run) || (joins >= 1 && joins + slippedJoins(run) >= run.length - 1)) join(run);
      continue;
    }
    // Numbered through each part instead (`一、` `（一）` `1.` `2.` `（二）` `3.`, `二、` `（一）` `1.` …):
    // in two parts at the least, none starting again inside a part, and all joins but one carrying on.
    const parts = byGrandparent(run).filter((part) => part.length > 1);
    const partJoins = carriedOnJoins(parts);
    const allJoins = parts.reduce((sum, part) => sum + part.length - 1, 0);
    if (parts.length < 2 || partJoins === undefined || partJoins < allJoins - 1) continue;
    if (!parts.every((part) => lowest(part[0]!) === 1)) continue;
    for (const part of parts) join(part);
  }
  return [...lists.filter((list) => !joined.has(list)), ...result];
}

/**
 * How many lists of the runs carry on from the list before (its lowest number one past the
 * highest of the one before, or past the count of the items before it); undefined when a list after the
 * first of its run starts again at 1.
 */
function carriedOnJoins(runs: ReadonlyArray<readonly HeadingList[]>): number | undefined {
  let carriedOn = 0;
  for (const run of runs) {
    // Items before, counted: a slip at the end of one section (`1.` `1.`) leaves the next on its place's number (`3.`).
    let before = run[0]!.items.length;
    for (let i = 1; i < run.length; i++) {
      const first = lowest(run[i]!);
      if (first === 1) return undefined;
      if (first === highest(run[i - 1]!) + 1 || first === before + 1) carriedOn++;
      before += run[i]!.items.length;
    }
  }
  return carriedOn;
}

/** Sections at the least for one restarting at 1 to be a slip in a document numbered through them. */
const SECTIONS_FOR_A_RESTART = 4;

/**
 * True when one section of the run, and one only, starts again at 1 and every other carries on, from the section
 * before or from its place in the whole (`1.`–`5.`, `6.`–`10.`, `11.`–`17.`, `1.`–`5.`, `23.`…): a 工作要点 numbered
 * through, one section numbered anew by a slip.
 */
function restartsOnce(run: readonly HeadingList[]): boolean {
  if (run.length < SECTIONS_FOR_A_RESTART || lowest(run[0]!) !== 1) return false;
  let restarts = 0;
  // The whole text's number reached: a restarted section's items count on from it.
  let through = highest(run[0]!);
  for (let i = 1; i < run.length; i++) {
    const first = lowest(run[i]!);
    if (first === 1) {
      // (Starting again under a new grandparent is numbering through each part: see joinContinuedLists.)
      if (run[i]!.parent!.parent !== run[i - 1]!.parent!.parent) return false;
      restarts++;
      through += run[i]!.items.length;
      continue;
    }
    if (first !== highest(run[i - 1]!) + 1 && first !== through + 1) return false;
    through = highest(run[i]!);
  }
  return restarts === 1;
}

/**
 * Joins of a run (one at most) that do not carry on exactly but by a slip of the first item's number alone: the
 * second goes on as the first should have (`2.` / `2.` `4.`), or a lone item repeats the last before or skips one
 * (`5.` / `5.`). Not a section numbered from its own start (`（二）` / `（二）` `（三）` `（四）`: its first item gone).
 */
function slippedJoins(run: readonly HeadingList[]): number {
  let slipped = 0;
  for (let i = 1; i < run.length; i++) {
    const last = highest(run[i - 1]!);
    const items = run[i]!.items;
    const first = items[0]!.value;
    if (first === last + 1) continue;
    if (items.length === 1 ? first === last || first === last + 2 : items[1]!.value === last + 2) slipped++;
  }
  return Math.min(slipped, 1);
}

/** The lists of a run, grouped by the section their parent stands in (in order). */
function byGrandparent(run: readonly HeadingList[]): HeadingList[][] {
  const groups: HeadingList[][] = [];
  let last: Heading | undefined;
  for (const list of run) {
    const grandparent = list.parent!.parent;
    if (groups.length > 0 && grandparent !== undefined && grandparent === last) groups[groups.length - 1]!.push(list);
    else groups.push([list]);
    last = grandparent;
  }
  return groups;
}

export function seriesLists(model: DocumentModel): SeriesList[] {
  return model.series.map((series) => ({
    kind: 'series',
    family: series.members[0]!.family,
    series,
    items: series.members.map((member) => ({
      value: member.value,
      written: member.marker + (member.mark?.text ?? ''),
      range: member.markerRange,
      member,
    })),
  }));
}

/** The attachment notes that number their names, each a list. */
export function attachmentLists(model: DocumentModel): AttachmentList[] {
  const lists: AttachmentList[] = [];
  for (const note of model.attachmentNotes) {
    const items: OrdinalItem[] = [];
    for (const attachment of note.items) {
      const o = attachment.ordinal;
      if (o) items.push({ value: o.value, written: o.core + (o.mark?.text ?? ''), range: o.range, attachment });
    }
    if (items.length > 0) lists.push({ kind: 'attachments', note, items });
  }
  return lists;
}

function noteItem(note: NoteItem): OrdinalItem {
  const o = note.ordinal;
  return { value: o.value, written: o.core + (o.mark?.text ?? ''), range: o.range, note };
}

/**
 * The numbered notes of each block, in the form of its first note: `注：1.……` `2.……` `3.……`; and
 * the items under each of them (`（1）` `（2）` under `2.`), numbered on their own. Footnotes that go
 * on from the page before (`1.` `2.`, a page break, `3.`) are one list with those: any but a `1.`.
 */
export function noteLists(model: DocumentModel): NoteList[] {
  const lists: NoteList[] = [];
  let footnotes: NoteList | undefined;
  for (const block of model.notes) {
    const level = block.items[0]?.level;
    if (level === undefined) continue;
    const top: OrdinalItem[] = [];
    let under: OrdinalItem[] = [];
    const closeUnder = () => {
      if (under.length > 0) lists.push({ kind: 'notes', block, level: under[0]!.note!.level, items: under });
      under = [];
    };
    for (const note of block.items) {
      if (note.level === level) {
        closeUnder();
        top.push(noteItem(note));
      } else if (note.level > level) under.push(noteItem(note));
    }
    closeUnder();
    // (Footnotes that start at 1 again are numbered by the page.)
    if (block.footnotes && footnotes?.level === level && top[0]!.value !== 1) {
      (footnotes.items as OrdinalItem[]).push(...top);
      continue;
    }
    const list: NoteList = { kind: 'notes', block, level, items: top };
    lists.push(list);
    if (block.footnotes) footnotes = list;
  }
  return lists;
}

function labelItem(label: LabelItem): OrdinalItem {
  return { value: label.value, written: label.prefix + label.numeral + label.suffix, range: label.range, label };
}

/** The innermost heading whose section holds `line`. */
function containerOf(model: DocumentModel, line: number): Heading | undefined {
  let container: Heading | undefined;
  for (const heading of model.headings) {
    if (heading.line >= line) break;
    if (heading.sectionEndLine >= line) container = heading;
  }
  return container;
}

/** The label lists of the text (see LabelList). */
export function labelLists(model: DocumentModel): LabelList[] {
  const lists: LabelList[] = [];
  // The attachments of each document of the file: an attachment note begins the next one's.
  let attachments: LabelItem[] = [];
  const closeAttachments = () => {
    if (attachments.length > 0) lists.push({ kind: 'labels', attachments: true, items: attachments.map(labelItem) });
    attachments = [];
  };
  const notes = model.attachmentNotes.map((note) => note.line);
  for (const label of model.labels) {
    if (!label.prefix.startsWith('附')) continue;
    const last = attachments[attachments.length - 1];
    if (last && notes.some((line) => line > last.line && line < label.line)) closeAttachments();
    attachments.push(label);
  }
  closeAttachments();
  const open = new Map<string, { labels: LabelItem[]; container: Heading | undefined }>();
  const keyOf = (label: LabelItem) => `${label.prefix}|${label.suffix}`;
  const crossedBetween = (container: Heading | undefined, from: number, to: number) => {
    if (container === undefined) return false;
    for (let i = firstBelow(model.headings, from); i < model.headings.length && model.headings[i]!.line < to; i++) {
      if (headingRank(model.headings[i]!.level) <= headingRank(container.level)) return true;
    }
    return false;
  };
  // Kinds numbered on through the sections somewhere (`问题4` under （二）after `问题3` under （一）): a
  // `问题1` again after a section's heading is then a repeat, not a new list.
  const numberedOn = new Set<string>();
  const lastOf = new Map<string, LabelItem>();
  for (const label of model.labels) {
    if (label.prefix.startsWith('附')) continue;
    const last = lastOf.get(keyOf(label));
    if (last && label.value !== 1 && label.value > last.value && crossedBetween(containerOf(model, last.line), last.line, label.line)) numberedOn.add(keyOf(label));
    lastOf.set(keyOf(label), label);
  }
  for (const label of model.labels) {
    if (label.prefix.startsWith('附')) continue;
    const key = keyOf(label);
    const run = open.get(key);
    // A label numbered from one again after a heading at the level of the one that holds the run, or above
    // it, begins a run of its own (`案例一` under each section); one numbered on (`问题4` under （二）after
    // `问题3` under （一）) goes on with the run. So does a `专题一` after two or more (the topics listed,
    // then set out one by one) begin one.
    const last = run?.labels[run.labels.length - 1];
    const crossed = run !== undefined && !numberedOn.has(key) && crossedBetween(run.container, last!.line, label.line);
    const ended =
      !run ||
      (label.value === 1 && (run.labels.length >= 2 || crossed)) ||
      (partOfLine(model, label.line) !== partOfLine(model, last!.line) && !model.parts.some((part) => part.line === label.line));
    if (ended) {
      if (run) lists.push({ kind: 'labels', attachments: false, items: run.labels.map(labelItem) });
      open.set(key, { labels: [label], container: containerOf(model, label.line) });
    } else run.labels.push(label);
  }
  for (const run of open.values()) lists.push({ kind: 'labels', attachments: false, items: run.labels.map(labelItem) });
  // A label alone (`第三阶段` after stages told in prose, or in a script that numbers its stages on from its
  // 科目) is no list: nothing to check or renumber. (Attachments' labels answer to their note.)
  return lists.filter((list) => list.attachments || list.items.length > 1);
}

const previousSiblings = new WeakMap<DocumentModel, Map<Heading, Heading>>();

/**
 * True when a list that ends at `last` after `count` items is carried on by `value` under the next section:
 * its next number, or the next of its count, as renumbering makes its numbers (`（一）（一）` then `（三）`).
 */
export function carriesOn(last: number | 'last' | undefined, count: number, value: number): boolean {
  return count > 0 && (last === value - 1 || count === value - 1);
}

/**
 * The heading's previous sibling of the same level under the same parent (or at
 * the top), found in constant time: built once per model, since long drafts
 * have tens of thousands of headings.
 */
export function previousSameLevelSibling(model: DocumentModel, heading: Heading): Heading | undefined {
  let index = previousSiblings.get(model);
  if (!index) {
    index = new Map();
    const walk = (siblings: readonly Heading[]) => {
      const last = new Map<Heading['level'], Heading>();
      for (const h of siblings) {
        const previous = last.get(h.level);
        if (previous) index!.set(h, previous);
        last.set(h.level, h);
      }
    };
    for (const roots of topLevelByPart(model)) walk(roots);
    for (const h of model.headings) if (h.children.length > 0) walk(h.children);
    previousSiblings.set(model, index);
  }
  return index.get(heading);
}

/** A title that says the text is an excerpt: `（节选）`, `（摘要）`, `（摘编）`, `（摘录）`. */
const EXCERPT_TITLE = /[（(](?:节选|摘要|摘编|摘录)[）)]/;
/** Longer than this, a line is no title. */
const EXCERPT_TITLE_LENGTH = 80;

/**
 * True when `list` is the top level of an excerpt (a line above the first heading, its title, says
 * `……纲要（节选）`): it begins where the excerpt does (`第二章`), and renumbering keeps that start.
 */
export function opensExcerpt(model: DocumentModel, list: OrdinalList): boolean {
  if (list.kind !== 'headings' || list.parent) return false;
  const first = list.items[0]!.heading!.line;
  if (first >= (model.parts[0]?.line ?? Infinity)) return false;
  for (let line = 0; line < first; line++) {
    const text = model.lines[line]!.text;
    if (text.length <= EXCERPT_TITLE_LENGTH && EXCERPT_TITLE.test(text)) return true;
  }
  return false;
}

/** The letter of a standard's list item numbered `value`: `a` for 1; past `z`, the number. */
export function letterOf(value: number): string {
  return value >= 1 && value <= 26 ? String.fromCharCode(0x61 + value - 1) : String(value);
}
