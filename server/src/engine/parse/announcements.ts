/**
 * Finds counts a speaker announces: `我讲四点意见`, `强调四点`, `以下三个方面`,
 * `抓好五项工作`, `做到“三个坚持”`. The rule count-mismatch matches each to the
 * list that follows it.
 */
import type { CountAnnouncement, Heading } from '../model';
import { parseCount } from '../numerals';
import { lineRange } from '../text';
import { isAsciiDigit, isCountNumeral, type TextScan } from './scan';

/**
 * Every announcement has a count and a unit: 点, 项, 个方面, or 个 inside quotes.
 * Finding those first and then looking at the few characters around them is
 * much cheaper than trying a long alternation at every position of every line;
 * the scan (scan.ts) finds where a count and its unit may start, and countEnd
 * reads them there as /([一二两三四五六七八九十]{1,3}|[0-9]{1,2})(点|项|个方面|个)/y
 * would, without building a match.
 */
const DIAN = '点'.charCodeAt(0);
const XIANG = '项'.charCodeAt(0);
const GE = '个'.charCodeAt(0);
const JIAN = '件'.charCodeAt(0);
const TIAO = '条'.charCodeAt(0);
const FANG = '方'.charCodeAt(0);
const YI = '一'.charCodeAt(0);
const MIAN = '面'.charCodeAt(0);
const BU = '部'.charCodeAt(0);
const FEN = '分'.charCodeAt(0);
const DI = '第'.charCodeAt(0);
const QI = '其'.charCodeAt(0);
const JU = '句'.charCodeAt(0);
const LEI = '类'.charCodeAt(0);
const ZHONG = '种'.charCodeAt(0);
const HUA = '话'.charCodeAt(0);
const ZHANG = '张'.charCodeAt(0);

const COLON = ':'.charCodeAt(0);
const FULL_WIDTH_COLON = '：'.charCodeAt(0);

/**
 * Length of the unit at `at`, tried in the order 点 项 件 条 类 种 张 个方面 个 方面 部分; 0 when there is none.
 * A colon counts as a unit of length 0 (`原因有三：`): it ends the count and is no part of the phrase.
 */
function unitLength(text: string, at: number): number {
  const code = text.charCodeAt(at);
  // (张 only counts a quoted name's things: `打造“三张名片”：`.)
  if (code === DIAN || code === XIANG || code === JIAN || code === TIAO || code === LEI || code === ZHONG || code === ZHANG) return 1;
  if (code === COLON || code === FULL_WIDTH_COLON) return 0;
  if (code === GE) return text.startsWith('方面', at + 1) ? 3 : 1;
  if (code === FANG) return text.charCodeAt(at + 1) === MIAN ? 2 : 0;
  if (code === BU) return text.charCodeAt(at + 1) === FEN ? 2 : 0;
  if (code === JU) return text.charCodeAt(at + 1) === HUA ? 2 : 0;
  return 0;
}

function isColon(code: number): boolean {
  return code === COLON || code === FULL_WIDTH_COLON;
}

/**
 * Where the count starting at `at` ends and its unit begins: up to three Chinese
 * numerals, else up to two digits, longest first as the greedy expression
 * backtracks; -1 when no unit follows. Reads character codes only: most counts
 * (`一个`) are dismissed without building a string.
 */
function countEnd(text: string, at: number): number {
  let length = 0;
  while (length < 3 && isCountNumeral(text.charCodeAt(at + length))) length++;
  if (length === 0) while (length < 2 && isAsciiDigit(text.charCodeAt(at + length))) length++;
  for (let k = length; k >= 1; k--) if (unitLength(text, at + k) > 0 || isColon(text.charCodeAt(at + k))) return at + k;
  return -1;
}

