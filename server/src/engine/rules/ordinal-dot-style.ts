/**
 * ordinal-dot-style: `1．` against `1.` (or the reverse) when the office has
 * chosen one (GB/T 15834-2011 B.3.3 gives `.`; `．` is common practice). Off by default.
 */
import type { Finding } from '../findings';
import type { Rule, RuleContext } from '../rule';

const ID = 'ordinal-dot-style';

export const ordinalDotStyle: Rule = {
  id: ID,
  title: { zh: '第三层序号后的点不统一', en: 'Dot after level-3 ordinals' },
  defaultSeverity: 'information',
  enabledByDefault: false,
  messages: {
    // The two dots look alike on screen: the message names which is which.
    [ID]: {
      zh: '第三层序号本单位统一用下脚点“.”，“{found}”用的是全角点，应为“{expected}”（GB/T 15834—2011 B.3.3；设置 gongwen.numbering.level3Dot）',
      en: 'Level-3 ordinals here use the half-width period ".": "{found}" has a full-width one and should be "{expected}" (GB/T 15834-2011 B.3.3; setting gongwen.numbering.level3Dot).',
    },
    [`${ID}.fullwidth`]: {
      zh: '第三层序号本单位统一用全角点“．”，“{found}”用的是下脚点，应为“{expected}”（设置 gongwen.numbering.level3Dot）',
      en: 'Level-3 ordinals here use the full-width period "．": "{found}" has a half-width one and should be "{expected}" (setting gongwen.numbering.level3Dot).',
    },
    [`${ID}.fix`]: { zh: '改为“{expected}”', en: 'Change to "{expected}"' },
  },
  check(context: RuleContext): Finding[] {
    const preferred = context.config.level3Dot;
    if (preferred === 'either') return [];
    const findings: Finding[] = [];
    for (const heading of context.model.headings) {
      const mark = heading.ordinal.mark;
      if (heading.level !== 3 || !mark || (mark.text !== '.' && mark.text !== '．') || mark.text === preferred) continue;
      const found = heading.ordinal.core + mark.text;
      const expected = heading.ordinal.core + preferred;
      findings.push({
        rule: ID,
        severity: 'information',
        range: mark.range,
        message: { key: preferred === '.' ? ID : `${ID}.fullwidth`, args: { found, expected } },
        fixes: [{ title: { key: `${ID}.fix`, args: { expected } }, edits: [{ range: mark.range, newText: preferred }], safe: true }],
      });
    }
    return findings;
  },
};
