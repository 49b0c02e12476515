/**
 * Small helpers that let engine tests state findings the way a reader sees them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, formatMessage, MESSAGES, type EngineConfig, type Finding, type TextEdit } from '../engine';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

export function readSample(name: string): string {
  return fs.readFileSync(path.join(REPO_ROOT, 'samples', name), 'utf8');
}

/** `rule@line:start-end` with one-based lines and columns, as an editor shows them. */
export function describe1(finding: Finding): string {
  const { start, end } = finding.range;
  const span = start.line === end.line ? `${start.character + 1}-${end.character + 1}` : `${start.character + 1}-${end.line + 1}:${end.character + 1}`;
  return `${finding.rule}@${start.line + 1}:${span}`;
}

export function findings(text: string, config?: EngineConfig): Finding[] {
  return [...analyze(text, config).findings];
}

/** The IDs of the rules that fire, in document order. */
export function rulesFired(text: string, config?: EngineConfig): string[] {
  return findings(text, config).map((f) => f.rule);
}

export function findingsOf(text: string, rule: string): Finding[] {
  return findings(text).filter((f) => f.rule === rule);
}

export function messageOf(finding: Finding, locale: 'zh' | 'en' = 'zh'): string {
  return formatMessage(MESSAGES, finding.message, locale);
}

/** The text a finding's range covers. */
export function covered(text: string, finding: Finding): string {
  const lines = text.split(/\r\n|\r|\n/);
  const { start, end } = finding.range;
  if (start.line === end.line) return lines[start.line]!.slice(start.character, end.character);
  return [lines[start.line]!.slice(start.character), ...lines.slice(start.line + 1, end.line), lines[end.line]!.slice(0, end.character)].join('\n');
}

/** Applies a finding's first fix and returns the new text. */
export function applyFix(text: string, finding: Finding): string {
  const fix = finding.fixes?.[0];
  if (!fix) throw new Error(`${finding.rule} has no fix`);
  return applyEdits(text, fix.edits);
}

/** Applies non-overlapping edits (LF text), as an editor applies one workspace edit. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (line: number, character: number) =>
    lines.slice(0, line).reduce((sum, l) => sum + l.length + 1, 0) + character;
  const sorted = [...edits].sort(
    (a, b) => offset(b.range.start.line, b.range.start.character) - offset(a.range.start.line, a.range.start.character),
  );
  let result = text;
  for (const edit of sorted) {
    const s = offset(edit.range.start.line, edit.range.start.character);
    const e = offset(edit.range.end.line, edit.range.end.character);
    result = result.slice(0, s) + edit.newText + result.slice(e);
  }
  return result;
}

/** Builds a draft from lines. */
export function draft(...lines: string[]): string {
  return lines.join('\n');
}
