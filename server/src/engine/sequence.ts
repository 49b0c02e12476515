/**
 * Reads a numbered list's numbers once and says where the numbering goes wrong.
 * The sequence-* rules each report one kind of these.
 */
import { carriesOn, decimalPrefix, previousSameLevelSibling } from './lists';
import { carriesParentNumber, headingRank, isDecimalLevel, isInlineFamily, type DocumentModel, type Heading } from './model';
import type { HeadingList, OrdinalItem, OrdinalList } from './lists';

export type SequenceIssueKind = 'gap' | 'duplicate' | 'order' | 'start' | 'restart' | 'after-last';

export interface SequenceIssue {
  readonly kind: SequenceIssueKind;
  readonly list: OrdinalList;
  readonly item: OrdinalItem;
  readonly index: number;
  /** The number that belongs here (undefined after `最后`, where nothing belongs). */
  readonly expected: number | undefined;
  readonly previous: OrdinalItem | undefined;
  /** The number in full where its parent's decides it: `3.1` under `第3章`, written `2.1`. */
  readonly expectedText?: string;
}

/**
 * Compares each item with the one before. After an item that was itself wrong,
 * the item is also right when it has the number its position calls for, so one
 * slip (`（一）（二）（二）（四）`) is reported once, not twice.
 */
/** True when every number from `from` up to `to` (not included) stands among the first `before` values. */
function standEarlier(values: readonly (number | 'last')[], from: number, to: number, before: number): boolean {
  for (let n = from; n < to; n++) if (!values.slice(0, before).includes(n)) return false;
  return true;
}

export function sequenceIssues(
  list: OrdinalList,
  previousCousin: HeadingList | undefined,
  explained: ReadonlySet<Heading> = new Set(),
): SequenceIssue[] {
  const issues: SequenceIssue[] = [];
  const items = list.items;
  const first = items[0];
  if (!first) return issues;
  const values = effectiveValues(list);
  let base = typeof values[0] === 'number' ? values[0] : 1;
  // A lone in-text `（二）` is usually a reference to an item, and a lone 另一方面 ordinary
  // prose, not a list that starts wrong. (Not so a standard's `b)` `c)` on their lines: a list that
  // lost its `a)`.)
  const inline =
    list.kind === 'series' && (isInlineFamily(list.family) || list.family === 'fangmian') && !(list.family === 'inline-letter' && list.items.length > 1);
  // A first item that continues another run (an inversion, another form) is the level rules' to report.
  const levelSlip = first.heading !== undefined && explained.has(first.heading);
  let previousFlagged = false;
  /** True after a 条 numbered anew under a chapter: an article that has its place's number again is right. */
  let restarted = false;
  /** The whole text's number of a restarted section's first item (`1.` for `23.`): the items after it count on from it. */
  let resumeAt = 0;
  let restartIndex = 0;
  let swappedWithPrevious = false;
  /** The number of a first item that stands before the 1 (`（三）（一）（二）（四）`): its place is taken, the numbers after go on past it. */
  let movedToFront: number | undefined;
  if (values[0] !== 1 && values[0] !== 'last' && !inline && !levelSlip) {
    const cousinItems = previousCousin?.items ?? [];
    let kind: SequenceIssueKind = carriesOn(cousinItems[cousinItems.length - 1]?.value, cousinItems.length, values[0]) ? 'restart' : 'start';
    // `（二）（一）（三）`: the first two swapped, one slip.
    if (kind === 'start' && values[1] === 1) {
      kind = 'order';
      swappedWithPrevious = true;
      base = 1;
      movedToFront = values[0];
    }
    issues.push({ kind, list, item: first, index: 0, expected: 1, previous: undefined });
  }
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    const previous = items[i - 1]!;
    const value = values[i]!;
    const previousValue = values[i - 1]!;
    let kind: SequenceIssueKind | undefined;
    let expected: number | undefined;
    if (swappedWithPrevious) {
      // The second of a swapped pair: reported with the first.
      swappedWithPrevious = false;
      previousFlagged = true;
      continue;
    }
    if (previousValue === 'last') {
      kind = 'after-last';
    } else if (value !== 'last') {
      expected = previousValue + 1;
      if (expected === movedToFront && value !== movedToFront) expected++;
      const positional = base + i;
      if (list.kind === 'headings' && list.continuous && value === 1 && item.heading!.parent !== previous.heading!.parent) {
        // 条文: `第一条` again under a new chapter instead of continuing. After an earlier restart
        // the previous number is wrong too: the article's place in the whole text is what belongs here.
        kind = 'restart';
        expected = positional;
        // The articles after it follow the restart; the first back on the whole text's numbering is right.
        restarted = true;
        resumeAt = typeof previousValue === 'number' ? previousValue + 1 : positional;
        restartIndex = i;
      } else if (value !== expected && !((previousFlagged || restarted) && value === positional) && !(restarted && value === resumeAt + i - restartIndex)) {
        kind = value === previousValue ? 'duplicate' : value < previousValue ? 'order' : 'gap';
        // `（一）（三）（二）（四）`: two siblings swapped, one slip, reported once as order.
        if (kind === 'gap' && values[i + 1] === expected) {
          kind = 'order';
          swappedWithPrevious = true;
        }
        // `1.`…`5.` `10.` `6.`…`9.` `11.`: the `10.` moved up is the slip, reported where it stands; `11.` after
        // `9.` skips no number that is missing.
        if (kind === 'gap' && !previousFlagged && standEarlier(values, previousValue + 1, value, i)) kind = undefined;
        // After a wrong number the one before cannot say what belongs here (`1. 1. 1.`: the third is 3., not 2.); its place can.
        if (previousFlagged) expected = positional;
        // `1.` `（2）` `3.`: the missing 2. stands under 1. in another form, which mixed-style reports.
        // (Not a higher form: the `三、` among `1.` `2.` `4.` under `（二）` is their 3., no `（三）`.)
        const skipped = expected;
        const lowerForm = (child: Heading) => list.kind !== 'headings' || headingRank(child.level) > headingRank(list.level);
        if (kind === 'gap' && previous.heading?.children.some((child) => explained.has(child) && child.ordinal.value === skipped && lowerForm(child))) kind = undefined;
      }
    }
    previousFlagged = kind !== undefined;
    if (kind) issues.push({ kind, list, item, index: i, expected, previous });
  }
  return issues;
}

