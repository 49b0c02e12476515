/**
 * Parses a draft once into the document model every rule reads.
 */
import type { CountAnnouncement, DocumentModel, Heading, LabelItem, NumberingProfile, PartLabel, PlaceholderSpan, ProcessField, SeriesMember, TextFormat, VagueSpan } from '../model';
import { headingRank } from '../model';
import type { SourceLine } from '../text';
import type { UserPattern } from '../user-patterns';
import { contentEnd, contentStart, lineRange } from '../text';
import { findCounts, headingCount } from './announcements';
import { ATTACHMENT_LABEL, detectProfile, lineAboveSplit, nestHeadings, newHeadingParseState, parseHeadingLine, wrappedLineBefore, type HeadingParseState } from './headings';
import { ADVERTISING, findLeftovers, isBanner, leadingSymbols } from './leftovers';
import { findEmptyFields, findInlineRemarks, findPlaceholders, findProcessFields, findRemark, findVagueStandIns } from './placeholders';
import { attachmentLabels, findLabel } from './labels';
import { NOTHING_FOUND, scanText } from './scan';
import { findInlineOrdinals, findSeriesMembers, groupSeries } from './series';

/** Appends one by one: a single line can hold more items than a spread call may pass. */
function append<T>(target: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i]!);
}

interface Span {
  readonly range: { readonly start: { readonly character: number }; readonly end: { readonly character: number } };
}

/**
 * A test for "not inside any ignored match". Sorting the matches and keeping the
 * furthest end reached so far answers each span in log time: a line with many
 * matches and many placeholders stays fast, whatever the user's pattern.
 */
function exemptionTest(matches: Array<readonly [number, number]>): (span: Span) => boolean {
  const sorted = [...matches].sort((a, b) => a[0] - b[0]);
  const starts = sorted.map((m) => m[0]);
  const furthestEnd: number[] = [];
  for (const [, end] of sorted) furthestEnd.push(Math.max(end, furthestEnd[furthestEnd.length - 1] ?? -1));
  return (span) => {
    const start = span.range.start.character;
    // The last match starting at or before the span.
    let low = 0;
    let high = starts.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! <= start) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found === -1 || furthestEnd[found]! < span.range.end.character;
  };
}

/** `auto` chooses `regulation` for documents numbered by 第X条, `speech` otherwise. */
export type ProfileSetting = NumberingProfile | 'auto';

export interface ParseOptions {
  /** Markdown: the text comes with its code already blanked (markdown.ts). */
  readonly format?: TextFormat;
  readonly profile?: ProfileSetting;
  /** The user's extra placeholder patterns. */
  readonly extraPatterns?: readonly UserPattern[];
  /** Placeholders and stand-ins inside a match of these are left alone. */
  readonly ignore?: readonly UserPattern[];
}

/**
 * A form's title: `回执`, `回　执`, or a short line ending in it (`参会回执`), not an item naming it
 * (`2.联络员回执`); also a form others fill in, alone on its line: `民主评议党员测评表`, `报名表`.
 * (Not `统计表`, `汇总表`: the drafter fills those.) The title may open with its year or the event's
 * quoted name: `2025年“技能澜江”职业技能大赛开幕式参会回执` (a template's year too: `XXXX年度考核登记表`), and follow the word that appends it: `附：报名回执` (not
 * `附件：参会回执`, the body's note of an attachment).
 */
const RECEIPT_TITLE =
  /^[\s\u3000]*(?:附[：:][\s\u3000]*)?(?:(?:[\u4e00-\u9fff“《]|[0-9XxＸ×]{4}年)[^，。；：,;:\s\u3000.．、]{0,29})?(?:回[\s\u3000]*执|(?:测评|登记|报名|申请|推荐|审批|考核|评议|调查|征求意见|意见反馈|反馈|信息采集|满意度)表|申报书|调查问卷)[\s\u3000]*$/;

/**
 * True when line `index` is the draft's first line of text, or its second under a line of a download's (or, with
 * `underLabel`, under an attachment's label: the draft is the attachment).
 */
function opensDraft(lines: readonly SourceLine[], index: number, underLabel = false): boolean {
  let before = 0;
  for (let i = 0; i < index; i++) if (lines[i]!.text.trim().length > 0) before++;
  if (before === 0) return true;
  const first = lines.find((l) => l.text.trim().length > 0)!.text;
  return before === 1 && (ADVERTISING.test(first) || (underLabel && ATTACHMENT_LABEL.test(first.trim())));
}

