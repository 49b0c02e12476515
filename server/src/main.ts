#!/usr/bin/env node
/**
 * Starts the Gongwen language server. `--stdio` for any LSP editor,
 * `--node-ipc` as the VS Code client starts it.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/server';

const transports = ['--stdio', '--node-ipc', '--socket', '--pipe'];
if (!process.argv.some((arg) => transports.some((t) => arg === t || arg.startsWith(t + '=')))) {
  process.stderr.write('Usage: node server/out/main.js --stdio   (or --node-ipc, --socket=PORT, --pipe=NAME)\n');
  process.exit(2);
}

// A failed notification or request to the editor must never take the server down.
process.on('unhandledRejection', (reason) => {
  process.stderr.write(`gongwen: unhandled rejection: ${reason instanceof Error ? reason.stack : String(reason)}\n`);
});

startServer(createConnection(ProposedFeatures.all));
