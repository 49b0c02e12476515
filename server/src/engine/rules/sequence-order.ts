/** sequence-order: numbers out of order, or a member after 最后. */
import { positionalMessages, sequenceRule } from './sequence-rule';

const ID = 'sequence-order';

export const sequenceOrder = sequenceRule(ID, { zh: '序号顺序颠倒', en: 'Numbers out of order' }, ['order', 'after-last'], 'error', {
  [`${ID}.headings`]: {
    zh: '序号顺序颠倒：上一项是“{previous}”，此处应为“{expected}”，却是“{found}”',
    en: 'Numbers out of order: after "{previous}" comes "{expected}", not "{found}".',
  },
  [`${ID}.series`]: {
    zh: '序次语顺序颠倒：上一项是“{previous}”，此处应为“{expected}”，却是“{found}”',
    en: 'Ordinal words out of order: after "{previous}" comes "{expected}", not "{found}".',
  },
  [`${ID}.attachments`]: {
    zh: '附件顺序号前后颠倒：上一个附件是“{previous}”，此处应为“{expected}”，却是“{found}”（GB/T 9704—2012 7.3.4）',
    en: 'Attachment numbers out of order: after "{previous}" comes "{expected}", not "{found}" (GB/T 9704-2012 §7.3.4).',
  },
  [`${ID}.notes`]: {
    zh: '注释序号顺序颠倒：上一条是“{previous}”，此处应为“{expected}”，却是“{found}”',
    en: 'Note numbers out of order: after "{previous}" comes "{expected}", not "{found}".',
  },
  [`${ID}.attachments-first`]: {
    zh: '附件顺序号前后颠倒：此处应为“{expected}”，却是“{found}”（GB/T 9704—2012 7.3.4）',
    en: 'Attachment numbers out of order: "{expected}" belongs here, not "{found}" (GB/T 9704-2012 §7.3.4).',
  },
  [`${ID}.notes-first`]: {
    zh: '注释序号前后颠倒：此处应为“{expected}”，却是“{found}”',
    en: 'Note numbers out of order: "{expected}" belongs here, not "{found}".',
  },
  [`${ID}.attachment-labels`]: {
    zh: '附件标识顺序颠倒：上一个附件是“{previous}”，此处却是“{found}”，附件顺序号应与附件说明一致（GB/T 9704—2012 7.3.7）',
    en: 'Attachment labels out of order: "{found}" comes after "{previous}"; the numbers follow the attachment note (GB/T 9704-2012 §7.3.7).',
  },
  [`${ID}.attachment-labels-first`]: {
    zh: '附件标识顺序颠倒：“{found}”排在了编号更小的附件之前，附件顺序号应与附件说明一致（GB/T 9704—2012 7.3.7）',
    en: 'Attachment labels out of order: "{found}" comes before an attachment with a smaller number; the numbers follow the attachment note (GB/T 9704-2012 §7.3.7).',
  },
  [`${ID}.series-first`]: {
    zh: '序次语顺序颠倒：此处应为“{expected}”，却是“{found}”',
    en: 'Ordinal words out of order: "{expected}" belongs here, not "{found}".',
  },
  [`${ID}.first`]: {
    zh: '序号顺序颠倒：此处应为“{expected}”，却是“{found}”',
    en: 'Numbers out of order: "{expected}" belongs here, not "{found}".',
  },
  [`${ID}.after-last`]: {
    zh: '“最后”之后又出现“{found}”，序次语顺序有误',
    en: '"{found}" comes after "最后" (finally): the ordinal words are out of order.',
  },
  ...positionalMessages(ID),
});
