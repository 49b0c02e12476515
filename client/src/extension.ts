/**
 * The VS Code side of Gongwen: starts the language server over IPC, keeps it
 * in step with the user's settings and trust, and adds the commands, the status
 * bar item and the pre-submission report.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { checkedLanguages, isDraft, notCheckedReason, readsAsChineseDraft } from './languages';
import { IGNORE_TEXT_COMMAND, ignoreText } from './ignore';
import { goToPlaceholder } from './placeholders';
import { requestReport, showReport, type Report } from './report';
import { RC_FILE } from './settings-place';
import { DraftStatus } from './status';
import { TURN_OFF_RULE_COMMAND, turnOffRule } from './turn-off-rule';

type LanguageClientModule = typeof import('./language-client');

let client: LanguageClient | undefined;
/** The LSP side, loaded on first use (see language-client.ts). */
let languageClient: LanguageClientModule | undefined;

function loadLanguageClient(): LanguageClientModule {
  // A plain require, kept out of the bundle of this file: dist/language-client.js.
  return (languageClient ??= require('./language-client.js') as LanguageClientModule);
}

/** What the extension offers other code (and its tests). */
export interface GongwenApi {
  /** The process ID of the running language server. */
  serverProcessId(): Promise<number>;
  /** How often the server was restarted after it stopped unexpectedly. */
  readonly restarts: number;
}

/** Settles when the current client has started (or failed to: the reason is in the output). */
let ready: Promise<void> = Promise.resolve();

function start(context: vscode.ExtensionContext, output: vscode.OutputChannel): Promise<void> {
  const created = loadLanguageClient().createClient(context, output);
  client = created;
  ready = created.start().catch((error: unknown) => {
    output.appendLine(vscode.l10n.t('The Gongwen language server could not start: {0}', String(error)));
    void vscode.window.showErrorMessage(vscode.l10n.t('The Gongwen language server could not start: {0}', String(error)));
  });
  return ready;
}

async function restart(context: vscode.ExtensionContext, output: vscode.OutputChannel, requested = false): Promise<void> {
  const previous = client;
  client = undefined;
  // The library logs the old process's exit as an error: say first that it was asked for.
  if (requested) output.appendLine(`[${new Date().toLocaleTimeString()}] ${vscode.l10n.t('Restarting the Gongwen language server, as requested.')}`);
  if (previous) await previous.stop();
  await start(context, output);
  const current = client as LanguageClient | undefined;
  if (requested && current?.isRunning()) {
    const message = vscode.l10n.t('The Gongwen language server has restarted.');
    output.appendLine(`[${new Date().toLocaleTimeString()}] ${message}`);
    vscode.window.setStatusBarMessage(`$(check) ${message}`, 4000);
  }
}

/** Shows the report and returns it (choosing an entry closes the list at the entry; the command brings it back, checked afresh). */
async function preSubmissionCheck(): Promise<Report | undefined> {
  await ready;
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a draft to check it before submission.'));
    return undefined;
  }
  if (!client || !client.isRunning()) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The Gongwen language server is not running; try "Gongwen: Restart the language server".'));
    return undefined;
  }
  const report = await requestReport(client, editor.document);
  void showReport(editor, report);
  return report;
}

/** Tells the server that an rc file changed, as the file watcher does (FileChangeType.Changed = 2) for the files it watches. */
function rcFileChanged(file: vscode.Uri): void {
  void client?.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: file.toString(), type: 2 }] });
}

/** Renumbers the active draft (or the list at the cursor) through the server, as one undoable edit. */
async function renumber(scope: 'document' | 'list'): Promise<void> {
  await ready;
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a draft to renumber it.'));
    return;
  }
  if (!isDraft(editor.document)) {
    void vscode.window.showInformationMessage(notCheckedReason(editor.document));
    return;
  }
  if (!client?.isRunning()) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The Gongwen language server is not running; try "Gongwen: Restart the language server".'));
    return;
  }
  const uri = editor.document.uri.toString();
  const position = editor.selection.active;
  const args = scope === 'list' ? [uri, { start: { line: position.line, character: position.character }, end: { line: position.line, character: position.character } }] : [uri];
  const result = await client.sendRequest<{ applied?: boolean; edits?: number } | null>('workspace/executeCommand', { command: 'gongwen.renumber', arguments: args });
  // Changes far down a long draft are not seen: say how many numbers changed, and that one undo takes them back.
  if (result?.applied && result.edits) {
    vscode.window.setStatusBarMessage(`$(list-ordered) ${vscode.l10n.t('{0} number(s) renumbered; one undo takes them back.', result.edits)}`, 5000);
  }
}

