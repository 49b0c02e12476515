/**
 * lone-item: a list with a single item, or a series with one member (practice:
 * what is not divided need not be numbered).
 */
import type { Finding } from '../findings';
import { headingLabel, seriesLabel, type SeriesList } from '../lists';
import type { SourceLine } from '../text';
import { isInlineFamily } from '../model';
import type { Rule, RuleContext } from '../rule';

const ID = 'lone-item';

/** A heading over a register of persons or units (`建议给予党纪政务处分的人员`, `受表彰的先进集体名单`). */
const REGISTER_TITLE = /(?:的人员|的单位|的单位和人员|名单)$/;

export const loneItem: Rule = {
  id: ID,
  title: { zh: '同级只有一项', en: 'A list of one item' },
  defaultSeverity: 'warning',
  messages: {
    [`${ID}.child`]: {
      zh: '“{parent}”下只有“{found}”一项，单独一项不必编号，可并入上级内容或补充其他各项（实务惯例）',
      en: '"{found}" is the only item under "{parent}": a single item needs no number; merge it into its parent or add the others (practice).',
    },
    [`${ID}.top`]: {
      zh: '全文同级标题只有“{found}”一个，单独一项不必编号；如需编号，应补充其他各项（实务惯例）',
      en: '"{found}" is the only heading of its level: drop its number, or add the others (practice).',
    },
    [`${ID}.top-in`]: {
      zh: '“{where}”中同级标题只有“{found}”一个，单独一项不必编号；如需编号，应补充其他各项（实务惯例）',
      en: '"{found}" is the only heading of its level in "{where}": drop its number, or add the others (practice).',
    },
    [`${ID}.top-body`]: {
      zh: '正文中同级标题只有“{found}”一个，单独一项不必编号；如需编号，应补充其他各项（实务惯例）',
      en: '"{found}" is the only heading of its level in the main text: drop its number, or add the others (practice).',
    },
    [`${ID}.attachment`]: {
      zh: '只有一个附件的不标附件顺序号：“附件：{found}{name}”应为“附件：{name}”（GB/T 9704—2012 7.3.4）',
      en: 'A single attachment takes no number: "附件：{found}{name}" should be "附件：{name}" (GB/T 9704-2012 §7.3.4).',
    },
    [`${ID}.attachment-fix`]: { zh: '删去附件顺序号“{found}”', en: 'Remove the attachment number "{found}"' },
    [`${ID}.series`]: {
      zh: '有“{found}”而无“{next}”，序次语只有一项，可删去序次语或补充其他各项（实务惯例）',
      en: '"{found}" has no "{next}" after it: a series of one is not a series; drop the ordinal word or add the others (practice).',
    },
    [`${ID}.series-after`]: {
      zh: '“{found}”紧接在“{previous}”之后：如是接着列举，应为“{expected}”；如是另起一组，应补充“{next}”（实务惯例）',
      en: '"{found}" comes right after "{previous}": if it goes on with that list, it should be "{expected}"; if it starts a new one, add "{next}" (practice).',
    },
  },
  check(context: RuleContext): Finding[] {
    const findings: Finding[] = [];
    const levelSlips = context.levelSlips();
    // `（一）` `（2）`: the （2） is its sibling in another form (mixed-style), not its child.
    const continued = new Set(context.formContinuations().map((c) => c.continues));
    for (const list of context.headingLists()) {
      if (list.items.length !== 1) continue;
      const item = list.items[0]!;
      // A lone item that is part of a level slip is reported by the level rules.
      if (item.heading && (levelSlips.has(item.heading) || continued.has(item.heading))) continue;
      if (list.parent && levelSlips.has(list.parent)) continue;
      const parent = list.parent;
      // A contract numbers each article's text as its clauses (`第九条　知识产权` / `9.1　……`), one or more:
      // a lone `9.1` keeps the style of the articles around it.
      if (parent?.level === 'article' && item.heading?.level === 'decimal-2') continue;
      // So does a 招标公告 its sections' text (`1. 招标条件` / `1.1 本招标项目……已由……批准`): a clause of text, no title.
      if (parent?.level === 'decimal-1' && item.heading?.level === 'decimal-2' && (item.heading.runIn || item.heading.trailingMark?.text === '。')) continue;
      // An accident report's `（一）建议移送司法机关处理的人员` over `1.何某，……`: a register of those named,
      // numbered as its other categories are however many it holds.
      if (parent && REGISTER_TITLE.test(parent.title)) continue;
      findings.push({
        rule: ID,
        severity: 'warning',
        range: item.range,
        message: parent
          ? { key: `${ID}.child`, args: { found: item.written, parent: headingLabel(parent) } }
          : topMessage(context, item.heading!.part, item.written),
      });
    }
    const seriesLists = context.seriesLists();
    seriesLists.forEach((list, index) => {
      // A lone 首先，(`首先，我代表……表示感谢`) is ordinary speech, not a broken series.
      // A lone in-text （1） is as likely a reference as a list.
      if (list.items.length !== 1 || list.family === 'sequence-word' || isInlineFamily(list.family)) return;
      const item = list.items[0]!;
      // A lone 三是 is a series that lost its start: sequence-start says so, and "no 四是" would
      // mislead. A lone 另一方面 answers a point made without 一方面: ordinary prose.
      if (typeof item.value === 'number' && item.value !== 1) return;
      const value = typeof item.value === 'number' ? item.value : 1;
      const next = seriesLabel(list, value + 1);
      const previous = typeof item.value === 'number' ? seriesRightBefore(seriesLists, index, context.model.lines) : undefined;
      const last = previous?.items[previous.items.length - 1];
      findings.push({
        rule: ID,
        severity: 'warning',
        range: item.range,
        message:
          previous && typeof last!.value === 'number'
            ? { key: `${ID}.series-after`, args: { found: item.written, previous: last!.written, expected: seriesLabel(previous, last!.value + 1), next } }
            : { key: `${ID}.series`, args: { found: item.written, next } },
      });
    });
    // §7.3.4 numbers attachments only when there are several.
    for (const list of context.attachmentLists()) {
      if (list.note.items.length !== 1) continue;
      const { ordinal, name, nameRange } = list.items[0]!.attachment!;
      const found = ordinal!.core + (ordinal!.mark?.text ?? '');
      const removed = { start: ordinal!.range.start, end: nameRange.start };
      findings.push({
        rule: ID,
        severity: 'warning',
        range: ordinal!.range,
        message: { key: `${ID}.attachment`, args: { found, name } },
        fixes: [{ title: { key: `${ID}.attachment-fix`, args: { found } }, edits: [{ range: removed, newText: '' }], safe: true }],
      });
    }
    return findings;
  },
};

