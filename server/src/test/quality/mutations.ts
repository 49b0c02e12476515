/**
 * Known defects applied programmatically to clean drafts, each with the
 * finding it must produce: the rule and the line.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, type DocumentModel, type Heading, type TextFormat } from '../../engine';
import { announcedLists, recalledLists } from '../../engine/announced';
import { formatChineseNumeral } from '../../engine/numerals';
import { attachmentLists, headingLists, labelLists, noteLists, seriesLists } from '../../engine/lists';
import { ordinalUnit, type LabelItem, type SeriesMember } from '../../engine/model';
import { REPO_ROOT } from '../helpers';

export interface CorpusDraft {
  readonly file: string;
  readonly text: string;
  readonly format: TextFormat;
}

/** The clean corpus (corpus/clean), in file order, each draft with the format its extension gives. */
export function cleanCorpus(): CorpusDraft[] {
  const dir = path.join(REPO_ROOT, 'corpus', 'clean');
  return fs
    .readdirSync(dir)
    .sort()
    .map((file) => ({ file, text: fs.readFileSync(path.join(dir, file), 'utf8'), format: file.endsWith('.md') ? 'markdown' : 'plain' }));
}

/**
 * Time a quality suite may take over the whole corpus (mocha's 2 s default is for single checks). The
 * mutation suite takes 75–100 s over 500 drafts on these machines and grows with the corpus: the limit
 * only stops a hung run, it measures nothing (speed is `npm run bench`'s).
 */
export const QUALITY_TIMEOUT_MS = 600_000;

export interface Expected {
  readonly rule: string | readonly string[];
  /** Zero-based line in the mutated text. */
  readonly line: number;
}

export interface Mutation {
  /** What was done: `swap`, `delete`, `wrong mark`, … */
  readonly kind: string;
  readonly name: string;
  readonly text: string;
  readonly expected: Expected;
  /** Lines where a count-mismatch is a correct consequence (the mutation changed an announced list). */
  readonly announcementLines: readonly number[];
  /** Other findings the mutation rightly causes: deleting a section of a 工作要点 also breaks the items numbered on through it. */
  readonly consequences: readonly Expected[];
}

type Lines = string[];

function replaceAt(lines: Lines, line: number, start: number, end: number, text: string): Lines {
  const copy = [...lines];
  copy[line] = copy[line]!.slice(0, start) + text + copy[line]!.slice(end);
  return copy;
}

/**
 * Removes the sections of `sections`. An item with nothing under it that stands under a line-start label
 * (`问题1：` over the measures `1.` `2.` `3.`) ends at the next such label: deleting the last measure
 * deletes its text, not the next problem's block.
 */
function removeSections(lines: Lines, sections: readonly Heading[], labels: readonly LabelItem[], headings: readonly Heading[]): { lines: Lines; shift: (line: number) => number } {
  const removed = new Set<number>();
  for (const s of sections) {
    const from = s.parent?.line ?? -1;
    const above = s.children.length > 0 ? undefined : labels.filter((l) => l.line > from && l.line < s.line).pop();
    // Only the item's siblings between the label and the item: the label heads their list.
    const heads = above !== undefined && headings.every((h) => h.line <= above.line || h.line >= s.line || (h.parent === s.parent && h.level === s.level));
    const next = heads ? labels.find((l) => l.line > s.line && l.prefix === above!.prefix) : undefined;
    const end = next ? Math.min(s.sectionEndLine, next.line - 1) : s.sectionEndLine;
    for (let l = s.line; l <= end; l++) removed.add(l);
  }
  return {
    lines: lines.filter((_, i) => !removed.has(i)),
    shift: (line) => line - [...removed].filter((r) => r < line).length,
  };
}

/** Removes lines `from` to `to`, both included. */
function removeLines(lines: Lines, from: number, to: number): { lines: Lines; shift: (line: number) => number } {
  return { lines: lines.filter((_, i) => i < from || i > to), shift: (l) => (l > to ? l - (to - from + 1) : l) };
}

