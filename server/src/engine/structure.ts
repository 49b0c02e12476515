/**
 * Readings of the heading sequence that explain a numbering slip as a level
 * slip: a higher-level heading dropped into a run of lower-level ones
 * (level-inversion), or a sibling written in another form (mixed-style).
 * The sequence rules leave these to the level rules, so one slip is reported once.
 */
import { headingItem, headingLists, previousSameLevelSibling, standardHeadingOrdinal, type HeadingList } from './lists';
import { hasAncestorAt, headingRank, type DocumentModel, type Heading } from './model';

export interface Inversion {
  /** The higher-level heading inside the run: `一、` in `1.…… 一、…… 2.……`. */
  readonly heading: Heading;
  /** The last item of the run before it (`1.`); none when it takes the run's first place. */
  readonly before: Heading | undefined;
  /** The item that continues the run after it (`2.`). */
  readonly after: Heading;
  /** The heading the run stands under (`（四）` over `1.` `二、` `3.`). */
  readonly runParent: Heading | undefined;
  /**
   * True when it bears the number the run wants there (`1.…… 二、…… 3.……`): the writer typed the
   * run's item in the wrong form, and `2.` is its sure correction.
   */
  readonly takesSlot: boolean;
  /** The standard ordinal of the run's item at its place (`2.`). */
  readonly expected: string;
}

export interface FormContinuation {
  /** The heading that continues a list in another form: `3.` after `（一）（二）`. */
  readonly heading: Heading;
  /** The sibling it continues (`（二）`). */
  readonly continues: Heading;
}

export function findInversions(model: DocumentModel): Inversion[] {
  const inversions: Inversion[] = [];
  const headings = model.headings;
  for (let k = 1; k + 1 < headings.length; k++) {
    const heading = headings[k]!;
    const after = headings[k + 1]!;
    // 条文: 第X条 runs on across 第X章 by design.
    if (after.level === 'article') continue;
    const inversion = inRun(model, heading, headings[k - 1]!, after) ?? firstOfRun(model, heading, headings[k - 1]!, after);
    if (inversion) inversions.push(inversion);
  }
  return inversions;
}

/** A higher heading between two items of a run (`1.` `一、` `2.`), or in its place (`1.` `二、` `3.`). */
function inRun(model: DocumentModel, heading: Heading, previous: Heading, after: Heading): Inversion | undefined {
  const rank = headingRank(heading.level);
  // The open headings before it that are deeper than it: the run it interrupts.
  for (let open: Heading | undefined = previous; open && headingRank(open.level) > rank; open = open.parent) {
    // Under a heading of its own level the run was that heading's children: `二、`
    // after `（一）（二）` under `一、` is a new section (a restart slip, if any).
    if (open.level !== after.level) continue;
    const wanted = open.ordinal.value + 1;
    const expected = standardHeadingOrdinal(open.level, wanted, open);
    if (after.ordinal.value === wanted && !hasAncestorAt(open, heading.level)) {
      return { heading, before: open, after, runParent: open.parent, takesSlot: false, expected };
    }
    // `二、` between `1.` and `3.` under `（四）` of `二、`: it fits the run, not its own level,
    // where it repeats or skips (a `二、` after `二、`), so it is no new section.
    if (heading.ordinal.value === wanted && after.ordinal.value === wanted + 1 && (!hasAncestorAt(open, heading.level) || !fitsOwnLevel(model, heading))) {
      return { heading, before: open, after, runParent: open.parent, takesSlot: true, expected };
    }
  }
  return undefined;
}

/**
 * `（四）` `一、……` `2.` `3.`: a run's first item typed in a higher form. The `一、` cannot be its
 * level's next (it repeats or goes back), and what follows under it starts at 2.
 */
function firstOfRun(model: DocumentModel, heading: Heading, previous: Heading, after: Heading): Inversion | undefined {
  const rank = headingRank(heading.level);
  const runRank = headingRank(after.level);
  if (heading.ordinal.value !== 1 || after.parent !== heading || after.ordinal.value !== 2 || runRank <= rank) return undefined;
  // It interrupts a section deeper than itself that the run would belong to.
  const previousRank = headingRank(previous.level);
  if (previousRank <= rank || previousRank >= runRank || fitsOwnLevel(model, heading)) return undefined;
  return { heading, before: undefined, after, runParent: previous, takesSlot: true, expected: standardHeadingOrdinal(after.level, 1, after) };
}

/**
 * The heading lists read as the writer meant them where a run's item was typed in a higher form
 * (`1.` `二、` `3.`): the `二、` is the run's second item, not one of its level's list (no repeat of
 * the `二、` before it), and the `3.` that lands under it goes on with the run.
 */
