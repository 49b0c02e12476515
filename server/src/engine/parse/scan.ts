/**
 * One pass over the text's characters that splits it into lines and tells
 * the finders where to look.
 *
 * Running each finder's regular expression over every line reads every
 * character a dozen times; most lines hold nothing for most finders. This
 * scan reads each character once, through a table, and records which kinds
 * of trigger character the line holds and where a series member or an
 * announced count may begin. A finder then runs only on lines whose triggers
 * it needs, and the position-driven ones only at the recorded starts, which
 * must include every position where their expression can match.
 */

import type { SourceLine } from '../text';

/** Bits of `TextScan.triggers`: which characters a line holds. */
export const TRIGGER = {
  /** X x Ｘ ｘ: latin-x and template-year placeholders, date lines. */
  latinX: 1 << 0,
  /** ×: times-sign placeholders, document numbers, date lines. */
  times: 1 << 1,
  /** _ ＿ *: blanks. */
  blank: 1 << 2,
  /** □ ○ △ 〇 O: boxes and circles (`OO县` typed in letters). */
  box: 1 << 3,
  /** 【 [ 〖 ［ 「 ｛: bracketed to-dos and notes. */
  square: 1 << 4,
  /** { $ <: template-engine fields. */
  template: 1 << 5,
  /** - －: a name left as dashes. */
  dash: 1 << 6,
  /** 〔 ［ [: the year bracket of a document number. */
  documentNumber: 1 << 7,
  /** 签: 签发人. */
  signer: 1 << 8,
  /** 年: a 成文日期 line. */
  year: 1 << 9,
  /** 某: vague stand-ins. */
  vague: 1 << 10,
  /** （ (: in-text ordinals and bracketed instructions. */
  paren: 1 << 11,
  /** ① … ⑳, ⑴ … ⒇: in-text ordinals. */
  circled: 1 << 12,
  /** A character every advertising phrase holds, with its neighbour (see ADVERTISING_CONTEXT). */
  advertising: 1 << 13,
  /** 此 T / 拟 删 斟 注 N C c t p F Q: an editor's note opening a sentence (`此处待补`, `TODO`, `// ……`, `拟删：`), a review's English (`tbd`, `pls`, `FYI`, `Q：`). */
  note: 1 << 22,
  /** ？ ?: question marks standing for a value (`？？？`, `截至？月？日`). */
  question: 1 << 23,
  /** 月: a date (`X月X日`). */
  month: 1 << 24,
  /** @: a colleague called on (`@小刘`). */
  at: 1 << 25,
  /** ▲ ★ ※ — → ↓ ✎: a marked remark (`▲口径待统一：`, `——小王注：`, `→张：……改成……`). */
  marker: 1 << 26,
  /** ‹ # < > 〈: a remark in angle brackets or hashes (`<此处可加……>`, `#这里要不要……#`, `>> 刘局：……`), a field named in them (`〈牵头单位〉`). */
  angle: 1 << 27,
  /** 删 插 ~ =: a tracked change pasted inline (`删除的内容:`, `插入的内容:`, `修订：删除了“……”`), a struck-out `~~……~~`, `===以下为新增===`. */
  revision: 1 << 28,
  /** 张 李 王 赵: a template's sample name (`张三`, `李四`). */
  sampleName: 1 << 29,
} as const;

/**
 * What a finder returns for a line whose triggers say it holds nothing for it: shared, and
 * readonly to the compiler (not frozen: the runtime iterates frozen arrays slowly).
 */
export const NOTHING_FOUND: readonly never[] = [];

/**
 * For each advertising phrase of leftovers.ts, one of its rarer characters,
 * which sets the advertising bit only with the neighbour the phrase gives it
 * (ADVERTISING_CONTEXT): 仅供学习 供, 外传 传, QQ群 QQ交流群 会员群 微信群 群, 公众号 众,
 * 下载 转载 载, 范文 范本 范, 来源 源, 版权归 版权所有 权, 侵删 侵, 原创首发 创, 本站 站,
 * 相关推荐 编辑推荐 荐, 相关阅读 阅, 更多模板 模, 欢迎转发 迎, 点个“在看” 看, 本文地址 址, 删除水印 印. Keep in step with ADVERTISING;
 * a test checks that every line it matches has the bit.
 */