function removeLine(lines: Lines, line: number): { lines: Lines; shift: (line: number) => number } {
  return { lines: lines.filter((_, i) => i !== line), shift: (l) => (l > line ? l - 1 : l) };
}

export function mutationsOf(name: string, text: string, format: 'plain' | 'markdown'): Mutation[] {
  // Markdown code is not checked, so it is not mutated either.
  const model: DocumentModel = analyze(text, undefined, format).model;
  const lines = text.split('\n');
  // A count before a list or a recap after it may rightly disagree once an item is deleted or added.
  const announcementLines = [...model.announcements, ...model.recaps].map((a) => a.line);
  const out: Mutation[] = [];
  const add = (kind: string, mutated: Lines, expected: Expected, shift: (l: number) => number = (l) => l, consequences: Expected[] = []) =>
    out.push({
      kind,
      name: `${name} ${kind} @${expected.line + 1}`,
      text: mutated.join('\n'),
      expected,
      consequences,
      announcementLines: announcementLines.map(shift),
    });

  const allLists = headingLists(model);
  // Items numbered on through the sections (a 工作要点), not articles: deleting a section leaves a gap in them too.
  const runOn = allLists.filter((l) => l.continuous && l.level !== 'article').map((l) => l.items.map((i) => i.heading!));
  const brokenRunOn = (section: Heading, shift: (line: number) => number): Expected[] =>
    runOn.flatMap((items) => {
      const inside = (h: Heading) => h.line > section.line && h.line <= section.sectionEndLine;
      let last = -1;
      items.forEach((h, i) => {
        if (inside(h)) last = i;
      });
      const next = items[last + 1];
      if (last === -1 || !next) return [];
      return [{ rule: items.findIndex(inside) === 0 ? 'sequence-start' : 'sequence-gap', line: shift(next.line) }];
    });
  // Labels numbered on through the sections (`问题3` under （一）, `问题4` under （二）) lose their numbers with a section too.
  const runOnLabels = labelLists(model).filter((l) => !l.attachments).map((l) => l.items.map((i) => i.label!));
  const brokenLabels = (section: Heading, shift: (line: number) => number): Expected[] =>
    runOnLabels.flatMap((labels) => {
      const inside = (label: LabelItem) => label.line > section.line && label.line <= section.sectionEndLine;
      const first = labels.findIndex(inside);
      const next = labels.find((label) => label.line > section.sectionEndLine);
      if (first === -1 || !next) return [];
      return [{ rule: first === 0 ? 'sequence-start' : 'sequence-gap', line: shift(next.line) }];
    });

  for (const list of allLists) {
    const items = list.items.map((i) => i.heading!);
    const n = items.length;
    if (n < 2) continue;
    items.forEach((h, k) => {
      const core = h.ordinal.coreRange;
      // Duplicate: the number of the sibling before.
      if (k >= 1) {
        add('duplicate', replaceAt(lines, h.line, core.start.character, core.end.character, items[k - 1]!.ordinal.core), { rule: 'sequence-duplicate', line: h.line });
      }
      // Swap with the next sibling.
      if (k + 1 < n) {
        const next = items[k + 1]!;
        let swapped = replaceAt(lines, h.line, core.start.character, core.end.character, next.ordinal.core);
        swapped = replaceAt(swapped, next.line, next.ordinal.coreRange.start.character, next.ordinal.coreRange.end.character, h.ordinal.core);
        add('swap', swapped, { rule: 'sequence-order', line: h.line });
      }
      // Delete a sibling with its section, from a list of three or more.
      if (n >= 3 && k + 1 < n) {
        // In a regulation a chapter or section goes as a heading line only: its articles number on
        // regardless. In a plan, the sections under a chapter go with it.
        const unit = (h.level === 'chapter' || h.level === 'section') && model.profile === 'regulation';
        const { lines: kept, shift } = unit ? removeLine(lines, h.line) : removeSections(lines, [h], model.labels, model.headings);
        add('delete', kept, { rule: k === 0 ? ['sequence-start', 'sequence-restart'] : 'sequence-gap', line: shift(items[k + 1]!.line) }, shift, unit ? [] : [...brokenRunOn(h, shift), ...brokenLabels(h, shift)]);
      }
      // Wrong mark after the ordinal.
      const wrongMark = wrongMarkFor(h);
      if (wrongMark) {
        const at = h.ordinal.mark ? h.ordinal.mark.range : { start: core.end, end: core.end };
        add('wrong mark', replaceAt(lines, h.line, at.start.character, at.end.character, wrongMark), { rule: 'ordinal-punctuation', line: h.line });
      }
      // Half-width brackets.
      if (h.ordinal.open && h.ordinal.close) {
        add('half-width bracket', replaceAt(lines, h.line, core.start.character, core.end.character, `(${h.ordinal.numeral})`), { rule: 'ordinal-bracket', line: h.line });
      }
    });
    // A run's item typed in a higher form (`1.` `二、` `3.`), where that form's number cannot go on its
    // own level (its section there is not the one before it): one level slip, at that item.
    if (list.level === 3 && format === 'plain' && model.profile === 'speech' && n >= 3) {
      items.forEach((h, k) => {
        if (k === 0 || k + 1 >= n || h.children.length > 0 || h.ordinal.numeralKind !== 'arabic') return;
        // (Items numbered on through the sections: its neighbours must stand in its own section.)
        if (items[k - 1]!.parent !== h.parent || items[k + 1]!.parent !== h.parent) return;
        const value = h.ordinal.value;
        for (const level of [1, 2] as const) {
          let ancestor = h.parent;
          while (ancestor && ancestor.level !== level) ancestor = ancestor.parent;
          if (ancestor && ancestor.ordinal.value + 1 === value) continue;
          const form = level === 1 ? `${formatChineseNumeral(value)}、` : `（${formatChineseNumeral(value)}）`;
          const at = h.ordinal.range;
          add(`higher form ${level}`, replaceAt(lines, h.line, at.start.character, at.end.character, form), { rule: 'level-inversion', line: h.line });
        }
      });
    }
    // A section's item typed in a lower form: `（二）` as `2.` (nothing under it) or as `（2）` (a list `1.` starting
    // under it): one form slip, at that item.
    if (list.level === 2 && format === 'plain' && model.profile === 'speech' && n >= 3) {
      items.forEach((h, k) => {
        if (k === 0 || k + 1 >= n || h.ordinal.numeralKind !== 'chinese' || items[k - 1]!.parent !== h.parent || items[k + 1]!.parent !== h.parent) return;
        const first = h.children[0];
        const form = h.children.length === 0 ? `${h.ordinal.value}.` : first?.level === 3 && first.ordinal.value === 1 ? `（${h.ordinal.value}）` : undefined;
        if (!form) return;
        const at = h.ordinal.range;
        add('lower form', replaceAt(lines, h.line, at.start.character, at.end.character, form), { rule: 'mixed-style', line: h.line });
      });
    }
    // Lone item: keep only the first child under its parent.
    if (list.parent && !list.continuous) {
      const { lines: kept, shift } = removeSections(lines, items.slice(1), model.labels, model.headings);
      add('lone item', kept, { rule: 'lone-item', line: shift(items[0]!.line) }, shift, items.slice(1).flatMap((h) => brokenLabels(h, shift)));
    }
  }

  for (const list of seriesLists(model)) {
    const members = list.items.map((i) => i.member!);
    const n = members.length;
    if (n < 2) continue;
    members.forEach((m, k) => {
      if (k === 0) return;
      const other = otherFamilyMarker(m);
      if (other) add('mixed series family', replaceMarker(lines, m, other), { rule: 'mixed-style', line: m.line });
      if (m.family === 'shi' || m.family === 'di') {
        const value = m.value as number;
        // Broken series: a member skips a number.
        add('broken series', replaceMarker(lines, m, numbered(m, value + 1)), { rule: 'sequence-gap', line: m.line });
        if (k + 1 < n) {
          const next = members[k + 1]!;
          let swapped = replaceMarker(lines, next, numbered(next, value));
          swapped = replaceMarker(swapped, m, numbered(m, value + 1));
          add('swapped members', swapped, { rule: 'sequence-order', line: m.line });
        }
        if (k >= 2) add('duplicate member', replaceMarker(lines, m, numbered(m, value - 1)), { rule: 'sequence-duplicate', line: m.line });
        const mark = m.family === 'shi' ? '，' : '、';
        // (`第二个词是“信心”` takes no mark: a wrong one put there would be fixed to a mark, not removed.)
        // (Nor does `第一句话：` with its colon: the fix gives the ordinal word's comma.)
        const unitColon = m.family === 'di' && ordinalUnit(m.marker) !== '' && (m.mark?.text === '：' || m.mark?.text === ':');
        if (!(m.family === 'di' && m.mark === undefined) && !unitColon) add('wrong mark', replaceMarker(lines, m, m.marker + mark), { rule: 'ordinal-punctuation', line: m.line });
      }
    });
  }

  // The numbered names of an attachment note (GB/T 9704-2012 §7.3.4).
  for (const list of attachmentLists(model)) {
    const attachments = list.items.map((i) => i.attachment!);
    if (attachments.length < 2) continue;
    attachments.forEach((a, k) => {
      const o = a.ordinal!;
      const core = o.coreRange;
      if (k >= 1) add('attachment duplicate', replaceAt(lines, a.line, core.start.character, core.end.character, attachments[k - 1]!.ordinal!.core), { rule: 'sequence-duplicate', line: a.line });
      // A skipped number: `1.` `3.` `3.`, the third right by its place.
      if (k >= 1 && k + 1 < attachments.length) {
        add('attachment gap', replaceAt(lines, a.line, core.start.character, core.end.character, String(o.value + 1)), { rule: 'sequence-gap', line: a.line });
      }
      const mark = o.mark ? o.mark.range : { start: core.end, end: core.end };
      add('attachment wrong mark', replaceAt(lines, a.line, mark.start.character, mark.end.character, '、'), { rule: 'ordinal-punctuation', line: a.line });
      const end = a.nameRange.end;
      add('attachment final mark', replaceAt(lines, end.line, end.character, end.character, k + 1 < attachments.length ? '；' : '。'), { rule: 'heading-trailing-punctuation', line: end.line });
    });
    // A single attachment, still numbered: only the first name kept.
    const first = attachments[0]!;
    const { lines: kept, shift } = removeLines(lines, first.lastLine + 1, attachments[attachments.length - 1]!.lastLine);
    add('attachment lone', kept, { rule: 'lone-item', line: first.line }, shift);
  }

  // Numbered notes (`注：1.……` `2.……`).
  for (const list of noteLists(model)) {
    const notes = list.items.map((i) => i.note!);
    if (notes.length < 2) continue;
    notes.forEach((note, k) => {
      const core = note.ordinal.coreRange;
      if (k >= 1) add('note duplicate', replaceAt(lines, note.line, core.start.character, core.end.character, notes[k - 1]!.ordinal.core), { rule: 'sequence-duplicate', line: note.line });
      if (note.level === 3) {
        if (k >= 1 && k + 1 < notes.length) add('note gap', replaceAt(lines, note.line, core.start.character, core.end.character, String(note.ordinal.value + 1)), { rule: 'sequence-gap', line: note.line });
        const mark = note.ordinal.mark ? note.ordinal.mark.range : { start: core.end, end: core.end };
        add('note wrong mark', replaceAt(lines, note.line, mark.start.character, mark.end.character, '、'), { rule: 'ordinal-punctuation', line: note.line });
      }
    });
  }

  // Numbered labels of one kind in a section (`案例一：` `案例二：`, `第一阶段` `第二阶段`).
  for (const list of labelLists(model)) {
    if (list.attachments || list.items.length < 3) continue;
    const labels = list.items.map((i) => i.label!);
    labels.forEach((label, k) => {
      const numeral = (value: number) => (label.arabic ? String(value) : formatChineseNumeral(value));
      const at = label.numeralRange;
      if (k >= 1) add('label duplicate', replaceAt(lines, label.line, at.start.character, at.end.character, numeral(labels[k - 1]!.value)), { rule: 'sequence-duplicate', line: label.line });
      if (k >= 1 && k + 1 < labels.length) add('label gap', replaceAt(lines, label.line, at.start.character, at.end.character, numeral(label.value + 1)), { rule: 'sequence-gap', line: label.line });
    });
  }

  // A count with no numbered list after it (`做到“四个不摘”：摘帽不摘责任、……`) has nothing to be checked against.
  // Of two counts before one list only the nearer speaks of it: the other's count is nobody's.
  for (const a of announcedLists(model).filter(({ list }) => list).map(({ announcement }) => announcement)) {
    const c = a.countRange;
    // (A heading's count two or more off its items is read as grouping them, `实施十大工程` over three 节: one more.)
    const wrong = a.inHeading ? formatChineseNumeral(a.announcedCount + 1) : a.announcedCount === 2 ? '五' : '两';
    add('wrong announced count', replaceAt(lines, a.line, c.start.character, c.end.character, wrong), { rule: 'count-mismatch', line: a.line });
  }
  // A recap (`以上三点要求`) borne out by a list before it, given a count no such list has.
  for (const recap of model.recaps) {
    const lengths = recalledLists(model, recap).map((l) => l.items.length);
    if (lengths.length === 0) continue;
    const wrong = [2, 3, 4, 5, 6, 7, 8, 9].find((n) => !lengths.includes(n))!;
    const c = recap.countRange;
    const numeral = /[0-9]/.test(lines[recap.line]![c.start.character]!) ? String(wrong) : wrong === 2 ? '两' : formatChineseNumeral(wrong);
    add('wrong recap count', replaceAt(lines, recap.line, c.start.character, c.end.character, numeral), { rule: 'count-mismatch', line: recap.line });
  }
  return out;
}

