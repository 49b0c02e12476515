/** level-depth: more than four heading levels, such as `①` as a fifth (practice: at most four). */
import type { Finding } from '../findings';
import { writtenOrdinal } from '../lists';
import type { Rule, RuleContext } from '../rule';

const ID = 'level-depth';

export const levelDepth: Rule = {
  id: ID,
  title: { zh: '标题层次超过四层', en: 'More than four heading levels' },
  defaultSeverity: 'information',
  messages: {
    [ID]: {
      zh: '“{found}”已是第五层：GB/T 9704—2012 7.3.3 只列出四层序数（“一、”“（一）”“1.”“（1）”），可把这一层并入正文或调整结构',
      en: '"{found}" is at a fifth heading level; GB/T 9704-2012 §7.3.3 lists only four (一、 （一） 1. （1）): fold it into the text or restructure.',
    },
  },
  check(context: RuleContext): Finding[] {
    // Once per list of fifth-level items (`①②③` under one `（2）`), at its first: the level is the point, not each item.
    return context.model.headings
      .filter((h) => h.level === 5 && h.parent?.level === 4 && h.parent.children.find((c) => c.level === 5) === h)
      .map((h) => ({ rule: ID, severity: 'information', range: h.ordinal.range, message: { key: ID, args: { found: writtenOrdinal(h) } } }));
  },
};
