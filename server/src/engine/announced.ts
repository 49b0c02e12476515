/**
 * Which list an announced count (`讲四点意见`) speaks of: a list that starts
 * right after it, on its own line or the next non-blank one, in its section.
 * Undefined when nothing follows at once (the count then speaks of something else).
 */
import { isBareList, partOfLine, separateLists, topLevelByPart } from './lists';
import { isAgendaItem, type CountAnnouncement, type DocumentModel, type Heading, type Series, type SeriesMember } from './model';
import { formatChineseNumeral } from './numerals';
import { findInversions, writtenHeadingLists } from './structure';
import { contentStart, firstBelow } from './text';

export type AnnouncedList =
  | { readonly kind: 'headings'; readonly items: readonly Heading[] }
  | { readonly kind: 'series'; readonly items: readonly SeriesMember[] }
  | { readonly kind: 'dashes'; readonly items: readonly DashItem[] };

/**
 * A paragraph opening with a dash (`——必须坚持党的领导；`): the items of a 体会 or a goal list; in
 * Markdown also a bullet (`- 人口综合库`).
 */
export interface DashItem {
  readonly line: number;
  /** The item's words up to its first mark: `——必须坚持党的领导`. */
  readonly label: string;
}

/** A dash item's opening: two em dashes and a word, not a rule of dashes. */
const DASH_ITEM = /^——[\u4e00-\u9fff“]/;
/** The words of a dash item quoted in messages. */
const DASH_LABEL = /^——[^，。；：、,;:！？]{1,12}/;

/** The paragraphs opening with a dash from `line` on, blank lines between them allowed. */
function dashItems(model: DocumentModel, line: number): DashItem[] {
  const items: DashItem[] = [];
  for (let at = line; at < model.lines.length; at = nextTextLine(model, at)) {
    const text = model.lines[at]!.text;
    const content = text.slice(contentStart(text));
    if (!DASH_ITEM.test(content)) break;
    items.push({ line: at, label: DASH_LABEL.exec(content)![0] });
  }
  return items;
}

type SeriesByLine = WeakMap<DocumentModel, Map<number, Series[]>>;

/** The series whose member `member` picks stands on `line`, by an index built once per model. */
function seriesOn(cache: SeriesByLine, member: (s: Series) => SeriesMember, model: DocumentModel, line: number): readonly Series[] {
  let index = cache.get(model);
  if (!index) {
    index = new Map();
    for (const s of model.series) {
      const at = member(s).line;
      const list = index.get(at);
      if (list) list.push(s);
      else index.set(at, [s]);
    }
    cache.set(model, index);
  }
  return index.get(line) ?? [];
}

const byFirstLine: SeriesByLine = new WeakMap();
const byLastLine: SeriesByLine = new WeakMap();
const firstMember = (s: Series) => s.members[0]!;
const lastMember = (s: Series) => s.members[s.members.length - 1]!;

/** Series by the line their first member stands on. */
function seriesStartingOn(model: DocumentModel, line: number): readonly Series[] {
  return seriesOn(byFirstLine, firstMember, model, line);
}

/** Series by the line their last member stands on. */
function seriesEndingOn(model: DocumentModel, line: number): readonly Series[] {
  return seriesOn(byLastLine, lastMember, model, line);
}

/** Longest paragraph that may stand between a count ending its paragraph and any list: `在讲之前，先说一下情况。` */
const BRIDGE_LENGTH = 40;

/** The next non-blank line after `line`. */
function nextTextLine(model: DocumentModel, line: number): number {
  let next = line + 1;
  while (next < model.lines.length && model.lines[next]!.text.trim().length === 0) next++;
  return next;
}

/** The items named after the colon on the announcement's own line: `可以用四个词来概括：建网、织格、聚力、赋能。` */
const INLINE_ITEMS = /^[^：:。；;\n]{0,6}[：:][^。；;\n]{1,60}、[^。；;\n]{1,60}(?:[。；;]|\s*$)/;

/** The first agenda (`第一项议程` … stepped through by a host) of the announcement's part that starts at or after it. */
function agendaAfter(model: DocumentModel, a: CountAnnouncement): AnnouncedList | undefined {
  const part = partOfLine(model, a.line);
  const agenda = model.series.find((s) => {
    const first = s.members[0]!;
    return isAgendaItem(first.marker) && (first.line > a.line || (first.line === a.line && first.markerRange.start.character > a.character)) && partOfLine(model, first.line) === part;
  });
  return agenda ? { kind: 'series', items: agenda.members } : undefined;
}

