/**
 * Readings of the heading sequence that explain a numbering slip as a level
 * slip: a higher-level heading dropped into a run of lower-level ones
 * (level-inversion), or a sibling written in another form (mixed-style).
 * The sequence rules leave these to the level rules, so one slip is reported once.
 */
import { previousSameLevelSibling } from './lists';
import { hasAncestorAt, headingRank, type DocumentModel, type Heading } from './model';

export interface Inversion {
  /** The higher-level heading inside the run: `一、` in `1.…… 一、…… 2.……`. */
  readonly heading: Heading;
  /** The last item of the run before it (`1.`). */
  readonly before: Heading;
  /** The item that continues the run after it (`2.`). */
  readonly after: Heading;
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
    const rank = headingRank(heading.level);
    // The open headings before it that are deeper than it: the run it interrupts.
    for (let open: Heading | undefined = headings[k - 1]; open && headingRank(open.level) > rank; open = open.parent) {
      // Under a heading of its own level the run was that heading's children: `二、`
      // after `（一）（二）` under `一、` is a new section (a restart slip, if any).
      if (open.level === after.level && after.ordinal.value === open.ordinal.value + 1 && !hasAncestorAt(open, heading.level)) {
        inversions.push({ heading, before: open, after });
        break;
      }
    }
  }
  return inversions;
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
