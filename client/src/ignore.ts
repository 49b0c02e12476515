/**
 * "Stop flagging …": the quick fix the server offers on a flagged value adds the clause around it
 * to `gongwen.placeholders.ignore`, where that list applies to the document: the nearest
 * `.gongwenrc.json` when it holds such a list (its list replaces the editor's), else the settings
 * of the document's workspace folder, else the user's. An untrusted workspace's own lists are not
 * used, so there the user's settings take it. The writer is told where, with a button to undo it.
 */
import * as vscode from 'vscode';
import { isObject, nearestRcFile, readRcFile, rewriteRcFile, SECTION, settingsTarget } from './settings-place';

export const IGNORE_TEXT_COMMAND = 'gongwen.ignoreText';
const SETTING = 'placeholders.ignore';

/** A place that holds an ignore list. */
interface IgnoreList {
  /** Where it is, for the writer: `用户设置`, `工作区设置`, or the rc file's path. */
  readonly where: string;
  update(change: (list: readonly string[]) => string[]): Promise<void>;
}

/**
 * Adds `pattern` (the clause `phrase`, escaped) to the ignore list that applies to the draft at `uri`.
 * `rcChanged` tells the server that an rc file was written: the file watcher sees only the
 * workspace's folders, and a draft opened on its own may have its rc file anywhere above it.
 */
export async function ignoreText(uri: string, pattern: string, phrase: string, rcChanged: (file: vscode.Uri) => void): Promise<void> {
  const document = vscode.Uri.parse(uri);
  let list: IgnoreList;
  try {
    list = (vscode.workspace.isTrusted ? await rcList(document, rcChanged) : undefined) ?? settingsList(document);
    await list.update((entries) => (entries.includes(pattern) ? [...entries] : [...entries, pattern]));
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not add "{0}" to the ignore list: {1}', phrase, error instanceof Error ? error.message : String(error)));
    return;
  }
  // Not awaited: the command is done once the entry is written; the notice waits for the writer.
  const undo = vscode.l10n.t('Undo');
  void vscode.window
    .showInformationMessage(vscode.l10n.t('"{0}" is no longer flagged: it was added to the ignore list (gongwen.placeholders.ignore) in {1}.', phrase, list.where), undo)
    .then(async (choice) => {
      if (choice !== undo) return;
      await list.update((entries) => entries.filter((entry) => entry !== pattern));
      vscode.window.setStatusBarMessage(vscode.l10n.t('"{0}" is flagged again.', phrase), 4000);
    });
}

/** The editor's list: the document's workspace folder's settings, or the user's. */
function settingsList(document: vscode.Uri): IgnoreList {
  const { target, where, folder } = settingsTarget(document);
  return {
    where,
    async update(change) {
      const config = vscode.workspace.getConfiguration(SECTION, document);
      const inspected = config.inspect<string[]>(SETTING);
      const current = (folder ? inspected?.workspaceFolderValue : inspected?.globalValue) ?? [];
      await config.update(SETTING, change(current), target);
    },
  };
}

/** The list of the nearest `.gongwenrc.json` above the document, when the file holds one. */
async function rcList(document: vscode.Uri, rcChanged: (file: vscode.Uri) => void): Promise<IgnoreList | undefined> {
  const file = await nearestRcFile(document);
  if (!file) return undefined;
  const settings = await readRcFile(file);
  // A broken file is not used by the server (it says so): the editor's list applies.
  if (!settings || !listIn(settings)) return undefined;
  return {
    where: vscode.workspace.asRelativePath(file),
    async update(change) {
      await rewriteRcFile(
        file,
        (current) => {
          const found = listIn(current);
          if (found) found.holder[found.key] = change(found.list);
          return found !== undefined;
        },
        vscode.l10n.t('{0} is no longer valid JSON with an ignore list', file.fsPath),
      );
      rcChanged(file);
    },
  };
}

/** The ignore list of an rc file, written flat (`"placeholders.ignore": [...]`) or nested. */
function listIn(settings: Record<string, unknown>): { holder: Record<string, unknown>; key: string; list: string[] } | undefined {
  const flat = settings[SETTING];
  if (isStringList(flat)) return { holder: settings, key: SETTING, list: flat };
  const placeholders = settings.placeholders;
  if (!isObject(placeholders)) return undefined;
  const nested = placeholders.ignore;
  return isStringList(nested) ? { holder: placeholders, key: 'ignore', list: nested } : undefined;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === 'string');
}
