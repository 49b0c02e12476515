/**
 * count-mismatch: `下面，我讲四点意见` followed by three sections. The
 * announcement is matched to the list that follows it in its own section:
 * the next run of child headings, or the next series, whichever comes first.
 */
import type { Finding } from '../findings';
import { writtenOrdinal } from '../lists';
import { announcedLists, countText } from '../announced';
import type { SeriesMember } from '../model';
import type { Rule, RuleContext } from '../rule';

const ID = 'count-mismatch';

export const countMismatch: Rule = {
  id: ID,
  defaultSeverity: 'warning',
  messages: {
    [ID]: {
      zh: '前文称“{announcement}”，后文实有{actual}项（“{first}”至“{last}”），数量不一致',
      en: 'The text announces "{announcement}", but {actual} items follow ("{first}" to "{last}").',
    },
    [`${ID}.one`]: {
      zh: '前文称“{announcement}”，后文只有“{first}”一项，数量不一致',
      en: 'The text announces "{announcement}", but only "{first}" follows.',
    },
    [`${ID}.fix`]: { zh: '改为“{corrected}”', en: 'Change to "{corrected}"' },
  },
  check(context: RuleContext): Finding[] {
    const findings: Finding[] = [];
    for (const { announcement, list: announced } of announcedLists(context.model)) {
      if (!announced || announced.items.length === announcement.announcedCount) continue;
      // `强调三点：第一，……第二，……第三，……` and then `最后，……`: the 最后 of another family is
      // mixed-style's to report; the points announced are all there.
      if (announced.kind === 'series' && closedByLast(announced.items) && announced.items.length - 1 === announcement.announcedCount) continue;
      const list: string[] =
        announced.kind === 'headings' ? announced.items.map(writtenOrdinal) : announced.items.map((m) => m.marker);
      // The count may be what is right and an item missing: the fix is offered, never applied by fix-all.
      const count = countText(announcement, list.length);
      const at = announcement.countRange.start.character - announcement.range.start.character;
      const corrected = announcement.text.slice(0, at) + count + announcement.text.slice(at + announcement.countRange.end.character - announcement.countRange.start.character);
      findings.push({
        rule: ID,
        severity: 'warning',
        range: announcement.range,
        fixes: [{ title: { key: `${ID}.fix`, args: { corrected } }, edits: [{ range: announcement.countRange, newText: count }], safe: false }],
        message: {
          key: list.length === 1 ? `${ID}.one` : ID,
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

/** True when a series ends with a 最后 of another family than its first member's. */
function closedByLast(members: readonly SeriesMember[]): boolean {
  const last = members[members.length - 1]!;
  return last.value === 'last' && last.family !== members[0]!.family;
}
