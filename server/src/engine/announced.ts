/**
 * Which list an announced count (`讲四点意见`) speaks of: a list that starts
 * right after it, on its own line or the next non-blank one, in its section.
 * Undefined when nothing follows at once (the count then speaks of something else).
 */
import type { CountAnnouncement, DocumentModel, Heading, SeriesMember } from './model';

export type AnnouncedList =
  | { readonly kind: 'headings'; readonly items: readonly Heading[] }
  | { readonly kind: 'series'; readonly items: readonly SeriesMember[] };

export function announcedList(model: DocumentModel, a: CountAnnouncement): AnnouncedList | undefined {
  const section = a.section;
  let nextLine = a.line + 1;
  while (nextLine < model.lines.length && model.lines[nextLine]!.text.trim().length === 0) nextLine++;
  const series = model.series.find((s) => {
    const m = s.members[0]!;
    return s.section === section && ((m.line === a.line && m.markerRange.start.character > a.character) || m.line === nextLine);
  });
  if (series && series.members[0]!.line === a.line) return { kind: 'series', items: series.members };
  const siblings = (section ? section.children : model.roots).filter((h) => h.line > a.line);
  const firstChild: Heading | undefined = siblings[0];
  if (firstChild && firstChild.line === nextLine) {
    return { kind: 'headings', items: siblings.filter((h) => h.level === firstChild.level) };
  }
  return series ? { kind: 'series', items: series.members } : undefined;
}
