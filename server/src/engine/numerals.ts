/**
 * Chinese and Arabic numerals as they appear in ordinals (一 … 九十九, 1 … 999)
 * and in announced counts (两, 四, 10).
 */

const DIGIT: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

export const CHINESE_NUMERAL_CHARS = '一二三四五六七八九十';

/**
 * Parses 一 … 九十九 (also the non-standard 一十一 that some drafts carry).
 * Returns undefined for anything that is not a whole number written that way.
 */
export function parseChineseNumeral(text: string): number | undefined {
  if (text.length === 0 || text.length > 3) return undefined;
  const ten = text.indexOf('十');
  if (ten === -1) {
    if (text.length !== 1) return undefined;
    const d = DIGIT[text];
    return d !== undefined && d > 0 ? d : undefined;
  }
  if (text.indexOf('十', ten + 1) !== -1) return undefined;
  const tensText = text.slice(0, ten);
  const unitsText = text.slice(ten + 1);
  let tens = 1;
  if (tensText.length > 0) {
    const d = DIGIT[tensText];
    if (d === undefined || d < 1 || tensText === '两' || tensText === '〇' || tensText === '零') return undefined;
    tens = d;
  }
  let units = 0;
  if (unitsText.length > 0) {
    const d = DIGIT[unitsText];
    if (d === undefined || d < 1 || unitsText === '两') return undefined;
    units = d;
  }
  return tens * 10 + units;
}

/**
 * Parses the larger numbers of article ordinals, 一 … 九百九十九 (`第一百零一条`,
 * `第一百一十条`), and everything parseChineseNumeral accepts.
 */
export function parseLargeChineseNumeral(text: string): number | undefined {
  const hundred = text.indexOf('百');
  if (hundred === -1) return parseChineseNumeral(text);
  const h = DIGIT[text.slice(0, hundred)];
  if (h === undefined || h < 1 || hundred !== 1) return undefined;
  let rest = text.slice(hundred + 1);
  if (rest.length === 0) return h * 100;
  if (rest[0] === '零' || rest[0] === '〇') {
    rest = rest.slice(1);
    const d = DIGIT[rest];
    return rest.length === 1 && d !== undefined && d > 0 ? h * 100 + d : undefined;
  }
  // After 百 the tens are written with their digit: 一百一十, 一百二十三.
  if (!/^[一二三四五六七八九]十/.test(rest)) return undefined;
  const tens = parseChineseNumeral(rest);
  return tens === undefined ? undefined : h * 100 + tens;
}

/** Formats 1 … 999 the way articles are numbered: 一百零一, 一百一十. */
export function formatLargeChineseNumeral(value: number): string {
  if (value < 100 || value > 999 || !Number.isInteger(value)) return formatChineseNumeral(value);
  const digits = '〇一二三四五六七八九';
  const h = Math.floor(value / 100);
  const rest = value % 100;
  if (rest === 0) return `${digits[h]}百`;
  if (rest < 10) return `${digits[h]}百零${digits[rest]}`;
  const tens = formatChineseNumeral(rest);
  return `${digits[h]}百${rest < 20 ? '一' + tens : tens}`;
}

/**
 * 一 … 九十九, built once: ordinals are formatted for every heading and list item
 * of a draft, and shared strings spare the garbage collector.
 */
const STANDARD_NUMERALS: readonly string[] = Array.from({ length: 100 }, (_, value) => {
  const digits = '〇一二三四五六七八九';
  if (value < 10) return digits[value]!;
  const tens = Math.floor(value / 10);
  const units = value % 10;
  return (tens === 1 ? '' : digits[tens]!) + '十' + (units === 0 ? '' : digits[units]!);
});

/** Formats 1 … 99 the standard way: 一, 十, 十一, 二十三. */
export function formatChineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 99) return String(value);
  return STANDARD_NUMERALS[value]!;
}

/** A count as announced in a speech: 四, 两, 十二, 4. */
export function parseCount(text: string): number | undefined {
  if (/^[0-9]{1,3}$/.test(text)) return Number(text);
  if (text === '两') return 2;
  return parseChineseNumeral(text);
}

/** `⑴` … `⒇`: an ordinal typed as one character, the number in brackets. */
export function isParenthesizedDigit(text: string): boolean {
  if (text.length !== 1) return false;
  const code = text.charCodeAt(0);
  return code >= 0x2474 && code <= 0x2487;
}

/** `⑶` for 3 (up to `⒇`); `（21）` past them. */
export function parenthesizedDigit(value: number): string {
  return value >= 1 && value <= 20 ? String.fromCharCode(0x2474 + value - 1) : `（${value}）`;
}
