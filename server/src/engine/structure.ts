/**
 * Readings of the heading sequence that explain a numbering slip as a level
 * slip: a higher-level heading dropped into a run of lower-level ones
 * (level-inversion), or a sibling written in another form (mixed-style).
 * The sequence rules leave these to the level rules, so one slip is reported once.
 */
import { carriesOn, headingItem, headingLists, previousSameLevelSibling, standardHeadingOrdinal, topLevelByPart, type HeadingList } from './lists';
import type { Fix } from './findings';
import { hasAncestorAt, headingRank, type DocumentModel, type Heading } from './model';

export interface Inversion {
  /** The higher-level heading inside the run: `一、` in `1.…… 一、…… 2.……`. */
  readonly heading: Heading;
  /** The last item of the run before it (`1.`); none when it takes the run's first place. */
  readonly before: Heading | undefined;
  /** The item that continues the run after it (`2.`). */
  readonly after: Heading | undefined;
  /**
   * True when it bears the number the run wants there (`1.…… 二、…… 3.……`): the writer typed the
   * run's item in the wrong form, and `2.` is its sure correction (see Heading.runLevel).
   */
  readonly takesSlot: boolean;
  /** True when it is typed in a lower form than its run's (`（一）` `1.` `2.` `（2）`): mixed-style's to report. */
  readonly lower?: boolean;
  /** The standard ordinal of the run's item at its place (`2.`). */
  readonly expected: string;
}

/**
 * The one-edit correction of an item typed in another level's form: its ordinal written as the
 * run's (`二、` → `2.`). Not safe for fix-all: the writer confirms which level was meant.
 */
export function runFormFix(inversion: Inversion, rule: string): Fix {
  const { heading, expected } = inversion;
  return { title: { key: `${rule}.fix`, args: { expected } }, edits: [{ range: heading.ordinal.range, newText: expected }], safe: false };
}

export interface FormContinuation {
  /** The heading that continues a list in another form: `3.` after `（一）（二）`. */
  readonly heading: Heading;
  /** The sibling it continues (`（二）`). */
  readonly continues: Heading;
}

const inversionsByModel = new WeakMap<DocumentModel, readonly Inversion[]>();

/** The level slips of a model's headings, found once per model (the lists, counts and rules all read them). */
export function findInversions(model: DocumentModel): readonly Inversion[] {
  let found = inversionsByModel.get(model);
  if (!found) {
    found = inversionsOf(model);
    inversionsByModel.set(model, found);
  }
  return found;
}

function inversionsOf(model: DocumentModel): Inversion[] {
  const inversions: Inversion[] = [];
  const headings = model.headings;
  for (let k = 0; k < headings.length; k++) {
    const heading = headings[k]!;
    const after = headings[k + 1];
    // (An item of a run typed in another form may be the first heading of all, or the last.)
    if (heading.runLevel !== undefined) {
      const inversion = inRunItsForm(model, heading);
      if (inversion) inversions.push(inversion);
      continue;
    }
    // 条文: 第X条 runs on across 第X章 by design.
    if (k === 0 || !after || after.level === 'article') continue;
    const inversion = inserted(heading, headings[k - 1]!, after);
    if (inversion) inversions.push(inversion);
  }
  return inversions;
}

/** A higher heading inserted between two items of a run: `1.` `一、` `2.`. */
function inserted(heading: Heading, previous: Heading, after: Heading): Inversion | undefined {
  const rank = headingRank(heading.level);
  // The open headings before it that are deeper than it: the run it interrupts.
  for (let open: Heading | undefined = previous; open && headingRank(open.level) > rank; open = open.parent) {
    // Under a heading of its own level the run was that heading's children: `二、`
    // after `（一）（二）` under `一、` is a new section (a restart slip, if any).
    if (open.level !== after.level) continue;
    const wanted = open.ordinal.value + 1;
    if (after.ordinal.value === wanted && !hasAncestorAt(open, heading.level)) {
      return { heading, before: open, after, takesSlot: false, expected: standardHeadingOrdinal(open.level, wanted, open) };
    }
  }
  return undefined;
}

/** The number of the slot an item typed in another form takes: the one after the run's item before it, whatever it bears. */
function slotNumber(heading: Heading, before: Heading | undefined): number {
  return before ? before.ordinal.value + 1 : heading.ordinal.value;
}

