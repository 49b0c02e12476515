/** sequence-gap: a number skipped among siblings or series members (practice). */
import { positionalMessages, sequenceRule } from './sequence-rule';

const ID = 'sequence-gap';

export const sequenceGap = sequenceRule(ID, { zh: '序号跳号', en: 'Skipped number' }, ['gap'], 'warning', {
  [`${ID}.headings`]: {
    zh: '序号跳号：上一项是“{previous}”，此处应为“{expected}”，却是“{found}”（实务惯例）',
    en: 'Skipped number: after "{previous}" comes "{expected}", not "{found}" (practice).',
  },
  [`${ID}.series`]: {
    zh: '序次语跳号：上一项是“{previous}”，此处应为“{expected}”，却是“{found}”（实务惯例）',
    en: 'Skipped ordinal word: after "{previous}" comes "{expected}", not "{found}" (practice).',
  },
  [`${ID}.attachments`]: {
    zh: '附件顺序号跳号：上一个附件是“{previous}”，此处应为“{expected}”，却是“{found}”（GB/T 9704—2012 7.3.4）',
    en: 'Skipped attachment number: after "{previous}" comes "{expected}", not "{found}" (GB/T 9704-2012 §7.3.4).',
  },
  [`${ID}.notes`]: {
    zh: '注释序号跳号：上一条是“{previous}”，此处应为“{expected}”，却是“{found}”（实务惯例）',
    en: 'Skipped note number: after "{previous}" comes "{expected}", not "{found}" (practice).',
  },
  ...positionalMessages(ID),
});
