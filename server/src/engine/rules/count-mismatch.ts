/**
 * count-mismatch: `下面，我讲四点意见` followed by three sections. The
 * announcement is matched to the list that follows it in its own section:
 * the next run of child headings, or the next series, whichever comes first.
 */
import type { Finding } from '../findings';
import { writtenOrdinal } from '../lists';
import { announcedList } from '../announced';
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
      const announced = announcedList(context.model, announcement);
      if (!announced || announced.items.length === announcement.announcedCount) continue;
      const list: string[] =
        announced.kind === 'headings' ? announced.items.map(writtenOrdinal) : announced.items.map((m) => m.marker);
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