const ADVERTISING_KEY = 1 << 17;
/** Each key character with the neighbours it needs: [key, before, after]. At most 32 keys: each is a bit of an int32. */
const ADVERTISING_CONTEXT: ReadonlyArray<readonly [string, string, string]> = [
  ['供', '仅', ''],
  ['传', '外', ''],
  ['群', 'QqＱｑ员信流', ''],
  ['众', '公', ''],
  ['载', '下转', ''],
  ['范', '', '文本'],
  ['源', '来', ''],
  ['权', '版', ''],
  ['侵', '', '删权'],
  ['创', '原', ''],
  ['站', '本', ''],
  ['荐', '推', ''],
  ['阅', '关', ''],
  // A download page's title and footer: 精品文档, Word版可编辑, 直接套用, 建议收藏, 精选3篇, 百度文库, VIP专享, 扫描下方二维码, 更多精彩.
  ['档', '文', ''],
  ['版', 'dD', ''],
  ['套', '接', ''],
  ['藏', '收', ''],
  ['篇', '0123456789', ''],
  ['库', '文', ''],
  ['享', '专', ''],
  ['码', '维扫', ''],
  ['彩', '精', ''],
  // 获取更多模板, 更多范文, 欢迎转发, 点个“在看”.
  ['模', '', '板'],
  ['迎', '欢', ''],
  ['看', '在', ''],
  // 本文地址：
  ['址', '地', ''],
  // 小编为大家整理, 免费领取, 请勿全文照搬.
  ['编', '小', ''],
  ['费', '免', ''],
  ['搬', '照', ''],
  // 相关文章：, 回复“……”获取.
  ['章', '文', ''],
  ['复', '回', ''],
  // 双击页眉可删除水印.
  ['印', '水', ''],
];

/** For each key character, its bit k (its place in ADVERTISING_CONTEXT). */
const ADVERTISING_KEY_BIT = new Map<number, number>();
/** For a neighbour character: bit k set when it may stand before (after) key k. */
const ADVERTISING_BEFORE = new Map<number, number>();
const ADVERTISING_AFTER = new Map<number, number>();
// (A 33rd key would share a bit with the first: every test run fails at once.)
if (ADVERTISING_CONTEXT.length > 32) throw new Error('scan.ts: more than 32 advertising keys');
ADVERTISING_CONTEXT.forEach(([key, before, after], k) => {
  ADVERTISING_KEY_BIT.set(key.charCodeAt(0), 1 << k);
  for (const char of before) ADVERTISING_BEFORE.set(char.charCodeAt(0), (ADVERTISING_BEFORE.get(char.charCodeAt(0)) ?? 0) | (1 << k));
  for (const char of after) ADVERTISING_AFTER.set(char.charCodeAt(0), (ADVERTISING_AFTER.get(char.charCodeAt(0)) ?? 0) | (1 << k));
});
/** Bits k of the keys judged by the character before them; the others by the one after. */
const ADVERTISING_BY_BEFORE = ADVERTISING_CONTEXT.reduce((bits, [, before], k) => (before ? bits | (1 << k) : bits), 0);

/** True when the key character at `at` has the neighbour its phrase gives it. */
function advertisingKeyHolds(text: string, at: number, start: number, end: number): boolean {
  const bit = ADVERTISING_KEY_BIT.get(text.charCodeAt(at))!;
  if (bit & ADVERTISING_BY_BEFORE) return at > start && ((ADVERTISING_BEFORE.get(text.charCodeAt(at - 1)) ?? 0) & bit) !== 0;
  return at + 1 < end && ((ADVERTISING_AFTER.get(text.charCodeAt(at + 1)) ?? 0) & bit) !== 0;
}

