/**
 * Stepping through what is left to fill in: next / previous placeholder moves
 * the cursor to it and selects it, so typing replaces it.
 */
import * as vscode from 'vscode';
import { isDraft, notCheckedReason } from './languages';

/** Rules whose findings are values to fill in. */
export const PLACEHOLDER_RULES = new Set(['placeholder', 'placeholder-process', 'placeholder-vague']);

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code ?? '');
}

export function placeholdersIn(uri: vscode.Uri): vscode.Range[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'gongwen' && PLACEHOLDER_RULES.has(codeOf(d)))
    .map((d) => d.range)
    .sort((a, b) => a.start.compareTo(b.start));
}

/** Errors and warnings other than values to fill in (leftovers, numbering): what else the pre-submission check lists. */
export function otherProblemsIn(uri: vscode.Uri): number {
  return vscode.languages
    .getDiagnostics(uri)
    .filter(
      (d) =>
        d.source === 'gongwen' &&
        !PLACEHOLDER_RULES.has(codeOf(d)) &&
        (d.severity === vscode.DiagnosticSeverity.Error || d.severity === vscode.DiagnosticSeverity.Warning),
    ).length;
}

export async function goToPlaceholder(direction: 'next' | 'previous'): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  if (!isDraft(editor.document)) {
    vscode.window.setStatusBarMessage(notCheckedReason(editor.document), 4000);
    return;
  }
  const ranges = placeholdersIn(editor.document.uri);
  if (ranges.length === 0) {
    vscode.window.setStatusBarMessage(vscode.l10n.t('No placeholders left in this document.'), 3000);
    return;
  }
  const selection = editor.selection;
  const target =
    direction === 'next'
      ? (ranges.find((r) => r.start.isAfter(selection.start)) ?? ranges[0]!)
      : ([...ranges].reverse().find((r) => r.start.isBefore(selection.start)) ?? ranges[ranges.length - 1]!);
  // `某某同志`: the name is what is missing; typing over `某某` keeps the 同志, as over `XX` in `XX同志`.
  const text = editor.document.getText(target);
  const end = /^某某./.test(text) ? target.start.translate(0, 2) : target.end;
  // `联系人：`, `签发人：` with nothing after them: the cursor goes after the label, to type what is missing.
  const start = /[：:]$/.test(text) ? target.end : target.start;
  editor.selection = new vscode.Selection(start, end);
  editor.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  vscode.window.setStatusBarMessage(vscode.l10n.t('Placeholder {0} of {1}', ranges.indexOf(target) + 1, ranges.length), 3000);
}
