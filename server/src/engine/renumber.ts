/**
 * Renumbering after a section is inserted, deleted or moved: every sibling
 * list and series in scope is numbered 1, 2, 3 … in its own form, and the
 * counts announced for a renumbered list are brought in line. Only numerals
 * change; the edits touch nothing else.
 */
import { announcedLists, countText, unmatchedRecaps, type DashItem } from './announced';
import { attachmentLists, decimalPrefix, labelLists, letterOf, standardHeadingOrdinal, noteLists, opensExcerpt, seriesLists, type AttachmentList, type LabelList, type OrdinalItem, type OrdinalList } from './lists';
import { findFormContinuations, findInversions, slottedHeadings, writtenHeadingLists, type Inversion } from './structure';
import { carriesParentNumber, isDecimalLevel, isInlineFamily, ordinalUnit, type DocumentModel, type Heading, type HeadingOrdinal, type SeriesFamily, type SeriesMember } from './model';
import { formatChineseNumeral, formatLargeChineseNumeral, isParenthesizedDigit, parenthesizedDigit } from './numerals';
import { lineRange, type Position, type Range, type TextEdit } from './text';

export interface RenumberScope {
  /** Only the lists with an item on one of these lines, or around this position. */
  readonly at?: Position;
}

const SEQUENCE_WORDS = ['首先', '其次', '再次'];

/** The edit that gives a heading the number `value`, keeping its form. */
function headingEdit(heading: Heading, value: number): TextEdit | undefined {
  return ordinalEdit(heading.line, heading.ordinal, value, typeof heading.level === 'string');
}

/** The edit that gives the ordinal on `line` the number `value`, keeping its form; `unit` for 第X章 and the like. */
function ordinalEdit(line: number, o: HeadingOrdinal, value: number, unit = false): TextEdit | undefined {
  if (o.value === value) return undefined;
  const singleCharacterOrdinal = !unit && o.numeral === o.core && !/^[0-9０-９一二三四五六七八九十]+$/.test(o.core);
  const start = o.coreRange.start.character + (o.open?.text.length ?? 0) + (unit ? 1 : 0);
  const numeral = unit
    ? o.numeralKind === 'arabic'
      ? String(value)
      : formatLargeChineseNumeral(value)
    : singleCharacterOrdinal
      ? singleCharacter(o.core, value)
      : o.numeralKind === 'chinese'
        ? formatChineseNumeral(value)
        : String(value);
  return { range: lineRange(line, start, start + o.numeral.length), newText: numeral };
}

/**
 * Decimal clause numbers carry their parents' numbers (`4.2.1`): renumbering `4.2` to `4.3`
 * renumbers the clauses under it too, whether or not their own list is in scope.
 */
function decimalEdits(model: DocumentModel, values: ReadonlyMap<Heading, number>): TextEdit[] {
  const renumbered = new Map<Heading, string>();
  const numberOf = (heading: Heading): string => {
    let result = renumbered.get(heading);
    if (result === undefined) {
      const own = String(values.get(heading) ?? heading.ordinal.value);
      const parent = heading.parent;
      result =
        parent && carriesParentNumber(parent, heading.level)
          ? `${numberOf(parent)}.${own}`
          : decimalPrefix(heading) + own;
      renumbered.set(heading, result);
    }
    return result;
  };
  const edits: TextEdit[] = [];
  for (const heading of model.headings) {
    if (!isDecimalLevel(heading.level)) continue;
    const number = numberOf(heading);
    const { coreRange, core } = heading.ordinal;
    if (number !== core) edits.push({ range: coreRange, newText: number });
  }
  return edits;
}

function hasDecimalChildren(heading: Heading): boolean {
  return heading.children.some((child) => isDecimalLevel(child.level));
}

/** ⑴ ㈠ ⒈ ① written as one character: the same kind of character for the new number. */
function singleCharacter(core: string, value: number): string {
  const code = core.charCodeAt(0);
  const ranges: Array<[number, number]> = [[0x2474, 20], [0x3220, 10], [0x2488, 20], [0x2460, 20]];
  for (const [first, count] of ranges) {
    if (code >= first && code < first + count) return value <= count ? String.fromCharCode(first + value - 1) : core;
  }
  return core;
}