/**
 * An item of a run typed in another form, which the parser nested as the run's (see Heading.runLevel):
 * `二、` between `1.` and `3.`, `一、` before `2.`, `2.` or `（2）` for `（二）`; with the run's items beside it.
 */
function inRunItsForm(model: DocumentModel, heading: Heading): Inversion | undefined {
  const level = heading.runLevel!;
  const siblings = heading.parent ? heading.parent.children : topLevelByPart(model)[heading.part]!;
  const at = siblings.indexOf(heading);
  let before: Heading | undefined;
  for (let i = at - 1; i >= 0 && !before; i--) if (siblings[i]!.level === level) before = siblings[i];
  let after: Heading | undefined;
  for (let i = at + 1; i < siblings.length && !after; i++) if (siblings[i]!.level === level) after = siblings[i];
  const lower = headingRank(heading.level) > headingRank(level);
  // (Typed in a lower form, it may be the run's last item: `（一）` `（2）` and nothing after.)
  const run = before ?? after;
  if (!run) return undefined;
  return { heading, before, after, takesSlot: true, lower, expected: standardHeadingOrdinal(level, slotNumber(heading, before), run) };
}

/**
 * The heading lists read as the writer meant them where a run's item was typed in another form
 * (`1.` `二、` `3.`): the `二、` is the run's item, in its place, not a list of its level of its own.
 */
function readAsMeant(lists: readonly HeadingList[], slots: readonly Inversion[]): HeadingList[] {
  if (slots.length === 0) return [...lists];
  const slotted = new Set(slots.map((i) => i.heading));
  const runOf = new Map<Heading, Inversion>();
  for (const slot of slots) runOf.set((slot.after ?? slot.before)!, slot);
  const kept: HeadingList[] = [];
  for (const list of lists) {
    const items = list.items.filter((item) => !slotted.has(item.heading!));
    if (items.length === 0) continue;
    // The run holding a slotted item: put it back in its place, by line.
    const added = items.flatMap((item) => {
      const slot = runOf.get(item.heading!);
      // In the run it stands for the number of its slot (an `一、` put in after `2.` is the run's `3.`).
      return slot ? [{ ...headingItem(slot.heading), value: slotNumber(slot.heading, slot.before) }] : [];
    });
    if (added.length === 0 && items.length === list.items.length) {
      kept.push(list);
      continue;
    }
    const all = [...items, ...added].sort((a, b) => a.heading!.line - b.heading!.line);
    kept.push({ ...list, items: all });
  }
  return kept;
}

interface Reading {
  readonly lists: HeadingList[];
  /** Each heading typed in another form than its run's, with its reading. */
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

/** Headings typed in another form than their run's, where they take the run's number (`1.` `二、` `3.`). */
export function slottedHeadings(model: DocumentModel): ReadonlyMap<Heading, Inversion> {
  return read(model).slotted;
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
  const resumed = new Set(inversions.flatMap((i) => i.after ?? []));
  for (const heading of model.headings) {
    const parent = heading.parent;
    // 条文 units number themselves (第二条 under 第一章 is no form slip).
    if (!parent || typeof parent.level === 'string' || typeof heading.level === 'string' || resumed.has(heading) || heading.runLevel !== undefined) continue;
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

/**
 * The number of the next heading of `heading`'s level under the same parent, if any; an item of its run
 * typed in another form counts (`一、` `（二）` `（二）` `三、`, the second `（二）` the run's `二、`).
 */
function nextSiblingValue(model: DocumentModel, heading: Heading): number | undefined {
  const siblings = heading.parent ? heading.parent.children : model.roots;
  const next = siblings.find((h) => h.line > heading.line && (h.runLevel ?? h.level) === heading.level);
  return next?.ordinal.value;
}

/**
 * `（三）` under a new `二、` that continues `（二）` under `一、` is a restart slip, not a form slip; so it is
 * after `（一）（一）` or `（二）（一）`, numbers slipped: the count of items, as renumbering makes them, is what it goes on from.
 */
function continuesCousin(model: DocumentModel, heading: Heading): boolean {
  const previous = previousSameLevelSibling(model, heading.parent!);
  const cousins = previous?.children.filter((c) => c.level === heading.level) ?? [];
  return carriesOn(cousins[cousins.length - 1]?.ordinal.value, cousins.length, heading.ordinal.value);
}
