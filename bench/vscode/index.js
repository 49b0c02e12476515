// Extension-host side of the activation benchmark (plain CommonJS, loaded by VS Code as
// extensionTestsPath). In a fresh window where Gongwen has not been activated yet, it times
// opening a gongwen document until `activate()` resolves (isActive), reads VS Code's own
// activation times from its Startup Performance view, and prints one line
//   [gongwen-bench] {json}
// through console.log, which the runner forwards to stdout.

const path = require('node:path');
const { performance } = require('node:perf_hooks');
const vscode = require('vscode');

const EXTENSION_ID = 'gongwen.gongwen';
const MARK = '[gongwen-bench]';

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

/** Resolves with performance.now() when the document first has diagnostics from gongwen. */
function firstDiagnostics(uri) {
  const has = () => vscode.languages.getDiagnostics(uri).some((d) => d.source === 'gongwen');
  return new Promise((resolve) => {
    if (has()) { resolve(performance.now()); return; }
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString()) && has()) {
        const at = performance.now();
        listener.dispose();
        resolve(at);
      }
    });
  });
}

/**
 * VS Code's own numbers for the extension (code loading, the activate() call, until its promise
 * resolved), from the "Extension Activation Stats" table of the perf:Startup Performance document.
 * The table is filled in once the workbench reaches its last lifecycle phase.
 */
async function hostActivationTimes() {
  // The view's content provider is a lazy workbench contribution: its command creates it.
  await vscode.commands.executeCommand('perfview.show');
  const uri = vscode.Uri.from({ scheme: 'perf', path: 'Startup Performance' });
  const document = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'perf')
    ?? await vscode.workspace.openTextDocument(uri);
  const row = () => {
    const text = document.getText();
    const at = text.indexOf('Extension Activation Stats');
    if (at < 0) return undefined;
    const line = text.slice(at).split('\n').find((l) => l.includes(EXTENSION_ID));
    if (!line) return undefined;
    const cells = line.split('|').map((c) => c.trim()).filter((c, i, all) => !(c === '' && (i === 0 || i === all.length - 1)));
    // Extension | Eager | Load Code | Call Activate | Finish Activate | Event | By
    return {
      eager: cells[1] === 'true',
      codeLoadingTime: Number(cells[2]),
      activateCallTime: Number(cells[3]),
      activateResolvedTime: Number(cells[4]),
      event: cells[5],
    };
  };
  const found = row();
  if (found) return found;
  return withTimeout(new Promise((resolve) => {
    const listener = vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document !== document) return;
      const r = row();
      if (r) {
        listener.dispose();
        resolve(r);
      }
    });
  }), 20_000, 'the Startup Performance view');
}

async function run() {
  const result = { vscode: vscode.version };
  try {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    if (!extension) throw new Error(`${EXTENSION_ID} is not loaded in this VS Code`);
    result.activeAtStart = extension.isActive;
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) throw new Error('no workspace folder open');
    const uri = vscode.Uri.file(path.join(folder.uri.fsPath, 'speech.gw'));
    const diagnosticsArrived = firstDiagnostics(uri);

    const t0 = performance.now();
    const document = await vscode.workspace.openTextDocument(uri);
    const opened = performance.now();
    await withTimeout(extension.activate(), 60_000, 'activate()');
    const activated = performance.now();
    if (!extension.isActive) throw new Error('activate() resolved but isActive is false');
    result.languageId = document.languageId;
    result.characters = document.getText().length;
    result.openMs = opened - t0;
    result.activationMs = activated - t0;
    await vscode.window.showTextDocument(document);
    result.firstDiagnosticsMs = (await withTimeout(diagnosticsArrived, 30_000, 'the first diagnostics')) - t0;
    try {
      result.host = await hostActivationTimes();
    } catch (error) {
      result.hostError = String(error && error.message ? error.message : error);
    }
  } catch (error) {
    result.error = String(error && error.stack ? error.stack : error);
  }
  console.log(`${MARK} ${JSON.stringify(result)}`);
  if (result.error) throw new Error(result.error);
}

module.exports = { run };
