// Deterministic generator of speech-like Chinese drafts for the benchmarks.
//
// Sentences and heading titles come from samples/seed-speech.txt and five drafts of corpus/clean; the
// generator arranges them into speeches with the structure drafts really have: a title block,
// an opening that announces the number of parts (下面，我讲三点意见。), level-1..4 headings
// (一、 （一） 1. （1）), run-in headings (（一）标题。正文……), 一是/二是 and 第一，/第二， series inside
// paragraphs, 首先，/其次，/最后， series across paragraphs, announced counts (强调三点：),
// unfilled values (X%、XX同志、××) and, now and then, a numbering slip as real drafts have.
// Larger documents are compilations (汇编) of such speeches. Same seed, same text.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** mulberry32: a small, fast, seeded PRNG (floats in [0, 1)). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DIGITS = '零一二三四五六七八九';
/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (1..99). */
export function chineseNumeral(n) {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

// Anything that would itself read as an ordinal, a series member or an announcement: such
// structure is added by the generator on purpose, never smuggled in by a borrowed sentence.
const STRUCTURAL = /[一二三四五六七八九十两]是|[一二三四五六七八九十]要|首先|其次|再次|最后|第[一二三四五六七八九十\d]|其[一二三四]|一方面|另一方面|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|[一二三四五六七八九十]+、|[讲谈说强调提]\S?[一二三四五六七八九十两几]点|[一二三四五六七八九十两几]个方面|以下|下列|如下|[：:]/;

/** The corpus drafts the benchmark documents are built from (the corpus as it was when the benchmarks began). */
const BENCH_SOURCES = [
  'notice-two-levels.txt',
  'regulation-measures.txt',
  'report-government-work.txt',
  'short-address.txt',
  'speech-county-work-meeting.txt',
];

let cache;
/** Sentences and titles harvested from the seed speech and the clean corpus (read once). */
export function buildingBlocks() {
  if (cache) return cache;
  // A fixed list, not the whole corpus: drafts added to the corpus later must not change the
  // benchmark documents, or runs before and after could not be compared.
  const files = [path.join(REPO_ROOT, 'samples', 'seed-speech.txt')];
  for (const name of BENCH_SOURCES) files.push(path.join(REPO_ROOT, 'corpus', 'clean', name));
  const sentences = new Set();
  const titles1 = new Set();
  const titles2 = new Set();
  const phrases = new Set();
  for (const file of files) {
    let lines = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
    // The seed speech opens with advertising lines: start at its first real speech line.
    const start = lines.findIndex((l) => /同志们[：:]/.test(l));
    if (start > 0) lines = lines.slice(start);
    for (const raw of lines) {
      const line = raw.trim();
      let m;
      if ((m = /^[一二三四五六七八九十]+、(.{6,40})$/.exec(line)) && !/[。：]/.test(m[1])) {
        titles1.add(m[1]);
        continue;
      }
      if ((m = /^（[一二三四五六七八九十]+）([^。：；，]{4,24})(。|$)/.exec(line))) {
        titles2.add(m[1]);
      }
      const body = line.replace(/^(（[一二三四五六七八九十\d]+）|[一二三四五六七八九十]+、|\d+[.．])[^。]*。/, '');
      for (const s of body.split(/(?<=[。！？；])/)) {
        const sentence = s.trim();
        if (sentence.length < 10 || sentence.length > 140) continue;
        if (!/[。！？；]$/.test(sentence) || !/[\u4e00-\u9fff]/.test(sentence)) continue;
        if (STRUCTURAL.test(sentence)) continue;
        sentences.add(sentence.replace(/；$/, '。'));
        const clause = sentence.split(/[，。；！？]/)[0];
        if (clause.length >= 6 && clause.length <= 18) phrases.add(clause);
      }
    }
  }
  cache = {
    sentences: [...sentences],
    titles1: [...titles1],
    titles2: [...titles2],
    phrases: [...phrases],
  };
  return cache;
}

const MEETINGS = ['全县经济工作会议', '全市安全生产工作会议', '县委理论学习中心组学习会', '全县项目建设推进会',
  '全区优化营商环境大会', '全县乡村振兴工作会议', '全市招商引资工作会议', '全县党风廉政建设工作会议',
  '全县教育工作会议', '全市生态环境保护大会'];
const ROLES = ['县委书记', '县长', '常务副县长', '市委副书记', '区长'];
const COUNT_WORDS = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

class SpeechWriter {
  constructor(random, blocks) {
    this.r = random;
    this.b = blocks;
  }

  int(lo, hi) { return lo + Math.floor(this.r() * (hi - lo + 1)); }
  pick(list) { return list[Math.floor(this.r() * list.length)]; }
  chance(p) { return this.r() < p; }

  /** A borrowed sentence, sometimes with an unfilled value in it. */
  sentence() {
    let s = this.pick(this.b.sentences);
    if (this.chance(0.06)) s = s.replace(/\d+(\.\d+)?%/, 'X%').replace(/\d+(\.\d+)?(亿元|万元|个|家|亩)/, 'X$2');
    if (this.chance(0.03)) s = `XX同志强调，${s}`;
    if (this.chance(0.015)) s = s.replace(/。$/, '，计划于××年××月前完成。');
    return s;
  }

  /** The clause a series member is made of (no final stop). */
  clause() {
    let s;
    // 一是一些…… reads as 一是 + 一些: keep a numeral away from the marker.
    do s = this.sentence(); while (/^[一二三四五六七八九十两]/.test(s));
    return s.replace(/[。！？；]$/, '');
  }

  phrase() { return this.pick(this.b.phrases); }

  /** About `target` characters of plain sentences. */
  sentences(target) {
    let text = '';
    while (text.length < target) text += this.sentence();
    return text;
  }

  /** A paragraph with a 一是/二是 or 第一，/第二， series inside. */
  seriesParagraph() {
    const n = this.int(2, 5);
    const lead = this.sentence().replace(/。$/, '：');
    const form = this.pick(['shi', 'shi', 'shi', 'di', 'yao']);
    let text = lead;
    for (let i = 1; i <= n; i += 1) {
      const num = chineseNumeral(i);
      if (form === 'shi') text += `${num}是${this.clause()}。`;
      else if (form === 'di') text += `第${num}，${this.clause()}。`;
      else text += `${num}要${this.clause()}。`;
    }
    return text;
  }

  /** An announcement (这里我强调三点：) and the series that keeps it. */
  announcedSeries() {
    const n = this.int(2, 4);
    const lead = `${this.sentence().replace(/。$/, '，')}这里我强调${COUNT_WORDS[n]}点：`;
    let text = lead;
    for (let i = 1; i <= n; i += 1) text += `${chineseNumeral(i)}是${this.clause()}。`;
    return text;
  }

  /** 首先，/其次，/最后， at the start of consecutive paragraphs. */
  firstlyParagraphs(budget) {
    const words = this.chance(0.5) ? ['首先', '其次', '最后'] : ['首先', '其次', '再次', '最后'];
    const each = Math.max(80, Math.floor(budget / words.length));
    return words.map((w) => `${w}，${this.clause()}。${this.sentences(each)}`);
  }

  body(budget) {
    const out = [];
    let used = 0;
    while (used < budget) {
      const roll = this.r();
      let paragraphs;
      if (roll < 0.18) paragraphs = [this.seriesParagraph() + this.sentences(this.int(0, 120))];
      else if (roll < 0.24) paragraphs = [this.announcedSeries()];
      else if (roll < 0.3 && budget - used > 600) paragraphs = this.firstlyParagraphs(Math.min(900, budget - used));
      else paragraphs = [this.sentences(this.int(120, 420))];
      for (const p of paragraphs) {
        out.push(p);
        used += p.length + 1;
      }
    }
    return out;
  }

  /** Maybe a slip in an ordinal, as drafts have: a skipped number or a wrong mark. */
  ordinal(kind, n) {
    const slip = this.chance(0.015);
    const num = slip && this.chance(0.5) ? n + 1 : n;
    switch (kind) {
      case 1: return `${chineseNumeral(num)}${slip && this.chance(0.5) ? '.' : '、'}`;
      case 2: return `（${chineseNumeral(num)}）`;
      case 3: return `${num}.`;
      default: return `（${num}）`;
    }
  }

  /** A level-2 section: run-in title, stand-alone title with paragraphs, or with 1./（1） below. */
  section2(n, budget) {
    const title = this.pick(this.b.titles2.length ? this.b.titles2 : this.b.phrases);
    const roll = this.r();
    if (roll < 0.45) {
      // Run-in: （一）要在……中……。正文……
      const [first, ...rest] = this.body(budget);
      return [`${this.ordinal(2, n)}${title}。${first}`, ...rest];
    }
    const out = [`${this.ordinal(2, n)}${title}`];
    if (roll < 0.75) return out.concat(this.body(budget));
    // With level-3 items, some of them with level-4 items.
    const items = this.int(2, 4);
    out.push(this.sentences(this.int(60, 160)));
    for (let i = 1; i <= items; i += 1) {
      const per = Math.floor(budget / items);
      if (this.chance(0.35)) {
        out.push(`${this.ordinal(3, i)}${this.phrase()}`);
        const subs = this.int(2, 3);
        for (let j = 1; j <= subs; j += 1) out.push(`${this.ordinal(4, j)}${this.phrase()}。${this.sentences(Math.floor(per / subs))}`);
      } else {
        out.push(`${this.ordinal(3, i)}${this.phrase()}。${this.sentences(per)}`);
      }
    }
    return out;
  }

  /** One speech of about `target` characters. */
  speech(target) {
    const parts = target < 6000 ? this.int(2, 3) : this.int(3, 5);
    const header = [
      `在${this.pick(MEETINGS)}上的讲话`,
      `${this.pick(ROLES)}　XXX`,
      `（20${this.int(20, 26)}年${this.int(1, 12)}月${this.int(1, 28)}日）`,
      '同志们：',
      `${this.sentences(this.int(150, 300))}下面，我讲${COUNT_WORDS[parts]}点意见。`,
    ];
    const closing = `同志们，${this.clause()}！`;
    const budget = Math.max(400, target - header.join('\n').length - closing.length);
    const lines = [...header];
    for (let i = 1; i <= parts; i += 1) {
      const partBudget = Math.floor(budget / parts);
      lines.push(`${this.ordinal(1, i)}${this.pick(this.b.titles1)}`);
      lines.push(this.sentences(this.int(80, 240)));
      if (this.chance(0.25) || partBudget < 900) {
        lines.push(...this.body(partBudget - 200));
        continue;
      }
      const subs = this.int(2, 5);
      for (let j = 1; j <= subs; j += 1) lines.push(...this.section2(j, Math.floor((partBudget - 200) / subs)));
    }
    lines.push(closing);
    // Some drafts indent every paragraph with two ideographic spaces.
    const indent = this.chance(0.3) ? '\u3000\u3000' : '';
    return lines.map((l, i) => (i === 0 || !indent ? l : indent + l)).join('\n');
  }
}

/**
 * A speech-like document of about `size` characters (UTF-16 code units, as `text.length`):
 * one speech up to 30,000 characters, a compilation of speeches of 15–25k each above.
 */
export function generateDocument(size, seed = 1) {
  if (size <= 30_000) {
    // A speech overshoots its target by its last paragraphs: aim again until within 2%.
    let target = size;
    let text = '';
    for (let attempt = 0; attempt < 6; attempt += 1) {
      text = new SpeechWriter(prng(seed), buildingBlocks()).speech(Math.round(target));
      if (Math.abs(text.length - size) <= size * 0.02) break;
      target *= size / text.length;
    }
    return text;
  }
  const writer = new SpeechWriter(prng(seed), buildingBlocks());
  const speeches = [];
  let length = 0;
  while (length < size) {
    const remaining = size - length;
    const target = remaining < 30_000 ? remaining : writer.int(15_000, 25_000);
    const speech = writer.speech(target);
    speeches.push(speech);
    length += speech.length + 3;
  }
  return speeches.join('\n\n\n');
}

/** One linear pass (the baseline): split into lines, one regular expression per line. */
export function baselinePass(text) {
  const re = /^[一二三四五六七八九十]+、/;
  let hits = 0;
  for (const line of text.split('\n')) if (re.test(line)) hits += 1;
  return hits;
}

/**
 * A second, stricter reference (information only): one regular expression per line that has to
 * read every character of the line (it counts unfilled values), where the anchored baseline
 * above looks at little more than each line's first character.
 */
export function scanningPass(text) {
  const re = /[XＸ×]+/g;
  let hits = 0;
  for (const line of text.split('\n')) hits += line.match(re)?.length ?? 0;
  return hits;
}

const CHARACTER_TABLE = new Uint8Array(0x10000);
for (const c of 'XＸ×') CHARACTER_TABLE[c.charCodeAt(0)] = 1;

/**
 * A third reference (information only): a JavaScript loop that reads every character once through
 * a lookup table. Any scanner written in JavaScript pays at least this; it shows how far the
 * regular-expression passes, which run in the engine's native code, are below what JavaScript
 * code that looks at every character can reach.
 */
export function characterPass(text) {
  let hits = 0;
  for (let i = 0; i < text.length; i += 1) hits += CHARACTER_TABLE[text.charCodeAt(i)];
  return hits;
}
