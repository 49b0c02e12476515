/**
 * Finds counts a speaker announces: `我讲四点意见`, `强调四点`, `以下三个方面`.
 * The rule count-mismatch matches each to the list that follows it.
 */
import type { CountAnnouncement, Heading } from '../model';
import { parseCount } from '../numerals';
import { lineRange } from '../text';

const COUNT = '([一二两三四五六七八九十]{1,3}|[0-9]{1,2})';

const ANNOUNCEMENT = new RegExp(
  [
    // 讲四点意见, 强调四点, 谈三点体会, 提两点要求, 以下三点
    `(?:讲|谈|强调|提|提出|说|以下|如下)(?:以下)?${COUNT}点(?!钟|半|多|儿|几|左右)(?:意见|看法|体会|要求|建议|希望|认识|想法)?`,
    // 以下三个方面, 从以下四个方面, 三个方面：
    `以下${COUNT}个方面`,
    `${COUNT}个方面(?=[：:])`,
    // 抓好五项工作, 做好三项重点任务
    `(?:抓好|做好|抓|落实|完成|突出|推进|实施|开展|部署|做到|明确)(?:以下)?${COUNT}项(?:重点)?(?:工作|任务|措施|举措|改革|行动|要求|制度)`,
    // 做到“三个坚持”, 把握"四个关键"
    `(?:做到|坚持|实现|落实|把握|处理好|树立|强化|增强|抓住|突出)[“"]${COUNT}个[^”"\n]{1,8}[”"]`,
  ].join('|'),
  'g',
);

/**
 * A cheap first look: every announcement has 点, 项, 个方面 or a quoted count.
 * The full pattern, a long alternation, runs only on the few lines that do.
 */
const MAY_ANNOUNCE = /[点项]|个方面|[“"](?:[一二两三四五六七八九十]{1,3}|[0-9]{1,2})个/;

export function findAnnouncements(text: string, line: number, from: number, section: Heading | undefined): CountAnnouncement[] {
  const found: CountAnnouncement[] = [];
  if (!MAY_ANNOUNCE.test(text)) return found;
  ANNOUNCEMENT.lastIndex = from;
  for (let m = ANNOUNCEMENT.exec(text); m; m = ANNOUNCEMENT.exec(text)) {
    const countText = m.slice(1).find((g) => g !== undefined)!;
    const count = parseCount(countText);
    // `讲一点` is "say a little", not a list of one.
    if (count === undefined || count < 2) continue;
    const countStart = m.index + m[0].indexOf(countText);
    found.push({
      announcedCount: count,
      text: m[0],
      range: lineRange(line, m.index, m.index + m[0].length),
      countRange: lineRange(line, countStart, countStart + countText.length),
      line,
      character: m.index,
      section,
    });
  }
  return found;
}