export function announcedList(model: DocumentModel, a: CountAnnouncement): AnnouncedList | undefined {
  const list = listSpokenOf(model, a);
  // `抓好以下30项工作：` over `一、`…`六、` whose items `1.`–`30.` are numbered on through them: the items.
  // (Nearer the count than the parts, the run is what it counts, an item lost or added included; after
  // the parts' own count, `以下五个方面18项工作`, it is what the second count counts.)
  if (list?.kind === 'headings' && (a.ofItemsInParts || list.items.length !== a.announcedCount)) {
    const sections = new Set<Heading | undefined>(list.items);
    const off = (n: number) => Math.abs(n - a.announcedCount);
    const run = writtenHeadingLists(model).find(
      (l) => l.continuous && (a.ofItemsInParts || off(l.items.length) < off(list.items.length)) && sections.has(l.items[0]!.heading!.parent),
    );
    if (run) {
      const items = run.items.map((item) => item.heading!);
      // `21.` `（一）` `22.`: a heading put in the run in a higher form is one of its items.
      const inRun = new Set(items);
      // (One the run reads as its own, slotted in it, is counted there already.)
      const putIn = findInversions(model)
        .filter((i) => !i.lower && i.before && i.after && inRun.has(i.before) && inRun.has(i.after) && !inRun.has(i.heading))
        .map((i) => i.heading);
      return { kind: 'headings', items: putIn.length === 0 ? items : [...items, ...putIn].sort((x, y) => x.line - y.line) };
    }
  }
  // (Over parts whose items are numbered anew in each, the second count is not compared with the parts.)
  return a.ofItemsInParts ? undefined : list;
}

function listSpokenOf(model: DocumentModel, a: CountAnnouncement): AnnouncedList | undefined {
  // `大会共有四项议程。` … `下面进行大会第一项议程` …: the host steps through the agenda, paragraphs apart,
  // whatever else is numbered between (`首先，进行大会第一项议程`). Headings right under the count, or a
  // series after its colon on its line (`共有三项议程：一是……`), name them first.
  if (/议[程题]$/.test(a.text)) {
    const listed = listAfterCount(model, a);
    if (listed && (listed.kind !== 'series' || listed.items[0]!.line === a.line)) return listed;
    // `会议研究了以下四项议题：` over `议题一：` `议题二：` …; `会议研究了四项议题。现纪要如下。` over `一、` `二、` ….
    if (a.text.endsWith('议题')) {
      const next = nextTextLine(model, a.line);
      const topics = topicsFrom(model, next);
      if (topics.length > 0) return { kind: 'dashes', items: topics };
      if (!listed && next < model.lines.length) {
        const headings = listAfter(model, a, next);
        if (headings?.kind === 'headings') return headings;
      }
    }
    return agendaAfter(model, a) ?? listed;
  }
  // A heading's count (`（二）用好三种方法`) speaks of the list its section opens with, else of its subheadings;
  // not when its items are named in a line (`实施“十大工程”：……、……`) or its list groups them (ten over three).
  if (a.inHeading) {
    const section = a.section!;
    const list = listAfterCount(model, a) ?? (section.children.length > 0 ? headingRun(model, section.children, 0) : undefined);
    if (!list || Math.abs(list.items.length - a.announcedCount) > 1 || namedInLead(model, a, list)) return undefined;
    return list;
  }
  return listAfterCount(model, a);
}

/** Most characters of the section's lead read for its count's items named in a line. */
const LEAD_READ = 400;

/**
 * True when a heading's count is borne out by items named in a line between it and its list:
 * `“三张清单”` with `问题清单、任务清单、责任清单` in the lead, as many as it counts.
 */
function namedInLead(model: DocumentModel, a: CountAnnouncement, list: AnnouncedList): boolean {
  const firstLine = list.items[0]!.line;
  let lead = model.lines[a.line]!.text.slice(a.range.end.character);
  for (let line = a.line + 1; line < firstLine && lead.length < LEAD_READ; line++) lead += '。' + model.lines[line]!.text;
  for (const clause of lead.slice(0, LEAD_READ).split(/[，,。；;：:！？!?（）()]/)) {
    const parts = clause.split(/、|和|及|以及/).filter((p) => p.trim().length > 0);
    if (parts.length === a.announcedCount && clause.includes('、')) return true;
  }
  return false;
}

