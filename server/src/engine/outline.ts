/**
 * The document's structure as an editor shows it: the outline (headings nested
 * by level, series members under their section) and folding ranges.
 */
import { headingLabel, partOfLine, topLevelByPart } from './lists';
import { isDecimalLevel, isInlineFamily, type DocumentModel, type Heading, type HeadingLevel, type PartLabel, type Series, type SeriesMember } from './model';
import { comparePositions, contentEnd, firstBelow, type Range } from './text';

export interface OutlineNode {
  /** A part holds the headings after its label: an attachment (`附件2`), a compilation's next speech. */
  readonly kind: 'heading' | 'series-member' | 'part' | 'label';
  /** 1–4 for headings; undefined for series members. */
  readonly level: HeadingLevel | undefined;
  readonly name: string;
  /** Shown beside the name: a part's speaker or title. */
  readonly detail?: string;
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
  const seriesBySection = new Map<Heading | undefined, Series[]>();
  if (options.series) {
    for (const series of model.series) {
      // In-text ordinals are detail inside a sentence, not structure.
      if (isInlineFamily(series.members[0]!.family)) continue;
      // A lone 首先，/最后，/另一方面 is a connective (`最后，我代表市委……`), not a list.
      if (isConnective(series)) continue;
      const list = seriesBySection.get(series.section);
      if (list) list.push(series);
      else seriesBySection.set(series.section, [series]);
    }
  }
  const labelsBySection = labelNodesBySection(model);
  const memberNodes = (section: Heading | undefined): OutlineNode[] => {
    const series = seriesBySection.get(section);
    const labels = labelsBySection.get(section);
    const members = series ? seriesNodes(model, series) : [];
    return labels ? mergeByStart(labels, members) : members;
  };
  const headingNode = (heading: Heading): OutlineNode => {
    const endLine = heading.sectionEndLine;
    const children = mergeByStart(heading.children.map(headingNode), memberNodes(heading));
    return {
      kind: 'heading',
      level: heading.level,
      // A term entry's number stands alone (`3.2`), its term on the next line: the outline names both.
      name: heading.title === '' && isDecimalLevel(heading.level) ? `${headingLabel(heading)} ${model.lines[heading.line + 1]?.text.trim() ?? ''}`.trimEnd() : headingLabel(heading),
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
  const roots = topLevelByPart(model).map((headings) => headings.map(headingNode));
  const members: OutlineNode[][] = roots.map(() => []);
  for (const node of topMembers) members[partOfLine(model, node.range.start.line)]!.push(node);
  const partNode = (label: PartLabel, endLine: number, children: OutlineNode[]): OutlineNode => ({
    kind: 'part',
    level: undefined,
    name: label.text,
    ...(label.detail ? { detail: label.detail } : {}),
    range: { start: { line: label.line, character: 0 }, end: { line: endLine, character: model.lines[endLine]!.text.length } },
    selectionRange: label.range,
    children,
  });
  const parts = model.parts.map((label, i): OutlineNode => {
    const endLine = i + 1 < model.parts.length ? model.parts[i + 1]!.line - 1 : model.lines.length - 1;
    return partNode(label, endLine, mergeByStart(roots[label.part]!, members[label.part]!));
  });
  const body = mergeByStart(roots[0]!, members[0]!);
  // A compilation's first speech stands as a part like the others, from its title on.
  const first = model.leadingTitle;
  if (!first) return [...body, ...parts];
  const before = body.filter((node) => node.range.start.line < first.line);
  return [...before, partNode(first, model.parts[0]!.line - 1, body.filter((node) => node.range.start.line >= first.line)), ...parts];
}

/** How much of a label's line the outline names: `专栏1　重大工程项目`, `问题3：部分单位……`. */
const LABEL_NAME_LENGTH = 24;

/**
 * The numbered labels (`专栏1　……`, `问题3：……`, `案例二`, `第二阶段：……`) as outline entries, by the section
 * they stand in; not the attachments' (`附件2`), which are parts of their own.
 */
function labelNodesBySection(model: DocumentModel): Map<Heading | undefined, OutlineNode[]> {
  const bySection = new Map<Heading | undefined, OutlineNode[]>();
  const headings = model.headings;
  const sectionOfKind = new Map<string, Heading | undefined>();
  for (const label of model.labels) {
    if (label.prefix === '附件') continue;
    const text = model.lines[label.line]!.text;
    const start = label.range.start.character;
    const end = contentEnd(text);
    const name = text.slice(start, Math.min(end, start + LABEL_NAME_LENGTH)).replace(/[【】*]/g, '').replace(/[：:，,。；\s\u3000]+$/, '');
    const node: OutlineNode = {
      kind: 'label',
      level: undefined,
      name: end - start > LABEL_NAME_LENGTH ? `${name}…` : name,
      range: { start: { line: label.line, character: start }, end: { line: label.line, character: end } },
      selectionRange: label.range,
      children: NO_CHILDREN,
    };
    // The innermost section holding its line: the last heading above it, or one enclosing that; but
    // beside the label before it of its kind when that one's section holds it (`问题2` after the
    // measures `1.` `2.` of `问题1`, not under its `2.`).
    let section: Heading | undefined = headings[firstBelow(headings, label.line) - 1];
    while (section && section.sectionEndLine < label.line) section = section.parent;
    const kind = label.prefix + label.suffix;
    const before = sectionOfKind.get(kind);
    if (sectionOfKind.has(kind)) for (let s = section; s; s = s.parent) if (s.parent === before) section = before;
    sectionOfKind.set(kind, section);
    const list = bySection.get(section);
    if (list) list.push(node);
    else bySection.set(section, [node]);
  }
  return bySection;
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

/** Beyond this many series in one section, nesting is not worked out: they are listed flat. */
const MAX_NESTED_SERIES = 100;

const memberStart = (member: SeriesMember) => member.markerRange.start;

/**
 * The member each series stands inside: `其次，……一是……二是……三是……再次，` puts the 一是 series
 * under 其次, and `第二，……一方面……另一方面……第三，` the pair under 第二. Only a series that lies
 * wholly between two members of another is taken to be inside the first of them: one after the
 * last member of a finished list is a list of its own.
 */
function enclosingMembers(series: readonly Series[]): Map<Series, SeriesMember> {
  const parents = new Map<Series, SeriesMember>();
  if (series.length > MAX_NESTED_SERIES) return parents;
  const first = (s: Series) => memberStart(s.members[0]!);
  const last = (s: Series) => memberStart(s.members[s.members.length - 1]!);
  // In order of their first members, with a stack of the series still running at each start:
  // an enclosing series is on it, the innermost nearest the top.
  const ordered = [...series].sort((a, b) => comparePositions(first(a), first(b)));
  const running: Series[] = [];
  for (const inner of ordered) {
    while (running.length > 0 && comparePositions(last(running[running.length - 1]!), first(inner)) < 0) running.pop();
    for (let k = running.length - 1; k >= 0; k--) {
      const members = running[k]!.members;
      const i = members.findIndex((m, j) => j + 1 < members.length && comparePositions(memberStart(m), first(inner)) < 0 && comparePositions(last(inner), memberStart(members[j + 1]!)) < 0);
      if (i !== -1) {
        parents.set(inner, members[i]!);
        break;
      }
    }
    running.push(inner);
  }
  return parents;
}

/** The outline nodes of a section's series: each member, with the series that stand inside it. */
function seriesNodes(model: DocumentModel, series: readonly Series[]): OutlineNode[] {
  // Most sections hold one series: nothing can nest, and its members come in order.
  if (series.length === 1) {
    const members = series[0]!.members;
    return members.map((member, i) => memberNode(model, member, members[i + 1], NO_CHILDREN));
  }
  const all: SeriesMember[] = [];
  let ordered = true;
  for (const s of series) {
    for (const member of s.members) {
      if (ordered && all.length > 0 && comparePositions(memberStart(all[all.length - 1]!), memberStart(member)) > 0) ordered = false;
      all.push(member);
    }
  }
  // Series come in order of their starts; only nesting interleaves their members.
  if (!ordered) all.sort((a, b) => comparePositions(memberStart(a), memberStart(b)));
  const parents = ordered ? new Map<Series, SeriesMember>() : enclosingMembers(series);
  if (parents.size === 0) return all.map((member, i) => memberNode(model, member, all[i + 1], NO_CHILDREN));
  const next = new Map<SeriesMember, SeriesMember | undefined>(all.map((member, i) => [member, all[i + 1]]));
  const inside = new Map<SeriesMember, Series[]>();
  for (const [inner, parent] of parents) {
    const list = inside.get(parent);
    if (list) list.push(inner);
    else inside.set(parent, [inner]);
  }
  const node = (member: SeriesMember): OutlineNode => {
    const children = (inside.get(member) ?? []).flatMap((s) => s.members.map(node));
    return memberNode(model, member, next.get(member), children.length > 0 ? mergeByStart([], children) : NO_CHILDREN);
  };
  return series.filter((s) => !parents.has(s)).flatMap((s) => s.members.map(node));
}

function memberNode(model: DocumentModel, member: SeriesMember, next: SeriesMember | undefined, children: readonly OutlineNode[]): OutlineNode {
  const sameLine = next && next.line === member.line;
  const end = sameLine ? next.markerRange.start.character : model.lines[member.line]!.text.length;
  let range: Range = { start: member.markerRange.start, end: { line: member.line, character: Math.max(end, member.nameRange.end.character) } };
  // A member holding a series reaches to the end of it.
  const lastChild = children[children.length - 1];
  if (lastChild && comparePositions(range.end, lastChild.range.end) < 0) range = { start: range.start, end: lastChild.range.end };
  return {
    kind: 'series-member',
    level: undefined,
    name: member.name,
    range,
    selectionRange: member.nameRange,
    children,
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
  if (model.leadingTitle) fold(model.leadingTitle.line, model.parts[0]!.line - 1);
  model.parts.forEach((label, i) => fold(label.line, (model.parts[i + 1]?.line ?? model.lines.length) - 1));
  for (const heading of model.headings) fold(heading.line, heading.sectionEndLine);
  return folds;
}