const BEFORE_POINTS = /(?:讲|谈|强调|提|提出|说|交流|以下|如下)(?:以下)?$/;
const NOT_POINTS = /^(?:钟|半|多|儿|几|左右)/;
/** A speaker announcing a list of things: `我讲四个问题`, `谈三件事`, `以下三个特点`. */
const SPOKEN_LEAD = /(?:讲|谈|说|交流|以下|如下)$/;
const POINT_NOUN = /^(?:学习|工作|个人|具体)?(?:意见|看法|体会|要求|建议|希望|认识|想法|表态|承诺|共识|启示|感受)/;
const BEFORE_ITEMS = /(?:抓好|做好|办好|办成|抓|落实|完成|突出|推进|实施|开展|部署|做到|明确)了?(?:以下)?$/;
const ITEM_NOUN = /^(?:重点|基本|主要)?(?:工作|任务|措施|举措|改革|行动|要求|制度|议程|议题|原则|目标|指标|政策|机制)/;
/**
 * A 纪要's account of the work a meeting laid out, `研究部署了四项工作。现将会议议定事项纪要如下：`: the parts it records
 * follow, as they do after a colon or at the paragraph's end (not `已部署了四项工作，……`, said in passing).
 */
const LAID_OUT_LEAD = /(?:研究部署|部署|安排|明确)了$/;
const LAID_OUT_FOLLOWS = /^(?:[：:]|[。][^。\n]{0,16}纪要如下|[。]?[\s\u3000]*$)/;
/** Before a count of an agenda's items or a meeting's topics: `共有四项议程`, `研究了四项议题`. */
const AGENDA_LEAD = /(?:共有|有|研究了?|审议了?|讨论了?)$/;
/** Cases and the clause they lead to, a colon opening them: `情形之一的，不得配备更新公务用车：`. */
const CASES_LEAD_TO = /^情形之一的?(?=[，,][^。；;：:\n]{1,30}[：:])/;
/** Before a count of kinds, what divides a thing into them: `分为以下三类`, `有下列三种情形`, `包括以下两种`. */
const BEFORE_KINDS = /(?:(?:分为|分成|划分为|包括|有)(?:以下|下列)?|以下|下列)$/;
/** Right before a count of items, the count of the parts that hold them: `抓好以下五个方面18项工作`. */
export const PARTS_BEFORE = /(?:以下|抓好|做好|办好|突出|聚焦|围绕)(?:[0-9]{1,3}|[一二两三四五六七八九十]{1,3})个?(?:方面|部分|板块|领域)(?:的)?$/;
/** With a colon opening the list, a plain 有 or 包括 leads in too: `会议共有五项议程：`. */
const BEFORE_LISTED_ITEMS = /(?:(?:有|包括)(?:以下)?|以下)$/;
/** A short noun of the writer's own before the colon that opens the list: `五项支持政策：`, `五点发现：`, `五项：`. */
const NOUN_BEFORE_COLON = /^(?![第其])[\u4e00-\u9fff]{0,6}(?=[：:])/;
/** After `以下N个`, a short noun and what says the parts make it up or follow: `子系统组成`, `环节：`. */
const PARTS_NAMED = /^([\u4e00-\u9fff]{1,5}?)(?=组成|构成|[：:])/;
/** Before the verb, a tally of what was done (`共明确10项措施`, `全面完成23项重点工作`), not a list to come. */
const TALLY_BEFORE = /(?:共|共计|合计|累计|全面|已|已经|圆满|顺利|超额|基本|先后|相继|均)$/;
/** The verb before a quoted count, perhaps with a few words between: `做到“三个坚持”`, `做好新生入学“三个一”`. */
const BEFORE_QUOTED = /(?:做到|做好|抓好|坚持|实现|落实|把握|处理好|树立|强化|增强|抓住|突出|打造|擦亮|打响)[\u4e00-\u9fff]{0,4}[“"]$/;
/**
 * A quoted count announces a list only when a colon (or 即) opens it: `做到“三个坚持”：一是……`.
 * Without one it is a set phrase (`坚决做到“两个维护”。一是坚持理论武装……`), not a count of what follows.
 */
const QUOTED_REST = /^[^”"\n]{1,8}[”"](?:工作|要求|任务|目标|举措|措施|行动)?(?=[：:]|[，,]?即)/;
/** The verb before a count whose name is quoted after its 个: `做到四个“一律”：`. */
const BEFORE_UNQUOTED = /(?:做到|做好|抓好|坚持|实现|落实|把握|处理好|树立|强化|增强|抓住|突出|坚持|严格|执行)$/;
/** The quoted name after 个, a colon after it: `四个“一律”：`. */
const QUOTED_AFTER_UNIT = /^[“"][^”"\n]{1,6}[”"](?=[：:])/;
/** `概括为“五个着力”`: what follows is what the phrase sums up. */
const SUMMED_UP_QUOTED = /(?:概括为|归纳为|总结为|概括起来就是)[“"]$/;
const QUOTED_NAME = /^[^”"\n]{1,8}[”"]/;
/** After a 件 count, what shows the items follow: a colon, or a full stop and the first member (`。一是`). */
const LIST_FOLLOWS = /^(?:[：:]|[。，,]?(?:一是|一要|第一|首先|其一|（一）|1\.))/;
/** A verb between a count's noun and the colon opening its list: `分四个阶段进行：`, `分三步实施：`. */
const LIST_VERB = /^(?:进行|推进|实施|开展|展开|组织实施)(?=[：:。])/;
/** What 件 counts in an announcement: `十件民生实事`, `五件大事`, `三件事`. */
const THING_NOUN = /^(?:民生)?(?:实事|大事|好事|事情|事)/;
/** What 条 counts: `3条整改意见`, `四条建议`. */
const RULE_NOUN = /^(?:整改|具体|工作|意见)?(?:建议|意见|措施|要求|经验|原则|举措)/;
/** What a bare 个 counts when it announces a list: `四个问题`, `三个重点`, `三个特点`, `以下三个条件：`. */
const TOPIC_NOUN = /^(?:问题|议题|事项|重点|环节|特点|原则|目标|要点|层面|阶段|部分|步骤|表态|承诺|条件|情形|任务|途径|渠道|(?:工作|专项|专题)?(?:小)?组|专班)/;
/** After 个方面 or 方面, the noun it qualifies: `4个方面问题：`, `两方面工作：`, `三个方面的工作。一是`, `存在三个方面的不足：`, `压实三个方面的责任。`, `仍存在四个方面的突出问题。`. */
const ASPECT_NOUN = /^(?:的?(?:突出|主要|重点|具体|重要|明显|共性|关键|深层次)?(?:问题|工作|内容|要求|任务|措施|特点|意见|建议|成效|经验|做法|举措|情况|考虑|体会|认识|感受|思考|不足|差距|短板|责任))?/;
/** Before a count with no unit, the colon right after it: `原因有三：`, `主要有三：`, `其做法有二：`. */
const BEFORE_BARE_COUNT = /(?:(?:原因|理由|做法|好处|意义|目的|特点|问题|要求|经验|启示|体会|收获|措施|原则|考虑|不足|差距|表现|办法|途径|方法|作用|重点)(?:主要|大致|大体)?|主要|大致|大体)有$/;
/** Before a count of phrases: `送给大家三句话`, `概括为三句话`, `用三句话`. */
const BEFORE_PHRASES = /(?:送|送给|赠|赠给|用|概括为|归纳为|总结为)(?:大家|同志们|你们)?$/;
/** After `用N个`: the words that sum up what follows, `词来概括`, `词形容`. */
const SUMMED_IN_WORDS = /^词(?:来|去)?(?:概括|形容|表达|总结)/;
/** The rest of a count's sentence, ending by saying what it counts follows: `……，制定整改措施如下。`. */
const SAYS_FOLLOWS = /^[^。；;！？\n]{0,30}如下[。：:]/;
const SAYS_FOLLOWS_REACH = 34;
/** Characters looked at before a count: the longest lead-in is `处理好` and four words before a quote. */
const LOOK_BACK = 10;

/** Where the lead-in matched by `pattern` (anchored at the end of `before`) starts, or undefined. */
function leadStart(pattern: RegExp, before: string, countStart: number): number | undefined {
  const m = pattern.exec(before);
  return m ? countStart - m[0].length : undefined;
}

/**
 * A count of things a list is to name (`巡察组指出了4个方面问题：一是……`, `提出了3条整改意见：`,
 * `主要有三个特点。一是……`, `今天我讲四个问题`), with `noun` the words after the unit: an announcement
 * when a colon or the first member follows, or a speaker announces it (讲, 谈, 以下). Not a tally
 * (`共解决3个问题`), and not a count of a thing named in passing (`在三个方面取得突破`).
 */
function listedAnnouncement(text: string, before: string, countStart: number, unitEnd: number, noun: string | undefined): [number, number] | undefined {
  if (noun === undefined) return undefined;
  const end = unitEnd + noun.length;
  // `提出5条整改意见。为切实抓好……，制定本方案。` reports what was raised: only a speaker's 讲/谈 or
  // 以下 announces such a count without a colon or its first member after it.
  const spoken = leadStart(SPOKEN_LEAD, before, countStart);
  if (spoken !== undefined) return [spoken, end];
  // `下一步重点抓好五个方面工作。` ending its paragraph: the list opens the next one. A verb may
  // stand before the colon: `分四个阶段进行：`.
  const verb = LIST_VERB.exec(text.slice(end, end + 4))?.[0].length ?? 0;
  const endsParagraph = /^[。：:]?[\s\u3000]*$/.test(text.slice(end + verb));
  if (!endsParagraph && !LIST_FOLLOWS.test(text.slice(end + verb, end + verb + 4))) return undefined;
  if (TALLY_BEFORE.test(before)) return undefined;
  return [countStart, end];
}

/** The announcement around a count and its unit (`unitStart` to `unitEnd`), as [start, end), or undefined. */
function announcementAt(text: string, countStart: number, unitStart: number, unitEnd: number): [number, number] | undefined {
  const before = text.slice(Math.max(0, countStart - LOOK_BACK), countStart);
  const after = text.slice(unitEnd, unitEnd + 12);
  const unit = text.charCodeAt(unitStart);
  // `究其原因，主要有三：` `理由有二：`: a count with no unit, the colon right after it.
  if (isColon(unit)) {
    const start = unitStart - countStart === 1 && isCountNumeral(text.charCodeAt(countStart)) ? leadStart(BEFORE_BARE_COUNT, before, countStart) : undefined;
    return start === undefined ? undefined : [start, unitStart];
  }
  if (unit === DIAN) {
    if (NOT_POINTS.test(after)) return undefined;
    const end = unitEnd + (POINT_NOUN.exec(after)?.[0].length ?? 0);
    const start = leadStart(BEFORE_POINTS, before, countStart);
    if (start !== undefined) return [start, end];
    // `主要有三点：（1）……` `有三点体会：` `主要有五点发现：`: a colon opens the list whatever leads in
    // (not after digits: `9点：开幕式` is a time of day).
    if (isAsciiDigit(text.charCodeAt(countStart))) return undefined;
    if (text[end] === '：' || text[end] === ':') return [countStart, end];
    const noun = NOUN_BEFORE_COLON.exec(after);
    if (noun) return [countStart, unitEnd + noun[0].length];
    // `我有三点意见。一是……`, `作三点表态。` ending its paragraph: a count of what follows.
    return end > unitEnd ? listedAnnouncement(text, before, countStart, unitEnd, text.slice(unitEnd, end)) : undefined;
  }
  if (unit === XIANG) {
    // `抓好五项工作`; before a colon, any short noun: `主要有以下五项支持政策：`, `主要有以下五项：`.
    const noun = ITEM_NOUN.exec(after) ?? NOUN_BEFORE_COLON.exec(after);
    // `重点抓好“三项工程”：一是……`: the count quoted with its noun, a colon after the quote.
    if (!noun) return quotedAnnouncement(before, after, countStart, unitEnd);
    const end = unitEnd + noun[0].length;
    // `大会共有四项议程。`: a host steps through the agenda in the paragraphs that follow, colon or not.
    // (`会议研究了四项议题。`: the topics a 纪要 then records.)
    const agendaLead = /议[程题]$/.test(noun[0]) ? AGENDA_LEAD.exec(before) : null;
    if (agendaLead) return [countStart - agendaLead[0].length, end];
    const colon = text[end] === '：' || text[end] === ':';
    const laidOut = leadStart(LAID_OUT_LEAD, before, countStart);
    if (laidOut !== undefined && LAID_OUT_FOLLOWS.test(text.slice(end, end + 24)) && !TALLY_BEFORE.test(text.slice(Math.max(0, laidOut - 2), laidOut))) return [laidOut, end];
    // (`必须遵循以下六项原则。`: 以下 announces what follows, colon or not.)
    // (`抓好以下五个方面18项工作`: the items within the parts, counted after them.)
    const start =
      leadStart(BEFORE_ITEMS, before, countStart) ??
      (colon || before.endsWith('以下') ? leadStart(BEFORE_LISTED_ITEMS, before, countStart) : undefined) ??
      (PARTS_BEFORE.test(before) ? countStart : undefined);
    if (start === undefined || (!colon && TALLY_BEFORE.test(text.slice(Math.max(0, start - 2), start)))) return undefined;
    return [start, end];
  }
  // `资金分为以下三类：`, `有下列三种情形之一的：`: kinds, listed after a colon.
  if (unit === LEI || unit === ZHONG) {
    const start = leadStart(BEFORE_KINDS, before, countStart);
    // (`有下列三种情形之一的，不得……：`: the clause the cases lead to stands before the colon.)
    const noun = NOUN_BEFORE_COLON.exec(after) ?? CASES_LEAD_TO.exec(text.slice(unitEnd, unitEnd + 40));
    return start === undefined || !noun ? undefined : [start, unitEnd + noun[0].length];
  }
  // `我讲三句话`, `送大家三句话：`: phrases, each its own 第一句话.
  if (unit === JU) {
    const start = leadStart(BEFORE_POINTS, before, countStart) ?? leadStart(BEFORE_PHRASES, before, countStart);
    return start === undefined ? undefined : [start, unitEnd];
  }
  if (unit === JIAN) {
    // `继续办好十件民生实事。一是……`, `我讲三件事`
    const spoken = leadStart(BEFORE_POINTS, before, countStart);
    if (spoken !== undefined && THING_NOUN.test(after)) return [spoken, unitEnd + THING_NOUN.exec(after)![0].length];
    const start = leadStart(BEFORE_ITEMS, before, countStart);
    const noun = THING_NOUN.exec(after);
    if (start === undefined || !noun || TALLY_BEFORE.test(text.slice(Math.max(0, start - 2), start))) return undefined;
    // The programme's name (`集中办好十件民生实事，总投资……`) announces nothing; its items follow at once or after a colon.
    if (!LIST_FOLLOWS.test(text.slice(unitEnd + noun[0].length, unitEnd + noun[0].length + 4))) return undefined;
    return [start, unitEnd + noun[0].length];
  }
  if (unit === TIAO) return listedAnnouncement(text, before, countStart, unitEnd, RULE_NOUN.exec(after)?.[0]);
  if (unit === FANG || unit === BU || unitEnd - unitStart === 3) {
    // 个方面: `以下三个方面`, `从四个方面……报告如下`; 部分: `主要包括四部分内容：`
    if (before.endsWith('以下')) return [countStart - 2, unitEnd];
    // `从四个方面……报告如下`, `我就四个方面谈谈认识`
    if (before.endsWith('从') || before.endsWith('就')) return [countStart - 1, unitEnd];
    // `针对巡察反馈的五个方面问题，……制定整改措施如下。`: the sentence says the parts follow.
    if (SAYS_FOLLOWS.test(text.slice(unitEnd, unitEnd + SAYS_FOLLOWS_REACH))) return [countStart, unitEnd];
    return listedAnnouncement(text, before, countStart, unitEnd, ASPECT_NOUN.exec(after)![0]);
  }
  // `由以下五个子系统组成。`, `分为以下三个环节：`: 以下 announces the parts named after the count.
  if (before.endsWith('以下') && unitEnd - unitStart === 1) {
    const parts = PARTS_NAMED.exec(after);
    if (parts) return [countStart - 2, unitEnd + parts[1]!.length];
  }
  if (TOPIC_NOUN.test(after)) {
    const noun = TOPIC_NOUN.exec(after)![0];
    // `会议研究了五个事项。现将……纪要如下。`: the topics a 纪要 then records, colon or not (not a tally, `共研究了12个事项`).
    const agendaLead = noun === '议题' || noun === '事项' ? AGENDA_LEAD.exec(before) : null;
    if (agendaLead && !TALLY_BEFORE.test(before.slice(0, before.length - agendaLead[0].length))) return [countStart - agendaLead[0].length, unitEnd + noun.length];
    return listedAnnouncement(text, before, countStart, unitEnd, noun);
  }
  // `可以用四个词来概括。第一个词是……`
  if (before.endsWith('用') && SUMMED_IN_WORDS.test(after)) return [countStart - 1, unitEnd + 1];
  // 个, inside quotes; after 概括为 the phrase sums up what follows, colon or not.
  const summed = leadStart(SUMMED_UP_QUOTED, before, countStart);
  if (summed !== undefined) {
    const name = QUOTED_NAME.exec(after);
    return name ? [summed, unitEnd + name[0].length] : undefined;
  }
  // `要做到四个“一律”：一是……`: the quoted name after 个, a colon opening the list.
  const named = QUOTED_AFTER_UNIT.exec(after);
  if (named) {
    const verb = leadStart(BEFORE_UNQUOTED, before, countStart);
    return verb === undefined ? undefined : [verb, unitEnd + named[0].length];
  }
  return quotedAnnouncement(before, after, countStart, unitEnd);
}

/** A count opening a quote after its verb, a colon after the quote: `做到“三个坚持”：`, `抓好“三项工程”：`. */
function quotedAnnouncement(before: string, after: string, countStart: number, unitEnd: number): [number, number] | undefined {
  const start = leadStart(BEFORE_QUOTED, before, countStart);
  const rest = QUOTED_REST.exec(after);
  return start !== undefined && rest ? [start, unitEnd + rest[0].length] : undefined;
}

/** A count of other things joined right before this one: `3项重点任务、` `三大行动和`. */
const JOINED_COUNT = /(?:[0-9]{1,3}|[一二两三四五六七八九十]{1,3})(?:项|条|个|点|件|大|方面)[\u4e00-\u9fff]{0,8}(?:、|和|及|以及)(?:正在|还有|尚有|仍有|另有)?$/;

/**
 * The counts on line `line` from `from` on, tried where the scan saw a count may begin: a recap
 * (`以上四点意见`) goes to `recaps`, an announcement (`讲四点意见`) to `announcements`. Each count is read
 * once: one that sums up what came before announces nothing.
 */
export function findCounts(
  text: string,
  line: number,
  from: number,
  section: Heading | undefined,
  scan: TextScan,
  announcements: CountAnnouncement[],
  recaps: CountAnnouncement[],
): void {
  const { starts } = scan.counts;
  const last = scan.counts.end(line);
  let cursor = from;
  for (let i = scan.counts.first(line); i < last; i++) {
    const countStart = starts[i]!;
    if (countStart < cursor) continue;
    // `第三个方面：` `其二` are ordinals, not counts.
    const previous = text.charCodeAt(countStart - 1);
    if (previous === DI || previous === QI) continue;
    const unitStart = countEnd(text, countStart);
    if (unitStart === -1) continue;
    cursor = unitStart + unitLength(text, unitStart);
    const recap = recapOf(text, line, from, section, countStart, unitStart, cursor);
    if (recap) {
      recaps.push(recap);
      continue;
    }
    const announcement = announcementOf(text, line, from, section, countStart, unitStart, cursor);
    if (announcement) announcements.push(announcement);
  }
}

/** The announcement made by the count at `countStart` (its unit from `unitStart` to `unitEnd`), if any. */
function announcementOf(text: string, line: number, from: number, section: Heading | undefined, countStart: number, unitStart: number, unitEnd: number): CountAnnouncement | undefined {
  // `讲一点` is "say a little", not a list of one: the commonest count, `一个`, ends here.
  if (unitStart - countStart === 1 && text.charCodeAt(countStart) === YI) return undefined;
  const count = parseCount(text.slice(countStart, unitStart));
  if (count === undefined || count < 2) return undefined;
  const span = announcementAt(text, countStart, unitStart, unitEnd);
  if (!span || span[0] < from) return undefined;
  // `部署了3项重点任务、15条具体措施：一是……`: the list may name either count; it tells nothing.
  // (`已完成4项、正在推进2项：`: a tally of one list in two counts.)
  if (JOINED_COUNT.test(text.slice(Math.max(from, span[0] - 16), span[0]))) return undefined;
  return counted(text, line, section, count, span[0], span[1], countStart, unitStart);
}

/** A count found on line `line`: the phrase from `start` to `end`, its number from `countStart` to `unitStart`. */
function counted(text: string, line: number, section: Heading | undefined, count: number, start: number, end: number, countStart: number, unitStart: number): CountAnnouncement {
  const ofItemsInParts = start === countStart && PARTS_BEFORE.test(text.slice(Math.max(0, countStart - LOOK_BACK), countStart));
  return {
    announcedCount: count,
    text: text.slice(start, end),
    range: lineRange(line, start, end),
    countRange: lineRange(line, countStart, unitStart),
    line,
    character: start,
    section,
    ...(ofItemsInParts ? { ofItemsInParts: true } : {}),
  };
}

/**
 * Before a count, words that sum up what came before: `以上四点意见`, `以上我讲了三个方面`, `以上就是我今天讲的
 * 四点意见`, `做好上述三项工作`, `前面讲的两点`, `以上这三点要求`, `刚才我讲的两点意见`.
 */
const RECAP_LEAD = /(?:(?:以上|上述|上面|前面|前述)[，,]?(?:就是|是|即)?(?:我们?|本人)?|刚才我)(?:今天|刚才|就)?(?:所|共|一共|重点|主要)?(?:讲|谈|提|说|强调|讲到|谈到|提到|提出|部署|明确)?(?:了|到)?的?这?$/;
const SHANG = '上'.charCodeAt(0);
const QIAN = '前'.charCodeAt(0);
const GANG = '刚'.charCodeAt(0);

/** True when 上, 前 or 刚 (of 以上, 上述, 前面, 刚才) stands in `text[from..to)`: most counts have none before them. */
function recapWordBefore(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === SHANG || code === QIAN || code === GANG) return true;
  }
  return false;
}

/** `县级以上`, `50万元以上`, `一年以上`: 以上 after an amount means "or more". */
const AMOUNT_BEFORE = /[0-9０-９一二两三四五六七八九十百千万亿级岁倍元人次年月天周%％]$/;
/** After a recap's unit, the noun it counts (optional): `以上三点要求`, `上述五项重点任务`, `以上四个方面`. */
const RECAP_NOUN: Readonly<Record<number, RegExp>> = {
  [DIAN]: POINT_NOUN,
  [XIANG]: /^(?:重点)?(?:工作|任务|措施|举措|改革|行动|要求|制度|议程|议题|内容)/,
  [JIAN]: THING_NOUN,
  [TIAO]: RULE_NOUN,
};

/**
 * The recap made by the count at `countStart` (its unit from `unitStart` to `unitEnd`): a count after
 * 以上, 上述 or 前面, which the rule count-mismatch matches to the lists that end before it.
 */
function recapOf(text: string, line: number, from: number, section: Heading | undefined, countStart: number, unitStart: number, unitEnd: number): CountAnnouncement | undefined {
  // (A colon ends a bare count, `原因有三：`: no recap's.)
  if (unitEnd === unitStart || !recapWordBefore(text, Math.max(from, countStart - LOOK_BACK), countStart)) return undefined;
  const lead = RECAP_LEAD.exec(text.slice(Math.max(from, countStart - LOOK_BACK), countStart));
  if (!lead) return undefined;
  const start = countStart - lead[0].length;
  if (start > from && AMOUNT_BEFORE.test(text[start - 1]!)) return undefined;
  // `会上共提出了17个具体问题……对上述17个问题进行梳理`: the count stated before it, not a list's.
  if (text.lastIndexOf(text.slice(countStart, unitEnd), start) >= from) return undefined;
  const count = parseCount(text.slice(countStart, unitStart));
  if (count === undefined || count < 2) return undefined;
  const after = text.slice(unitEnd, unitEnd + 12);
  const code = text.charCodeAt(unitStart);
  let noun: string | undefined;
  if (code === DIAN) noun = NOT_POINTS.test(after) ? undefined : (POINT_NOUN.exec(after)?.[0] ?? '');
  else if (code === GE && unitEnd - unitStart === 1) noun = TOPIC_NOUN.exec(after)?.[0];
  else if (code === GE || code === FANG || code === BU) noun = ASPECT_NOUN.exec(after)![0];
  else noun = RECAP_NOUN[code]?.exec(after)?.[0] ?? '';
  return noun === undefined ? undefined : counted(text, line, section, count, start, unitEnd + noun.length, countStart, unitStart);
}

/**
 * A count in a heading's title with a measure word: `把握好三个关系`, `用好三种方法`, `落实四项措施`,
 * `确保“三个到位”`, `实施十大工程`. (Not `三年行动`, `三级联动`, `两个月`: no list's measure; nor a number in
 * digits, `建成3个省级示范区`, `提升改造12个农贸市场`: a quantity, not a count of the items below.)
 */
const TITLE_COUNT = /([一二两三四五六七八九十]{1,2})(?:个?方面|(?:个|项|种|类|条|点|大|张|件|支)(?=[\u4e00-\u9fff“"])(?![月年日天周时百千万亿]|工作日|小时|百分点))/g;
/** Before the count, what makes it part of a longer number, an ordinal or a recap: `十二五`, `第三个`, `以上三项`. */
const NOT_TITLE_COUNT_BEFORE = /(?:[0-9一二两三四五六七八九十百千万第其每近前后上述以这那各本该])$/;
/**
 * Set phrases a heading names, which count no list of the section's own (`深入学习贯彻“两个确立”` over
 * `一是……三是`): the Party's formulas, read with or without quotes.
 */
const SET_PHRASE = /^(?:两个(?:确立|维护|毫不动摇|一百年|结合|大局|责任|务必|先行|健康|覆盖|更好|根本)|四个(?:意识|自信|全面|伟大|最严|不摘|革命|服务|走在前)|三个(?:代表|务必|区分开来|有利于|一批|转变|敬畏)|三个以案|四种形态|三大攻坚战|五大发展理念|八项规定|五个必由之路|六个必须坚持|四大名著)/;
/** The longest title, verb before the count and noun after its measure word a heading's count is read in. */
const TITLE_COUNT_TITLE = 30;
const TITLE_COUNT_LEAD = 5;
const TITLE_COUNT_NOUN = 8;
/** Where the clause of a title holding a count starts: after its last mark before the count. */
const CLAUSE_MARKS = /[，,、；;：:\s\u3000]/g;

/**
 * The count a heading's title announces for the items under it: one count with a measure word and its
 * noun, not a set phrase, not inside a book title or brackets (`已竣工项目（9个）` is a tally), not in an
 * article's text (`第十条　……5个工作日内`); a title with two counts (`围绕三大目标，推进五项改革`) announces
 * neither. The phrase runs from the start of its clause to the end of its noun.
 */
export function headingCount(text: string, line: number, heading: Heading): CountAnnouncement | undefined {
  if (heading.level === 'article') return undefined;
  const start = heading.titleRange.start.character;
  const title = text.slice(start, heading.titleRange.end.character);
  TITLE_COUNT.lastIndex = 0;
  let found: RegExpExecArray | undefined;
  for (let m = TITLE_COUNT.exec(title); m; m = TITLE_COUNT.exec(title)) {
    if (NOT_TITLE_COUNT_BEFORE.test(title.slice(0, m.index))) continue;
    if (found) return undefined;
    found = m;
  }
  if (!found) return undefined;
  const at = found.index;
  const numeral = found[1]!;
  const count = parseCount(numeral);
  if (count === undefined || count < 2 || SET_PHRASE.test(title.slice(at))) return undefined;
  const before = title.slice(0, at);
  if (before.lastIndexOf('《') > before.lastIndexOf('》') || Math.max(before.lastIndexOf('（'), before.lastIndexOf('(')) > Math.max(before.lastIndexOf('）'), before.lastIndexOf(')'))) return undefined;
  let clauseStart = 0;
  for (const mark of before.matchAll(CLAUSE_MARKS)) clauseStart = mark.index + 1;
  // To the end of the noun: the next mark or the end of the title (a closing quote included).
  const rest = /^[^，,、；;：:。！？!?（(\s\u3000]*/.exec(title.slice(at))![0];
  // A title names its task: a verb and the count (`突出抓好五个方面`), the count ending its clause. A
  // sentence taken for a title (`县安委会组成5个检查组，由县领导带队……`, `“认真”两个字非常重要`,
  // `市重点的17个项目`) states a fact.
  const lead = before.slice(clauseStart);
  if (title.length > TITLE_COUNT_TITLE || lead.length > TITLE_COUNT_LEAD || /[的”"]$/.test(lead) || rest.length - (found[0].length - numeral.length) > TITLE_COUNT_NOUN) return undefined;
  return {
    announcedCount: count,
    text: title.slice(clauseStart, at + rest.length),
    range: lineRange(line, start + clauseStart, start + at + rest.length),
    countRange: lineRange(line, start + at, start + at + numeral.length),
    line,
    character: start + clauseStart,
    section: heading,
    inHeading: true,
  };
}
