/**
 * The VS Code side of Gongwen: starts the language server over IPC, keeps it
 * in step with the user's settings and trust, and adds the commands, the status
 * bar item and the pre-submission report.
 */
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  ExecuteCommandRequest,
  LanguageClient,
  TransportKind,
  type DocumentSelector,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { goToPlaceholder } from './placeholders';
import { requestReport, showReport, type Report } from './report';
import { DraftStatus } from './status';

const DEFAULT_LANGUAGES = ['gongwen', 'plaintext', 'markdown'];

let client: LanguageClient | undefined;

function checkedLanguages(): string[] {
  const languages = vscode.workspace.getConfiguration('gongwen').get<unknown>('languages');
  return Array.isArray(languages) && languages.every((l) => typeof l === 'string') ? languages : DEFAULT_LANGUAGES;
}

function documentSelector(languages: readonly string[]): DocumentSelector {
  return languages.flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
}

function isChecked(document: vscode.TextDocument): boolean {
  return (document.uri.scheme === 'file' || document.uri.scheme === 'untitled') && checkedLanguages().includes(document.languageId);
}

/** What the extension offers other code (and its tests). */
export interface GongwenApi {
  /** The process ID of the running language server. */
  serverProcessId(): Promise<number>;
  /** How often the server was restarted after it stopped unexpectedly. */
  readonly restarts: number;
}

let restarts = 0;
/** Unexpected stops within this window count towards giving up. */
const RESTART_WINDOW_MS = 3 * 60 * 1000;
const MAX_RESTARTS = 4;

/** Restarts a crashed server and says so; gives up after repeated crashes, also saying so. */
function crashHandler(output: vscode.OutputChannel): ErrorHandler {
  const stops: number[] = [];
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      const now = Date.now();
      stops.push(now);
      while (stops.length > 0 && now - stops[0]! > RESTART_WINDOW_MS) stops.shift();
      if (stops.length > MAX_RESTARTS) {
        const message = vscode.l10n.t('The Gongwen language server stopped {0} times in a few minutes and will not be restarted. See the output "Gongwen" for details.', stops.length);
        output.appendLine(message);
        return { action: CloseAction.DoNotRestart, message };
      }
      restarts++;
      const message = vscode.l10n.t('The Gongwen language server stopped unexpectedly and was restarted.');
      output.appendLine(`[${new Date().toISOString()}] ${message}`);
      void vscode.window.showWarningMessage(message);
      return { action: CloseAction.Restart, handled: true };
    },
  };
}

function createClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClient {
  // The bundled server; the compiled one when running from a fresh `tsc -b` only.
  const bundled = context.asAbsolutePath('dist/server.js');
  const module = fs.existsSync(bundled) ? bundled : context.asAbsolutePath('server/out/main.js');
  const serverOptions: ServerOptions = {
    // A small young generation keeps the server's memory low with many drafts open.
    run: { module, transport: TransportKind.ipc, options: { execArgv: ['--max-semi-space-size=2'] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(checkedLanguages()),
    // The server reads .gongwenrc.json files itself; it needs to hear when they change.
    synchronize: { configurationSection: 'gongwen', fileEvents: vscode.workspace.createFileSystemWatcher('**/.gongwenrc.json') },
    outputChannel: output,
    errorHandler: crashHandler(output),
    initializationOptions: {
      settings: vscode.workspace.getConfiguration('gongwen'),
      // Patterns from an untrusted workspace's own files are not run.
      trusted: vscode.workspace.isTrusted,
    },
  };
  return new LanguageClient('gongwen', 'Gongwen', serverOptions, clientOptions);
}

/** Settles when the current client has started (or failed to: the reason is in the output). */
let ready: Promise<void> = Promise.resolve();

function start(context: vscode.ExtensionContext, output: vscode.OutputChannel): Promise<void> {
  const created = createClient(context, output);
  client = created;
  ready = created.start().catch((error: unknown) => {
    output.appendLine(vscode.l10n.t('The Gongwen language server could not start: {0}', String(error)));
    void vscode.window.showErrorMessage(vscode.l10n.t('The Gongwen language server could not start: {0}', String(error)));
  });
  return ready;
}

async function restart(context: vscode.ExtensionContext, output: vscode.OutputChannel): Promise<void> {
  const previous = client;
  client = undefined;
  if (previous) await previous.stop();
  await start(context, output);
}

/** Shows the report and returns it (the report stays open while the user works through it). */
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

/** Renumbers the active draft (or the list at the cursor) through the server, as one undoable edit. */
async function renumber(scope: 'document' | 'list'): Promise<void> {
  await ready;
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client?.isRunning()) return;
  const uri = editor.document.uri.toString();
  const position = editor.selection.active;
  const args = scope === 'list' ? [uri, { start: { line: position.line, character: position.character }, end: { line: position.line, character: position.character } }] : [uri];
  await client.sendRequest(ExecuteCommandRequest.type, { command: 'gongwen.renumber', arguments: args });
}

export async function activate(context: vscode.ExtensionContext): Promise<GongwenApi> {
  const output = vscode.window.createOutputChannel('Gongwen');
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('gongwen.restartServer', () => restart(context, output)),
    vscode.commands.registerCommand('gongwen.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('gongwen.nextPlaceholder', () => goToPlaceholder('next')),
    vscode.commands.registerCommand('gongwen.previousPlaceholder', () => goToPlaceholder('previous')),
    vscode.commands.registerCommand('gongwen.preSubmissionCheck', preSubmissionCheck),
    vscode.commands.registerCommand('gongwen.renumberDocument', () => renumber('document')),
    vscode.commands.registerCommand('gongwen.renumberList', () => renumber('list')),
    new DraftStatus(isChecked),
    // The documents the client sends the server follow gongwen.languages; the rest of
    // the settings the server reads itself, live.
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('gongwen.languages')) void restart(context, output);
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      void client?.sendNotification('gongwen/workspaceTrusted');
    }),
  );
  // Activation does not wait for the server: it starts in the background, and
  // everything that needs it waits for `ready`.
  void start(context, output);
  return {
    serverProcessId: async () => {
      await ready;
      if (!client) throw new Error('the Gongwen language server is not running');
      const info = await client.sendRequest<{ pid: number }>('gongwen/serverInfo');
      return info.pid;
    },
    get restarts() {
      return restarts;
    },
  };
}

export async function deactivate(): Promise<void> {
  const stopping = client;
  client = undefined;
  if (stopping) await stopping.stop();
}
