/**
 * heading-trailing-punctuation: a heading alone on its line takes no final
 * mark (GB/T 15834-2011 B.4; practice). A run-in heading keeps its 。 before the body.
 */
import type { Finding } from '../findings';
import { isMarkdownHeadingLine, isMarkdownListItem } from '../markdown';
import { headingLabel, isBareList, type HeadingList } from '../lists';
import { hasAncestorAt, isDecimalLevel, type Heading } from '../model';
import type { Rule, RuleContext } from '../rule';
import type { SourceLine } from '../text';

const ID = 'heading-trailing-punctuation';

export const headingTrailingPunctuation: Rule = {
  id: ID,
  title: { zh: '标题末尾加了标点', en: 'Punctuation at the end of a heading' },
  defaultSeverity: 'warning',
  messages: {
    [ID]: {
      zh: '单独成行的标题末尾不加标点，“{heading}”应删去末尾的“{mark}”（GB/T 15834—2011 B.4）',
      en: 'A heading on its own line takes no final mark: remove the "{mark}" at the end of "{heading}" (GB/T 15834-2011 B.4).',
    },
    [`${ID}.fix`]: { zh: '删去标题末尾的“{mark}”', en: 'Remove the final "{mark}"' },
    [`${ID}.title`]: {
      zh: '文件标题末尾不加标点，“{title}”应删去末尾的“{mark}”（GB/T 15834—2011 B.4）',
      en: 'A document\'s title takes no final mark: remove the "{mark}" at the end of "{title}" (GB/T 15834-2011 B.4).',
    },
    [`${ID}.attachment`]: {
      zh: '附件名称后不加标点符号，“{name}”应删去末尾的“{mark}”（GB/T 9704—2012 7.3.4）',
      en: 'An attachment\'s name takes no final mark: remove the "{mark}" at the end of "{name}" (GB/T 9704-2012 §7.3.4).',
    },
    [`${ID}.attachment-fix`]: { zh: '删去附件名称末尾的“{mark}”', en: 'Remove the "{mark}" after the attachment\'s name' },
  },
  check(context: RuleContext): Finding[] {
    const enumerated = enumerationItems(context.headingLists(), context.model.lines);
    let amongTitles: ReadonlySet<Heading> | undefined;
    return [...context.model.headings.flatMap((heading): Finding[] => {
      const mark = heading.trailingMark;
      // 项 and 目 inside a 条 are list items that end with ；or 。, not headings.
      // A Markdown list item (`1. 检查消防设施是否完好。`) is a line of a list, not a heading.
      if (!mark || hasAncestorAt(heading, 'article') || enumerated.has(heading) || isMarkdownListItem(context.model, heading)) return [];
      // `三、加强党性修养，严格自我约束。`, `一、2024年全市住建工作取得新成效。` among titles with no mark over
      // their sections: a title, its comma or its length no sign of a sentence. So is a Markdown heading.
      if (isDecimalLevel(heading.level) && ITEM_ENDS.has(mark.text) && amongTextClauses(heading, context.model.roots)) return [];
      if (!isMarkdownHeadingLine(context.model, heading) && isItemSentence(heading, mark.text) && !(couldBeTitle(heading) && (amongTitles ??= titledSections(context.headingLists(), context.model.lines)).has(heading))) return [];
      return [
        {
          rule: ID,
          severity: 'warning',
          range: mark.range,
          message: { key: ID, args: { heading: headingLabel(heading) + mark.text, mark: mark.text } },
          // A line ending in ， or 、 may be a heading broken across lines (text pasted from a PDF):
          // deleting the mark is then no fix, so fix-all leaves it to the writer.
          fixes: [{ title: { key: `${ID}.fix`, args: { mark: mark.text } }, edits: [{ range: mark.range, newText: '' }], safe: !MID_SENTENCE.has(mark.text) }],
        },
      ];
    }), ...documentTitleMark(context), ...attachmentNameMarks(context)];
  },
};

/**
 * The document's title on its first line, closed by a full stop: `……2024年度抓基层党建工作述职报告。`
 * (B.4). Only a title that names its genre at the end, with no other mark in it: a first line that is a
 * sentence is no title (nor a closing `特此报告。` standing first in a fragment).
 */
const DOCUMENT_TITLE = /^[\s\u3000]*(?!特此)([^，。；：,;:！？!?\s\u3000][^，。；：,;:！？!?]{1,58}(?:报告|讲话|讲稿|发言|致辞|通知|通报|方案|要点|总结|意见|办法|细则|规定|规则|条例|纪要|请示|决定|规划|计划|汇报|材料|提纲|函))(。)[\s\u3000]*$/;

/**
 * A speaker's sentence that happens to end in a genre word (`下面我讲三点意见。`, `我完全同意刚才的意见。`):
 * a title names no speaker or listener and counts no points (`我市` and `我县` in a title are places).
 */
const SPOKEN = /我(?![市县区省州盟旗镇乡村校院局委厅部所司处办队])|你|您|大家|同志们|下面|现将|现就|刚才|[一二两三四五六七八九十几]点/;

