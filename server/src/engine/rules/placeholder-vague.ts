/** placeholder-vague: vague stand-ins (`某某同志`, `某单位`) that should name the real one. */
import type { Finding } from '../findings';
import type { Rule, RuleContext } from '../rule';

const ID = 'placeholder-vague';

export const placeholderVague: Rule = {
  id: ID,
  defaultSeverity: 'warning',
  messages: {
    [ID]: {
      zh: '“{text}”是泛指的代称，正式稿中应写明具体的名称',
      en: '"{text}" is a vague stand-in; name the actual person, body or place.',
    },
  },
  check(context: RuleContext): Finding[] {
    return context.model.vague.map((span) => ({
      rule: ID,
      severity: 'warning',
      range: span.range,
      message: { key: ID, args: { text: span.text } },
    }));
  },
};