function wrongMarkFor(h: Heading): string | undefined {
  switch (h.level) {
    case 1:
      return '．';
    case 3:
      return '、';
    case 2:
    case 4:
      return (h.ordinal.mark?.text ?? '') + '、';
    default:
      return undefined;
  }
}

const CN = '一二三四五六七八九十';

function numbered(m: SeriesMember, value: number): string {
  const cn = formatChineseNumeral(value);
  return m.family === 'shi' ? `${cn}${m.marker.slice(-1)}` : `第${cn}${ordinalUnit(m.marker)}${m.mark?.text ?? ''}`;
}

/** The same number in another family, punctuated so it is read as a member: 二是 → 第二，. */
function otherFamilyMarker(m: SeriesMember): string | undefined {
  if (typeof m.value !== 'number' || m.value > 10) return undefined;
  // `第二个方面` written `二是` among the `第一点/第二点` it holds could belong to either series.
  if (ordinalUnit(m.marker)) return undefined;
  const cn = CN[m.value - 1]!;
  switch (m.family) {
    case 'shi':
      return `第${cn}，`;
    case 'di':
    case 'qi':
    case 'sequence-word':
      return `${cn}是`;
    default:
      return undefined;
  }
}

/** Replaces a member's marker and its mark. */
function replaceMarker(lines: Lines, m: SeriesMember, text: string): Lines {
  const end = m.mark ? m.mark.range.end.character : m.markerRange.end.character;
  // `**第一**，`: what stands between the word and its mark (the bold's closing) stays.
  const gap = m.mark ? lines[m.line]!.slice(m.markerRange.end.character, m.mark.range.start.character) : '';
  const withGap = gap && /[，,、：:]$/.test(text) ? text.slice(0, -1) + gap + text.slice(-1) : text;
  return replaceAt(lines, m.line, m.markerRange.start.character, end, withGap);
}
