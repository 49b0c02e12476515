// A minimal push-diagnostics LSP client over stdio for the benchmarks: spawns
// `node dist/server.js --stdio` (the bundled server) and talks to it with vscode-languageserver-protocol,
// as an editor without pull-diagnostics support would (no textDocument.diagnostic capability).

import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import protocol from 'vscode-languageserver-protocol/node.js';
import { REPO_ROOT } from './stats.mjs';

const require = createRequire(import.meta.url);

const {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
  InitializeRequest, InitializedNotification, DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification, PublishDiagnosticsNotification, DocumentSymbolRequest,
  ShutdownRequest, ExitNotification,
} = protocol;

// What ships: the bundled server, started with the options the VS Code client gives it.
export const SERVER_MAIN = path.join(REPO_ROOT, 'dist', 'server.js');
const { SERVER_NODE_ARGS: SHIPPED_NODE_ARGS } = require(path.join(REPO_ROOT, 'client', 'out', 'server-node-args.js'));

export class BenchClient {
  constructor() {
    this.spawnedAt = performance.now();
    // GONGWEN_BENCH_SERVER_ARGS: extra Node options for the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/p".
    const nodeArgs = [...SHIPPED_NODE_ARGS, ...(process.env.GONGWEN_BENCH_SERVER_ARGS ?? '').split(/\s+/).filter(Boolean)];
    this.process = spawn(process.execPath, [...nodeArgs, SERVER_MAIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.stderr = '';
    this.process.stderr.on('data', (d) => { this.stderr = (this.stderr + d).slice(-20_000); });
    this.exit = new Promise((resolve) => this.process.once('exit', (code, signal) => resolve({ code, signal })));
    this.connection = createProtocolConnection(
      new StreamMessageReader(this.process.stdout),
      new StreamMessageWriter(this.process.stdin),
    );
    /** uri → { version, at, count } of the last publish. */
    this.published = new Map();
    /** uri → how many publishes arrived for it. */
    this.publishes = new Map();
    this.waiters = [];
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const at = performance.now();
      this.published.set(params.uri, { version: params.version, at, count: params.diagnostics.length });
      this.publishes.set(params.uri, (this.publishes.get(params.uri) ?? 0) + 1);
      const pending = this.waiters;
      this.waiters = [];
      for (const w of pending) if (!w(params, at)) this.waiters.push(w);
    });
    this.connection.onNotification('window/showMessage', () => {});
    this.connection.onNotification('window/logMessage', () => {});
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/configuration', (params) => params.items.map(() => null));
    this.connection.listen();
  }

  get pid() { return this.process.pid; }

  /** Initializes; resolves with the milliseconds from spawn to the initialize result. */
  async initialize() {
    await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: {
        textDocument: {
          synchronization: { didSave: false, dynamicRegistration: false },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true },
        },
        workspace: {},
      },
    });
    const ready = performance.now() - this.spawnedAt;
    await this.connection.sendNotification(InitializedNotification.type, {});
    return ready;
  }

  open(uri, text, version = 1, languageId = 'gongwen') {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version, text },
    });
  }

  change(uri, version, contentChanges) {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges,
    });
  }

  /** Resolves with the arrival time (performance.now()) of the publish for `uri` at `version`. */
  publishOf(uri, version, timeoutMs = 30_000) {
    const last = this.published.get(uri);
    if (last && last.version === version) return Promise.resolve(last.at);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(
        `no publishDiagnostics for ${uri} version ${version} within ${timeoutMs} ms (last: ${JSON.stringify(this.published.get(uri) ?? null)}); server stderr: ${this.stderr.slice(-2000)}`,
      )), timeoutMs);
      this.waiters.push((params, at) => {
        if (params.uri !== uri || params.version !== version) return false;
        clearTimeout(timer);
        resolve(at);
        return true;
      });
    });
  }

  documentSymbol(uri) {
    return this.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
  }

  async dispose() {
    try {
      await Promise.race([
        (async () => {
          await this.connection.sendRequest(ShutdownRequest.type);
          await this.connection.sendNotification(ExitNotification.type);
        })(),
        new Promise((r) => setTimeout(r, 2000)),
      ]);
    } catch { /* gone already */ }
    const timer = setTimeout(() => this.process.kill('SIGKILL'), 2000);
    await this.exit;
    clearTimeout(timer);
    this.connection.dispose();
  }
}