/** Below this, no character is an emoji or a pictograph (leadingSymbols): most lines are tested by one comparison. */
const SYMBOLS_FROM = 0x2600;
/** A bracket holding nothing but ASCII spaces: `（    ）`. */
const ASCII_BLANK = /^（ +）$/;
/** Lines at the top (a title, a subtitle, an addressee) read as no reviewer's remark. */
const REMARK_FROM_LINE = 3;
/** The title of the sheet a draft goes up on for signing: `青山县人民政府办公室发文稿纸`, `公文处理笺`. */
const DRAFTING_SHEET = /(?:发文稿纸|发文稿|发文单|公文处理笺|发文处理笺)[\s\u3000]*$/;

/** A section's title saying whom its blanks are for: `基础数据（请被调研单位填写）`, `（此栏由主管部门填写）`. */
const OTHERS_FILL = /[（(](?:请|由)[^（）()]{1,12}填写[）)]/;

/** An attachment's title naming a blank form sent out for others to fill in and keep or return: `值班记录（样表）`, `意见反馈表（回执）`. */
const FORM_SENT_OUT = /样表|空表|回执|问卷|自查表/;

/** An attachment's title naming a form or a list for others to fill in: `汛期险情灾情报告表`, `参会人员名单`. */
const ATTACHMENT_FORM = /表|回执|问卷|清单|台账|名单|名册|目录|样式|格式/;

/** The first party of a contract named with its filling: `甲方（采购人）：云溪县教育体育局`. */
const FIRST_PARTY_FILLED = /^甲方(?:[（(][^（）()]{0,12}[）)])?[：:][ \u3000]*[\u4e00-\u9fff]/;
const JIA = '甲'.charCodeAt(0);
/** The other party's block in a contract: `乙方（供应商）：`, then its fields (`统一社会信用代码：＿＿＿＿`) line by line. */
const OTHER_PARTY = /^[乙丙]方(?:[（(][^（）()]{0,12}[）)])?[：:]/;
const PARTY_FIELD = /^[^，。；,;]{1,16}[：:][^。；;]{0,60}$/;

/** A form's field with a value written after its label: `民族：汉族`, `姓　　名：徐海燕` (not `　　年　　月　　日`). */
const FILLED_FIELD = /(?:^|[\s\u3000])[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{0,10}[：:][ \u3000]*(?![年月日])[\u4e00-\u9fff0-9A-Za-z]/;
/** How many lines under a form's title are read for a field filled in. */
const FORM_LINES_READ = 15;

/** True when the form under line `title` has a field filled in: the drafter is filling it, not sending it out blank. */
function isBeingFilledIn(lines: readonly SourceLine[], title: number): boolean {
  for (let i = title + 1; i < lines.length && i <= title + FORM_LINES_READ; i++) if (FILLED_FIELD.test(lines[i]!.text)) return true;
  return false;
}

/** Longest line taken for the title of the first of several documents in a file. */
const FIRST_TITLE_MAX = 40;

/**
 * The first document's title, when later ones begin parts of their own (`关于……的考察报告` after a
 * list of candidates): its first line, if a short one without a sentence, before its first heading.
 */
function firstTitle(lines: readonly SourceLine[], firstHeading: number): PartLabel | undefined {
  const titleLines: Array<{ readonly line: number; readonly start: number; readonly end: number }> = [];
  for (const line of lines) {
    if (line.index >= firstHeading || titleLines.length === 2) break;
    const start = contentStart(line.text);
    const end = contentEnd(line.text);
    if (start >= end) continue;
    const text = line.text.slice(start, end);
    // A title set on two lines (the meeting, then what the document is) is named whole.
    if (text.length > FIRST_TITLE_MAX || /[。；;！!？?，,：:（(]/.test(text)) break;
    titleLines.push({ line: line.index, start, end });
  }
  const first = titleLines[0];
  if (!first) return undefined;
  const text = titleLines.map((t) => lines[t.line]!.text.slice(t.start, t.end)).join(' ');
  return { kind: 'title', part: 0, text, line: first.line, range: lineRange(first.line, first.start, first.end) };
}

/** Columns of ASCII indentation (a tab to the next multiple of four, as CommonMark counts). */
function asciiIndent(text: string): number {
  let columns = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20) columns++;
    else if (code === 0x09) columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

/** A Markdown list item: `- ` `* ` `+ ` `1. ` `1) ` after indentation. */
const MARKDOWN_LIST_ITEM = /^[ \t]*(?:[-*+]|[0-9]{1,9}[.)])[ \t]/;

/**
 * True when the line is a Markdown list item nested in another: indented by two columns or more
 * under a list item (or a line of one), four or more anywhere (CommonMark would make that code).
 */
function isNestedListItem(lines: readonly SourceLine[], index: number): boolean {
  const text = lines[index]!.text;
  const indent = asciiIndent(text);
  if (indent < 2 || !MARKDOWN_LIST_ITEM.test(text)) return false;
  if (indent >= 4) return true;
  // Back over its siblings and their text to the first line indented less: the item it is nested in.
  for (let i = index - 1; i >= 0 && index - i <= NESTING_LOOK_BACK; i--) {
    const previous = lines[i]!.text;
    if (previous.trim() === '') continue;
    if (asciiIndent(previous) < indent) return MARKDOWN_LIST_ITEM.test(previous);
  }
  return false;
}

/** Lines looked back over for the item a list is nested in. */
const NESTING_LOOK_BACK = 40;

/**
 * A field to sign by hand (`（签名）：` `签字：` `（盖章）：` `按指印）：`), or the date a recipient signs for a
 * document (`签收日期：`, in a 送达回证): its underscores are the signer's.
 */
const SIGNATURE_FIELD = /(?:签名|签字|签章|盖章|指印|手印|捺印|签收(?:日期|时间)?)[）)]?[：:]/;

