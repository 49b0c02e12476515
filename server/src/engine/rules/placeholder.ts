/** placeholder: content left unfilled from a template (`X%`, `XX同志`, `××`, `20XX年`, `【待补】`), and notes left in drafting or review (`（数据待统计局提供）`, `？？？`). */
import type { Finding } from '../findings';
import type { Rule, RuleContext } from '../rule';

const ID = 'placeholder';

export const placeholder: Rule = {
  id: ID,
  title: { zh: '模板内容未填写', en: 'Unfilled template values' },
  defaultSeverity: 'error',
  messages: {
    [ID]: {
      zh: '“{text}”是模板中尚未填写的内容（{context}），提交前须改为实际内容',
      en: '"{text}" is a template value left unfilled ({context}); replace it before submitting.',
    },
    // `（数据待统计局提供）`, `【李局：再提炼】`, `？？？`: not a template's, a drafter's or a reviewer's.
    [`${ID}.note`]: {
      zh: '“{text}”是起草、审改中留下的标注，提交前须按标注处理并删去',
      en: '"{text}" is a note left in drafting or review; act on it and remove it before submitting.',
    },
    // `联系人：` with nothing after it.
    [`${ID}.empty-field`]: {
      zh: '“{text}”后尚未填写，提交前须补上',
      en: 'Nothing follows "{text}"; fill it in before submitting.',
    },
    // `【待补】`, `{{姓名}}`: the placeholder is its own context.
    [`${ID}.bare`]: {
      zh: '“{text}”是模板中尚未填写的内容，提交前须改为实际内容',
      en: '"{text}" is a template value left unfilled; replace it before submitting.',
    },
  },
  check(context: RuleContext): Finding[] {
    // A note is read from its words, which a final text may happen to use: a warning while drafting,
    // an error in final mode, when the draft is about to go up.
    const noteSeverity = context.config.finalMode ? 'error' : 'warning';
    return context.model.placeholders.map((span): Finding => ({
      rule: ID,
      severity: span.kind === 'note' ? noteSeverity : 'error',
      range: span.range,
      message:
        span.kind === 'note' || span.kind === 'empty-field'
          ? { key: `${ID}.${span.kind}`, args: { text: span.text } }
          : span.context === span.text
            ? { key: `${ID}.bare`, args: { text: span.text } }
            : { key: ID, args: { text: span.text, context: span.context } },
    }));
  },
};
