/** sequence-restart: a lower level continues the previous section's numbers instead of restarting (speech profile). */
import { sequenceRule } from './sequence-rule';

const ID = 'sequence-restart';

export const sequenceRestart = sequenceRule(ID, { zh: '下级序号未重新编号', en: 'Lower level not numbered anew' }, ['restart'], 'warning', {
  [`${ID}.headings`]: {
    zh: '下一级序号应在每个上级标题下重新编号：“{parent}”下的第一项应为“{expected}”，却接着上一部分写成了“{found}”（实务惯例）',
    en: 'Lower levels restart under each new parent: the first item under "{parent}" should be "{expected}", but "{found}" continues the previous section (practice).',
  },
  [`${ID}.continuous`]: {
    zh: '各条应全文连续编号，不因分章重新起算：此处应为“{expected}”，不应又从“{found}”编起（立法技术规范）',
    en: 'Articles are numbered through the whole text, not restarted in each chapter: "{expected}" belongs here, not "{found}" (legislative drafting rules).',
  },
  [`${ID}.decimal-prefix`]: {
    zh: '条款编号应带上级“{parent}”的号：此处应为“{expected}”，却是“{found}”',
    en: 'A clause number carries its parent\'s, "{parent}": "{expected}" belongs here, not "{found}".',
  },
  [`${ID}.series`]: {
    zh: '序次语应在每部分重新开始，此处应为“{expected}”，却是“{found}”（实务惯例）',
    en: 'A series restarts in each section: "{expected}" belongs here, not "{found}" (practice).',
  },
});