/**
 * The headings of `siblings` from index `from` on that are of the first one's level: one list. (An item
 * typed in another form, `1.` `二、` `3.`, is its run's: Heading.runLevel.) A Markdown list ends where a
 * paragraph comes back to the margin, steps where the next stage begins: another list is another count's.
 */
function headingRun(model: DocumentModel, siblings: readonly Heading[], from: number): AnnouncedList {
  const first = siblings[from]!;
  const level = first.runLevel ?? first.level;
  const items: Heading[] = [];
  for (let i = from; i < siblings.length; i++) {
    const sibling = siblings[i]!;
    if ((sibling.runLevel ?? sibling.level) !== level) continue;
    if (items.length > 0 && separateLists(model, items[items.length - 1]!, sibling)) break;
    items.push(sibling);
  }
  return { kind: 'headings', items };
}

function listAfterCount(model: DocumentModel, a: CountAnnouncement): AnnouncedList | undefined {
  // Its items named on its own line, the count speaks of them, not of the headings that follow.
  if (INLINE_ITEMS.test(model.lines[a.line]!.text.slice(a.range.end.character)) && seriesStartingOn(model, a.line).length === 0) return undefined;
  const bridge = nextTextLine(model, a.line);
  const found = listAfter(model, a, bridge);
  if (found) return found;
  // `主要讲四个方面。` / `在讲之前，先说一下情况。` / `第一个方面，……`: a short bridge between a count that
  // ends its paragraph and its list.
  const text = model.lines[a.line]!.text.trimEnd();
  const bridgeText = model.lines[bridge]?.text.trim() ?? '';
  // (A heading's count ends its paragraph where its title does: `二、聚焦“两个重点”，坚决遏制较大事故`.)
  const after = a.inHeading ? text.slice(a.section!.bodyStart) : text.slice(a.range.end.character);
  if (!/^[。：:]?$/.test(after) || bridgeText.length === 0) return undefined;
  if (seriesStartingOn(model, bridge).length > 0 || headingOn(model, a, bridge)) return undefined;
  const bridged = listAfter(model, a, nextTextLine(model, bridge));
  if (bridgeText.length <= BRIDGE_LENGTH) return bridged;
  // Under a heading's count a paragraph of any length may lead in to the series that opens the next
  // (`二、聚焦“两个重点”` / `今年要把有限的监管力量……` / `第一，聚焦道路交通安全。`), or to its items
  // (`——` lines, Markdown bullets).
  if (a.inHeading && bridged?.kind === 'series' && bridged.items[0]!.markerRange.start.character === contentStart(model.lines[bridged.items[0]!.line]!.text)) return bridged;
  if (a.inHeading && bridged?.kind === 'dashes') return bridged;
  // A speech's opening, before any heading: `我谈四点体会。`, a paragraph on the occasion, then `一、`.
  return a.section === undefined && bridged?.kind === 'headings' ? bridged : undefined;
}

/** The topics of a 纪要 (`议题一：……`, `议题二：……`) from the one on `line` on, each a part of the text. */
function topicsFrom(model: DocumentModel, line: number): DashItem[] {
  const first = model.parts.findIndex((part) => part.line === line && part.kind === 'topic');
  if (first === -1) return [];
  const topics: DashItem[] = [];
  for (let i = first; i < model.parts.length && model.parts[i]!.kind === 'topic'; i++) {
    const part = model.parts[i]!;
    topics.push({ line: part.line, label: part.text.split(/[：:]/)[0]! });
  }
  return topics;
}

/** True when a heading of the announcement's section stands on `line`. */
function headingOn(model: DocumentModel, a: CountAnnouncement, line: number): boolean {
  const siblings = a.section ? a.section.children : topLevelByPart(model)[partOfLine(model, a.line)]!;
  return siblings[firstBelow(siblings, line - 1)]?.line === line;
}

