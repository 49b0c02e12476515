/** placeholder-vague: vague stand-ins (`某某同志`, `某单位`) and sample names (`张三`) that should name the real one. */
import type { Finding } from '../findings';
import type { Rule, RuleContext } from '../rule';

const ID = 'placeholder-vague';
const SAMPLE_NAME = `${ID}.sample-name`;

export const placeholderVague: Rule = {
  id: ID,
  title: { zh: '泛指代称', en: 'Vague stand-ins' },
  defaultSeverity: 'warning',
  messages: {
    [ID]: {
      zh: '“{text}”是泛指的代称，正式稿中应写明具体的名称',
      en: '"{text}" is a vague stand-in; name the actual person, body or place.',
    },
    [SAMPLE_NAME]: {
      zh: '“{text}”是范文中的示例姓名，正式稿中应改为实际人员的姓名',
      en: '"{text}" is a sample name from a template; put the actual person\'s name.',
    },
  },
  check(context: RuleContext): Finding[] {
    return context.model.vague.map((span) => ({
      rule: ID,
      severity: 'warning',
      range: span.range,
      message: { key: span.sampleName ? SAMPLE_NAME : ID, args: { text: span.text } },
    }));
  },
};
