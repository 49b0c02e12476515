/**
 * count-mismatch: `下面，我讲四点意见` followed by three sections. The
 * announcement is matched to the list that follows it in its own section:
 * the next run of child headings, or the next series, whichever comes first.
 * A recap (`以上四点意见`) is matched to the lists that end right before it.
 */
import type { Finding } from '../findings';
import { writtenOrdinal } from '../lists';
import { type AnnouncedList, announcedLists, countsAs, countText, unmatchedRecaps } from '../announced';
import type { CountAnnouncement } from '../model';
import type { Rule, RuleContext } from '../rule';

const ID = 'count-mismatch';

export const countMismatch: Rule = {
  id: ID,
  title: { zh: '预告数量与实际不符', en: 'Announced count differs from the items' },
  defaultSeverity: 'warning',
  messages: {
    [ID]: {
      zh: '前文称“{announcement}”，后文实有{actual}项（“{first}”至“{last}”），数量不一致',
      en: 'The text announces "{announcement}", but {actual} items follow ("{first}" to "{last}").',
    },
    [`${ID}.listed`]: {
      zh: '前文称“{announcement}”，后文实有{actual}项：{items}，数量不一致',
      en: 'The text announces "{announcement}", but {actual} items follow: {items}.',
    },
    [`${ID}.one`]: {
      zh: '前文称“{announcement}”，后文只有“{first}”一项，数量不一致',
      en: 'The text announces "{announcement}", but only "{first}" follows.',
    },
    [`${ID}.recap`]: {
      zh: '此处称“{announcement}”，前文实有{actual}项（“{first}”至“{last}”），数量不一致',
      en: 'The text sums up "{announcement}", but {actual} items precede it ("{first}" to "{last}").',
    },
    [`${ID}.recap-listed`]: {
      zh: '此处称“{announcement}”，前文实有{actual}项：{items}，数量不一致',
      en: 'The text sums up "{announcement}", but {actual} items precede it: {items}.',
    },
    [`${ID}.heading`]: {
      zh: '标题称“{announcement}”，其下实有{actual}项（“{first}”至“{last}”），数量不一致',
      en: 'The heading says "{announcement}", but {actual} items follow under it ("{first}" to "{last}").',
    },
    [`${ID}.heading-listed`]: {
      zh: '标题称“{announcement}”，其下实有{actual}项：{items}，数量不一致',
      en: 'The heading says "{announcement}", but {actual} items follow under it: {items}.',
    },
    [`${ID}.heading-one`]: {
      zh: '标题称“{announcement}”，其下只有“{first}”一项，数量不一致',
      en: 'The heading says "{announcement}", but only "{first}" follows under it.',
    },
    [`${ID}.fix`]: { zh: '改为“{corrected}”', en: 'Change to "{corrected}"' },
  },
  check(context: RuleContext): Finding[] {
    const findings: Finding[] = [];
    for (const { announcement, list } of announcedLists(context.model)) {
      // `强调三点：第一，……第二，……第三，……` and then `最后，……`: the 最后 of another family is
      // mixed-style's to report; the points announced are all there.
      if (!list || countsAs(list, announcement.announcedCount)) continue;
      const [key, one] = announcement.inHeading ? [`${ID}.heading`, `${ID}.heading-one`] : [ID, `${ID}.one`];
      findings.push(mismatch(announcement, list, list.items.length === 1 ? one : key));
    }
    for (const { recap, list } of unmatchedRecaps(context.model)) findings.push(mismatch(recap, list, `${ID}.recap`));
    return findings;
  },
};

function mismatch(announcement: CountAnnouncement, announced: AnnouncedList, key: string): Finding {
  const list: string[] =
    announced.kind === 'headings' ? announced.items.map(writtenOrdinal) : announced.kind === 'series' ? announced.items.map((m) => m.marker) : announced.items.map((d) => d.label);
  // The count may be what is right and an item missing: the fix is offered, never applied by fix-all.
  const count = countText(announcement, list.length);
  const at = announcement.countRange.start.character - announcement.range.start.character;
  const corrected = announcement.text.slice(0, at) + count + announcement.text.slice(at + announcement.countRange.end.character - announcement.countRange.start.character);
  // "3 items, 第一 to 第四" would read as a contradiction: items whose numbers do not run on are named each.
  const named = !runsOn(announced) && list.length > 1 && list.length <= NAMED_ITEMS;
  return {
    rule: ID,
    severity: 'warning',
    range: announcement.range,
    fixes: [{ title: { key: `${ID}.fix`, args: { corrected } }, edits: [{ range: announcement.countRange, newText: count }], safe: false }],
    message: named
      ? { key: key === ID ? `${ID}.listed` : `${key}-listed`, args: { announcement: announcement.text, actual: list.length, items: list.map((w) => `“${w}”`).join('') } }
      : { key, args: { announcement: announcement.text, actual: list.length, first: list[0]!, last: list[list.length - 1]! } },
  };
}

/** Most items named one by one when their numbers do not run on (`“第一”“第二”“第四”`). */
const NAMED_ITEMS = 6;

/** True when the items' numbers run on from the first (a closing 最后 included); dash items have none. */
function runsOn(announced: AnnouncedList): boolean {
  if (announced.kind === 'dashes') return true;
  const values: Array<number | 'last'> = announced.kind === 'headings' ? announced.items.map((h) => h.ordinal.value) : announced.items.map((m) => m.value);
  return values.every((v, i) => i === 0 || (v === 'last' ? i === values.length - 1 : v === (values[i - 1] as number) + 1));
}