const SERIES_VERB = 1 << 14; // 是 要 抓 after a numeral: 一是, 二要, 三抓
const SERIES_WORD = 1 << 15; // 第 其 面 先 次 后: 第一, 其一, 一方面, 首先, 其次, 再次, 最后
const COUNT_UNIT = 1 << 16; // 点 项 件 条 个 方 部 句 类 种 张 after a count: 四点, 五项, 十件, 三条, 三个方面, 两方面, 四部分, 三句话, 三类, 三种, 三张; a colon: 原因有三：

/** Characters the scan looks back at; they start nothing themselves. */
const SERIES_NUMERAL = 1 << 18; // 一 … 十
const COUNT_NUMERAL = 1 << 19; // 一 … 十 and 两
const ASCII_DIGIT = 1 << 20;
const CLOSING_PAREN = 1 << 21; // ） ) . ． after a number: `1）` `2)` `1.`, an in-text ordinal written without an opening bracket
const NEIGHBOUR_BITS = SERIES_NUMERAL | COUNT_NUMERAL | ASCII_DIGIT;

/** Bits that steer the scan and are not reported in the mask. */
const INTERNAL_BITS = SERIES_VERB | SERIES_WORD | COUNT_UNIT | ADVERTISING_KEY | NEIGHBOUR_BITS | CLOSING_PAREN;

const TABLE = new Uint32Array(0x10000);

function mark(chars: string, bit: number): void {
  for (const char of chars) TABLE[char.charCodeAt(0)]! |= bit;
}

mark('XxＸｘ', TRIGGER.latinX);
mark('×', TRIGGER.times);
mark('_＿*＊…﹍﹎﹏', TRIGGER.blank);
mark('□○△〇OＯ', TRIGGER.box);
mark('【[〖［「｛', TRIGGER.square);
mark('{$<', TRIGGER.template);
mark('-－', TRIGGER.dash);
mark('〔［[', TRIGGER.documentNumber);
mark('签', TRIGGER.signer);
mark('年', TRIGGER.year);
mark('某', TRIGGER.vague);
mark('（(〈', TRIGGER.paren);
mark('此T/拟删斟注NCctpFQ', TRIGGER.note);
mark('@', TRIGGER.at);
mark('▲★※—→↓✎', TRIGGER.marker);
mark('‹#<>〈«＜', TRIGGER.angle);
mark('删插~=', TRIGGER.revision);
mark('？?', TRIGGER.question);
mark('月', TRIGGER.month);
mark('张李王赵', TRIGGER.sampleName);
// ① … ⑳, and ⑴ … ⒇ (an in-text ordinal typed as one character).
for (let code = 0x2460; code <= 0x2487; code++) TABLE[code]! |= TRIGGER.circled;
for (const [key] of ADVERTISING_CONTEXT) mark(key, ADVERTISING_KEY);
mark('是要抓', SERIES_VERB);
mark('第其面先次后', SERIES_WORD);
mark('点项件个条方部句类种张：:', COUNT_UNIT);
mark('一二三四五六七八九十', SERIES_NUMERAL);
mark('一二两三四五六七八九十', COUNT_NUMERAL);
mark('0123456789', ASCII_DIGIT);
mark('）).．', CLOSING_PAREN);

/** Triggers that need more than noting their bit. */
const OPENER_BITS = TRIGGER.paren | TRIGGER.circled;
const ACTION_BITS = OPENER_BITS | ADVERTISING_KEY | SERIES_VERB | SERIES_WORD | COUNT_UNIT | CLOSING_PAREN;

/** 一 … 十, the numerals of ordinal words (一是, 第三, 其二); false past the end of the text. */
export function isSeriesNumeral(code: number): boolean {
  return (TABLE[code]! & SERIES_NUMERAL) !== 0;
}

/** 一 … 十 and 两, the numerals of announced counts (两点, 四项). */
export function isCountNumeral(code: number): boolean {
  return (TABLE[code]! & COUNT_NUMERAL) !== 0;
}

