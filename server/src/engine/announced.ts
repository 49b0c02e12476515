/**
 * Which list an announced count (`讲四点意见`) speaks of: a list that starts
 * right after it, on its own line or the next non-blank one, in its section.
 * Undefined when nothing follows at once (the count then speaks of something else).
 */
import { partOfLine, separateLists, topLevelByPart } from './lists';
import type { CountAnnouncement, DocumentModel, Heading, Series, SeriesMember } from './model';
import { formatChineseNumeral } from './numerals';

export type AnnouncedList =
  | { readonly kind: 'headings'; readonly items: readonly Heading[] }
  | { readonly kind: 'series'; readonly items: readonly SeriesMember[] };

/** Series by the line their first member stands on, built once per model. */
const seriesByLine = new WeakMap<DocumentModel, Map<number, Series[]>>();

function seriesStartingOn(model: DocumentModel, line: number): readonly Series[] {
  let index = seriesByLine.get(model);
  if (!index) {
    index = new Map();
    for (const s of model.series) {
      const at = s.members[0]!.line;
      const list = index.get(at);
      if (list) list.push(s);
      else index.set(at, [s]);
    }
    seriesByLine.set(model, index);
  }
  return index.get(line) ?? [];
}

/** The first of `siblings` (in line order) below `line`, by binary search. */
function firstAfter(siblings: readonly Heading[], line: number): number {
  let low = 0;
  let high = siblings.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (siblings[mid]!.line > line) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Longest paragraph that may stand between a count ending its paragraph and any list: `在讲之前，先说一下情况。` */
const BRIDGE_LENGTH = 40;

/** The next non-blank line after `line`. */
function nextTextLine(model: DocumentModel, line: number): number {
  let next = line + 1;
  while (next < model.lines.length && model.lines[next]!.text.trim().length === 0) next++;
  return next;
}

export function announcedList(model: DocumentModel, a: CountAnnouncement): AnnouncedList | undefined {
  const bridge = nextTextLine(model, a.line);
  const found = listAfter(model, a, bridge);
  if (found) return found;
  // `主要讲四个方面。` / `在讲之前，先说一下情况。` / `第一个方面，……`: a short bridge between a count that
  // ends its paragraph and its list.
  const text = model.lines[a.line]!.text.trimEnd();
  const bridgeText = model.lines[bridge]?.text.trim() ?? '';
  if (!/^[。：:]?$/.test(text.slice(a.range.end.character)) || bridgeText.length === 0) return undefined;
  if (seriesStartingOn(model, bridge).length > 0 || headingOn(model, a, bridge)) return undefined;
  const bridged = listAfter(model, a, nextTextLine(model, bridge));
  if (bridgeText.length <= BRIDGE_LENGTH) return bridged;
  // A speech's opening, before any heading: `我谈四点体会。`, a paragraph on the occasion, then `一、`.
  return a.section === undefined && bridged?.kind === 'headings' ? bridged : undefined;
}

/** True when a heading of the announcement's section stands on `line`. */
function headingOn(model: DocumentModel, a: CountAnnouncement, line: number): boolean {
  const siblings = a.section ? a.section.children : topLevelByPart(model)[partOfLine(model, a.line)]!;
  return siblings[firstAfter(siblings, line - 1)]?.line === line;
}

function listAfter(model: DocumentModel, a: CountAnnouncement, nextLine: number): AnnouncedList | undefined {
  const section = a.section;
  const sameLine = seriesStartingOn(model, a.line).find(
    (s) => s.section === section && s.members[0]!.markerRange.start.character > a.character,
  );
  if (sameLine) return { kind: 'series', items: sameLine.members };
  // Before any heading of its part: the part's top-level headings (an attachment or a compilation's speech numbers anew).
  const siblings = section ? section.children : topLevelByPart(model)[partOfLine(model, a.line)]!;
  const first = firstAfter(siblings, a.line);
  const firstChild: Heading | undefined = siblings[first];
  if (firstChild && firstChild.line === nextLine) {
    const items: Heading[] = [];
    for (let i = first; i < siblings.length; i++) {
      const sibling = siblings[i]!;
      if (sibling.level !== firstChild.level) continue;
      // A Markdown list ends where a paragraph comes back to the margin, steps where the next stage begins: another list is another count's.
      if (items.length > 0 && separateLists(model, items[items.length - 1]!, sibling)) break;
      items.push(sibling);
    }
    return { kind: 'headings', items };
  }
  const next = seriesStartingOn(model, nextLine).find((s) => s.section === section);
  return next ? { kind: 'series', items: next.members } : undefined;
}

/**
 * Each announcement with the list it speaks of. Of two counts before one list
 * (`刚才，市应急管理局从三个方面通报了……下面，我讲四点意见。`), the nearer speaks of it;
 * the other speaks of none.
 */
export function announcedLists(model: DocumentModel): Array<{ readonly announcement: CountAnnouncement; readonly list: AnnouncedList | undefined }> {
  const matched = model.announcements.map((announcement) => ({ announcement, list: announcedList(model, announcement) }));
  const nearest = new Map<Heading | SeriesMember, CountAnnouncement>();
  for (const { announcement, list } of matched) if (list) nearest.set(list.items[0]!, announcement);
  return matched.map(({ announcement, list }) => ({ announcement, list: list && nearest.get(list.items[0]!) === announcement ? list : undefined }));
}

/** The count written the way the announcement wrote numbers: 四, 两, 4. */
export function countText(announcement: CountAnnouncement, count: number): string {
  const written = announcement.text.slice(
    announcement.countRange.start.character - announcement.range.start.character,
    announcement.countRange.end.character - announcement.range.start.character,
  );
  if (/^[0-9]+$/.test(written)) return String(count);
  return count === 2 ? '两' : formatChineseNumeral(count);
}
