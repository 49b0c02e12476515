/**
 * attachment-mismatch: an attachment's label and title must agree with the attachment note
 * (GB/T 9704-2012 §7.3.7: 附件顺序号和附件标题应当与附件说明的表述一致). A label numbered past the
 * note's last item, a title the note gives another number, and a title reworded on one side only.
 */
import type { Finding, Fix } from '../findings';
import type { AttachmentItem, AttachmentNote, DocumentModel, PartLabel } from '../model';
import { parseChineseNumeral } from '../numerals';
import type { Rule, RuleContext } from '../rule';
import { contentEnd, contentStart, lineRange } from '../text';

const ID = 'attachment-mismatch';

export const attachmentMismatch: Rule = {
  id: ID,
  title: { zh: '附件与附件说明不一致', en: 'Attachment differs from the attachment note' },
  defaultSeverity: 'warning',
  messages: {
    [`${ID}.number`]: {
      zh: '附件说明只列了{count}个附件，此处却标“{label}”：附件顺序号应与附件说明一致，请补列附件说明或改正顺序号（GB/T 9704—2012 7.3.7）',
      en: 'The attachment note lists {count} attachment(s), but this one is labelled "{label}": the label must agree with the note; add it to the note or correct the number (GB/T 9704-2012 §7.3.7).',
    },
    [`${ID}.order`]: {
      zh: '附件说明中“{name}”是第{listed}个附件，此处却标“{label}”：附件顺序号应与附件说明一致（GB/T 9704—2012 7.3.7）',
      en: 'The attachment note lists "{name}" as attachment {listed}, but here it is labelled "{label}": the label must agree with the note (GB/T 9704-2012 §7.3.7).',
    },
    [`${ID}.title`]: {
      zh: '附件标题“{title}”与附件说明中的“{name}”不一致，两处表述应当一致（GB/T 9704—2012 7.3.7）',
      en: 'The attachment\'s title "{title}" differs from "{name}" in the attachment note: the two must agree (GB/T 9704-2012 §7.3.7).',
    },
    [`${ID}.fix-note`]: { zh: '把附件说明改为“{title}”', en: 'Change the attachment note to "{title}"' },
    [`${ID}.fix-title`]: { zh: '把附件标题改为“{name}”', en: 'Change the attachment\'s title to "{name}"' },
  },
  check(context: RuleContext): Finding[] {
    const { model } = context;
    const findings: Finding[] = [];
    for (const label of model.parts) {
      if (label.kind !== 'attachment') continue;
      const note = noteOver(model, label);
      if (!note || note.items.length === 0) continue;
      const number = labelNumber(label.text);
      // `附件` alone names the only attachment; with several, which one it is cannot be told.
      if (number === undefined && note.items.length > 1) continue;
      const value = number ?? 1;
      // (`附件1：××` holds the title after the label: the finding marks the label alone.)
      const labelRange = lineRange(label.line, label.range.start.character, label.range.start.character + label.text.length);
      const numbered = note.items.every((item) => item.ordinal !== undefined);
      if (value > note.items.length && (numbered || note.items.length === 1)) {
        findings.push({ rule: ID, severity: 'warning', range: labelRange, message: { key: `${ID}.number`, args: { count: note.items.length, label: label.text } } });
        continue;
      }
      const title = titleOf(model, label);
      if (!title) continue;
      const item = note.items.find((i) => (i.ordinal?.value ?? 1) === value);
      if (!item || sameName(item.name, title.text)) continue;
      const listedAs = note.items.findIndex((i) => i !== item && sameName(i.name, title.text));
      if (listedAs !== -1) {
        // (Its place in the note, not the number written before it: `1.` `1.` `2.` after one was put in.)
        findings.push({ rule: ID, severity: 'warning', range: labelRange, message: { key: `${ID}.order`, args: { name: note.items[listedAs]!.name, listed: listedAs + 1, label: label.text } } });
        continue;
      }
      // A line under the label that is no rewording of the name (`（样表）`, an organ's name heading a
      // forwarded document) may be no title at all: only a title sharing a good part of its wording (a third of its pairs of characters) is compared.
      if (similarity(normalName(item.name), normalName(title.text)) < SIMILAR) continue;
      const fixes: Fix[] = [];
      // One line each: a name wrapped over lines is not rewritten.
      if (item.lastLine === item.line) fixes.push({ title: { key: `${ID}.fix-note`, args: { title: title.text } }, edits: [{ range: item.nameRange, newText: title.text }], safe: false });
      if (title.whole) fixes.push({ title: { key: `${ID}.fix-title`, args: { name: item.name } }, edits: [{ range: title.range, newText: item.name }], safe: false });
      findings.push({ rule: ID, severity: 'warning', range: title.range, message: { key: `${ID}.title`, args: { title: title.text, name: item.name } }, fixes });
    }
    return findings;
  },
};