/** 0 … 9. */
export function isAsciiDigit(code: number): boolean {
  return (TABLE[code]! & ASCII_DIGIT) !== 0;
}

const FANG = '方'.charCodeAt(0);
const YI = '一'.charCodeAt(0);
const LING = '另'.charCodeAt(0);
const SHOU = '首'.charCodeAt(0);
const QI = '其'.charCodeAt(0);
const ZAI = '再'.charCodeAt(0);
const ZUI = '最'.charCodeAt(0);
const XIAN = '先'.charCodeAt(0);
const CI = '次'.charCodeAt(0);
const HOU = '后'.charCodeAt(0);
const MIAN = '面'.charCodeAt(0);
const COLON = ':'.charCodeAt(0);
const FULL_WIDTH_COLON = '：'.charCodeAt(0);
const CLOSE = ')'.charCodeAt(0);
const FULL_WIDTH_CLOSE = '）'.charCodeAt(0);

/** a … z, ａ … ｚ. */
function isLowerLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0xff41 && code <= 0xff5a);
}

/** A Latin letter or a digit, half- or full-width: what a word or a code goes on with. */
export function isLetterOrDigit(code: number): boolean {
  return isLowerLetter(code) || (code >= 0x41 && code <= 0x5a) || (code >= 0xff21 && code <= 0xff3a) || isAsciiDigit(code) || (code >= 0xff10 && code <= 0xff19);
}

/**
 * Positions on each line where something may start, ascending and relative to
 * the line. Lines are added in order; `add` belongs to the line being scanned,
 * `endLine` closes it.
 */
export class LineStarts {
  readonly starts: number[] = [];
  /** starts[from[i] .. from[i + 1]) are those of line i. */
  private readonly from: number[] = [0];

  first(line: number): number {
    return this.from[line]!;
  }

  end(line: number): number {
    return this.from[line + 1]!;
  }

  /** Adds a start to the current line, keeping it ascending and free of repeats (starts arrive nearly in order). */
  add(at: number): void {
    const starts = this.starts;
    const lineFirst = this.from[this.from.length - 1]!;
    const n = starts.length;
    if (n === lineFirst || starts[n - 1]! < at) {
      starts.push(at);
      return;
    }
    let i = n - 1;
    while (i >= lineFirst && starts[i]! > at) i--;
    if (i >= lineFirst && starts[i] === at) return;
    starts.splice(i + 1, 0, at);
  }

  endLine(): void {
    this.from.push(this.starts.length);
  }
}

/** What the scan found, line by line. */
export interface TextScan {
  readonly lines: SourceLine[];
  /** TRIGGER bits of the characters on each line. */
  readonly triggers: number[];
  /** Where a series member (parse/series.ts matchCandidate) may start. */
  readonly series: LineStarts;
  /** Where an announced count (parse/announcements.ts countEnd) may start. */
  readonly counts: LineStarts;
  /**
   * Where an opening bracket （ ( or a circled number ① … ⑳ stands, and where `1）` or a list item `a)` begins:
   * in-text ordinals and instructions start there.
   */
  readonly openers: LineStarts;
}

/**
 * Splits the text into lines (on LF, CRLF and lone CR, as editors do; the
 * breaks found by indexOf, which is far faster than reading each character)
 * and scans every line's characters once.
 */
export function scanText(text: string): TextScan {
  const lines: SourceLine[] = [];
  const scan: TextScan = { lines, triggers: [], series: new LineStarts(), counts: new LineStarts(), openers: new LineStarts() };
  let start = 0;
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  for (;;) {
    const lineBreak = lf === -1 && cr === -1 ? text.length : cr === -1 || (lf !== -1 && lf < cr) ? lf : cr;
    lines.push({ index: lines.length, text: text.slice(start, lineBreak) });
    scanLine(text, start, lineBreak, scan);
    if (lineBreak === text.length) break;
    start = lineBreak + (lineBreak === cr && lf === cr + 1 ? 2 : 1);
    if (lf !== -1 && lf < start) lf = text.indexOf('\n', start);
    if (cr !== -1 && cr < start) cr = text.indexOf('\r', start);
  }
  return scan;
}

