/**
 * level-inversion: a higher-level ordinal inside a run of lower-level siblings:
 * `1.…… 一、…… 2.……` (GB/T 15834-2011 B.3.8: no going back up inside one parent).
 */
import type { Finding } from '../findings';
import { writtenOrdinal } from '../lists';
import type { Rule, RuleContext } from '../rule';
import { runFormFix } from '../structure';

const ID = 'level-inversion';

export const levelInversion: Rule = {
  id: ID,
  title: { zh: '层次颠倒', en: 'Levels inverted' },
  defaultSeverity: 'error',
  messages: {
    [ID]: {
      zh: '层次颠倒：“{before}”与“{after}”是同一组序号，中间不宜插入更高层次的“{found}”；此处应为“{expected}”或更低层次的序号（GB/T 15834—2011 B.3.8）',
      en: 'Levels inverted: "{before}" and "{after}" belong to one list, so the higher-level "{found}" cannot stand between them; "{expected}" or a lower level belongs here (GB/T 15834-2011 B.3.8).',
    },
    [`${ID}.slot`]: {
      zh: '层次颠倒：“{found}”夹在同一组的“{before}”与“{after}”之间，层次高于前后各项，应为“{expected}”（GB/T 15834—2011 B.3.8）',
      en: 'Levels inverted: "{found}" stands between "{before}" and "{after}" of one list, a level above them; it should be "{expected}" (GB/T 15834-2011 B.3.8).',
    },
    [`${ID}.first`]: {
      zh: '层次颠倒：“{found}”之后是同一组的“{after}”，它应是这一组的第一项“{expected}”，却用了更高层次的序号（GB/T 15834—2011 B.3.8）',
      en: 'Levels inverted: "{after}" follows "{found}" in one list, so this is its first item and should be "{expected}", not a higher-level ordinal (GB/T 15834-2011 B.3.8).',
    },
    [`${ID}.fix`]: { zh: '改为“{expected}”', en: 'Change to "{expected}"' },
  },
  check(context: RuleContext): Finding[] {
    // (One typed in a lower form, `（一）` `1.` `2.` `（2）`, is a sibling in another form: mixed-style's.)
    return context.inversions().flatMap((inversion) => {
      const { heading, before, after, expected } = inversion;
      if (inversion.lower || !after) return [];
      const args: Record<string, string> = { found: writtenOrdinal(heading), after: writtenOrdinal(after), expected };
      if (before) args.before = writtenOrdinal(before);
      const key = !before ? `${ID}.first` : inversion.takesSlot ? `${ID}.slot` : ID;
      const finding: Finding = { rule: ID, severity: 'error', range: heading.ordinal.range, message: { key, args } };
      // The number is the run's own: writing it in the run's form is the whole correction.
      return inversion.takesSlot ? { ...finding, fixes: [runFormFix(inversion, ID)] } : finding;
    });
  },
};
