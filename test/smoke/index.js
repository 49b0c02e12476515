// Smoke suite for the INSTALLED extension (the .vsix), loaded by VS Code as extensionTestsPath
// from scripts/test-vsix.mjs. The development extension is the empty test/smoke/runner;
// Gongwen itself must come from the temporary extensions folder the .vsix was installed into.
//
// Plain CommonJS, no mocha, no compile step: each check logs one line; the suite writes
// its counts to <workspace>/.gongwen-smoke-result.json (read back by the runner) and rejects
// if any check failed.
//
// The runner writes <workspace>/.gongwen-smoke.json before launching:
//   { extensionsDir, repoRoot, extensionId, version, sample }

'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

const EXPECTED_FILE = '.gongwen-smoke.json';
const RESULT_FILE = '.gongwen-smoke-result.json';
const WAIT_MS = 60_000;

function log(line) {
  console.log(`[vsix smoke] ${line}`);
}

function realpath(p) {
  try { return fs.realpathSync(p); } catch { return path.resolve(p); }
}

function isInside(child, parent) {
  const rel = path.relative(realpath(parent), realpath(child));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function codeOf(d) {
  return d.code !== null && typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

function gongwenDiagnostics(uri) {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'gongwen');
}

function countBy(items, key) {
  const out = {};
  for (const item of items) out[key(item)] = (out[key(item)] || 0) + 1;
  return out;
}

/** Resolves when `accept` holds for the document's gongwen diagnostics, re-checking on every change. */
function waitForDiagnostics(uri, accept, what, timeoutMs = WAIT_MS) {
  return new Promise((resolve, reject) => {
    let listener;
    let timer;
    const done = (error) => {
      clearTimeout(timer);
      if (listener) listener.dispose();
      if (error) reject(error);
      else resolve(gongwenDiagnostics(uri));
    };
    const check = () => { if (accept(gongwenDiagnostics(uri))) done(); };
    listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString())) check();
    });
    timer = setTimeout(() => {
      const seen = gongwenDiagnostics(uri).map((d) => `${codeOf(d)}@${d.range.start.line + 1}`);
      done(new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}; diagnostics now: ${seen.join(' ') || 'none'}`));
    }, timeoutMs);
    check();
  });
}

/** Polls until `accept(value)`; providers answer once the language server is up. */
async function until(probe, accept, what, timeoutMs = WAIT_MS) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function run() {
  const started = Date.now();
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  if (!folder) throw new Error('vsix smoke: no workspace folder is open (the runner opens the temp workspace)');
  const workspace = folder.uri.fsPath;
  const expectedPath = path.join(workspace, EXPECTED_FILE);
  if (!fs.existsSync(expectedPath)) throw new Error(`vsix smoke: ${expectedPath} is missing (written by scripts/test-vsix.mjs)`);
  const expected = JSON.parse(fs.readFileSync(expectedPath, 'utf8'));

  const results = [];
  let extension;
  let editor;

  async function check(name, fn) {
    const t = Date.now();
    try {
      const detail = await fn();
      results.push({ name, ok: true });
      log(`ok   ${name}${detail ? ` — ${detail}` : ''} (${Date.now() - t} ms)`);
    } catch (err) {
      results.push({ name, ok: false, error: String((err && err.message) || err) });
      log(`FAIL ${name}\n       ${String((err && err.stack) || err).split('\n').join('\n       ')}`);
    }
  }

  log(`VS Code ${vscode.version}, workspace ${workspace}`);
  log(`expected extensions folder ${expected.extensionsDir}`);

  await check(`${expected.extensionId} is installed`, () => {
    extension = vscode.extensions.getExtension(expected.extensionId);
    assert.ok(extension, `vscode.extensions.getExtension('${expected.extensionId}') is undefined`);
    return `version ${extension.packageJSON.version}`;
  });

  await check('it is loaded from the temp extensions folder, not the repository', () => {
    assert.ok(extension, 'no extension');
    const where = extension.extensionPath;
    assert.ok(isInside(where, expected.extensionsDir),
      `extensionPath ${where} is not inside the temp extensions folder ${expected.extensionsDir}`);
    assert.ok(!isInside(where, expected.repoRoot), `extensionPath ${where} is inside the repository ${expected.repoRoot}`);
    assert.equal(path.basename(where), `${expected.extensionId}-${expected.version}`);
    assert.equal(extension.packageJSON.version, expected.version);
    const copies = vscode.extensions.all.filter((e) => e.id.toLowerCase() === expected.extensionId.toLowerCase());
    assert.equal(copies.length, 1, `${copies.length} copies of ${expected.extensionId}`);
    const fromRepo = vscode.extensions.all.filter((e) => realpath(e.extensionPath) === realpath(expected.repoRoot));
    assert.deepEqual(fromRepo.map((e) => e.id), [], 'an extension is loaded from the repository root');
    return where;
  });

  await check('the installed folder holds the bundles and no sources', () => {
    assert.ok(extension, 'no extension');
    const root = extension.extensionPath;
    for (const file of ['package.json', 'dist/extension.js', 'dist/server.js']) {
      assert.ok(fs.existsSync(path.join(root, file)), `${file} is missing from ${root}`);
    }
    for (const dir of ['server/src', 'client/src', 'test', 'node_modules']) {
      assert.ok(!fs.existsSync(path.join(root, dir)), `${dir} is present in ${root}`);
    }
  });

  await check('it activates', async () => {
    assert.ok(extension, 'no extension');
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  const uri = vscode.Uri.file(path.join(workspace, expected.sample));
  await check(`opening ${expected.sample} from the temp workspace`, async () => {
    const document = await vscode.workspace.openTextDocument(uri);
    editor = await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'plaintext');
    return `${document.lineCount} lines, ${document.languageId}`;
  });

  // Without the extension these would only time out: fail them at once instead.
  const needExtension = () => assert.ok(extension, 'no extension (see the first check)');

  await check('30 gongwen diagnostics: 21 placeholder, 8 template-leftover, 1 mixed-style', async () => {
    needExtension();
    const diagnostics = await waitForDiagnostics(uri, (d) => d.length === 30, '30 gongwen diagnostics');
    const counts = countBy(diagnostics, codeOf);
    assert.deepEqual(counts, { placeholder: 21, 'template-leftover': 8, 'mixed-style': 1 });
    return JSON.stringify(counts);
  });

  await check('document symbols: 4 top-level sections 一、二、三、四、', async () => {
    needExtension();
    const symbols = await until(
      async () => (await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri)) || [],
      (s) => s.length > 0,
      `the outline of ${expected.sample}`,
    );
    assert.deepEqual(symbols.map((s) => s.name.slice(0, 2)), ['一、', '二、', '三、', '四、']);
    return symbols.map((s) => s.name.slice(0, 12)).join(' | ');
  });

  await check('commands gongwen.preSubmissionCheck and gongwen.nextPlaceholder exist', async () => {
    needExtension();
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['gongwen.preSubmissionCheck', 'gongwen.nextPlaceholder']) {
      assert.ok(commands.includes(id), `command ${id} is not registered`);
    }
  });

  if (editor) await vscode.commands.executeCommand('workbench.action.closeAllEditors');

  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  fs.writeFileSync(path.join(workspace, RESULT_FILE), `${JSON.stringify({
    passed, failed, total: results.length, seconds: (Date.now() - started) / 1000, results,
  }, null, 2)}\n`);
  log(`vsix smoke: ${passed} passed, ${failed} failed`);
  if (failed > 0) {
    throw new Error(`vsix smoke: ${failed} check(s) failed: ${results.filter((r) => !r.ok).map((r) => r.name).join('; ')}`);
  }
}

module.exports = { run };
