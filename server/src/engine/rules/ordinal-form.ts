/**
 * ordinal-form: non-standard ordinal characters: `⑴` `㈠` `⒈`, full-width
 * digits `１．`, `一十一、`, and `①` as a heading line (GB/T 9704-2012 §7.3.3 forms).
 */
import type { Finding } from '../findings';
import type { Rule, RuleContext } from '../rule';

const ID = 'ordinal-form';

export const ordinalForm: Rule = {
  id: ID,
  defaultSeverity: 'warning',
  messages: {
    [ID]: {
      zh: '序号“{found}”不是规范写法，应为“{expected}”（GB/T 9704—2012 7.3.3）',
      en: 'The ordinal "{found}" is not written in the standard form: use "{expected}" (GB/T 9704-2012 §7.3.3).',
    },
    [`${ID}.circled`]: {
      zh: '“{found}”一般不作标题序号，公文标题序号依次用“一、”“（一）”“1.”“（1）”（GB/T 9704—2012 7.3.3）',
      en: '"{found}" is not normally used for headings; headings use 一、 （一） 1. （1） (GB/T 9704-2012 §7.3.3).',
    },
    [`${ID}.fix`]: { zh: '改为“{expected}”', en: 'Change to "{expected}"' },
  },
  check(context: RuleContext): Finding[] {
    const findings: Finding[] = [];
    for (const heading of context.model.headings) {
      const o = heading.ordinal;
      if (heading.level === 5) {
        // Under a level-4 heading, ① is a fifth level: level-depth reports that.
        if (heading.parent?.level === 4) continue;
        findings.push({ rule: ID, severity: 'warning', range: o.coreRange, message: { key: `${ID}.circled`, args: { found: o.core } } });
        continue;
      }
      if (!o.nonstandard) continue;
      findings.push({
        rule: ID,
        severity: 'warning',
        range: o.coreRange,
        message: { key: ID, args: { found: o.core, expected: o.canonicalCore } },
        fixes: [
          { title: { key: `${ID}.fix`, args: { expected: o.canonicalCore } }, edits: [{ range: o.coreRange, newText: o.canonicalCore }], safe: true },
        ],
      });
    }
    return findings;
  },
};