function listAfter(model: DocumentModel, a: CountAnnouncement, nextLine: number): AnnouncedList | undefined {
  const section = a.section;
  const sameLine = seriesStartingOn(model, a.line).find(
    (s) => s.section === section && s.members[0]!.markerRange.start.character > a.character,
  );
  if (sameLine) return { kind: 'series', items: sameLine.members };
  // Before any heading of its part: the part's top-level headings (an attachment or a compilation's speech numbers anew).
  const siblings = section ? section.children : topLevelByPart(model)[partOfLine(model, a.line)]!;
  const first = firstBelow(siblings, a.line);
  const firstChild: Heading | undefined = siblings[first];
  if (firstChild && firstChild.line === nextLine) return headingRun(model, siblings, first);
  const next = seriesStartingOn(model, nextLine).find((s) => s.section === section);
  if (next) return { kind: 'series', items: next.members };
  // `深刻体会到以下五点：` over `——必须坚持……；` lines; in Markdown, `- ` items.
  if (nextLine >= model.lines.length) return undefined;
  const dashes = dashItems(model, nextLine);
  if (dashes.length > 1) return { kind: 'dashes', items: dashes };
  const bullets = model.format === 'markdown' ? bulletItems(model, nextLine) : [];
  return bullets.length > 1 ? { kind: 'dashes', items: bullets } : undefined;
}

/** A Markdown bullet (`- 人口综合库`, `* **强化统筹**：……`): its indentation and its words. */
const BULLET = /^([ \t]*)[-*+][ \t]+(?:\*\*|__)?([^，。；：、,;:！？*_\s][^，。；：、,;:！？*_]{0,11})/;

/**
 * The bullets of the Markdown list starting on `line`, at its first bullet's indentation: the items a
 * count over it counts (bullets nested deeper are parts of an item, not items). Blank lines may stand
 * between them; any other line at or left of the bullets' margin ends the list.
 */
function bulletItems(model: DocumentModel, line: number): DashItem[] {
  const first = BULLET.exec(model.lines[line]!.text);
  if (!first) return [];
  const margin = first[1]!.length;
  const items: DashItem[] = [];
  for (let at = line; at < model.lines.length; at = nextTextLine(model, at)) {
    const text = model.lines[at]!.text;
    const indent = text.length - text.trimStart().length;
    if (indent > margin) continue;
    const bullet = BULLET.exec(text);
    if (!bullet || indent < margin) break;
    items.push({ line: at, label: text.trimStart().slice(0, 1) + ' ' + bullet[2]! });
  }
  return items;
}

/**
 * Each announcement with the list it speaks of. Of two counts before one list
 * (`刚才，市应急管理局从三个方面通报了……下面，我讲四点意见。`), the nearer speaks of it;
 * the other speaks of none.
 */
export function announcedLists(model: DocumentModel): readonly AnnouncementWithList[] {
  // (Read by the count rule, the recaps and renumbering: found once per model.)
  let found = announcedListsByModel.get(model);
  if (!found) {
    const matched = model.announcements.map((announcement) => ({ announcement, list: announcedList(model, announcement) }));
    const nearest = new Map<Heading | SeriesMember | DashItem, CountAnnouncement>();
    for (const { announcement, list } of matched) if (list) nearest.set(list.items[0]!, announcement);
    found = matched.map(({ announcement, list }) => ({ announcement, list: list && nearest.get(list.items[0]!) === announcement ? list : undefined }));
    announcedListsByModel.set(model, found);
  }
  return found;
}

interface AnnouncementWithList {
  readonly announcement: CountAnnouncement;
  readonly list: AnnouncedList | undefined;
}

const announcedListsByModel = new WeakMap<DocumentModel, readonly AnnouncementWithList[]>();

/** The count written the way the announcement wrote numbers: 四, 两, 4 (二 with no unit after it). */
export function countText(announcement: CountAnnouncement, count: number): string {
  const written = announcement.text.slice(
    announcement.countRange.start.character - announcement.range.start.character,
    announcement.countRange.end.character - announcement.range.start.character,
  );
  if (/^[0-9]+$/.test(written)) return String(count);
  // 两 before a unit (两点, 两个方面); 二 with none (`理由有二：`).
  const bare = announcement.countRange.end.character === announcement.range.end.character;
  return count === 2 && !bare ? '两' : formatChineseNumeral(count);
}

/** Lines of text a closing recap may have after it in its section: `同志们，以上四点意见……` and a paragraph or two. */
const CLOSING_PARAGRAPHS = 3;
/**
 * True when the recap opens its paragraph: a few characters before it (`同志们，`, `做好`), or one short
 * sentence (`同志们，防汛责任重于泰山。以上四点意见`).
 */
