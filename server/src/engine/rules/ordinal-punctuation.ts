/**
 * ordinal-punctuation: the wrong mark after an ordinal (GB/T 15834-2011 B.3.1–B.3.4, B.3.7).
 */
import type { Finding } from '../findings';
import { isDecimalLevel, isInlineFamily, ordinalUnit, type Heading, type HeadingOrdinal, type SeriesMember } from '../model';
import type { Rule, RuleContext } from '../rule';
import type { Range } from '../text';
import { opening, spaceInUse, startsWithUnitMark } from './ordinal-space';

const ID = 'ordinal-punctuation';

export const ordinalPunctuation: Rule = {
  id: ID,
  title: { zh: '序号后标点误用', en: 'Wrong mark after an ordinal' },
  defaultSeverity: 'error',
  messages: {
    [`${ID}.chinese`]: {
      zh: '不带括号的汉字数字序号后用顿号，“{found}”应为“{expected}”（GB/T 15834—2011 B.3.2）',
      en: 'An unbracketed Chinese numeral takes 、: "{found}" should be "{expected}" (GB/T 15834-2011 B.3.2).',
    },
    [`${ID}.bracketed`]: {
      zh: '带括号的序号后不再加标点，“{found}”应为“{expected}”（GB/T 15834—2011 B.3.4）',
      en: 'Nothing follows a bracketed ordinal: "{found}" should be "{expected}" (GB/T 15834-2011 B.3.4).',
    },
    [`${ID}.enclosed`]: {
      zh: '“①”“⑴”“⒈”这类序号本身已带圈、括号或点，后面不再加标点，“{found}”应为“{expected}”（GB/T 15834—2011 B.3.4）',
      en: 'Ordinals like ①, ⑴ and ⒈ carry their own circle, brackets or dot and take no mark: "{found}" should be "{expected}" (GB/T 15834-2011 B.3.4).',
    },
    [`${ID}.arabic`]: {
      zh: '阿拉伯数字序号后用下脚点，“{found}”应为“{expected}”（GB/T 15834—2011 B.3.3）',
      en: 'An Arabic ordinal takes a half-width period: "{found}" should be "{expected}" (GB/T 15834-2011 B.3.3).',
    },
    [`${ID}.arabic-full-width`]: {
      zh: '阿拉伯数字序号后不用顿号、逗号，按设置用全角点，“{found}”应为“{expected}”（GB/T 15834—2011 B.3.3）',
      en: 'An Arabic ordinal takes no 、 or comma; the settings ask for the full-width period: "{found}" should be "{expected}" (GB/T 15834-2011 B.3.3).',
    },
    [`${ID}.arabic-as-siblings`]: {
      zh: '阿拉伯数字序号后不用顿号、逗号，同组其他序号用全角点，“{found}”应为“{expected}”（GB/T 15834—2011 B.3.3）',
      en: 'An Arabic ordinal takes no 、 or comma; its siblings take the full-width period: "{found}" should be "{expected}" (GB/T 15834-2011 B.3.3).',
    },
    [`${ID}.attachment`]: {
      zh: '附件顺序号后用下脚点，“{found}”应为“{expected}”（GB/T 9704—2012 7.3.4；GB/T 15834—2011 B.3.3）',
      en: 'An attachment number takes a period: "{found}" should be "{expected}" (GB/T 9704-2012 §7.3.4; GB/T 15834-2011 B.3.3).',
    },
    [`${ID}.shi`]: {
      zh: '“一是”“二是”这类序次语后不加标点，“{found}”应为“{expected}”（GB/T 15834—2011 B.3.7）',
      en: 'Ordinal words like 一是 take no mark: "{found}" should be "{expected}" (GB/T 15834-2011 B.3.7).',
    },
    [`${ID}.comma`]: {
      zh: '“第一”“其一”“首先”这类序次语后用逗号，“{found}”应为“{expected}”（GB/T 15834—2011 B.3.1）',
      en: 'Ordinal words like 第一 and 首先 take a comma: "{found}" should be "{expected}" (GB/T 15834-2011 B.3.1).',
    },
    [`${ID}.unit`]: {
      zh: '“第×章”“第×条”这类序号后不加标点，空一字再接正文，“{found}”应为“{expected}”（GB/T 15834—2011 B.3.6）',
      en: 'Ordinals like 第八条 take no mark; a space sets them off from the text: "{found}" should be "{expected}" (GB/T 15834-2011 B.3.6).',
    },
    [`${ID}.unit-fix`]: { zh: '改为空一字', en: 'Change it to a space' },
    [`${ID}.fix`]: { zh: '改为“{expected}”', en: 'Change to "{expected}"' },
  },
  check(context: RuleContext): Finding[] {
    const findings: Finding[] = [];
    let dots: ReadonlyMap<Heading, '.' | '．'> | undefined;
    let unitSpace: string | undefined;
    for (const heading of context.model.headings) {
      const unit = heading.level === 'chapter' || heading.level === 'section' || heading.level === 'article' || isDecimalLevel(heading.level);
      if (unit && startsWithUnitMark(heading)) {
        const space = (unitSpace ??= spaceInUse(context.model.headings));
        const o = heading.ordinal;
        const markRange = { start: heading.titleRange.start, end: { line: heading.titleRange.start.line, character: heading.titleRange.start.character + 1 } };
        const found = o.core + heading.title[0]!;
        const expected = o.core + space + opening(heading.title.slice(1), 6);
        findings.push({
          rule: ID,
          severity: 'error',
          range: markRange,
          message: { key: `${ID}.unit`, args: { found, expected } },
          fixes: [{ title: { key: `${ID}.unit-fix` }, edits: [{ range: markRange, newText: space }], safe: true }],
        });
        continue;
      }
      const finding = checkOrdinal(heading.ordinal, () => {
        const sibling = (dots ??= siblingDots(context)).get(heading);
        return sibling ? { dot: sibling, fromSiblings: true } : { dot: context.config.level3Dot === '．' ? '．' : '.', fromSiblings: false };
      });
      if (finding) findings.push(finding);
    }
    // `附件：1、××`, `注：1、……`: the numbers of attachments and notes take the marks a heading's does,
    // the dot their list agrees on. GB/T 9704-2012 §7.3.4 writes an attachment's number `1.`.
    for (const list of [...context.attachmentLists(), ...context.noteLists()]) {
      const ordinals = list.items.map((item) => (item.attachment?.ordinal ?? item.note?.ordinal)!);
      const dot = agreedDot(ordinals);
      for (const o of ordinals) {
        const finding = checkOrdinal(o, () => (dot ? { dot, fromSiblings: true } : { dot: context.config.level3Dot === '．' ? '．' : '.', fromSiblings: false }));
        if (!finding) continue;
        const attachment = list.kind === 'attachments' && finding.message.key.startsWith(`${ID}.arabic`);
        findings.push(attachment ? { ...finding, message: { ...finding.message, key: `${ID}.attachment` } } : finding);
      }
    }
    for (const series of context.model.series) {
      for (const member of series.members) {
        const finding = checkMember(member);
        if (finding) findings.push(finding);
      }
    }
    return findings;
  },
};