/** The edit that gives a series member the number `value`, keeping its wording. */
function memberEdit(member: SeriesMember, value: number): TextEdit | undefined {
  if (member.value === value || member.value === 'last') return undefined;
  const marker = member.marker;
  let replaced: string;
  switch (member.family) {
    case 'shi':
      replaced = formatChineseNumeral(value) + marker.slice(-1);
      break;
    case 'di':
      replaced = `第${formatChineseNumeral(value)}${ordinalUnit(marker)}`;
      break;
    case 'qi':
      replaced = `其${formatChineseNumeral(value)}`;
      break;
    case 'sequence-word': {
      const word = SEQUENCE_WORDS[value - 1];
      if (!word) return undefined;
      replaced = word;
      break;
    }
    case 'inline-arabic':
      // `（2）` keeps its brackets; `2）` has only the closing one; `⑵` is one character.
      replaced = isParenthesizedDigit(marker)
        ? parenthesizedDigit(value)
        : /^[0-9]/.test(marker)
          ? String(value) + marker[marker.length - 1]
          : marker[0] + String(value) + marker[marker.length - 1];
      break;
    case 'inline-chinese':
      replaced = marker[0] + formatChineseNumeral(value) + marker[marker.length - 1];
      break;
    case 'inline-circled':
      replaced = value <= 20 ? String.fromCharCode(0x2460 + value - 1) : marker;
      break;
    case 'inline-letter':
      // `b）` keeps its bracket; a full-width letter becomes the plain one, as ordinal-form asks.
      replaced = value <= 26 ? letterOf(value) + marker[marker.length - 1] : marker;
      break;
    case 'fangmian':
      return undefined;
  }
  return markerEdit(member, replaced);
}

/** The edit that writes `replaced` for the member's marker (none when it already reads so). */
function markerEdit(member: SeriesMember, replaced: string): TextEdit | undefined {
  const marker = member.marker;
  if (replaced === marker) return undefined;
  const split = member.wrappedAfter;
  const start = member.markerRange.start.character;
  if (split === undefined) return { range: lineRange(member.line, start, start + marker.length), newText: replaced };
  return splitMarkerEdit(member.markerRange, marker, split, replaced);
}

/**
 * `首先，……其次，……最后，……再次，……` or `……最后，……最后，……`: a member added after 最后. Renumbered, 最后 goes to the end: the
 * member written 最后 takes its place's word, and the last member becomes 最后.
 */
function lastWordEdits(list: OrdinalList, start: number): TextEdit[] | undefined {
  if (list.kind !== 'series') return undefined;
  const items = list.items;
  const misplaced = items.findIndex((item, i) => item.value === 'last' && i < items.length - 1);
  // (The last may be written 最后 too, `首先，……其次，……最后，……最后，……`: a new last member added after the old.)
  if (misplaced === -1 || items.slice(misplaced + 1, -1).some((item) => item.value === 'last')) return undefined;
  const edits: TextEdit[] = [];
  items.forEach((item, i) => {
    const member = item.member!;
    let edit: TextEdit | undefined;
    if (i === misplaced) edit = markerEdit(member, positionalWord(list.family, start + i) ?? member.marker);
    else if (i === items.length - 1) edit = markerEdit(member, '最后');
    else edit = memberEdit(member, start + i);
    if (edit) edits.push(edit);
  });
  return edits;
}

/** The word the series' family gives place `value` (`再次`, `第三`), for a member written 最后. */
function positionalWord(family: SeriesFamily, value: number): string | undefined {
  if (family === 'di') return `第${formatChineseNumeral(value)}`;
  return family === 'sequence-word' ? SEQUENCE_WORDS[value - 1] : undefined;
}

/**
 * The edit of a marker a scan's line break split after `split` characters (`二` / `是`): the
 * characters that change, on their own line, so the line break stays; across it only when the
 * change spans it (`其` / `次` becoming `二是`).
 */
function splitMarkerEdit(range: Range, marker: string, split: number, replaced: string): TextEdit {
  let prefix = 0;
  while (prefix < marker.length && prefix < replaced.length && marker[prefix] === replaced[prefix]) prefix++;
  let suffix = 0;
  while (suffix < marker.length - prefix && suffix < replaced.length - prefix && marker[marker.length - 1 - suffix] === replaced[replaced.length - 1 - suffix]) suffix++;
  const newText = replaced.slice(prefix, replaced.length - suffix);
  const changedEnd = marker.length - suffix;
  const { start, end } = range;
  if (changedEnd <= split) return { range: lineRange(start.line, start.character + prefix, start.character + changedEnd), newText };
  // Where the marker's part on the lower line starts.
  const below = end.character - (marker.length - split);
  if (prefix >= split) return { range: lineRange(end.line, below + prefix - split, below + changedEnd - split), newText };
  return { range, newText: replaced };
}

