/**
 * A minimal LSP client for protocol tests: spawns the built server over stdio
 * and talks to it with the real protocol library, as an editor would.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import {
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  ConfigurationRequest,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { REPO_ROOT } from '../helpers';

export const SERVER_MAIN = path.join(REPO_ROOT, 'server', 'out', 'main.js');

export interface ClientOptions {
  readonly capabilities?: ClientCapabilities;
  readonly locale?: string;
  /** Answer to workspace/configuration for the `gongwen` section; undefined: no configuration support. */
  readonly settings?: () => unknown;
  readonly initializationOptions?: unknown;
  /** The title of the action to choose when the server asks (window/showMessageRequest); none: dismissed. */
  readonly chooseAction?: string;
}

export class TestClient {
  readonly connection: ProtocolConnection;
  private readonly process: ChildProcessWithoutNullStreams;
  private readonly published = new Map<string, PublishDiagnosticsParams>();
  private readonly waiters: Array<() => void> = [];
  readonly messages: string[] = [];
  readonly appliedEdits: unknown[] = [];
  /** The documents the server asked the editor to show (window/showDocument). */
  readonly shownDocuments: string[] = [];
  /** Where each shown document was opened at (window/showDocument's selection), when the server said. */
  readonly shownSelections: Array<{ start: { line: number; character: number } } | undefined> = [];
  /** The actions offered with each message that asked for a choice. */
  readonly offeredActions: string[][] = [];
  stderr = '';
  private versions = new Map<string, number>();
  /** The version of every publishDiagnostics received, per document, in order. */
  readonly publishedVersions = new Map<string, number[]>();

  constructor(readonly options: ClientOptions = {}) {
    this.process = spawn(process.execPath, [SERVER_MAIN, '--stdio'], { stdio: 'pipe' });
    this.process.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.connection = createProtocolConnection(
      new StreamMessageReader(this.process.stdout),
      new StreamMessageWriter(this.process.stdin),
    );
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.set(params.uri, params);
      const versions = this.publishedVersions.get(params.uri) ?? [];
      versions.push(params.version ?? -1);
      this.publishedVersions.set(params.uri, versions);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.onNotification('window/showMessage', (params: { message: string }) => {
      this.messages.push(params.message);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.onRequest('window/showMessageRequest', (params: { message: string; actions?: Array<{ title: string }> }) => {
      this.messages.push(params.message);
      this.offeredActions.push((params.actions ?? []).map((a) => a.title));
      for (const wake of this.waiters.splice(0)) wake();
      return params.actions?.find((a) => a.title === options.chooseAction) ?? null;
    });
    this.connection.onRequest('window/showDocument', (params: { uri: string; selection?: { start: { line: number; character: number } } }) => {
      this.shownDocuments.push(params.uri);
      this.shownSelections.push(params.selection);
      for (const wake of this.waiters.splice(0)) wake();
      return { success: true };
    });
    this.connection.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map(() => (options.settings ? options.settings() : null)),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    // The server applies renumbering through workspace/applyEdit: record it, as an editor would apply it.
    this.connection.onRequest('workspace/applyEdit', (params: unknown) => {
      this.appliedEdits.push(params);
      return { applied: true };
    });
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.listen();
  }

  async initialize(): Promise<InitializeResult> {
    const capabilities: ClientCapabilities = this.options.capabilities ?? {
      workspace: this.options.settings ? { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } : {},
      textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true }, publishDiagnostics: {} },
    };
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities,
      locale: this.options.locale,
      initializationOptions: this.options.initializationOptions,
      workspaceFolders: null,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  async open(uri: string, text: string, languageId = 'gongwen'): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version: 1, text },
    });
  }

  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: changes,
    });
    return version;
  }

  /**
   * Sends several changes in one write, as an editor's keystrokes that reach the server while it is
   * busy: the server reads them together. Returns the last version.
   */
  changeAtOnce(uri: string, changes: readonly TextDocumentContentChangeEvent[][]): number {
    let version = this.versions.get(uri) ?? 1;
    const frames = changes.map((contentChanges) => {
      version++;
      const body = JSON.stringify({ jsonrpc: '2.0', method: DidChangeTextDocumentNotification.type.method, params: { textDocument: { uri, version }, contentChanges } });
      return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
    });
    this.versions.set(uri, version);
    this.process.stdin.write(frames.join(''));
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async configurationChanged(settings: unknown = null): Promise<void> {
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings });
  }

  /** Waits until diagnostics for `uri` satisfy `accept` (the server pushes them after each change). */
  async diagnostics(uri: string, accept: (d: Diagnostic[], p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10000): Promise<Diagnostic[]> {
    return this.until(() => {
      const params = this.published.get(uri);
      return params && accept(params.diagnostics, params) ? params.diagnostics : undefined;
    }, `diagnostics for ${uri}`, timeoutMs);
  }

  async message(accept: (m: string) => boolean, timeoutMs = 10000): Promise<string> {
    return this.until(() => this.messages.find(accept), 'a window/showMessage', timeoutMs);
  }

  private until<T>(probe: () => T | undefined, what: string, timeoutMs: number): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${what} within ${timeoutMs} ms; server stderr: ${this.stderr}`)), timeoutMs);
      const check = () => {
        const value = probe();
        if (value !== undefined) {
          clearTimeout(timer);
          resolve(value);
        } else {
          this.waiters.push(check);
        }
      };
      check();
    });
  }

  get exited(): boolean {
    return this.process.exitCode !== null || this.process.signalCode !== null;
  }

  async dispose(): Promise<void> {
    if (!this.exited) {
      try {
        await this.connection.sendRequest(ShutdownRequest.type);
        await this.connection.sendNotification(ExitNotification.type);
      } catch {
        // The server may already be gone; it is killed below either way.
      }
    }
    await new Promise<void>((resolve) => {
      if (this.exited) return resolve();
      const timer = setTimeout(() => {
        this.process.kill('SIGKILL');
        resolve();
      }, 2000);
      this.process.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    this.connection.dispose();
    // The pipes may still hold unread output when the server is gone: a paused pipe keeps the test
    // process alive after its tests have ended.
    this.process.stdin.destroy();
    this.process.stdout.destroy();
    this.process.stderr.destroy();
  }
}
