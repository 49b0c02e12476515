/** sequence-gap: a number skipped among siblings or series members (practice). */
import { sequenceRule } from './sequence-rule';

const ID = 'sequence-gap';

export const sequenceGap = sequenceRule(ID, ['gap'], 'warning', {
  [`${ID}.headings`]: {
    zh: '序号跳号：上一项是“{previous}”，此处应为“{expected}”，却是“{found}”（实务惯例）',
    en: 'Skipped number: after "{previous}" comes "{expected}", not "{found}" (practice).',
  },
  [`${ID}.series`]: {
    zh: '序次语跳号：上一项是“{previous}”，此处应为“{expected}”，却是“{found}”（实务惯例）',
    en: 'Skipped ordinal word: after "{previous}" comes "{expected}", not "{found}" (practice).',
  },
  // After an earlier slip the previous item cannot say what belongs here; the item's place can.
  [`${ID}.headings-positional`]: {
    zh: '序号有误：按顺序此处应为“{expected}”，却是“{found}”',
    en: 'Wrong number: in order, "{expected}" belongs here, not "{found}".',
  },
  [`${ID}.series-positional`]: {
    zh: '序次语有误：按顺序此处应为“{expected}”，却是“{found}”',
    en: 'Wrong ordinal word: in order, "{expected}" belongs here, not "{found}".',
  },
});