/**
 * `2.1` `2.2` under `第3章` or `第三条` (or under `3`): decimal clauses carry their parent's number, and a list
 * that carries another's was left so when the parent was renumbered. Reported once, at its first clause
 * (by the caller, unless the parent's own number is the slip).
 */
export function prefixIssue(list: OrdinalList): SequenceIssue | undefined {
  if (list.kind !== 'headings' || !isDecimalLevel(list.level) || !list.parent) return undefined;
  const parent = list.parent;
  const parentNumber = !carriesParentNumber(parent, list.level) ? undefined : isDecimalLevel(parent.level) ? parent.ordinal.core : String(parent.ordinal.value);
  const first = list.items[0]!;
  const written = decimalPrefix(first.heading);
  if (parentNumber === undefined || written === `${parentNumber}.`) return undefined;
  return { kind: 'restart', list, item: first, index: 0, expected: typeof first.value === 'number' ? first.value : 1, previous: undefined, expectedText: `${parentNumber}.${first.value}` };
}

/**
 * The numbers the sequence is judged by. A member of another family (`第一，第二，其次，`) is
 * mixed-style's to report, with the number its place asks for; here it counts as that number,
 * so that its own (`其次` is 2) makes no second finding and the members after it are judged rightly.
 */
function effectiveValues(list: OrdinalList): Array<number | 'last'> {
  const values: Array<number | 'last'> = [];
  list.items.forEach((item, i) => {
    const before = values[i - 1];
    const offFamily = list.kind === 'series' && item.member !== undefined && item.member.family !== list.family;
    values.push(offFamily && typeof item.value === 'number' && typeof before === 'number' ? before + 1 : item.value);
  });
  return values;
}

/**
 * The list at the same level under the nearest previous sibling of the parent that has one: in a
 * speech, `（三）（四）` under a new `二、` wrongly continue it instead of restarting.
 */
export function previousCousin(
  list: HeadingList,
  listsByParent: ReadonlyMap<Heading, readonly HeadingList[]>,
  model: DocumentModel,
): HeadingList | undefined {
  const parent = list.parent;
  if (!parent) return undefined;
  // Past sections with no list of that level (`二、存在的问题` with text only): the numbers carried on
  // may be those of the section before it.
  for (let uncle = previousSameLevelSibling(model, parent); uncle; uncle = previousSameLevelSibling(model, uncle)) {
    const cousin = listsByParent.get(uncle)?.find((l) => l.level === list.level);
    if (cousin) return cousin;
  }
  return undefined;
}