/** A notice asking its readers to fill in a form it sends: `请各单位认真填写附件《……值班安排表》`, `请……如实填报`. */
const ASKS_TO_FILL = /请[^。；]{0,30}(?:填写|填报)/;
/** A line naming a form: `2025年国庆节、中秋节期间值班安排表`, `……征求意见表`. */
const FORM_NAME_END = /表[\s\u3000]*$/;
/** The end of a form's name the asking sentence must hold (`……值班安排表`): the form it asks for, not another. */
const FORM_NAME_TAIL = 5;

/** A field whose label says who fills it in: `陪同人员（接待单位填写）：＿＿＿＿`, or its blank: `……：＿＿＿＿（由乙方填写设备名称及数量）`. */
const FIELD_FOR_OTHERS = /[（(](?:由|请)?[^（）()，。]{1,12}填写[）)][：:]|(?<![_＿])[_＿]{2,}[（(]由[^（）()，。]{1,8}填写/;

/** A line saying that what follows is for others to fill in: `——以下由承办单位填写——`, `（以下内容由督查室填写）`. */
const OTHERS_FILL_BELOW = /^[\s\u3000—\-－─_＿=＝*＊·…（(【〔]*以下(?:内容|部分|栏目|各栏)?(?:由|请)[^，。；,;]{1,16}填写[\s\u3000—\-－─_＿=＝*＊·…）)】〕]*$/;

/**
 * An issuing organ's name on its own line, as it signs a document (`青溪县人民政府`, `中共青溪县委办公室`); not a
 * form's `（盖章）` or `申报单位（盖章）`, where whoever stamps it dates it.
 */
const ORGAN_NAME = /^(?!.*(?:盖章|签字|签名|签章))[\u4e00-\u9fff（）()]{2,30}$/;

/** The signature of a letter the writer dates himself: an application, a 思想汇报, a self-examination. */
const PERSONAL_SIGNATURE = /^[\s\u3000]*(?:申请人|汇报人|报告人|检查人|述职人)[：:]/;

/** The text of the nearest non-blank line above `line` ('' when none). */
function previousTextLine(lines: readonly SourceLine[], line: number): string {
  for (let above = line - 1; above >= 0; above--) if (lines[above]!.text.trim().length > 0) return lines[above]!.text;
  return '';
}

/** Lines after an attachment's label where a `（略）` alone says it is left out: under its title. */
const ATTACHMENT_HEAD_LINES = 4;
const OMITTED_LINE = /^[\s\u3000]*[（(]略[）)][\s\u3000]*$/;

/** The lines of the attachment notes, and a `（略）` alone under an attachment's title (see findLeftovers). */
function attachmentLines(state: HeadingParseState): Set<number> {
  const lines = new Set<number>();
  for (const note of state.attachmentNotes) for (const item of note.items) for (let l = item.line; l <= item.lastLine; l++) lines.add(l);
  for (const label of state.partLabels) {
    if (label.kind !== 'attachment') continue;
    for (let l = label.line + 1; l <= label.line + ATTACHMENT_HEAD_LINES && l < state.lines.length; l++) if (OMITTED_LINE.test(state.lines[l]!.text)) lines.add(l);
  }
  return lines;
}

export function parseDocument(text: string, options: ParseOptions = {}): DocumentModel {
  const scan = scanText(text);
  const lines = scan.lines;
  const profileSetting = options.profile ?? 'auto';
  const profile = profileSetting === 'auto' ? detectProfile(lines) : profileSetting;
  const ignore = options.ignore ?? [];
  const headings: Heading[] = [];
  const headingAt = new Map<number, Heading>();
  const members: SeriesMember[] = [];
  const placeholders: PlaceholderSpan[] = [];
  const vague: VagueSpan[] = [];
  const processFields: ProcessField[] = [];
  const announcements: CountAnnouncement[] = [];
  const recaps: CountAnnouncement[] = [];
  const labels: LabelItem[] = [];
  const state = newHeadingParseState(profile, lines);
  // The innermost open section: the last heading seen.
  let section: Heading | undefined;
  let part = 0;
  // From a 回执's title (`参训人员报名回执`) to the end of its part: a form to fill in.
  let inReceipt = false;
  let inWholeForm = false;
  let partIsForm = false;
  // A form sent with the text (under its label after the text) goes out blank for others to fill in; a draft that is
  // itself the attachment (`附件2` over `……推荐审批表` at its top) is the drafter's to fill in.
  let formSentOut = false;
  // A contract drafted by its 甲方 (`甲方（采购人）：云溪县教育体育局`): the fields under `乙方（供应商）：` are the other party's.
  let drafterIsFirstParty = false;
  let inOtherParty = false;
  let othersFill: Heading | undefined;
  const draftingSheet = DRAFTING_SHEET.test(lines.find((l) => l.text.trim().length > 0)?.text ?? '');
  // The lines asking the readers to fill in a form: read once, and only if a form sent with the text needs them.
  let askingLines: string[] | undefined;
  const asksToFill = () => (askingLines ??= lines.filter((l) => l.text.includes('填') && ASKS_TO_FILL.test(l.text)).map((l) => l.text));
  const receiptLines = new Set<number>();
  for (const line of lines) {
    const text = line.text;
    if (text.length === 0) {
      // After a blank line a table's notes go on only with their next number.
      state.notesAfterBlank = true;
      continue;
    }
    const triggers = scan.triggers[line.index]!;
    const start = contentStart(text);
    // A Markdown list nested in another (`1. ……` / `    1. ……`) numbers the items of its own item, not the draft's sections.
    // (`📌一、……`: a heading a 政务 post sets off with an emoji.)
    const headingFrom = text.charCodeAt(start) >= SYMBOLS_FROM ? start + leadingSymbols(text, start) : start;
    const heading = options.format === 'markdown' && isNestedListItem(lines, line.index) ? undefined : parseHeadingLine(line, headingFrom, state);
    // A part label (附件2, the next speech's title) closes the sections before it: a document of its own.
    if (state.part !== part) {
      part = state.part;
      section = undefined;
      inReceipt = false;
      inWholeForm = false;
      othersFill = undefined;
      const label = state.partLabels[state.partLabels.length - 1];
      partIsForm = label?.kind === 'attachment' && (label.detail === undefined || ATTACHMENT_FORM.test(label.detail));
      formSentOut = label?.kind === 'attachment' && label.detail !== undefined && FORM_SENT_OUT.test(label.detail) && !opensDraft(lines, label.line);
    }
    const label = findLabel(line, start, heading);
    if (label) labels.push(label);
    // (`👉一是数据比对。`: a series member set off with an emoji opens its paragraph all the same.)
    let bodyFrom = headingFrom;
    if (heading) {
      headings.push(heading);
      headingAt.set(line.index, heading);
      section = heading;
      bodyFrom = heading.bodyStart;
      const count = headingCount(text, line.index, heading);
      if (count) announcements.push(count);
    }
    if (bodyFrom < text.length) {
      const atStart = bodyFrom === headingFrom;
      append(members, findSeriesMembers(text, line.index, bodyFrom, section, scan, atStart ? wrappedLineBefore(state, line.index) : -1, atStart ? lineAboveSplit(state, line.index) : undefined));
      append(members, findInlineOrdinals(text, line.index, bodyFrom, section, scan, state.inTextOrdinalLine === line.index));
      findCounts(text, line.index, bodyFrom, section, scan, announcements, recaps);
    }
    // (Only a line naming a 回执, a 表, a 申报书 or a 问卷 can be a form's title: most are not tried.)
    // A form that is the whole draft (`南屏市2025年度优秀教师推荐表` at its top), some of it filled in, is the drafter's
    // to fill in; a blank one (a 报名表 to send out) and a 回执 are for whoever returns them.
    if (!heading && (text.includes('执') || text.includes('表') || text.includes('卷') || text.includes('书')) && RECEIPT_TITLE.test(text)) {
      // (A form under its attachment label at the top is the draft itself, the attachment: the drafter's to fill in, blank as yet.)
      const atTop = opensDraft(lines, line.index);
      const underLabelAtTop = !atTop && opensDraft(lines, line.index, true);
      if (!text.includes('执') && ((atTop && isBeingFilledIn(lines, line.index)) || underLabelAtTop)) inWholeForm = true;
      else inReceipt = true;
    }
    // `附件` over `……值班安排表` after a notice that asks its readers to fill it in (`请各单位认真填写附件《……值班安排表》`): a form sent out.
    if (!heading && partIsForm && !inReceipt && FORM_NAME_END.test(text) && ATTACHMENT_LABEL.test(previousTextLine(lines, line.index).trim()) && asksToFill().some((l) => l.includes(text.trim().slice(-FORM_NAME_TAIL)))) inReceipt = true;
    // `三、基础数据（请被调研单位填写）`: the section's blanks are for those it is sent to, up to the next section.
    if (heading && othersFill !== undefined && headingRank(heading.level) <= headingRank(othersFill.level)) {
      othersFill = undefined;
      inReceipt = false;
    }
    if (heading && !inReceipt && OTHERS_FILL.test(heading.title)) {
      othersFill = heading;
      inReceipt = true;
    }
    // `——以下由承办单位填写——`: the lines under it, to the end of the part, are for the unit named.
    if (!heading && text.includes('填写') && OTHERS_FILL_BELOW.test(text)) inReceipt = true;
    if (inReceipt) receiptLines.add(line.index);
    // A 发文稿纸's 文号 and dates are filled in at signing and issuing, by others than the drafter.
    let fields = draftingSheet ? NOTHING_FOUND : findProcessFields(text, line.index, triggers);
    // `申请人：周子航` over `20XX年X月X日`: a personal letter's date is its writer's to fill in, not a 成文日期.
    if (fields.length === 1 && fields[0]!.kind === 'date') {
      const above = previousTextLine(lines, line.index);
      if (PERSONAL_SIGNATURE.test(above)) fields = NOTHING_FOUND;
      // `　　年　　月　　日` with no year: a 成文日期 left blank right under the issuing organ's name; elsewhere (under
      // `填报人：`, a contract's `联系电话：……`, in a 回执) a form's own date line, for whoever signs it.
      else if (/^\s*年/.test(fields[0]!.text) && (inReceipt || !ORGAN_NAME.test(above.trim()))) fields = NOTHING_FOUND;
    }
    let linePlaceholders = findPlaceholders(text, line.index, triggers, fields, options.extraPatterns ?? [], start);
    // A reviewer's remark on a line of its own, or signed after the paragraph's last sentence (not the title block's lines).
    if (linePlaceholders.length === 0 && line.index >= REMARK_FROM_LINE && start < text.length) {
      const remark = findRemark(text, line.index, start, !heading);
      if (remark) linePlaceholders = [remark];
    }
    // (In Markdown a bracket round a code span, `（\`目　录\`）`, is masked to ASCII spaces: no blank left in it.)
    if (options.format === 'markdown' && linePlaceholders.some((p) => p.kind === 'blank' && ASCII_BLANK.test(p.text))) linePlaceholders = linePlaceholders.filter((p) => !(p.kind === 'blank' && ASCII_BLANK.test(p.text)));
    // Words of a reviewer typed into a sentence: kept where nothing else was found on them.
    if (line.index >= REMARK_FROM_LINE && start < text.length) {
      const inline = findInlineRemarks(text, line.index, start, triggers).filter((r) => !linePlaceholders.some((p) => p.range.start.character < r.range.end.character && r.range.start.character < p.range.end.character));
      if (inline.length > 0) linePlaceholders = [...linePlaceholders, ...inline].sort((a, b) => a.range.start.character - b.range.start.character);
    }
    // `联系人：　　　　联系电话：` under a notice, or a 方案 sent with it: the drafter's own contact left out. A
    // 回执's fields, and a form's in an attachment (`附件3　汛期险情灾情报告表`), are for whoever returns it.
    if (!inReceipt && !partIsForm && !heading) {
      // (`学历学位：` over indented `全日制教育：……` lines: a group's label, its fields under it.)
      const next = lines[line.index + 1]?.text ?? '';
      const empty = findEmptyFields(text, line.index, inWholeForm && !(next.trim().length > 0 && contentStart(next) > start));
      if (empty.length > 0) linePlaceholders = [...linePlaceholders, ...empty];
    }
    if (!drafterIsFirstParty && start < text.length && text.charCodeAt(start) === JIA && FIRST_PARTY_FILLED.test(text.slice(start))) drafterIsFirstParty = true;
    inOtherParty = drafterIsFirstParty && !heading && (OTHER_PARTY.test(text.slice(start)) || (inOtherParty && PARTY_FIELD.test(text.slice(start))));
    // A 回执's blanks and check boxes are for whoever returns it to fill in, not the drafter's; so are a form's
    // sent out as an attachment (`附件　值班记录（样表）`) and the other party's in a contract.
    if ((inReceipt || formSentOut || inOtherParty) && linePlaceholders.length > 0) linePlaceholders = linePlaceholders.filter((p) => p.kind !== 'blank' && !(p.kind === 'box' && p.text.startsWith('□')));
    // `甲方（签名并按指印）：＿＿＿＿　　年　　月　　日`: the space left for a hand to sign and date.
    if (linePlaceholders.some((p) => p.kind === 'blank') && (SIGNATURE_FIELD.test(text) || FIELD_FOR_OTHERS.test(text))) linePlaceholders = linePlaceholders.filter((p) => p.kind !== 'blank');
    const lineVague = findVagueStandIns(text, line.index, triggers);
    if (ignore.length > 0) {
      const kept = exemptionTest(ignore.flatMap((p) => p.matches(text)));
      append(processFields, fields.filter(kept));
      append(placeholders, linePlaceholders.filter(kept));
      append(vague, lineVague.filter(kept));
    } else {
      append(processFields, fields);
      append(placeholders, linePlaceholders);
      append(vague, lineVague);
    }
  }
  const roots = nestHeadings(headings, lines.length - 1, state.partLabels);
  const leftovers = findLeftovers(headingAt, scan, new Set(state.partLabels.map((label) => label.line)), attachmentLines(state), receiptLines);
  const adLines = new Set<number>();
  for (const leftover of leftovers) if (isBanner(leftover, lines[leftover.range.start.line]!)) adLines.add(leftover.range.start.line);
  const outsideAds = <T extends { readonly range: { readonly start: { readonly line: number } } }>(spans: T[]): T[] =>
    adLines.size === 0 ? spans : spans.filter((span) => !adLines.has(span.range.start.line));
  return {
    lines,
    format: options.format ?? 'plain',
    profile,
    headings,
    roots,
    parts: state.partLabels,
    leadingTitle: state.partLabels.some((label) => label.kind === 'title') ? (state.leadingTitle ?? firstTitle(lines, headings[0]?.line ?? lines.length)) : undefined,
    series: groupSeries(members, lines),
    placeholders: outsideAds(placeholders),
    processFields: outsideAds(processFields),
    vague: outsideAds(vague),
    leftovers,
    announcements,
    recaps,
    attachmentNotes: state.attachmentNotes,
    notes: state.notes,
    labels: [...labels, ...attachmentLabels(state.partLabels)].sort((a, b) => a.line - b.line),
  };
}
