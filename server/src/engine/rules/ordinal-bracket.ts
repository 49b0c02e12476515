/**
 * ordinal-bracket: half-width or mismatched brackets around an ordinal (GB/T 9704-2012 §7.3.3 forms).
 */
import type { Finding } from '../findings';
import { isInlineFamily, type Series } from '../model';
import type { Rule, RuleContext } from '../rule';

const ID = 'ordinal-bracket';

export const ordinalBracket: Rule = {
  id: ID,
  title: { zh: '序号括号不规范', en: 'Ordinal brackets' },
  defaultSeverity: 'error',
  messages: {
    [ID]: {
      zh: '序号“{found}”应使用全角括号，写作“{expected}”（GB/T 9704—2012 7.3.3）',
      en: 'The ordinal "{found}" should use full-width brackets: "{expected}" (GB/T 9704-2012 §7.3.3).',
    },
    [`${ID}.fix`]: { zh: '改为全角括号“{expected}”', en: 'Use full-width brackets "{expected}"' },
    [`${ID}.list-item`]: {
      zh: '同一组列项的括号应一致，本组写作“{standard}”，“{found}”应为“{expected}”',
      en: 'The items of one list use one bracket; this list writes "{standard}": "{found}" should be "{expected}".',
    },
    [`${ID}.list-item-fix`]: { zh: '改为“{expected}”', en: 'Change to "{expected}"' },
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
    // In a sentence too: `包括：（1）……；(2)……` (an item of two or more; `1）` without its opening bracket is another style).
    for (const series of context.model.series) {
      if (series.members[0]!.family === 'inline-letter') {
        findings.push(...letterBrackets(series));
        continue;
      }
      if (!isInlineFamily(series.members[0]!.family) || series.members.length < 2) continue;
      for (const member of series.members) {
        const bracketed = HALF_WIDTH_BRACKETED.exec(member.marker);
        // (In English, `(1) Advertising lines`, the brackets are right.)
        if (!bracketed || member.wrappedAfter !== undefined || !CHINESE_ITEM.test(member.name.slice(member.marker.length))) continue;
        const expected = `（${bracketed[1] ?? bracketed[2]}）`;
        findings.push({
          rule: ID,
          severity: 'error',
          range: member.markerRange,
          message: { key: ID, args: { found: member.marker, expected } },
          fixes: [{ title: { key: `${ID}.fix`, args: { expected } }, edits: [{ range: member.markerRange, newText: expected }], safe: true }],
        });
      }
    }
    return findings;
  },
};

/** An item's text in Chinese: a Han character or a Chinese quotation mark first. */
const CHINESE_ITEM = /^[\u4e00-\u9fff“《]/;

/** A bracketed in-text ordinal with a half-width bracket on either side: `(2)` `（2)` `(二）`. */
const HALF_WIDTH_BRACKETED = /^(?:\(([^()（）]+)[)）]|（([^()（）]+)\))$/;

/**
 * A standard's list items (`a)` `b)` `c)`, GB/T 1.1) close with the bracket their list uses: the half-width
 * one of GB/T 1.1, or the full-width one many drafts type throughout. An item that differs from the others
 * (`a)` `b）` `c)`) is flagged; with no majority, nothing is.
 */
function letterBrackets(series: Series): Finding[] {
  const closing = (marker: string) => marker[marker.length - 1]!;
  const half = series.members.filter((member) => closing(member.marker) === ')').length;
  const full = series.members.length - half;
  if (half === full) return [];
  const standard = half > full ? ')' : '）';
  return series.members
    .filter((member) => closing(member.marker) !== standard)
    .map((member) => {
      const bracket = { start: member.markerRange.end, end: member.markerRange.end };
      const range = { start: { ...bracket.start, character: bracket.start.character - 1 }, end: bracket.end };
      const expected = member.marker.slice(0, -1) + standard;
      return {
        rule: ID,
        severity: 'error' as const,
        range: member.markerRange,
        message: { key: `${ID}.list-item`, args: { found: member.marker, expected, standard: `a${standard}` } },
        fixes: [{ title: { key: `${ID}.list-item-fix`, args: { expected } }, edits: [{ range, newText: standard }], safe: true }],
      };
    });
}
