/**
 * The document's structure as an editor shows it: the outline (headings nested
 * by level, series members under their section) and folding ranges.
 */
import { headingLabel } from './lists';
import { isInlineFamily, type DocumentModel, type Heading, type HeadingLevel, type SeriesMember } from './model';
import { comparePositions, type Range } from './text';

export interface OutlineNode {
  readonly kind: 'heading' | 'series-member';
  /** 1–4 for headings; undefined for series members. */
  readonly level: HeadingLevel | undefined;
  readonly name: string;
  /** The whole section (headings) or the member's clause. */
  readonly range: Range;
  /** The ordinal and title: what the editor selects and reveals. */
  readonly selectionRange: Range;
  readonly children: OutlineNode[];
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
      for (const member of series.members) {
        const list = membersBySection.get(series.section);
        if (list) list.push(member);
        else membersBySection.set(series.section, [member]);
      }
    }
  }
  const memberNodes = (section: Heading | undefined): OutlineNode[] => {
    const members = membersBySection.get(section) ?? [];
    return members.map((member, i) => memberNode(model, member, members[i + 1]));
  };
  const headingNode = (heading: Heading): OutlineNode => {
    const endLine = heading.sectionEndLine;
    const children = [...heading.children.map(headingNode), ...memberNodes(heading)];
    return {
      kind: 'heading',
      level: heading.level,
      name: headingLabel(heading),
      range: {
        start: { line: heading.line, character: 0 },
        end: { line: endLine, character: model.lines[endLine]!.text.length },
      },
      selectionRange: heading.headRange,
      children: children.sort((a, b) => comparePositions(a.range.start, b.range.start)),
    };
  };
  const top = [...model.roots.map(headingNode), ...memberNodes(undefined)];
  return top.sort((a, b) => comparePositions(a.range.start, b.range.start));
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
    children: [],
  };
}

export interface FoldingSection {
  readonly startLine: number;
  readonly endLine: number;
}

/** One fold per section, from its heading to its last non-blank line. */
export function foldingSections(model: DocumentModel): FoldingSection[] {
  const folds: FoldingSection[] = [];
  for (const heading of model.headings) {
    let end = heading.sectionEndLine;
    while (end > heading.line && model.lines[end]!.text.trim().length === 0) end--;
    if (end > heading.line) folds.push({ startLine: heading.line, endLine: end });
  }
  return folds;
}
