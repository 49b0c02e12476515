/** sequence-duplicate: the same number twice among siblings or series members. */
import { positionalMessages, sequenceRule } from './sequence-rule';

const ID = 'sequence-duplicate';

export const sequenceDuplicate = sequenceRule(ID, { zh: '序号重复', en: 'Duplicate number' }, ['duplicate'], 'error', {
  [`${ID}.headings`]: {
    zh: '序号重复：“{found}”与上一项相同，此处应为“{expected}”',
    en: 'Duplicate number: "{found}" repeats the previous item; "{expected}" belongs here.',
  },
  [`${ID}.series`]: {
    zh: '序次语重复：“{found}”与上一项相同，此处应为“{expected}”',
    en: 'Duplicate ordinal word: "{found}" repeats the previous one; "{expected}" belongs here.',
  },
  [`${ID}.attachments`]: {
    zh: '附件顺序号重复：“{found}”与上一个附件相同，此处应为“{expected}”（GB/T 9704—2012 7.3.4）',
    en: 'Duplicate attachment number: "{found}" repeats the previous attachment\'s; "{expected}" belongs here (GB/T 9704-2012 §7.3.4).',
  },
  [`${ID}.notes`]: {
    zh: '注释序号重复：“{found}”与上一条相同，此处应为“{expected}”',
    en: 'Duplicate note number: "{found}" repeats the previous note\'s; "{expected}" belongs here.',
  },
  [`${ID}.attachment-labels`]: {
    zh: '附件标识重复：“{found}”与上一个附件相同，附件顺序号应与附件说明一致（GB/T 9704—2012 7.3.7）',
    en: 'Attachment label repeated: "{found}" is the same as the one before; the numbers follow the attachment note (GB/T 9704-2012 §7.3.7).',
  },
  ...positionalMessages(ID),
});