function leadsItsParagraph(model: DocumentModel, recap: CountAnnouncement): boolean {
  const text = model.lines[recap.line]!.text;
  let before = text.slice(contentStart(text), recap.character);
  if (before.length <= PARAGRAPH_LEAD) return true;
  // A speaker turning to the audience (`同志们，`) may say a sentence before summing up.
  const address = ADDRESS.exec(before);
  if (address) before = before.slice(address[0].length);
  const end = before.search(/[。！；]/);
  return end !== -1 && end < (address ? ADDRESSED_SENTENCE : SHORT_SENTENCE) && before.length - end - 1 <= PARAGRAPH_LEAD;
}

/** Longest sentence that may stand before a recap in its paragraph. */
const SHORT_SENTENCE = 16;
/** Longest sentence after an address (`同志们，优化营商环境只有进行时，没有完成时。以上三点意见`). */
const ADDRESSED_SENTENCE = 30;
/** Characters that may stand before a recap opening its paragraph: `同志们，`, `做好`, `县委将把`. */
const PARAGRAPH_LEAD = 8;
/** Lines from a series' last member within which a recap may sum it up (blank lines between paragraphs count). */
const SERIES_REACH = 8;
/** After a recap's count, words that say it counts points or sections: `点`, `个方面`, `项工作`, `条措施`, `个问题`. */
const NAMES_POINTS = /^(?:点|个?方面|部分|[项条件个][\u4e00-\u9fff])/;

/** The heading lists by their last heading, built once per model. */
const listsByLastHeading = new WeakMap<DocumentModel, Map<Heading, readonly Heading[]>>();

function listEndingWith(model: DocumentModel, heading: Heading): readonly Heading[] | undefined {
  let index = listsByLastHeading.get(model);
  if (!index) {
    index = new Map();
    for (const list of writtenHeadingLists(model)) {
      const items = list.items.map((item) => item.heading!);
      index.set(items[items.length - 1]!, items);
    }
    listsByLastHeading.set(model, index);
  }
  return index.get(heading);
}

/** True when a line of text stands between line `after` and line `before`. */
function textBetween(model: DocumentModel, after: number, before: number): boolean {
  return linesOfTextBetween(model, after, before) > 0;
}

/** How many lines of text stand between line `after` and line `before`. */
function linesOfTextBetween(model: DocumentModel, after: number, before: number): number {
  let count = 0;
  for (let line = after + 1; line < before && line < model.lines.length; line++) if (model.lines[line]!.text.trim().length > 0) count++;
  return count;
}

/**
 * True when a table's row stands between line `after` and line `before`: cells apart by tabs, or by two
 * spaces or more; in Markdown, by `|` (where the spaces may be what is left of `**bold**`).
 */
function tableBetween(model: DocumentModel, after: number, before: number): boolean {
  const row = model.format === 'markdown' ? /^\s*\|.*\|/ : /\S(?:\t+|[ \u3000]{2,})\S/;
  for (let line = after + 1; line < before; line++) if (row.test(model.lines[line]!.text)) return true;
  return false;
}

/** The dash items (`——必须坚持……；`) whose run ends on the last line of text above `line`. */
function dashesEndingAbove(model: DocumentModel, line: number): DashItem[] {
  let above = line - 1;
  while (above >= 0 && model.lines[above]!.text.trim().length === 0) above--;
  if (above < 0 || dashItems(model, above).length === 0) return [];
  let first = above;
  while (first >= 0) {
    let before = first - 1;
    while (before >= 0 && model.lines[before]!.text.trim().length === 0) before--;
    if (before < 0 || dashItems(model, before).length === 0) break;
    first = before;
  }
  return dashItems(model, first).filter((item) => item.line <= above);
}

/**
 * The lists a recap (`以上四点意见`, `做好上述三项工作`) may sum up: those that end right before it. A
 * series of its section that ends before it, and each list of headings whose last item holds the recap
 * at the end of its text: the recap's own section (when it has no sub-items after the recap) and its
 * ancestors, as long as each is the last of its list. A recap in the first paragraph under a heading
 * with text (`三、保障措施` / `为确保上述五项任务落到实处……`) speaks of something earlier, not of the
 * list it stands in.
 */
