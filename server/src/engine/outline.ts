/**
 * The document's structure as an editor shows it: the outline (headings nested
 * by level, series members under their section) and folding ranges.
 */
import { headingLabel } from './lists';
import { isInlineFamily, type DocumentModel, type Heading, type HeadingLevel, type Series, type SeriesMember } from './model';
import { comparePositions, type Range } from './text';

export interface OutlineNode {
  /** A part holds the headings after its label: an attachment (`附件2`), a compilation's next speech. */
  readonly kind: 'heading' | 'series-member' | 'part';
  /** 1–4 for headings; undefined for series members. */
  readonly level: HeadingLevel | undefined;
  readonly name: string;
  /** The whole section (headings) or the member's clause. */
  readonly range: Range;
  /** The ordinal and title: what the editor selects and reveals. */
  readonly selectionRange: Range;
  readonly children: readonly OutlineNode[];
}

export interface OutlineOptions {
  /** Show 一是/首先 series members under their section. */
  readonly series: boolean;
}

export function buildOutline(model: DocumentModel, options: OutlineOptions = { series: true }): OutlineNode[] {
  const membersBySection = new Map<Heading | undefined, SeriesMember[]>();
  if (options.series) {
    for (const series of model.series) {
      // In-text ordinals are detail inside a sentence, not structure.
      if (isInlineFamily(series.members[0]!.family)) continue;
      // A lone 首先，/最后，/另一方面 is a connective (`最后，我代表市委……`), not a list.
      if (isConnective(series)) continue;
      for (const member of series.members) {
        const list = membersBySection.get(series.section);
        if (list) list.push(member);
        else membersBySection.set(series.section, [member]);
      }
    }
  }
  const memberNodes = (section: Heading | undefined): OutlineNode[] => {
    const members = membersBySection.get(section);
    return members ? members.map((member, i) => memberNode(model, member, members[i + 1])) : [];
  };
  const headingNode = (heading: Heading): OutlineNode => {
    const endLine = heading.sectionEndLine;
    const children = mergeByStart(heading.children.map(headingNode), memberNodes(heading));
    return {
      kind: 'heading',
      level: heading.level,
      name: headingLabel(heading),
      range: {
        start: { line: heading.line, character: 0 },
        end: { line: endLine, character: model.lines[endLine]!.text.length },
      },
      selectionRange: heading.headRange,
      children,
    };
  };
  const topMembers = memberNodes(undefined);
  if (model.parts.length === 0) return mergeByStart(model.roots.map(headingNode), topMembers);
  // The text before the first label, then one node per part holding its own headings.
  const starts = model.parts.map((label) => label.line);
  // Each part's headings and members, in one pass over each.
  const roots: OutlineNode[][] = [[], ...starts.map(() => [])];
  for (const heading of model.roots) roots[heading.part]!.push(headingNode(heading));
  const members: OutlineNode[][] = [[], ...starts.map(() => [])];
  for (const node of topMembers) members[partOfLine(starts, node.range.start.line)]!.push(node);
  const body = { roots: roots[0]!, members: members[0]! };
  const parts = model.parts.map((label, i): OutlineNode => {
    const inPart = { roots: roots[label.part]!, members: members[label.part]! };
    const endLine = i + 1 < starts.length ? starts[i + 1]! - 1 : model.lines.length - 1;
    return {
      kind: 'part',
      level: undefined,
      name: label.text,
      range: { start: { line: label.line, character: 0 }, end: { line: endLine, character: model.lines[endLine]!.text.length } },
      selectionRange: label.range,
      children: mergeByStart(inPart.roots, inPart.members),
    };
  });
  return [...mergeByStart(body.roots, body.members), ...parts];
}

/** How many of the part labels at `starts` (ascending lines) come before `line`: its part. */
function partOfLine(starts: readonly number[], line: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (starts[mid]! < line) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A series of one 首先/其次/最后 or one 另一方面: a connective in prose, not an item. */
function isConnective(series: Series): boolean {
  if (series.members.length !== 1) return false;
  const member = series.members[0]!;
  return member.family === 'sequence-word' || (member.family === 'fangmian' && member.value !== 1);
}

/** The children of every leaf: one shared empty list, as a long draft has thousands of members. */
const NO_CHILDREN: readonly OutlineNode[] = [];

const byStart = (a: OutlineNode, b: OutlineNode) => comparePositions(a.range.start, b.range.start);

/**
 * Headings `a` (in document order) and series members `b` in one list in
 * document order, `a` first on a tie. Members of nested series come series by
 * series, so `b` may need sorting; most sections need none.
 */
function mergeByStart(a: OutlineNode[], b: OutlineNode[]): OutlineNode[] {
  for (let k = 1; k < b.length; k++) {
    if (byStart(b[k - 1]!, b[k]!) > 0) {
      b.sort(byStart);
      break;
    }
  }
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const merged: OutlineNode[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    merged.push(byStart(b[j]!, a[i]!) < 0 ? b[j++]! : a[i++]!);
  }
  while (i < a.length) merged.push(a[i++]!);
  while (j < b.length) merged.push(b[j++]!);
  return merged;
}

function memberNode(model: DocumentModel, member: SeriesMember, next: SeriesMember | undefined): OutlineNode {
  const sameLine = next && next.line === member.line;
  const end = sameLine ? next.markerRange.start.character : model.lines[member.line]!.text.length;
  return {
    kind: 'series-member',
    level: undefined,
    name: member.name,
    range: { start: member.markerRange.start, end: { line: member.line, character: Math.max(end, member.nameRange.end.character) } },
    selectionRange: member.nameRange,
    children: NO_CHILDREN,
  };
}

export interface FoldingSection {
  readonly startLine: number;
  readonly endLine: number;
}

/** One fold per part and per section, from its label or heading to its last non-blank line. */
export function foldingSections(model: DocumentModel): FoldingSection[] {
  const folds: FoldingSection[] = [];
  const fold = (startLine: number, lastLine: number) => {
    let end = lastLine;
    while (end > startLine && model.lines[end]!.text.trim().length === 0) end--;
    if (end > startLine) folds.push({ startLine, endLine: end });
  };
  model.parts.forEach((label, i) => fold(label.line, (model.parts[i + 1]?.line ?? model.lines.length) - 1));
  for (const heading of model.headings) fold(heading.line, heading.sectionEndLine);
  return folds;
}