/**
 * A draft pasted into a new tab: the editor's language detection takes Chinese text for Ini or the
 * like, and the draft would go unchecked without a sign. An untitled text that reads as a Chinese
 * draft, in a language Gongwen does not check, is set to the gongwen language, once: a writer who
 * sets another language afterwards keeps it. Only the language changes, never the text.
 */
/** How long after a close an untitled document counts as reopened (a change of its language). */
const REOPEN_GRACE_MS = 1000;

function checkPastedDrafts(): vscode.Disposable[] {
  const decided = new Set<string>();
  const consider = (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    if (document.uri.scheme !== 'untitled' || decided.has(key) || checkedLanguages().includes(document.languageId)) return;
    if (!readsAsChineseDraft(document.getText())) return;
    decided.add(key);
    void vscode.languages.setTextDocumentLanguage(document, 'gongwen').then(() =>
      vscode.window.setStatusBarMessage(vscode.l10n.t('Checking the pasted text as a Chinese draft (language mode 公文).'), 6000),
    );
  };
  for (const document of vscode.workspace.textDocuments) consider(document);
  return [
    vscode.workspace.onDidOpenTextDocument(consider),
    vscode.workspace.onDidChangeTextDocument((event) => consider(event.document)),
    vscode.workspace.onDidCloseTextDocument((document) => {
      // A language change closes and reopens the document under the same name, so the decision is
      // kept; a tab really closed frees its name (`Untitled-1`) for a new paste, decided anew.
      if (document.uri.scheme !== 'untitled') return;
      const key = document.uri.toString();
      setTimeout(() => {
        if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) decided.delete(key);
      }, REOPEN_GRACE_MS);
    }),
  ];
}

export async function activate(context: vscode.ExtensionContext): Promise<GongwenApi> {
  const output = vscode.window.createOutputChannel('Gongwen');
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('gongwen.restartServer', () => restart(context, output, true)),
    vscode.commands.registerCommand('gongwen.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('gongwen.nextPlaceholder', () => goToPlaceholder('next')),
    vscode.commands.registerCommand('gongwen.previousPlaceholder', () => goToPlaceholder('previous')),
    vscode.commands.registerCommand('gongwen.preSubmissionCheck', preSubmissionCheck),
    vscode.commands.registerCommand('gongwen.renumberDocument', () => renumber('document')),
    vscode.commands.registerCommand('gongwen.renumberList', () => renumber('list')),
    // Run by the quick fix "Stop flagging …" that the server offers (see language-client.ts).
    vscode.commands.registerCommand(IGNORE_TEXT_COMMAND, (uri: string, pattern: string, phrase: string) => ignoreText(uri, pattern, phrase, rcFileChanged)),
    // Run by the quick fix "Turn off the check …", offered on every finding.
    vscode.commands.registerCommand(TURN_OFF_RULE_COMMAND, (uri: string, rule: string, title: string) => turnOffRule(uri, rule, title, rcFileChanged)),
    // The file watcher sees the workspace's folders only: a draft opened on its own may have its
    // .gongwenrc.json anywhere above it, and the writer edits it here.
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (document.uri.scheme === 'file' && path.basename(document.uri.fsPath) === RC_FILE && !vscode.workspace.getWorkspaceFolder(document.uri)) rcFileChanged(document.uri);
    }),
    new DraftStatus(isDraft),
    ...checkPastedDrafts(),
    // The documents the client sends the server follow gongwen.languages; the rest of
    // the settings the server reads itself, live.
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('gongwen.languages')) void restart(context, output);
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      void client?.sendNotification('gongwen/workspaceTrusted');
    }),
  );
  // Activation does not wait for the server: it starts right after, and
  // everything that needs it waits for `ready`.
  ready = new Promise<void>((resolve) => setImmediate(() => void start(context, output).then(resolve)));
  return {
    serverProcessId: async () => {
      await ready;
      if (!client) throw new Error('the Gongwen language server is not running');
      const info = await client.sendRequest<{ pid: number }>('gongwen/serverInfo');
      return info.pid;
    },
    get restarts() {
      return languageClient?.restarts ?? 0;
    },
  };
}

export async function deactivate(): Promise<void> {
  const stopping = client;
  client = undefined;
  if (stopping) await stopping.stop();
}