function documentTitleMark(context: RuleContext): Finding[] {
  const first = context.model.lines.find((line) => line.text.trim() !== '');
  if (!first || context.model.headings[0]?.line === first.index) return [];
  const m = DOCUMENT_TITLE.exec(first.text);
  if (!m || SPOKEN.test(m[1]!)) return [];
  const at = first.text.lastIndexOf('。');
  const range = { start: { line: first.index, character: at }, end: { line: first.index, character: at + 1 } };
  return [
    {
      rule: ID,
      severity: 'warning',
      range,
      message: { key: `${ID}.title`, args: { title: m[1]!.trim() + m[2]!, mark: m[2]! } },
      fixes: [{ title: { key: `${ID}.fix`, args: { mark: m[2]! } }, edits: [{ range, newText: '' }], safe: true }],
    },
  ];
}

/** Marks inside a name that make it a sentence (`附件：请于3月5日前报送。`), not a name. */
const SENTENCE_MARKS = /[，。；,;]/;

/** `附件：1.安全生产工作方案；`: GB/T 9704-2012 §7.3.4 puts no mark after an attachment's name. */
function attachmentNameMarks(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const note of context.model.attachmentNotes) {
    for (const { ordinal, name, trailingMark: mark } of note.items) {
      if (!mark || SENTENCE_MARKS.test(name)) continue;
      const written = (ordinal ? ordinal.core + (ordinal.mark?.text ?? '') : '') + name + mark.text;
      findings.push({
        rule: ID,
        severity: 'warning',
        range: mark.range,
        message: { key: `${ID}.attachment`, args: { name: written, mark: mark.text } },
        // A name ending in ， or 、 may go on on a line not read as its own: no fix for fix-all.
        fixes: [{ title: { key: `${ID}.attachment-fix`, args: { mark: mark.text } }, edits: [{ range: mark.range, newText: '' }], safe: !MID_SENTENCE.has(mark.text) }],
      });
    }
  }
  return findings;
}

/** The mark an item ends with: a heading's trailing mark, or the last of a run-in heading's line. */
function itemEnd(heading: Heading, lines: readonly SourceLine[]): string | undefined {
  if (heading.trailingMark) return heading.trailingMark.text;
  if (!heading.runIn) return undefined;
  // (A quoted article's last item closes the quote too: `……影响。”`.)
  const text = lines[heading.line]!.text.trimEnd().replace(/[”’」』]+$/, '');
  return text[text.length - 1];
}

const SEMICOLONS = new Set(['；', ';']);
const MID_SENTENCE = new Set(['，', ',', '、']);
const ITEM_ENDS = new Set(['；', ';', '。', '.']);
const COLONS = new Set(['：', ':']);

/** Longer than this, a numbered line ending in 。 or ； reads as a sentence, not a title. */
const TITLE_LENGTH = 15;

/**
 * `（二）各乡镇要于3月底前完成排查。` and `（一）中央补助资金2.64亿元，已于4月下达；` are items
 * written as full sentences, not titles with a stray mark: long, or with their own commas,
 * they keep their full stop or semicolon.
 */
function isItemSentence(heading: Heading, mark: string): boolean {
  // `1.请各单位于7月3日前报送以下材料：` with （1）（2） under it: a sentence leading in its items.
  if (COLONS.has(mark)) {
    // `2.5 采购需求：` over a table, `5.2.2　巡查内容包括：` over a）b）c）: a decimal clause (GB/T 1.1)
    // has no title of its own, and its text may lead in what follows.
    if (isDecimalLevel(heading.level)) return true;
    // `（1）财务净现值（FNPV），按基准收益率……的现值之和，计算公式为：` over its formula: too long a sentence
    // to be a title, it leads in the line after it.
    return (heading.children.length > 0 && isSentenceLike(heading)) || !couldBeTitle(heading);
  }
  if (!ITEM_ENDS.has(mark)) return false;
  return isSentenceLike(heading);
}

/**
 * `3.2 本次招标不接受联合体投标。` beside `3.1 ……资格条件：` and `3.3 ……投标。`: decimal clauses written as
 * text (GB/T 1.1 clauses need no title), where another of its siblings ends with a mark or goes on after it.
 */
function amongTextClauses(heading: Heading, roots: readonly Heading[]): boolean {
  const siblings = heading.parent ? heading.parent.children : roots;
  return siblings.some((sibling) => sibling !== heading && sibling.level === heading.level && (sibling.trailingMark !== undefined || sibling.runIn));
}

function isSentenceLike(heading: Heading): boolean {
  // Titles are short phrases (`加强组织领导`, `总体要求`); an item with its own commas, a
  // date, an obligation or a request (`应当`, `必须`, `要于……前`, `请……联系`) is a sentence.
  // (A year names a title's period, `2025年重点工作`: no date of a sentence.)
  return heading.title.length > TITLE_LENGTH || /[，,、；;]|[0-9０-９]/.test(heading.title.replace(TITLE_YEAR, '年')) || SENTENCE_WORDS.test(heading.title);
}

