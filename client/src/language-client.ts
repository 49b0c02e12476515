/**
 * The language client proper: how the server is started and kept running.
 * Loaded a moment after activation, so opening a draft is not held up by
 * loading the LSP library.
 */
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type DocumentSelector,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { checkedLanguages } from './languages';
import { SERVER_NODE_ARGS } from './server-node-args';

function documentSelector(languages: readonly string[]): DocumentSelector {
  return languages.flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
}

/** How often the server was restarted after it stopped unexpectedly. */
export let restarts = 0;
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

export function createClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClient {
  // The bundled server; the compiled one when running from a fresh `tsc -b` only.
  const bundled = context.asAbsolutePath('dist/server.js');
  const module = fs.existsSync(bundled) ? bundled : context.asAbsolutePath('server/out/main.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_ARGS] } },
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
      // The quick fix "Stop flagging …" runs gongwen.ignoreText, a command of this extension.
      ignoreCommand: true,
      // The quick fix "Turn off the check …" runs gongwen.turnOffRule.
      turnOffRuleCommand: true,
    },
  };
  return new LanguageClient('gongwen', 'Gongwen', serverOptions, clientOptions);
}

