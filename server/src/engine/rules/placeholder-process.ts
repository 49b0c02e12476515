/**
 * placeholder-process: fields the document workflow fills later (`〔2025〕×号`,
 * an empty `签发人：`, a `××××年××月××日` 成文日期 line). Information while
 * drafting; an error in final mode, when the draft is about to go up.
 */
import type { Finding } from '../findings';
import type { Rule, RuleContext } from '../rule';

const ID = 'placeholder-process';

export const placeholderProcess: Rule = {
  id: ID,
  title: { zh: '公文流转中填写的内容', en: 'Fields filled in the document workflow' },
  defaultSeverity: 'information',
  messages: {
    [`${ID}.document-number`]: {
      zh: '发文字号中的发文顺序号“{text}”尚未编定，印发前由文秘部门统一编号（GB/T 9704—2012 7.2.5）',
      en: 'The serial number "{text}" in the document number is not assigned yet; the secretariat assigns it before the document is issued (GB/T 9704-2012 §7.2.5).',
    },
    [`${ID}.document-year`]: {
      zh: '发文字号中的年份“{text}”尚未填写，印发时按发文年份填写（GB/T 9704—2012 7.2.5）',
      en: 'The year "{text}" in the document number is not filled in; it is the year of issue, written when the document is issued (GB/T 9704-2012 §7.2.5).',
    },
    [`${ID}.signer`]: {
      zh: '“{text}”后尚未填写姓名，上行文应标注签发人（GB/T 9704—2012 7.2.6）',
      en: '"{text}" has no name yet: documents to higher authorities name their signer (GB/T 9704-2012 §7.2.6).',
    },
    [`${ID}.date`]: {
      zh: '成文日期“{text}”尚未填写，应署负责人签发或会议通过的日期，用阿拉伯数字将年、月、日标全（GB/T 9704—2012 7.3.5.4）',
      en: 'The date "{text}" is not filled in: use the date the document is signed or adopted by a meeting, with year, month and day in full in Arabic numerals (GB/T 9704-2012 §7.3.5.4).',
    },
  },
  check(context: RuleContext): Finding[] {
    const severity = context.config.finalMode ? 'error' : 'information';
    return context.model.processFields.map((field) => ({
      rule: ID,
      severity,
      range: field.range,
      message: { key: `${ID}.${field.kind}`, args: { text: field.text } },
    }));
  },
};