/** An obligation or a request to the reader, which no title makes: `应当`, `要于……前`, `请与会务组联系`. */
const SENTENCE_WORDS = /应当|必须|务必|不得|[要应须]于|请(?!示)|如[有需]/;

/** A year in a title: `2025年`, `2024年度`. */
const TITLE_YEAR = /(?:19|20)[0-9]{2}年/g;

/** Longest title (`统一思想认识，切实增强做好安全生产工作的责任感紧迫感`) read as a title among unmarked siblings. */
const SIBLING_TITLE_LENGTH = 32;

/**
 * A title of one phrase or two with a comma between, with nothing else that makes a sentence (a year may name its
 * period): no obligation, and no request to the reader (`会议期间如有需要，请与会务组联系：` leads in the contacts under it).
 */
function couldBeTitle(heading: Heading): boolean {
  const title = heading.title.replace(TITLE_YEAR, '年');
  return title.length <= SIBLING_TITLE_LENGTH && /^[^，,、；;]+(?:[，,][^，,、；;]+)?$/.test(title) && !/[0-9０-９]/.test(title) && !SENTENCE_WORDS.test(title);
}

/**
 * Headings of lists whose other items are titles alone on their lines with no mark, each over text of
 * its own: sections, not a list of sentences.
 */
function titledSections(lists: readonly HeadingList[], lines: readonly SourceLine[]): ReadonlySet<Heading> {
  const titled = new Set<Heading>();
  for (const list of lists) {
    const headings = list.items.map((item) => item.heading!);
    if (headings.length < 3 || isBareList(headings, lines)) continue;
    const marked = headings.filter((heading) => heading.trailingMark !== undefined || heading.runIn);
    if (marked.length !== 1) continue;
    const under = (heading: Heading, i: number) => heading.children.length > 0 || textUnder(lines, heading.line, headings[i + 1]?.line ?? heading.sectionEndLine + 1);
    if (headings.every(under)) titled.add(marked[0]!);
  }
  return titled;
}

/** True when a line of text stands between line `after` and line `before`. */
function textUnder(lines: readonly SourceLine[], after: number, before: number): boolean {
  for (let line = after + 1; line < before && line < lines.length; line++) if (lines[line]!.text.trim().length > 0) return true;
  return false;
}

/**
 * Numbered lines that list items (`资金来源包括：` `（一）中央补助资金2.64亿元；` …
 * `（五）申请市级配套资金1.5亿元。`) end with ；and the last with 。 (GB/T 15834-2011
 * 4.6.3.1: 分项列举的各项之间用分号): they are items of an enumeration, not headings.
 * A list is one when every item but the last ends with ；and the last with ；or 。.
 */
function enumerationItems(lists: readonly HeadingList[], lines: readonly SourceLine[]): ReadonlySet<Heading> {
  const items = new Set<Heading>();
  for (const list of lists) {
    const headings = list.items.map((item) => item.heading);
    if (headings.length < 2) continue;
    // `（一）锤炼过硬作风。严格落实……` … and `（四）加强政法宣传工作。` with no text after it: among
    // run-in siblings (two or more), a bare one ending in 。 is a run-in item without its body.
    const runIn = headings.filter((heading) => heading?.runIn).length;
    if (runIn >= 2 && runIn === headings.length - 1) {
      for (const heading of headings) if (heading && !heading.runIn && heading.trailingMark?.text === '。') items.add(heading);
      continue;
    }
    // `（一）各乡镇分管负责同志。` `（二）县直有关部门分管负责同志。`, steps `1.发布预警。` `2.会商研判。`:
    // numbered lines one under the other with nothing under any of them are the items of a list,
    // each a sentence however short, not titles of sections.
    if (headings.every((heading) => heading !== undefined && heading.trailingMark !== undefined && ITEM_ENDS.has(heading.trailingMark.text)) && isBareList(headings as Heading[], lines)) {
      for (const heading of headings) items.add(heading!);
      continue;
    }
    const last = headings.length - 1;
    // (The last may close a quote after its mark: `（三）……影响。”`.)
    const enumerates = headings.every((heading, i) => {
      const mark = i === last && heading ? itemEnd(heading, lines) : heading?.trailingMark?.text;
      return mark !== undefined && (i === last ? ITEM_ENDS : SEMICOLONS).has(mark);
    });
    // `（1）……，作出相应工作部署。` `（2）……。` `（3）排水抢险队伍进入待命状态。`: items that all end like
    // sentences, some plainly sentences, are all sentences, the short ones too.
    // An item of two sentences (`4.具有……条件。专业参照……审核。`) reads as a run-in heading: it ends
    // like the others all the same.
    const ends = headings.map((heading) => (heading ? itemEnd(heading, lines) : undefined));
    const sentences =
      !enumerates &&
      ends.every((end) => end !== undefined && ITEM_ENDS.has(end)) &&
      headings.some((heading) => heading!.trailingMark !== undefined && isItemSentence(heading!, heading!.trailingMark.text));
    if (enumerates || sentences) for (const heading of headings) items.add(heading!);
  }
  return items;
}