function itemEdit(item: OrdinalItem, value: number): TextEdit | undefined {
  if (item.heading) return headingEdit(item.heading, value);
  if (item.member) return memberEdit(item.member, value);
  if (item.label) {
    const { label } = item;
    return label.value === value ? undefined : { range: label.numeralRange, newText: label.arabic ? String(value) : formatChineseNumeral(value) };
  }
  // An attachment's number (`附件：1.××` `2.××`), a note's (`注：1.……`, `①……`).
  const { line, ordinal } = item.attachment ?? item.note!;
  return ordinalEdit(line, ordinal!, value);
}

/** `二、` typed among `1.` `3.`: renumbered, it takes its run's form (`2.`). */
function slotEdit(slot: Inversion, value: number): TextEdit {
  const run = (slot.before ?? slot.after)!;
  return { range: slot.heading.ordinal.range, newText: standardHeadingOrdinal(run.level, value, run) };
}

function itemLine(item: OrdinalItem): number {
  return item.heading?.line ?? item.member?.line ?? item.label?.line ?? (item.attachment ?? item.note!).line;
}

function itemLines(list: OrdinalList): number[] {
  return list.items.map(itemLine);
}

/** The lists the cursor is on: one with an item on its line, else the innermost that spans it. */
function listsAt(lists: readonly OrdinalList[], at: Position): OrdinalList[] {
  const onLine = lists.filter((l) => itemLines(l).includes(at.line));
  if (onLine.length > 0) return onLine;
  const spans = lists
    .map((list) => {
      const lines = itemLines(list);
      const last = list.items[list.items.length - 1]!;
      const end = last.heading ? last.heading.sectionEndLine : last.attachment ? last.attachment.lastLine : itemLine(last);
      return { list, start: lines[0]!, end };
    })
    .filter((s) => s.start <= at.line && at.line <= s.end);
  if (spans.length === 0) return [];
  const innermost = spans.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
  return [innermost.list];
}

/**
 * The number a list is renumbered from: 1, except for in-text ordinals (`（2）`, `②`) that start
 * later, which the sequence rules take for a list whose start was not seen (`其中①……，②……`
 * with the ① not at a clause start) or a reference: they keep their first number (not a standard's
 * list items, `b)` `c)` on their lines, which start at `a)`); and the top
 * level of an excerpt (`……纲要（节选）` from `第二章`), which keeps its least number.
 */
function firstNumber(model: DocumentModel, list: OrdinalList): number {
  const first = list.items[0]!.value;
  if (typeof first !== 'number') return 1;
  // (A standard's list items on their lines, two or more, start at `a)`: the sequence rules say so too.)
  if (list.kind === 'series' && isInlineFamily(list.family) && !(list.family === 'inline-letter' && list.items.length > 1)) return first;
  // (`第三章` `第二章` swapped: the excerpt still begins at 第二章.)
  if (opensExcerpt(model, list)) return Math.min(...list.items.map((item) => (typeof item.value === 'number' ? item.value : first)));
  return 1;
}

/**
 * True when the attachment labels `labels` (`附件1` `附件3`) are as many as the items of the attachment
 * note before them (`附件：1.……` `2.……`): each label is its item's, and takes its number.
 */
function followsNote(labels: LabelList, notes: readonly AttachmentList[]): boolean {
  const first = labels.items[0]!.label!.line;
  let note: AttachmentList | undefined;
  for (const list of notes) if (list.note.line < first) note = list;
  return note !== undefined && note.items.length === labels.items.length;
}

/** True when there is a list or series at the position for renumberEdits to work on. */
export function hasListAt(model: DocumentModel, at: Position): boolean {
  return listsAt(renumberable(model), at).length > 0;
}

/** True when renumbering can change the numbers of a list with an item on `line`: what a numbering finding there asks. */
export function renumbersItemOn(model: DocumentModel, line: number): boolean {
  return renumberable(model).some((list) => itemLines(list).includes(line));
}

