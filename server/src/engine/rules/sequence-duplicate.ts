/** sequence-duplicate: the same number twice among siblings or series members. */
import { sequenceRule } from './sequence-rule';

const ID = 'sequence-duplicate';

export const sequenceDuplicate = sequenceRule(ID, ['duplicate'], 'error', {
  [`${ID}.headings`]: {
    zh: '序号重复：“{found}”与上一项相同，此处应为“{expected}”',
    en: 'Duplicate number: "{found}" repeats the previous item; "{expected}" belongs here.',
  },
  [`${ID}.series`]: {
    zh: '序次语重复：“{found}”与上一项相同，此处应为“{expected}”',
    en: 'Duplicate ordinal word: "{found}" repeats the previous one; "{expected}" belongs here.',
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
