/**
 * The VS Code side of Gongwen: starts the language server over IPC and
 * keeps it in step with the user's settings.
 */
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type DocumentSelector,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

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

function createClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClient {
  const module = context.asAbsolutePath('server/out/main.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(checkedLanguages()),
    // The server reads .gongwenrc.json files itself; it needs to hear when they change.
    synchronize: { configurationSection: 'gongwen', fileEvents: vscode.workspace.createFileSystemWatcher('**/.gongwenrc.json') },
    outputChannel: output,
    initializationOptions: { settings: vscode.workspace.getConfiguration('gongwen') },
  };
  return new LanguageClient('gongwen', 'Gongwen', serverOptions, clientOptions);
}

async function restart(context: vscode.ExtensionContext, output: vscode.OutputChannel): Promise<void> {
  const previous = client;
  client = undefined;
  if (previous) await previous.stop();
  client = createClient(context, output);
  await client.start();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Gongwen');
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('gongwen.restartServer', () => restart(context, output)),
    vscode.commands.registerCommand('gongwen.showOutput', () => output.show(true)),
    // The documents the client sends the server follow gongwen.languages; the rest of
    // the settings the server reads itself, live.
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('gongwen.languages')) void restart(context, output);
    }),
  );
  client = createClient(context, output);
  await client.start();
}

export async function deactivate(): Promise<void> {
  const stopping = client;
  client = undefined;
  if (stopping) await stopping.stop();
}
