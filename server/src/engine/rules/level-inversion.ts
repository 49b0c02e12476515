/**
 * level-inversion: a higher-level ordinal inside a run of lower-level siblings:
 * `1.…… 一、…… 2.……` (GB/T 15834-2011 B.3.8: no going back up inside one parent).
 */
import type { Finding } from '../findings';
import { standardHeadingOrdinal, writtenOrdinal } from '../lists';
import type { Rule, RuleContext } from '../rule';

const ID = 'level-inversion';

export const levelInversion: Rule = {
  id: ID,
  defaultSeverity: 'error',
  messages: {
    [ID]: {
      zh: '层次颠倒：“{before}”与“{after}”是同一组序号，中间不宜插入更高层次的“{found}”；此处应为“{expected}”或更低层次的序号（GB/T 15834—2011 B.3.8）',
      en: 'Levels inverted: "{before}" and "{after}" belong to one list, so the higher-level "{found}" cannot stand between them; "{expected}" or a lower level belongs here (GB/T 15834-2011 B.3.8).',
    },
  },
  check(context: RuleContext): Finding[] {
    return context.inversions().map((inversion) => ({
      rule: ID,
      severity: 'error',
      range: inversion.heading.ordinal.range,
      message: {
        key: ID,
        args: {
          found: writtenOrdinal(inversion.heading),
          before: writtenOrdinal(inversion.before),
          after: writtenOrdinal(inversion.after),
          expected: standardHeadingOrdinal(inversion.before.level, inversion.before.ordinal.value + 1, inversion.before),
        },
      },
    }));
  },
};
