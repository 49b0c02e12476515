/**
 * ordinal-form: non-standard ordinal characters: `⑴` `㈠` `⒈`, full-width
 * digits `１．`, `一十一、`, and `①` as a heading line (GB/T 9704-2012 §7.3.3 forms).
 */
import type { Finding } from '../findings';
import { isDecimalLevel } from '../model';
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
    [`${ID}.kangxi`]: {
      zh: '序号“{found}”用的是外形相同的康熙部首字符（从 PDF 复制时常见），不是汉字数字，应为“{expected}”',
      en: 'The ordinal "{found}" is written with a Kangxi radical that looks like the numeral (common in text copied from a PDF): use "{expected}".',
    },
    [`${ID}.circled`]: {
      zh: '“{found}”一般不作标题序号，公文标题序号依次用“一、”“（一）”“1.”“（1）”（GB/T 9704—2012 7.3.3）',
      en: '"{found}" is not normally used for headings; headings use 一、 （一） 1. （1） (GB/T 9704-2012 §7.3.3).',
    },
    [`${ID}.fix`]: { zh: '改为“{expected}”', en: 'Change to "{expected}"' },
  },
  check(context: RuleContext): Finding[] {
    const findings: Finding[] = [];
    // A technical report numbering its clauses `1.1`, `1.1.1` numbers its chapters `第1章` alike.
    const decimal = context.model.headings.some((h) => isDecimalLevel(h.level));
    for (const heading of context.model.headings) {
      const o = heading.ordinal;
      if (decimal && o.numeralKind === 'arabic' && (heading.level === 'chapter' || heading.level === 'section')) continue;
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
        message: { key: /[⼀⼆⼋⼗]/.test(o.core) ? `${ID}.kangxi` : ID, args: { found: o.core, expected: o.canonicalCore } },
        fixes: [
          { title: { key: `${ID}.fix`, args: { expected: o.canonicalCore } }, edits: [{ range: o.coreRange, newText: o.canonicalCore }], safe: true },
        ],
      });
    }
    return findings;
  },
};
