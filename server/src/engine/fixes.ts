/**
 * "Fix all safely fixable problems": every fix a rule marks safe, in document order, skipping
 * any that overlaps one already taken, so the edits apply together as one undoable edit.
 */
import type { Finding } from './findings';
import type { TextEdit } from './text';

function overlaps(a: TextEdit, b: TextEdit): boolean {
  return !(
    a.range.end.line < b.range.start.line ||
    (a.range.end.line === b.range.start.line && a.range.end.character <= b.range.start.character) ||
    b.range.end.line < a.range.start.line ||
    (b.range.end.line === a.range.start.line && b.range.end.character <= a.range.start.character)
  );
}

export function safeEdits(findings: readonly Finding[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const finding of findings) {
    for (const fix of finding.fixes ?? []) {
      if (!fix.safe) continue;
      if (fix.edits.some((e) => edits.some((taken) => overlaps(e, taken)))) continue;
      edits.push(...fix.edits);
    }
  }
  return edits;
}