/** Longest name of a part quoted in the message: a speech's title can be long. */
const PART_NAME = 16;

/** A lone top-level heading: of the whole text, or of one part (an attachment, a speech) when the text has parts. */
function topMessage(context: RuleContext, part: number, found: string): Finding['message'] {
  const { parts, leadingTitle } = context.model;
  if (parts.length === 0) return { key: `${ID}.top`, args: { found } };
  const label = part > 0 ? parts.find((p) => p.part === part) : leadingTitle;
  if (!label) return { key: `${ID}.top-body`, args: { found } };
  const name = label.text;
  const where = name.length > PART_NAME ? `${name.slice(0, PART_NAME)}……` : name;
  return { key: `${ID}.top-in`, args: { found, where } };
}

/** How many series before a lone member are looked at for the one it may go on. */
const LISTS_BACK = 8;

/**
 * The series of the same family and section whose last member opens the paragraph right above the
 * lone member at `index` (`一是……` / `二是……` / `一是……`): the lone 一是 may be its 三是 misnumbered.
 */
function seriesRightBefore(lists: readonly SeriesList[], index: number, lines: readonly SourceLine[]): SeriesList | undefined {
  const lone = lists[index]!.items[0]!.member!;
  let above = lone.line - 1;
  while (above >= 0 && lines[above]!.text.trim().length === 0) above--;
  // (Lists are in the order they start: an outer series may end after a nested one. A few back suffice.)
  for (let i = index - 1; i >= Math.max(0, index - LISTS_BACK); i--) {
    const candidate = lists[i]!;
    const last = candidate.items[candidate.items.length - 1]!.member!;
    if (last.line !== above) continue;
    // (Same family and wording: `二是` then `一要` is another series, not a misnumbered 三是.)
    const sameWord = last.marker.slice(-1) === lone.marker.slice(-1);
    if (candidate.family === lists[index]!.family && sameWord && candidate.series.section === lists[index]!.series.section) return candidate;
  }
  return undefined;
}
