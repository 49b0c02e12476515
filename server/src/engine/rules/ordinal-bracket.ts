/**
 * ordinal-bracket: half-width or mismatched brackets around an ordinal (GB/T 9704-2012 §7.3.3 forms).
 */
import type { Finding } from '../findings';
import type { Rule, RuleContext } from '../rule';

const ID = 'ordinal-bracket';

export const ordinalBracket: Rule = {
  id: ID,
  defaultSeverity: 'error',
  messages: {
    [ID]: {
      zh: '序号“{found}”应使用全角括号，写作“{expected}”（GB/T 9704—2012 7.3.3）',
      en: 'The ordinal "{found}" should use full-width brackets: "{expected}" (GB/T 9704-2012 §7.3.3).',
    },
    [`${ID}.fix`]: { zh: '改为全角括号“{expected}”', en: 'Use full-width brackets "{expected}"' },
  },
  check(context: RuleContext): Finding[] {
    const findings: Finding[] = [];
    for (const heading of context.model.headings) {
      const { open, close, numeral } = heading.ordinal;
      if (!open || !close || (open.text === '（' && close.text === '）')) continue;
      const found = open.text + numeral + close.text;
      const expected = `（${numeral}）`;
      const edits = [
        ...(open.text === '（' ? [] : [{ range: open.range, newText: '（' }]),
        ...(close.text === '）' ? [] : [{ range: close.range, newText: '）' }]),
      ];
      findings.push({
        rule: ID,
        severity: 'error',
        range: { start: open.range.start, end: close.range.end },
        message: { key: ID, args: { found, expected } },
        fixes: [{ title: { key: `${ID}.fix`, args: { expected } }, edits, safe: true }],
      });
    }
    return findings;
  },
};
