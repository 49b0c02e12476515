/** sequence-start: the first child or member is not number one (practice). */
import { sequenceRule } from './sequence-rule';

const ID = 'sequence-start';

export const sequenceStart = sequenceRule(ID, { zh: '序号不从“一”开始', en: 'List not starting at one' }, ['start'], 'warning', {
  [`${ID}.headings`]: {
    zh: '这一组序号应从“{expected}”开始，却是“{found}”（实务惯例）',
    en: 'This list should start at "{expected}", not "{found}" (practice).',
  },
  [`${ID}.series`]: {
    zh: '这一组序次语应从“{expected}”开始，却是“{found}”（实务惯例）',
    en: 'This series should start with "{expected}", not "{found}" (practice).',
  },
  [`${ID}.notes`]: {
    zh: '注释序号应从“{expected}”开始，却是“{found}”（实务惯例）',
    en: 'Note numbers should start at "{expected}", not "{found}" (practice).',
  },
  [`${ID}.attachments`]: {
    zh: '附件顺序号应从“{expected}”开始，却是“{found}”（GB/T 9704—2012 7.3.4）',
    en: 'Attachment numbers should start at "{expected}", not "{found}" (GB/T 9704-2012 §7.3.4).',
  },
});
