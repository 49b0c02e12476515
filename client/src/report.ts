/**
 * 提交前检查 (pre-submission check): every remaining placeholder, leftover and
 * numbering problem of the draft in one list, grouped and counted; choosing an
 * entry jumps to it. A clear all-clear when nothing remains.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { notCheckedReason } from './languages';

const PRE_SUBMISSION_CHECK = 'gongwen/preSubmissionCheck';

type ReportGroup = 'placeholder' | 'leftover' | 'numbering';

interface WireDiagnostic {
  readonly range: { start: { line: number; character: number }; end: { line: number; character: number } };
  readonly message: string;
  readonly code?: string | number;
  readonly severity?: number;
}

interface PreSubmissionCheckResult {
  readonly checked: boolean;
  readonly items: ReadonlyArray<{ readonly group: ReportGroup; readonly diagnostic: WireDiagnostic }>;
}

export interface ReportEntry {
  readonly group: ReportGroup;
  readonly range: vscode.Range;
  readonly rule: string;
  readonly message: string;
}

export interface Report {
  readonly checked: boolean;
  readonly entries: readonly ReportEntry[];
}

const GROUP_ORDER: readonly ReportGroup[] = ['placeholder', 'leftover', 'numbering'];

function groupTitle(group: ReportGroup, count: number): string {
  switch (group) {
    case 'placeholder':
      return vscode.l10n.t('Values to fill in ({0})', count);
    case 'leftover':
      return vscode.l10n.t('Left over from templates and downloads ({0})', count);
    case 'numbering':
      return vscode.l10n.t('Numbering and structure ({0})', count);
  }
}

export async function requestReport(client: LanguageClient, document: vscode.TextDocument): Promise<Report> {
  const result = await client.sendRequest<PreSubmissionCheckResult>(PRE_SUBMISSION_CHECK, { uri: document.uri.toString() });
  return {
    checked: result.checked,
    entries: result.items.map(({ group, diagnostic }) => ({
      group,
      rule: String(diagnostic.code ?? ''),
      message: diagnostic.message,
      range: new vscode.Range(
        diagnostic.range.start.line,
        diagnostic.range.start.character,
        diagnostic.range.end.line,
        diagnostic.range.end.character,
      ),
    })),
  };
}

interface EntryItem extends vscode.QuickPickItem {
  readonly entry?: ReportEntry;
}

/**
 * Shows the report. Choosing an entry closes the list and puts the cursor on the entry in the
 * editor, where it can be dealt with at once; the same command brings the list back, checked
 * afresh. Resolves when the list is closed.
 */
export async function showReport(editor: vscode.TextEditor, report: Report): Promise<void> {
  const name = editor.document.uri.path.split('/').pop() ?? '';
  if (!report.checked) {
    void vscode.window.showWarningMessage(notCheckedReason(editor.document));
    return;
  }
  if (report.entries.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Pre-submission check passed: nothing left to fill in, no template leftovers, no numbering errors.'));
    return;
  }
  const items: EntryItem[] = [];
  for (const group of GROUP_ORDER) {
    const entries = report.entries.filter((e) => e.group === group);
    if (entries.length === 0) continue;
    items.push({ label: groupTitle(group, entries.length), kind: vscode.QuickPickItemKind.Separator });
    for (const entry of entries) {
      const lineText = editor.document.lineAt(entry.range.start.line).text;
      items.push({
        label: `$(${group === 'numbering' ? 'list-ordered' : group === 'leftover' ? 'trash' : 'edit'}) ${entry.message}`,
        description: vscode.l10n.t('line {0}', entry.range.start.line + 1),
        detail: excerpt(lineText, entry.range.start.character),
        entry,
      });
    }
  }
  const pick = vscode.window.createQuickPick<EntryItem>();
  pick.items = items;
  // Reopened after fixing one item, the list stands at the next one from the cursor on, not at its top.
  const cursor = editor.selection.active;
  let next: EntryItem | undefined;
  for (const item of items) {
    const start = item.entry?.range.start;
    if (start && !start.isBefore(cursor) && (!next || start.isBefore(next.entry!.range.start))) next = item;
  }
  if (next) pick.activeItems = [next];
  pick.title = vscode.l10n.t('Pre-submission check: {0} item(s) to resolve in "{1}"', report.entries.length, name);
  pick.placeholder = vscode.l10n.t('Choose an item to go to it');
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  const closed = new Promise<void>((resolve) => pick.onDidHide(() => resolve()));
  pick.onDidAccept(async () => {
    const entry = pick.selectedItems[0]?.entry;
    if (!entry) return;
    // The list stands over the top of the editor: close it, so that the line is seen and can be typed in.
    pick.hide();
    const shown = await vscode.window.showTextDocument(editor.document, editor.viewColumn);
    shown.selection = new vscode.Selection(entry.range.start, entry.range.end);
    shown.revealRange(entry.range, vscode.TextEditorRevealType.InCenter);
    // The key as package.json binds it on each platform.
    const key = process.platform === 'darwin' ? '⌥⌘Enter' : 'Ctrl+Alt+Enter';
    vscode.window.setStatusBarMessage(vscode.l10n.t('Run the pre-submission check again ({0}) for the rest of the list.', key), 6000);
  });
  pick.show();
  await closed;
  pick.dispose();
}

/** The words around a finding, so the list reads without opening each place. */
function excerpt(line: string, at: number): string {
  const start = Math.max(0, at - 12);
  const text = line.slice(start, at + 24).trim();
  return (start > 0 ? '…' : '') + text + (at + 24 < line.length ? '…' : '');
}
