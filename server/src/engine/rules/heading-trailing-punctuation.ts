/**
 * heading-trailing-punctuation: a heading alone on its line takes no final
 * mark (GB/T 15834-2011 B.4; practice). A run-in heading keeps its 。 before the body.
 */
import type { Finding } from '../findings';
import { headingLabel } from '../lists';
import { hasAncestorAt, type Heading } from '../model';
import type { Rule, RuleContext } from '../rule';

const ID = 'heading-trailing-punctuation';

export const headingTrailingPunctuation: Rule = {
  id: ID,
  defaultSeverity: 'warning',
  messages: {
    [ID]: {
      zh: '单独成行的标题“{heading}”末尾不加“{mark}”，应为“{expected}”（GB/T 15834—2011 B.4：标题末尾通常不用标点）',
      en: 'A heading on its own line takes no final "{mark}": "{heading}" should read "{expected}" (GB/T 15834-2011 B.4).',
    },
    [`${ID}.fix`]: { zh: '删去标题末尾的“{mark}”', en: 'Remove the final "{mark}"' },
  },
  check(context: RuleContext): Finding[] {
    return context.model.headings.flatMap((heading): Finding[] => {
      const mark = heading.trailingMark;
      // 项 and 目 inside a 条 are list items that end with ；or 。, not headings.
      if (!mark || hasAncestorAt(heading, 'article') || isItemSentence(heading, mark.text)) return [];
      const expected = headingLabel(heading);
      return [
        {
          rule: ID,
          severity: 'warning',
          range: mark.range,
          message: { key: ID, args: { heading: expected + mark.text, mark: mark.text, expected } },
          fixes: [{ title: { key: `${ID}.fix`, args: { mark: mark.text } }, edits: [{ range: mark.range, newText: '' }], safe: true }],
        },
      ];
    });
  },
};

/** Longer than this, a numbered line ending in 。 reads as a sentence, not a title. */
const TITLE_LENGTH = 15;

/**
 * `（二）各乡镇要于3月底前完成排查。` is an item written as a full sentence, not a
 * title with a stray 。: long, or with its own commas, it keeps its full stop.
 */
function isItemSentence(heading: Heading, mark: string): boolean {
  if (mark !== '。' && mark !== '.') return false;
  // Titles are short phrases (`加强组织领导`, `总体要求`); an item with its own commas, a
  // date, or an obligation (`应当`, `必须`, `要于……前`) is a sentence.
  return heading.title.length > TITLE_LENGTH || /[，,、；;]|[0-9０-９]|应当|必须|务必|不得|[要应须]于/.test(heading.title);
}