export function recalledLists(model: DocumentModel, recap: CountAnnouncement): AnnouncedList[] {
  const lists: AnnouncedList[] = [];
  const section = recap.section;
  // A recap of what the paragraphs above said opens its own (`同志们，以上四点意见`, `做好上述三项工作`); deep
  // in a paragraph it sums up that paragraph (`……全班还要组织一次结业考试。以上3项考核内容`).
  const opensParagraph = leadsItsParagraph(model, recap);
  // Near its last member: in its paragraph or the few that go on with it.
  for (let line = Math.max(0, recap.line - SERIES_REACH); line <= recap.line; line++) {
    for (const series of seriesEndingOn(model, line)) {
      if (series.section !== section) continue;
      const last = series.members[series.members.length - 1]!;
      const sameLine = last.line === recap.line && last.markerRange.end.character <= recap.character;
      if (sameLine || (opensParagraph && last.line < recap.line)) lists.push({ kind: 'series', items: series.members });
    }
  }
  // `——必须坚持……` paragraphs right above: `以上五点体会，是……`.
  const dashes = opensParagraph ? dashesEndingAbove(model, recap.line) : [];
  if (dashes.length > 1) lists.push({ kind: 'dashes', items: dashes });
  if (!opensParagraph || !section || section.children.some((child) => child.line > recap.line)) return lists;
  // `针对上述三个方面的问题，我将重点在以下三个方面下功夫：`: a recap leading to what comes next points back
  // to an earlier part; so does one with more than a closing paragraph or two of its section after it.
  if (model.announcements.some((a) => a.line === recap.line && a.character > recap.character)) return lists;
  if (linesOfTextBetween(model, recap.line, section.sectionEndLine + 1) > CLOSING_PARAGRAPHS) return lists;
  // `以上5项重点任务` under a table: the table's rows are what it counts.
  if (tableBetween(model, section.line, recap.line)) return lists;
  // `以上三项合计28.64万元`: a count of 项 or 条 that names nothing may sum up any lines, not the sections.
  if (!NAMES_POINTS.test(recap.text.slice(recap.countRange.end.character - recap.range.start.character))) return lists;
  // The item's own text must have been said: a recap on its heading's line or in the first paragraph
  // under it is not at its end (unless the items are bare lines: `3.严格考核。` / `以上三项措施……`).
  if (recap.line === section.line) return lists;
  const firstParagraph = !section.runIn && !textBetween(model, section.line, recap.line);
  if (firstParagraph && !isBareItem(model, section)) return lists;
  for (let heading: Heading | undefined = section; heading; heading = heading.parent) {
    const items = listEndingWith(model, heading);
    if (!items) break;
    lists.push({ kind: 'headings', items });
  }
  return lists.filter((list) => list.items.length > 1);
}

/** How many items `list` counts for a count: a closing 最后 of another family (`第一，第二，第三，最后，`) may be left out. */
export function countsAs(list: AnnouncedList, count: number): boolean {
  if (list.items.length === count) return true;
  return list.kind === 'series' && closedByLast(list.items) && list.items.length - 1 === count;
}

/** True when a series ends with a 最后 of another family than its first member's. */
function closedByLast(members: readonly SeriesMember[]): boolean {
  const last = members[members.length - 1]!;
  return last.value === 'last' && last.family !== members[0]!.family;
}

/**
 * A speaker closing a speech (`同志们，以上我讲了四点意见`, `以上就是我讲的三点意见`): what 我 讲 or 谈 sums up
 * the speech's parts, not the last part's sub-items. (`同志们，以上四点要求` may sum up a series: no sign.)
 */
const SPOKEN_RECAP = /我[^，,]{0,4}[讲谈]/;

/**
 * Each recap that no list before it bears out, with the list it sums up. A speaker's closing recap is
 * held to the outermost list of headings; any other may sum up any list that ends before it, and is
 * reported against the one nearest its count.
 */
