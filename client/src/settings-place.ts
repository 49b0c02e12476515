/**
 * Where a setting that applies to one draft is written when a quick fix changes it: the nearest
 * `.gongwenrc.json` above the draft (which the server lays over the editor's settings), or the
 * settings of the draft's workspace folder, or the user's. Shared by "Stop flagging …" and
 * "Turn off the check …".
 */
import * as vscode from 'vscode';

export const SECTION = 'gongwen';
export const RC_FILE = '.gongwenrc.json';

/** The editor settings that a change for `document` goes to: its workspace folder's, else the user's. */
export function settingsTarget(document: vscode.Uri): { readonly target: vscode.ConfigurationTarget; readonly where: string; readonly folder: boolean } {
  // An untrusted workspace's own settings are not all used: the user's take the change there.
  const folder = vscode.workspace.isTrusted ? vscode.workspace.getWorkspaceFolder(document) : undefined;
  return folder
    ? { target: vscode.ConfigurationTarget.WorkspaceFolder, where: vscode.l10n.t('the workspace settings'), folder: true }
    : { target: vscode.ConfigurationTarget.Global, where: vscode.l10n.t('your user settings'), folder: false };
}

/** The nearest `.gongwenrc.json` in the draft's folder or above it. */
export async function nearestRcFile(document: vscode.Uri): Promise<vscode.Uri | undefined> {
  if (document.scheme !== 'file') return undefined;
  let dir = vscode.Uri.joinPath(document, '..');
  for (;;) {
    const candidate = vscode.Uri.joinPath(dir, RC_FILE);
    try {
      await vscode.workspace.fs.stat(candidate);
      return candidate;
    } catch {
      // Not here: look in the folder above.
    }
    const parent = vscode.Uri.joinPath(dir, '..');
    if (parent.path === dir.path) return undefined;
    dir = parent;
  }
}

/** The settings object of an rc file's text, or undefined when it is not a JSON object. */
export async function readRcFile(file: vscode.Uri): Promise<Record<string, unknown> | undefined> {
  return parseObject((await vscode.workspace.openTextDocument(file)).getText());
}

/**
 * Applies `change` to the rc file's settings, read afresh (the file may have changed since, in an
 * editor or on disk), and saves it, indented as it was. `change` returns false when the file no
 * longer holds what it changes; then `invalid` is thrown.
 */
export async function rewriteRcFile(file: vscode.Uri, change: (settings: Record<string, unknown>) => boolean, invalid: string): Promise<void> {
  const rc = await vscode.workspace.openTextDocument(file);
  const text = rc.getText();
  const settings = parseObject(text);
  if (!settings || !change(settings)) throw new Error(invalid);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(file, new vscode.Range(rc.positionAt(0), rc.positionAt(text.length)), serialise(settings, text));
  if (!(await vscode.workspace.applyEdit(edit)) || !(await rc.save())) throw new Error(vscode.l10n.t('{0} could not be saved', file.fsPath));
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text.replace(/^\ufeff/, ''));
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The settings as JSON indented as the file was (two spaces when it cannot tell), ending as it did. */
function serialise(settings: Record<string, unknown>, previous: string): string {
  const indent = /^([ \t]+)"/m.exec(previous)?.[1] ?? '  ';
  return JSON.stringify(settings, null, indent) + (previous.endsWith('\n') ? '\n' : '');
}