/** The lists renumbering works on, found once per model (code actions ask on every numbering finding). */
const renumberableByModel = new WeakMap<DocumentModel, readonly OrdinalList[]>();

function renumberable(model: DocumentModel): readonly OrdinalList[] {
  let lists = renumberableByModel.get(model);
  if (!lists) {
    // The attachments' labels only where they follow the attachment note one for one: an attachment left
    // out as a file of its own leaves a gap that is none.
    const notes = attachmentLists(model);
    const labels = labelLists(model).filter((l) => !l.attachments || followsNote(l, notes));
    const all: OrdinalList[] = [...writtenHeadingLists(model), ...seriesLists(model), ...notes, ...noteLists(model), ...labels];
    // Words like 一方面 are not numbered.
    lists = all.filter((l) => l.kind !== 'series' || l.family !== 'fangmian');
    renumberableByModel.set(model, lists);
  }
  return lists;
}

/**
 * Lone items numbered on from their parent (`（一）（二）3.`), which mixed-style reads as the parent's sibling in
 * another form: made `1.`, such an item would be the lone child mixed-style says it is not. Kept as they are
 * while the parent's list keeps its numbers; a list renumbered (`一、` `四、` `（五）`) says nothing of them any more.
 */
function keptContinuations(model: DocumentModel, lists: readonly OrdinalList[], starts: ReadonlyMap<OrdinalList, number>): Set<Heading> {
  const changed = new Set<Heading>();
  for (const list of lists) {
    const start = starts.get(list)!;
    if (list.items.some((item, index) => item.heading && item.value !== start + index)) for (const item of list.items) if (item.heading) changed.add(item.heading);
  }
  const kept = new Set<Heading>();
  for (const { heading, continues } of findFormContinuations(model, findInversions(model))) if (!changed.has(continues)) kept.add(heading);
  return kept;
}

export function renumberEdits(model: DocumentModel, scope: RenumberScope = {}): TextEdit[] {
  const numbered = renumberable(model);
  const lists = scope.at ? listsAt(numbered, scope.at) : numbered;
  const edits: TextEdit[] = [];
  const decimalValues = new Map<Heading, number>();
  const slotted = slottedHeadings(model);
  const starts = new Map(lists.map((list) => [list, firstNumber(model, list)]));
  const kept = keptContinuations(model, lists, starts);
  for (const list of lists) {
    if (list.items.every((item) => item.heading && kept.has(item.heading))) continue;
    const start = starts.get(list)!;
    const lastWords = lastWordEdits(list, start);
    if (lastWords) {
      edits.push(...lastWords);
      continue;
    }
    list.items.forEach((item, index) => {
      // A chapter's or an article's new number goes on into its decimal clauses (`第3章` over `3.1`), as a clause's does.
      const unit = item.heading?.level === 'chapter' || item.heading?.level === 'article';
      if (item.heading && (isDecimalLevel(item.heading.level) || (unit && hasDecimalChildren(item.heading)))) {
        decimalValues.set(item.heading, start + index);
        if (!unit) return;
      }
      const edit = slotted.has(item.heading!) ? slotEdit(slotted.get(item.heading!)!, start + index) : itemEdit(item, start + index);
      if (edit) edits.push(edit);
    });
  }
  if (decimalValues.size > 0) edits.push(...decimalEdits(model, decimalValues));
  // Counts announced for a list in scope follow its new length.
  // (Dash items are not numbered: their counts are not renumbering's.)
  const inScope = new Set<Heading | SeriesMember | DashItem>(lists.flatMap((l) => l.items.flatMap((i) => i.heading ?? i.member ?? [])));
  for (const { announcement, list: announced } of announcedLists(model)) {
    if (!announced || !inScope.has(announced.items[0]!)) continue;
    if (announced.items.length === announcement.announcedCount) continue;
    edits.push({ range: announcement.countRange, newText: countText(announcement, announced.items.length) });
  }
  // So do recaps (`以上四点意见`) that no list before them bears out, by the list count-mismatch names.
  for (const { recap, list } of unmatchedRecaps(model)) {
    if (inScope.has(list.items[0]!)) edits.push({ range: recap.countRange, newText: countText(recap, list.items.length) });
  }
  return edits.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
