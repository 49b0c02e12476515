/**
 * ordinal-form: non-standard ordinal characters: `⑴` `㈠` `⒈`, full-width
 * digits `１．`, `一十一、`, and `①` as a heading line (GB/T 9704-2012 §7.3.3 forms).
 */
import type { Finding } from '../findings';
import { isDecimalLevel, type Heading, type Series } from '../model';
import { isParenthesizedDigit } from '../numerals';
import type { Rule, RuleContext } from '../rule';

const ID = 'ordinal-form';

export const ordinalForm: Rule = {
  id: ID,
  title: { zh: '序号字符不规范', en: 'Non-standard ordinal characters' },
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
    [`${ID}.letter`]: {
      zh: '列项“{found}”的字母是全角字符，应为半角“{expected}”（GB/T 1.1）',
      en: 'The list item "{found}" has a full-width letter: write "{expected}" (GB/T 1.1).',
    },
    [`${ID}.fix`]: { zh: '改为“{expected}”', en: 'Change to "{expected}"' },
  },
  check(context: RuleContext): Finding[] {
    const findings: Finding[] = [];
    let dots: Map<Heading, '.' | '．'> | undefined;
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
      // `１．` typed in full-width mode: its dot too becomes the list's (GB/T 15834-2011 B.3.3 writes `1.`).
      const mark = o.mark;
      const dot = mark?.text === '．' && FULL_WIDTH_DIGIT.test(o.core) ? (dots ??= listDots(context)).get(heading) ?? preferredDot(context) : undefined;
      const wholeDot = dot === '.' && mark ? { start: o.coreRange.start, end: mark.range.end } : undefined;
      const found = wholeDot ? o.core + mark!.text : o.core;
      const expected = wholeDot ? o.canonicalCore + dot : o.canonicalCore;
      findings.push({
        rule: ID,
        severity: 'warning',
        range: o.coreRange,
        message: /[⼀⼆⼋⼗]/.test(o.core)
          ? { key: `${ID}.kangxi`, args: { found: o.core, expected: o.canonicalCore, foundCode: codePoints(o.core), expectedCode: codePoints(o.canonicalCore) } }
          : { key: ID, args: { found, expected } },
        fixes: [{ title: { key: `${ID}.fix`, args: { expected } }, edits: [{ range: wholeDot ?? o.coreRange, newText: expected }], safe: true }],
      });
    }
    findings.push(...inTextForms(context));
    return findings;
  },
};

/**
 * `包括：⑴……；⑵……`, `（1）……；⑵……；（3）……`: in a sentence too, `⑵` is `（2）` typed as one character
 * of its own (only `①` belongs to a sentence's enumerations).
 */
function inTextForms(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const series of context.model.series) {
    if (series.members[0]!.family === 'inline-letter') {
      findings.push(...fullWidthLetters(series));
      continue;
    }
    if (series.members[0]!.family !== 'inline-arabic') continue;
    for (const member of series.members) {
      if (!isParenthesizedDigit(member.marker)) continue;
      const expected = `（${member.value}）`;
      findings.push({
        rule: ID,
        severity: 'warning',
        range: member.markerRange,
        message: { key: ID, args: { found: member.marker, expected } },
        fixes: [{ title: { key: `${ID}.fix`, args: { expected } }, edits: [{ range: member.markerRange, newText: expected }], safe: true }],
      });
    }
  }
  return findings;
}

/** `ｂ)` typed in full-width mode: a standard's list item takes the plain letter, `b)`. */
function fullWidthLetters(series: Series): Finding[] {
  return series.members
    .filter((member) => FULL_WIDTH_LETTER.test(member.marker))
    .map((member) => {
      const letter = String.fromCharCode(member.marker.charCodeAt(0) - 0xff41 + 0x61);
      const expected = letter + member.marker.slice(1);
      const range = { start: member.markerRange.start, end: { ...member.markerRange.start, character: member.markerRange.start.character + 1 } };
      return {
        rule: ID,
        severity: 'warning' as const,
        range: member.markerRange,
        message: { key: `${ID}.letter`, args: { found: member.marker, expected } },
        fixes: [{ title: { key: `${ID}.fix`, args: { expected } }, edits: [{ range, newText: letter }], safe: true }],
      };
    });
}

const FULL_WIDTH_LETTER = /^[ａ-ｚ]/;

const FULL_WIDTH_DIGIT = /[０-９]/;

/** The dot each list's ordinals written in half-width digits agree on (`1.` `2.`), by heading. */
function listDots(context: RuleContext): Map<Heading, '.' | '．'> {
  const dots = new Map<Heading, '.' | '．'>();
  for (const list of context.headingLists()) {
    const used = new Set<string>();
    for (const item of list.items) {
      const o = item.heading?.ordinal;
      if (o && o.numeralKind === 'arabic' && !FULL_WIDTH_DIGIT.test(o.core) && (o.mark?.text === '.' || o.mark?.text === '．')) used.add(o.mark.text);
    }
    if (used.size !== 1) continue;
    const dot = [...used][0] as '.' | '．';
    for (const item of list.items) if (item.heading) dots.set(item.heading, dot);
  }
  return dots;
}

/** The dot the settings prefer; none (the dot stays) when either will do. */
function preferredDot(context: RuleContext): '.' | '．' | undefined {
  const preference = context.config.level3Dot;
  return preference === 'either' ? undefined : preference;
}

/** `U+2F00`, `U+4E00 U+5341`: the characters' code points, to tell apart characters that look alike. */
function codePoints(text: string): string {
  return [...text].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}