/**
 * For each Arabic heading, the dot its siblings agree on (`1．` `2．` `3、`: the 3、 becomes 3．, not 3.),
 * when they use one and only one.
 */
function siblingDots(context: RuleContext): Map<Heading, '.' | '．'> {
  const dots = new Map<Heading, '.' | '．'>();
  for (const list of context.headingLists()) {
    const dot = agreedDot(list.items.flatMap((item) => item.heading?.ordinal ?? []));
    if (!dot) continue;
    for (const item of list.items) if (item.heading) dots.set(item.heading, dot);
  }
  return dots;
}

/** The dot the Arabic ordinals of one list use, when they use one and only one. */
function agreedDot(ordinals: readonly HeadingOrdinal[]): '.' | '．' | undefined {
  const used = new Set<'.' | '．'>();
  for (const o of ordinals) {
    const mark = o.mark?.text;
    if (o.numeralKind === 'arabic' && (mark === '.' || mark === '．')) used.add(mark);
  }
  return used.size === 1 ? [...used][0] : undefined;
}

function checkOrdinal(o: HeadingOrdinal, dotFor: () => { readonly dot: '.' | '．'; readonly fromSiblings: boolean }): Finding | undefined {
  const mark = o.mark;
  if (!mark) return undefined;
  // ⑴ ㈠ ⒈ ① carry their bracket or dot in the character: nothing follows them. (A full-width
  // digit `１` is a digit, and `１．` takes its dot like `1.`.)
  const enclosed = !o.bracketed && o.core.length === 1 && /[⑴-⒇㈠-㈩⒈-⒛①-⑳]/.test(o.core);
  // Most marks are right: decide that before building any text.
  if (!o.bracketed && !enclosed && (o.numeralKind === 'chinese' ? mark.text === '、' : mark.text === '.' || mark.text === '．')) return undefined;
  const core = (o.open?.text ?? '') + o.numeral + (o.close?.text ?? '');
  if (o.bracketed) return finding('bracketed', core + mark.text, core, mark.range, '');
  if (enclosed) return finding('enclosed', core + mark.text, core, mark.range, '');
  if (o.numeralKind === 'chinese') return finding('chinese', core + mark.text, core + '、', mark.range, '、');
  const { dot, fromSiblings } = dotFor();
  if (dot === '．') return finding(fromSiblings ? 'arabic-as-siblings' : 'arabic-full-width', core + mark.text, core + '．', mark.range, '．');
  return finding('arabic', core + mark.text, core + '.', mark.range, '.');
}

function checkMember(member: SeriesMember): Finding | undefined {
  const mark = member.mark;
  if (!mark) return undefined;
  if (member.family === 'shi') {
    return finding('shi', member.marker + mark.text, member.marker, mark.range, '');
  }
  if (isInlineFamily(member.family)) {
    const kind = member.family === 'inline-circled' ? 'enclosed' : 'bracketed';
    return finding(kind, member.marker + mark.text, member.marker, mark.range, '');
  }
  if (member.family === 'fangmian') return undefined;
  if (mark.text === '，') return undefined;
  // `第一句话：机遇大于挑战。` `第一个方面：`: a noun phrase with its unit, which a colon may introduce.
  if (member.family === 'di' && ordinalUnit(member.marker) !== '' && (mark.text === '：' || mark.text === ':')) return undefined;
  return finding('comma', member.marker + mark.text, member.marker + '，', mark.range, '，');
}

function finding(kind: string, found: string, expected: string, markRange: Range, replacement: string): Finding {
  return {
    rule: ID,
    severity: 'error',
    range: markRange,
    message: { key: `${ID}.${kind}`, args: { found, expected } },
    fixes: [{ title: { key: `${ID}.fix`, args: { expected } }, edits: [{ range: markRange, newText: replacement }], safe: true }],
  };
}
