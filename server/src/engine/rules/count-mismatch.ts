/**
 * count-mismatch: `下面，我讲四点意见` followed by three sections. The
 * announcement is matched to the list that follows it in its own section:
 * the next run of child headings, or the next series, whichever comes first.
 */
import type { Finding } from '../findings';
import { writtenOrdinal } from '../lists';
import type { CountAnnouncement, DocumentModel, Heading, Series } from '../model';
import type { Rule, RuleContext } from '../rule';

const ID = 'count-mismatch';

export const countMismatch: Rule = {
  id: ID,
  defaultSeverity: 'warning',
  messages: {
    [ID]: {
      zh: '前文说“{announcement}”，后面实际是{actual}项（“{first}”至“{last}”），数量不一致（实务惯例）',
      en: 'The text announces "{announcement}", but {actual} items follow ("{first}" to "{last}") (practice).',
    },
  },
  check(context: RuleContext): Finding[] {
    const findings: Finding[] = [];
    for (const announcement of context.model.announcements) {
      const list = followingList(context.model, announcement);
      if (!list || list.length === announcement.announcedCount) continue;
      findings.push({
        rule: ID,
        severity: 'warning',
        range: announcement.range,
        message: {
          key: ID,
          args: {
            announcement: announcement.text,
            actual: list.length,
            first: list[0]!,
            last: list[list.length - 1]!,
          },
        },
      });
    }
    return findings;
  },
};

/**
 * Labels of the items the announcement introduces: a list that starts right
 * after it, on its own line or the next non-blank one. Undefined when nothing
 * follows at once (the count then speaks of something else).
 */
function followingList(model: DocumentModel, a: CountAnnouncement): string[] | undefined {
  const section = a.section;
  let nextLine = a.line + 1;
  while (nextLine < model.lines.length && model.lines[nextLine]!.text.trim().length === 0) nextLine++;
  const series: Series | undefined = model.series.find((s) => {
    const m = s.members[0]!;
    return s.section === section && ((m.line === a.line && m.markerRange.start.character > a.character) || m.line === nextLine);
  });
  if (series && series.members[0]!.line === a.line) return series.members.map((m) => m.marker);
  const siblings = (section ? section.children : model.roots).filter((h) => h.line > a.line);
  const firstChild: Heading | undefined = siblings[0];
  if (firstChild && firstChild.line === nextLine) {
    return siblings.filter((h) => h.level === firstChild.level).map(writtenOrdinal);
  }
  return series ? series.members.map((m) => m.marker) : undefined;
}
