/**
 * Waiting on what VS Code shows, without fixed sleeps: each helper re-reads
 * the state whenever VS Code reports a change, until it settles or times out.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';

export const FIXTURES = path.resolve(__dirname, '..', '..', 'fixtures');

export function fixtureUri(name: string): vscode.Uri {
  return vscode.Uri.file(path.join(FIXTURES, name));
}

export function gongwenDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'gongwen');
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** Resolves when `accept` holds for the document's diagnostics, re-checking on every change. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 30000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      clearTimeout(timer);
      listener.dispose();
      if (error) reject(error);
      else resolve(gongwenDiagnostics(uri));
    };
    const check = () => {
      if (accept(gongwenDiagnostics(uri))) done();
    };
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      const seen = gongwenDiagnostics(uri).map((d) => `${codeOf(d)}@${d.range.start.line + 1}`);
      done(new Error(`timed out waiting for ${what}; diagnostics now: ${seen.join(' ') || 'none'}`));
    }, timeoutMs);
    check();
  });
}

/** Polls a provider command until it returns something `accept`s (providers answer once the server is up). */
export async function until<T>(probe: () => Thenable<T> | T, accept: (value: T) => boolean, what: string, timeoutMs = 30000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await probe();
    if (accept(last)) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const where = (diagnostics: readonly vscode.Diagnostic[]): string[] =>
  diagnostics.map((d) => `${codeOf(d)}@${d.range.start.line + 1}`);