/** The attachment note a label answers to: the last one above it, with no other document (a speech's title) between. */
function noteOver(model: DocumentModel, label: PartLabel): AttachmentNote | undefined {
  let note: AttachmentNote | undefined;
  for (const n of model.attachmentNotes) if (n.line < label.line) note = n;
  if (!note) return undefined;
  const between = model.parts.some((p) => p.kind !== 'attachment' && p.line > note!.line && p.line < label.line);
  return between ? undefined : note;
}

/** `附件2` → 2, `附件 二` → 2, `附件１` → 1, `附件` → undefined. */
function labelNumber(text: string): number | undefined {
  const digits = /[0-9０-９]+/.exec(text);
  if (digits) return Number(digits[0].replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  const numeral = /[一二三四五六七八九十]+/.exec(text);
  return numeral ? parseChineseNumeral(numeral[0]) : undefined;
}

interface AttachmentTitle {
  readonly text: string;
  readonly range: ReturnType<typeof lineRange>;
  /** True when the line holds the title alone (not `附件1：××` with the label before it). */
  readonly whole: boolean;
}

/** Where the title the label's part gives stands: after the label on its line (`附件1：××`), or the next line holding text. */
function titleOf(model: DocumentModel, label: PartLabel): AttachmentTitle | undefined {
  const detail = label.detail?.trim();
  if (!detail) return undefined;
  const labelLine = model.lines[label.line]!.text;
  const onLabelLine = labelLine.indexOf(detail, label.range.start.character + label.text.length);
  if (onLabelLine !== -1) return { text: detail, range: lineRange(label.line, onLabelLine, onLabelLine + detail.length), whole: false };
  for (let line = label.line + 1; line < model.lines.length; line++) {
    const text = model.lines[line]!.text;
    const start = contentStart(text);
    if (start === text.length) continue;
    const end = contentEnd(text);
    return text.slice(start, end) === detail ? { text: detail, range: lineRange(line, start, end), whole: true } : undefined;
  }
  return undefined;
}

/** A name as compared: no spaces, no book-title marks (`《……方案》` names the 方案), no final mark. */
function normalName(name: string): string {
  return name.replace(/[\s\u3000《》〈〉]/g, '').replace(/[。；;，,：:]+$/, '');
}

/**
 * True when the title and the note's name are the same name: one holds the other, as a title wrapped
 * over two lines holds its first line, and a note adds a remark (`……统计表（共3页）`, `报送回执（请于
 * 11月28日前报送）`).
 */
function sameName(name: AttachmentItem['name'], title: string): boolean {
  const a = normalName(name);
  const b = normalName(title);
  return a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a));
}

/** How much of their wording two names share (Dice's coefficient over pairs of characters). */
function similarity(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return 0;
  const pairs = new Map<string, number>();
  for (let i = 0; i + 1 < a.length; i++) pairs.set(a.slice(i, i + 2), (pairs.get(a.slice(i, i + 2)) ?? 0) + 1);
  let shared = 0;
  for (let i = 0; i + 1 < b.length; i++) {
    const pair = b.slice(i, i + 2);
    const left = pairs.get(pair) ?? 0;
    if (left > 0) {
      shared++;
      pairs.set(pair, left - 1);
    }
  }
  return (2 * shared) / (a.length - 1 + b.length - 1);
}

/** Names sharing at least this much are one name reworded on one side. */
const SIMILAR = 0.3;
