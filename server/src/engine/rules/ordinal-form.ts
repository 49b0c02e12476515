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
      zh: '序号“{found}”（{foundCode}）是外形相同的康熙部首字符，从 PDF 复制时常见，不是汉字数字“{expected}”（{expectedCode}），应改为汉字数字',
      en: 'The ordinal "{found}" ({foundCode}) is a Kangxi radical that looks like the numeral "{expected}" ({expectedCode}), as text copied from a PDF often has: type the numeral.',
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
        message: /[⼀⼆⼋⼗]/.test(o.core)
          ? { key: `${ID}.kangxi`, args: { found: o.core, expected: o.canonicalCore, foundCode: codePoints(o.core), expectedCode: codePoints(o.canonicalCore) } }
          : { key: ID, args: { found: o.core, expected: o.canonicalCore } },
        fixes: [
          { title: { key: `${ID}.fix`, args: { expected: o.canonicalCore } }, edits: [{ range: o.coreRange, newText: o.canonicalCore }], safe: true },
        ],
      });
    }
    return findings;
  },
};

/** `U+2F00`, `U+4E00 U+5341`: the characters' code points, to tell apart characters that look alike. */
function codePoints(text: string): string {
  return [...text].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}