function readAsMeant(lists: readonly HeadingList[], slots: readonly Inversion[]): HeadingList[] {
  if (slots.length === 0) return [...lists];
  const slotted = new Set(slots.map((i) => i.heading));
  const runsAfter = new Map<Heading, HeadingList>();
  for (const list of lists) {
    const first = list.items[0]?.heading;
    if (first && slots.some((i) => i.after === first)) runsAfter.set(first, list);
  }
  const kept: HeadingList[] = [];
  const listOf = new Map<Heading, number>();
  const keep = (list: HeadingList) => {
    for (const item of list.items) listOf.set(item.heading!, kept.length);
    kept.push(list);
  };
  for (const list of lists) {
    if (list.items[0]?.heading && runsAfter.has(list.items[0].heading)) continue;
    const items = list.items.filter((item) => !slotted.has(item.heading!));
    if (items.length === list.items.length) keep(list);
    else if (items.length > 0) keep({ ...list, items });
  }
  // In document order, so that a run with two such items (`1.` `二、` `3.` `四、` `5.`) is joined whole.
  for (const slot of slots) {
    const tail = [headingItem(slot.heading), ...(runsAfter.get(slot.after)?.items ?? [])];
    const at = slot.before ? listOf.get(slot.before) : undefined;
    const run: HeadingList =
      at === undefined
        ? { kind: 'headings', level: slot.after.level, parent: slot.runParent, items: tail }
        : { ...kept[at]!, items: [...kept[at]!.items, ...tail] };
    if (at === undefined) keep(run);
    else {
      kept[at] = run;
      for (const item of tail) listOf.set(item.heading!, at);
    }
  }
  return kept;
}

interface Reading {
  readonly lists: HeadingList[];
  /** Each heading typed in a higher form in a run of lower ones, with its reading. */
  readonly slotted: ReadonlyMap<Heading, Inversion>;
}

const readings = new WeakMap<DocumentModel, Reading>();

function read(model: DocumentModel): Reading {
  let found = readings.get(model);
  if (!found) {
    const slots = findInversions(model).filter((i) => i.takesSlot);
    found = { lists: readAsMeant(headingLists(model), slots), slotted: new Map(slots.map((i) => [i.heading, i])) };
    readings.set(model, found);
  }
  return found;
}

/** The heading lists as the writer meant them (see readAsMeant), built once per model. */
export function writtenHeadingLists(model: DocumentModel): readonly HeadingList[] {
  return read(model).lists;
}

/** Headings typed in a higher form in a run of lower ones, where they take the run's number (`1.` `二、` `3.`). */
export function slottedHeadings(model: DocumentModel): ReadonlyMap<Heading, Inversion> {
  return read(model).slotted;
}

/** True when a heading's number follows the previous heading of its level in its list. */
function fitsOwnLevel(model: DocumentModel, heading: Heading): boolean {
  const previous = previousSameLevelSibling(model, heading);
  return previous ? previous.ordinal.value + 1 === heading.ordinal.value : heading.ordinal.value === 1;
}

/** How many of a heading's children are at a level, counted once per heading. */
const levelCounts = new WeakMap<Heading, Map<Heading['level'], number>>();

function countAtLevel(parent: Heading, level: Heading['level']): number {
  let counts = levelCounts.get(parent);
  if (!counts) {
    counts = new Map();
    for (const c of parent.children) counts.set(c.level, (counts.get(c.level) ?? 0) + 1);
    levelCounts.set(parent, counts);
  }
  return counts.get(level) ?? 0;
}

export function findFormContinuations(model: DocumentModel, inversions: readonly Inversion[]): FormContinuation[] {
  const found: FormContinuation[] = [];
  // `2.` after `1.…… 一、` continues its run across an inversion, not in another form.
  const resumed = new Set(inversions.map((i) => i.after));
  for (const heading of model.headings) {
    const parent = heading.parent;
    // 条文 units number themselves (第二条 under 第一章 is no form slip).
    if (!parent || typeof parent.level === 'string' || typeof heading.level === 'string' || resumed.has(heading)) continue;
    // A lone item numbered on from its parent (`（一）（二）3.`), not a list that lost its first item.
    // Under a `1.`, the parent's next sibling must bear it out (`1.` `（2）` `3.`), or the list end
    // there (`（一）……；` `（2）……。`, nothing under the `（2）`).
    if (countAtLevel(parent, heading.level) !== 1) continue;
    if (parent.ordinal.value < 2 && !(parent.ordinal.value === 1 && bornOut(model, parent, heading))) continue;
    if (heading.ordinal.value === parent.ordinal.value + 1 && !continuesCousin(model, heading)) {
      found.push({ heading, continues: parent });
    }
  }
  return found;
}

/** True when the list of `first` (numbered 1) goes on with `heading`'s number after it, or ends there. */
function bornOut(model: DocumentModel, first: Heading, heading: Heading): boolean {
  const next = nextSiblingValue(model, first);
  return next === heading.ordinal.value + 1 || (next === undefined && heading.ordinal.value === 2 && heading.children.length === 0);
}

/** The number of the next heading of `heading`'s level under the same parent, if any. */
function nextSiblingValue(model: DocumentModel, heading: Heading): number | undefined {
  const siblings = heading.parent ? heading.parent.children : model.roots;
  const next = siblings.find((h) => h.line > heading.line && h.level === heading.level);
  return next?.ordinal.value;
}

/** `（三）` under a new `二、` that continues `（二）` under `一、` is a restart slip, not a form slip. */
function continuesCousin(model: DocumentModel, heading: Heading): boolean {
  const previous = previousSameLevelSibling(model, heading.parent!);
  const cousins = previous?.children.filter((c) => c.level === heading.level) ?? [];
  return cousins.length > 0 && cousins[cousins.length - 1]!.ordinal.value === heading.ordinal.value - 1;
}
