/**
 * Parses a draft once into the document model every rule reads.
 */
import type { CountAnnouncement, DocumentModel, Heading, NumberingProfile, PlaceholderSpan, SeriesMember, VagueSpan } from '../model';
import { contentStart, splitLines } from '../text';
import { findAnnouncements } from './announcements';
import { detectProfile, nestHeadings, newHeadingParseState, parseHeadingLine } from './headings';
import { findLeftovers } from './leftovers';
import { findPlaceholders, findVagueStandIns } from './placeholders';
import { findInlineOrdinals, findSeriesMembers, groupSeries } from './series';

/** `auto` chooses `regulation` for documents numbered by 第X条, `speech` otherwise. */
export type ProfileSetting = NumberingProfile | 'auto';

export function parseDocument(text: string, profileSetting: ProfileSetting = 'auto'): DocumentModel {
  const lines = splitLines(text);
  const profile = profileSetting === 'auto' ? detectProfile(lines) : profileSetting;
  const headings: Heading[] = [];
  const headingAt = new Map<number, Heading>();
  const members: SeriesMember[] = [];
  const placeholders: PlaceholderSpan[] = [];
  const vague: VagueSpan[] = [];
  const announcements: CountAnnouncement[] = [];
  const state = newHeadingParseState(profile);
  // The innermost open section: the last heading seen.
  let section: Heading | undefined;
  for (const line of lines) {
    const text = line.text;
    if (text.length === 0) continue;
    const heading = parseHeadingLine(line, state);
    let bodyFrom: number;
    if (heading) {
      headings.push(heading);
      headingAt.set(line.index, heading);
      section = heading;
      bodyFrom = heading.bodyStart;
    } else {
      bodyFrom = contentStart(text);
    }
    if (bodyFrom < text.length) {
      members.push(...findSeriesMembers(text, line.index, bodyFrom, section));
      members.push(...findInlineOrdinals(text, line.index, bodyFrom, section));
      announcements.push(...findAnnouncements(text, line.index, bodyFrom, section));
    }
    placeholders.push(...findPlaceholders(text, line.index));
    vague.push(...findVagueStandIns(text, line.index));
  }
  const roots = nestHeadings(headings, lines.length - 1);
  return {
    lines,
    profile,
    headings,
    roots,
    series: groupSeries(members),
    placeholders,
    vague,
    leftovers: findLeftovers(lines, headingAt),
    announcements,
  };
}
