/**
 * "Turn off the check …": the quick fix the server offers on every finding sets its rule to "off"
 * in `gongwen.rules` where the rules for the draft are set: the nearest `.gongwenrc.json` when it
 * has a `rules` map (an office's shared choice, laid over the editor's), else the settings of the
 * draft's workspace folder, else the user's. The writer is told where, with a button to undo it.
 */
import * as vscode from 'vscode';
import { isObject, nearestRcFile, readRcFile, rewriteRcFile, SECTION, settingsTarget } from './settings-place';

export const TURN_OFF_RULE_COMMAND = 'gongwen.turnOffRule';
const SETTING = 'rules';

/** A rule's setting where it is kept, before the change: undefined when it was not set there. */
type Previous = unknown;

/** A place that holds the rules map. */
interface RulesPlace {
  /** Where it is, for the writer: `用户设置`, `工作区设置`, or the rc file's path. */
  readonly where: string;
  /** Sets the rule to `value` (removes it for undefined); gives back what it was. */
  set(rule: string, value: unknown): Promise<Previous>;
}

export async function turnOffRule(uri: string, rule: string, title: string, rcChanged: (file: vscode.Uri) => void): Promise<void> {
  const document = vscode.Uri.parse(uri);
  let place: RulesPlace;
  let previous: Previous;
  try {
    place = (vscode.workspace.isTrusted ? await rcPlace(document, rcChanged) : undefined) ?? settingsPlace(document);
    previous = await place.set(rule, 'off');
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not turn off the check "{0}": {1}', title, error instanceof Error ? error.message : String(error)));
    return;
  }
  // Not awaited: the command is done once the setting is written; the notice waits for the writer.
  const undo = vscode.l10n.t('Undo');
  void vscode.window
    .showInformationMessage(vscode.l10n.t('The check "{0}" is turned off: gongwen.rules sets {1} to "off" in {2}.', title, rule, place.where), undo)
    .then(async (choice) => {
      if (choice !== undo) return;
      await place.set(rule, previous);
      vscode.window.setStatusBarMessage(vscode.l10n.t('The check "{0}" is on again.', title), 4000);
    });
}

/** `rules` with `rule` set to `value`, or without it for undefined; undefined when nothing is left. */
function withRule(rules: Readonly<Record<string, unknown>>, rule: string, value: unknown): Record<string, unknown> | undefined {
  const { [rule]: _old, ...others } = rules;
  const result = value === undefined ? others : { ...others, [rule]: value };
  return Object.keys(result).length > 0 ? result : undefined;
}

/** The editor's rules: the document's workspace folder's settings, or the user's. */
function settingsPlace(document: vscode.Uri): RulesPlace {
  const { target, where, folder } = settingsTarget(document);
  return {
    where,
    async set(rule, value) {
      const config = vscode.workspace.getConfiguration(SECTION, document);
      const inspected = config.inspect<Record<string, unknown>>(SETTING);
      const current = (folder ? inspected?.workspaceFolderValue : inspected?.globalValue) ?? {};
      await config.update(SETTING, withRule(current, rule, value), target);
      return current[rule];
    },
  };
}

/** The rules of the nearest `.gongwenrc.json` above the document, when the file has a `rules` map. */
async function rcPlace(document: vscode.Uri, rcChanged: (file: vscode.Uri) => void): Promise<RulesPlace | undefined> {
  const file = await nearestRcFile(document);
  if (!file) return undefined;
  const settings = await readRcFile(file);
  // A broken file is not used by the server (it says so): the editor's rules apply.
  if (!settings || !isObject(settings[SETTING])) return undefined;
  return {
    where: vscode.workspace.asRelativePath(file),
    async set(rule, value) {
      let previous: Previous;
      await rewriteRcFile(
        file,
        (current) => {
          const rules = current[SETTING];
          if (!isObject(rules)) return false;
          previous = rules[rule];
          // An emptied map stays, so that the file still says where the office's rules go.
          current[SETTING] = withRule(rules, rule, value) ?? {};
          return true;
        },
        vscode.l10n.t('{0} is no longer valid JSON with a rules map', file.fsPath),
      );
      rcChanged(file);
      return previous;
    },
  };
}