/** Scans `text[start..end)`, one line, and appends what it holds to `scan`. */
function scanLine(text: string, start: number, end: number, scan: TextScan): void {
  let mask = 0;
  const { series, counts, openers } = scan;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    // Neighbour bits only matter around a trigger: they trigger nothing themselves.
    const bits = TABLE[code]! & ~NEIGHBOUR_BITS;
    if (bits === 0) continue;
    mask |= bits;
    // Most triggers (年, X, …) only set their bit.
    if ((bits & ACTION_BITS) === 0) continue;
    if (bits & SERIES_VERB) {
      // 一是 二要 十一抓: one or two numerals before the verb.
      if (i > start && isSeriesNumeral(text.charCodeAt(i - 1))) {
        if (i - 1 > start && isSeriesNumeral(text.charCodeAt(i - 2))) series.add(i - 2 - start);
        series.add(i - 1 - start);
      }
    } else if (bits & COUNT_UNIT) {
      // 三点 十二项 两个方面 四部分 10点: up to three Chinese numerals or two digits before the unit.
      const before = i > start ? TABLE[text.charCodeAt(i - 1)]! : 0;
      let k = 1;
      if (before & COUNT_NUMERAL) {
        k = 2;
        while (k <= 3 && i - k >= start && isCountNumeral(text.charCodeAt(i - k))) k++;
      } else if (before & ASCII_DIGIT) {
        k = i - 2 >= start && isAsciiDigit(text.charCodeAt(i - 2)) ? 3 : 2;
      }
      for (let at = i - k + 1; at < i; at++) counts.add(at - start);
    } else if (bits & SERIES_WORD) {
      const previous = i > start ? text.charCodeAt(i - 1) : 0;
      if (code === MIAN) {
        if (previous === FANG && i - 2 >= start && text.charCodeAt(i - 2) === YI) {
          if (i - 3 >= start && text.charCodeAt(i - 3) === LING) series.add(i - 3 - start);
          series.add(i - 2 - start);
        }
      } else if (code === XIAN) {
        if (previous === SHOU) series.add(i - 1 - start);
      } else if (code === CI) {
        if (previous === QI || previous === ZAI) series.add(i - 1 - start);
      } else if (code === HOU) {
        if (previous === ZUI) series.add(i - 1 - start);
      } else {
        // 第 and 其 open their alternatives themselves.
        series.add(i - start);
      }
    }
    if (bits & OPENER_BITS) openers.add(i - start);
    if (bits & CLOSING_PAREN) {
      // `1）` `12)`: one or two digits before, and no opening bracket before them (that is `（1）`, found at its `（`).
      let digits = 0;
      while (digits < 2 && i - digits - 1 >= start && isAsciiDigit(text.charCodeAt(i - digits - 1))) digits++;
      const before = i - digits - 1 >= start ? text.charCodeAt(i - digits - 1) : 0;
      // `（8:30—8:55）`: the minutes of a clock time, not an ordinal.
      const clockTime = (before === COLON || before === FULL_WIDTH_COLON) && isAsciiDigit(text.charCodeAt(i - digits - 2));
      if (digits > 0 && !(TABLE[before]! & TRIGGER.paren) && !isAsciiDigit(before) && !clockTime) openers.add(i - digits - start);
      // `a)` `ｂ）`: a standard's list item (a letter alone, not the end of a word).
      else if (digits === 0 && (code === CLOSE || code === FULL_WIDTH_CLOSE) && i > start && isLowerLetter(text.charCodeAt(i - 1)) && !isLetterOrDigit(i - 2 >= start ? text.charCodeAt(i - 2) : 0)) openers.add(i - 1 - start);
    }
    if (bits & ADVERTISING_KEY && advertisingKeyHolds(text, i, start, end)) mask |= TRIGGER.advertising;
  }
  scan.triggers.push(mask & ~INTERNAL_BITS);
  series.endLine();
  counts.endLine();
  openers.endLine();
}