export function unmatchedRecaps(model: DocumentModel): Array<{ readonly recap: CountAnnouncement; readonly list: AnnouncedList }> {
  const unmatched: Array<{ readonly recap: CountAnnouncement; readonly list: AnnouncedList }> = [];
  for (const recap of model.recaps) {
    let lists = recalledLists(model, recap);
    if (lists.length === 0) continue;
    const lead = recap.text.slice(0, recap.countRange.start.character - recap.range.start.character);
    const outermost = lists[lists.length - 1]!;
    if (outermost.kind === 'headings' && (SPOKEN_RECAP.test(lead) || echoesOpening(model, recap))) lists = [outermost];
    if (lists.some((list) => countsAs(list, recap.announcedCount))) continue;
    if (statedBefore(model, recap)) continue;
    // Reported against the list nearest its count (an item added or deleted since), the one that ended
    // last on a tie; a speech's closing to the audience (`同志们，以上四点意见`) against its parts.
    const off = (list: AnnouncedList) => Math.abs(list.items.length - recap.announcedCount);
    let nearest = lists[0]!;
    for (const list of lists) if (off(list) < off(nearest) || (off(list) === off(nearest) && lastLine(list) > lastLine(nearest))) nearest = list;
    unmatched.push({ recap, list: outermost.kind === 'headings' && ADDRESS.test(paragraphOf(model, recap)) ? outermost : nearest });
  }
  return unmatched;
}

/**
 * True when the recap repeats the words of the speech's opening count (`下面，我讲三点意见。` … `以上三点意见`):
 * it sums up what the opening announced, the parts.
 */
function echoesOpening(model: DocumentModel, recap: CountAnnouncement): boolean {
  const words = (a: CountAnnouncement) => a.text.slice(a.countRange.end.character - a.range.start.character);
  const recapWords = words(recap);
  const part = partOfLine(model, recap.line);
  // (An opening count that speaks of the headings after it, not of another list.)
  return announcedLists(model).some(
    ({ announcement: a, list }) => a.section === undefined && list?.kind === 'headings' && a.line < recap.line && partOfLine(model, a.line) === part && words(a) === recapWords,
  );
}

/**
 * True when the recap's count and unit (`12个`) were stated earlier in the text, not as an announcement:
 * `巡察指出了3个方面12个具体问题` … `上述12个问题中`: the recap speaks of that count, whatever the lists.
 */
function statedBefore(model: DocumentModel, recap: CountAnnouncement): boolean {
  const offset = recap.range.start.character;
  const unit = /^(?:[点项条件]|个方面|个|方面|部分|句话)/.exec(recap.text.slice(recap.countRange.end.character - offset))?.[0] ?? '';
  const count = recap.text.slice(recap.countRange.start.character - offset, recap.countRange.end.character - offset);
  // (Small counts in words, `两项`, `三点`, stand in many a sentence: only a tally's figure is telling,
  // with the thing it counts: `12个具体问题` for `上述12个问题`.)
  if (!/^[0-9]+$/.test(count) && recap.announcedCount < 10) return false;
  const stated = count + unit;
  const noun = recap.text.slice(recap.countRange.end.character - offset + unit.length);
  const announcedAt = new Set(model.announcements.map((a) => `${a.countRange.start.line}:${a.countRange.start.character}`));
  for (let line = 0; line <= recap.line; line++) {
    const text = model.lines[line]!.text;
    const end = line === recap.line ? recap.countRange.start.character : text.length;
    for (let at = text.indexOf(stated); at !== -1 && at + stated.length <= end; at = text.indexOf(stated, at + 1)) {
      // (Not a longer number: `112个`.)
      if (/[0-9一二两三四五六七八九十]/.test(text[at - 1] ?? '')) continue;
      const after = text.slice(at + stated.length, at + stated.length + noun.length + 4);
      if (!announcedAt.has(`${line}:${at}`) && (noun === '' ? recap.announcedCount >= 10 : after.includes(noun))) return true;
    }
  }
  return false;
}

/** `同志们，`, `各位代表，`: the speaker turning to the audience. */
const ADDRESS = /^(?:同志们|各位[\u4e00-\u9fff]{0,6})[，,]/;

/** The recap's paragraph from its start. */
function paragraphOf(model: DocumentModel, recap: CountAnnouncement): string {
  const text = model.lines[recap.line]!.text;
  return text.slice(contentStart(text));
}

function lastLine(list: AnnouncedList): number {
  return list.items[list.items.length - 1]!.line;
}

/** True when `heading`'s siblings before it are bare items (`1.加强领导。` `2.强化保障。`) with no text under them. */
function isBareItem(model: DocumentModel, heading: Heading): boolean {
  const items = listEndingWith(model, heading);
  return items !== undefined && items.length > 1 && isBareList(items, model.lines);
}
