#!/usr/bin/env node
// `npm run test:vsix`: installs the packaged gongwen.vsix into VS Code 1.100.3 (code-server) and
// runs a smoke suite against the INSTALLED extension, not the development tree.
//
//   node scripts/test-vsix.mjs [--no-package] [--vsix <file>] [--timeout <seconds>] [--keep]
//                              [--screenshot <png>] [--verbose]
//
//  1. Debian packages and code-server (as scripts/test-vscode.mjs).
//  2. `npm run package` -> gongwen.vsix (skipped with --no-package when the file exists).
//  3. Lists the .vsix and fails if it holds sources, tests, source maps or node_modules.
//  4. `code-server --install-extension <vsix> --extensions-dir <fresh temp dir>` (offline: a
//     local file), then checks the installed folder the same way.
//  5. Runs test/smoke/index.js in VS Code with that extensions folder; the development
//     extension is the empty test/smoke/runner, so Gongwen can only come from the .vsix.
//
// Exits 0 only if every step ran and every smoke check passed; otherwise non-zero with a loud
// message. The temp folder is removed on success and kept (path printed) on failure or --keep.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  CODE_SERVER_DIR, REPO_ROOT, codeServerEntry, ensureCodeServer, ensureDebianPackages, runStep,
} from './lib/code-server.mjs';
import { runExtensionTests } from './lib/run-extension-tests.mjs';

const PREFIX = '[vsix-test]';
const EXTENSION_ID = 'gongwen.gongwen';
const SAMPLE = path.join(REPO_ROOT, 'samples', 'seed-speech.txt');
const RUNNER = path.join(REPO_ROOT, 'test', 'smoke', 'runner');
const SUITE = path.join(REPO_ROOT, 'test', 'smoke', 'index.js');
const EXPECTED_CHECKS = 8; // checks in test/smoke/index.js

let tempRoot = null;
let keepTemp = false;

function log(...args) {
  console.log(PREFIX, ...args);
}

function fail(message, err) {
  console.error('\n==================================================================');
  console.error(`VSIX SMOKE TEST FAILED: ${message}`);
  if (err) console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  if (tempRoot && fs.existsSync(tempRoot)) console.error(`temp folder kept for inspection: ${tempRoot}`);
  console.error('==================================================================\n');
  process.exit(1);
}

let opts;
try {
  ({ values: opts } = parseArgs({
    options: {
      'no-package': { type: 'boolean', default: false },
      vsix: { type: 'string', default: path.join(REPO_ROOT, 'gongwen.vsix') },
      timeout: { type: 'string', default: '300' },
      keep: { type: 'boolean', default: false },
      screenshot: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (err) {
  fail(err.message);
}
if (opts.help) {
  console.log('usage: node scripts/test-vsix.mjs [--no-package] [--vsix <file>] [--timeout <s>] [--keep] '
    + '[--screenshot <png>] [--verbose]');
  process.exit(0);
}
keepTemp = opts.keep;
const timeoutSeconds = Number(opts.timeout);
if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) fail(`--timeout must be a positive number of seconds, got ${opts.timeout}`);

const timings = [];
const started = Date.now();
async function timed(name, fn) {
  const t = Date.now();
  try {
    return await fn();
  } finally {
    timings.push([name, (Date.now() - t) / 1000]);
  }
}

// ---------------------------------------------------------------------------------------------
// What the package may and must contain
// ---------------------------------------------------------------------------------------------

/** Folders that belong to the development tree only. */
const FORBIDDEN_DIRS = new Set(['node_modules', 'src', 'test', 'tests', 'out', 'fixtures', '.vscode-test', 'bench', 'corpus', 'scripts', 'coverage']);
/** Files that are sources, build info or dev configuration. */
const FORBIDDEN_FILES = [
  [/\.(c|m)?tsx?$/i, 'TypeScript source'],
  [/\.map$/i, 'source map'],
  [/\.tsbuildinfo$/i, 'TypeScript build info'],
  [/(^|\/)tsconfig[^/]*\.json$/i, 'TypeScript config'],
  [/(^|\/)\.mocharc[^/]*$/i, 'mocha config'],
  [/(^|\/)package-lock\.json$/i, 'lock file'],
  [/(^|\/)\.vscodeignore$/i, 'packaging config'],
];
const REQUIRED_FILES = ['package.json', 'dist/extension.js', 'dist/server.js'];

/** Problems with a list of paths relative to the extension root ('/'-separated, files only). */
function packageProblems(files) {
  const problems = [];
  const dirsSeen = new Set();
  for (const file of files) {
    const segments = file.split('/');
    for (let i = 0; i < segments.length - 1; i++) {
      if (FORBIDDEN_DIRS.has(segments[i])) {
        const dir = segments.slice(0, i + 1).join('/');
        if (!dirsSeen.has(dir)) { dirsSeen.add(dir); problems.push(`folder ${dir}/ (development only)`); }
      }
    }
    for (const [re, what] of FORBIDDEN_FILES) {
      if (re.test(file)) problems.push(`${file} (${what})`);
    }
  }
  for (const file of REQUIRED_FILES) {
    if (!files.includes(file)) problems.push(`${file} is missing`);
  }
  return problems;
}

/** Entries of a zip file from its central directory: [{ name, size, compressed }]. No dependencies. */
function zipEntries(file) {
  const buf = fs.readFileSync(file);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error(`${file} is not a zip file (no end-of-central-directory record)`);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`${file}: bad central directory entry ${n}`);
    const compressed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    entries.push({ name, size, compressed });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function walk(dir, base = dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, base, out);
    else out.push({ name: path.relative(base, full).split(path.sep).join('/'), size: fs.statSync(full).size });
  }
  return out;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function printListing(title, entries) {
  log(title);
  const width = Math.max(...entries.map((e) => String(e.size).length));
  for (const e of [...entries].sort((a, b) => a.name.localeCompare(b.name))) {
    console.log(`    ${String(e.size).padStart(width)}  ${e.name}`);
  }
  log(`  ${entries.length} files, ${kb(entries.reduce((s, e) => s + e.size, 0))} uncompressed`);
}

// ---------------------------------------------------------------------------------------------
// 1. code-server
// ---------------------------------------------------------------------------------------------

try {
  await timed('debian packages + code-server', async () => {
    await ensureDebianPackages();
    await ensureCodeServer();
  });
} catch (err) {
  fail('setting up code-server failed', err);
}

// ---------------------------------------------------------------------------------------------
// 2. the .vsix
// ---------------------------------------------------------------------------------------------

const vsix = path.resolve(opts.vsix);
if (opts['no-package'] && fs.existsSync(vsix)) {
  log(`--no-package: using the existing ${path.relative(REPO_ROOT, vsix) || vsix}`);
} else {
  if (opts['no-package']) log(`--no-package given but ${vsix} does not exist: packaging`);
  if (vsix !== path.join(REPO_ROOT, 'gongwen.vsix')) fail(`--vsix ${vsix} does not exist (only gongwen.vsix can be built here)`);
  log('npm run package');
  await timed('npm run package', async () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const r = spawnSync(npm, ['run', 'package'], { cwd: REPO_ROOT, stdio: 'inherit' });
    if (r.error) fail(`could not run \`npm run package\`: ${r.error.message}`);
    if (r.status !== 0) fail(`\`npm run package\` failed (exit ${r.status ?? r.signal})`);
  });
  if (!fs.existsSync(vsix)) fail(`\`npm run package\` succeeded but ${vsix} does not exist`);
}
const vsixBytes = fs.statSync(vsix).size;
log(`${path.basename(vsix)}: ${kb(vsixBytes)} (${vsixBytes} bytes)`);

let vsixFiles;
try {
  const entries = zipEntries(vsix);
  printListing(`contents of ${path.basename(vsix)}:`, entries);
  vsixFiles = entries.filter((e) => e.name.startsWith('extension/') && !e.name.endsWith('/'))
    .map((e) => e.name.slice('extension/'.length));
} catch (err) {
  fail(`cannot read ${vsix}`, err);
}
const vsixProblems = packageProblems(vsixFiles);
if (vsixProblems.length) fail(`${path.basename(vsix)} holds what it must not (or lacks what it must):\n  ${vsixProblems.join('\n  ')}`);
log('the .vsix holds no sources, tests, source maps or node_modules, and has package.json + dist/extension.js + dist/server.js');

const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
const version = manifest.version;

// ---------------------------------------------------------------------------------------------
// 3. install it with code-server's CLI into a fresh extensions folder
// ---------------------------------------------------------------------------------------------

tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-vsix-'));
const extensionsDir = path.join(tempRoot, 'extensions');
const cliUserData = path.join(tempRoot, 'cli-user-data');
const workspace = path.join(tempRoot, 'workspace');
fs.mkdirSync(extensionsDir);
fs.mkdirSync(workspace);
const cliConfig = path.join(tempRoot, 'config.yaml');
fs.writeFileSync(cliConfig, ''); // empty: otherwise code-server writes ~/.config/code-server/config.yaml

try {
  await timed('install the .vsix', async () => {
    const { stdout } = await runStep('install the .vsix', process.execPath, [
      codeServerEntry(CODE_SERVER_DIR), '--config', cliConfig,
      '--user-data-dir', cliUserData, '--extensions-dir', extensionsDir,
      '--install-extension', vsix,
    ], { cwd: tempRoot, env: { ...process.env, EXTENSIONS_GALLERY: '{}' } });
    for (const line of stdout.trim().split('\n')) log(`  ${line}`);
    if (!/successfully installed/i.test(stdout)) throw new Error(`code-server did not report a successful install:\n${stdout}`);
  });
} catch (err) {
  fail('code-server --install-extension failed', err);
}

const installed = path.join(extensionsDir, `${EXTENSION_ID}-${version}`);
if (!fs.existsSync(installed)) {
  fail(`the installed folder ${installed} does not exist; ${extensionsDir} holds: ${fs.readdirSync(extensionsDir).join(', ') || 'nothing'}`);
}
const installedFiles = walk(installed);
printListing(`installed into ${installed}:`, installedFiles);
const installedProblems = packageProblems(installedFiles.map((e) => e.name));
for (const dir of ['server/src', 'client/src', 'test', 'node_modules']) {
  if (fs.existsSync(path.join(installed, dir))) installedProblems.push(`${dir}/ exists`);
}
if (installedProblems.length) fail(`the installed extension holds what it must not (or lacks what it must):\n  ${installedProblems.join('\n  ')}`);
const installedManifest = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));
if (`${installedManifest.publisher}.${installedManifest.name}` !== EXTENSION_ID || installedManifest.version !== version) {
  fail(`the installed package.json is ${installedManifest.publisher}.${installedManifest.name}@${installedManifest.version}, expected ${EXTENSION_ID}@${version}`);
}
if (!installedManifest.main || !fs.existsSync(path.resolve(installed, installedManifest.main))) {
  fail(`the installed package.json's main (${installedManifest.main}) does not exist in ${installed}`);
}
log('the installed folder holds no sources, tests or node_modules');

// ---------------------------------------------------------------------------------------------
// 4. smoke suite in VS Code, Gongwen from the extensions folder, the runner as development extension
// ---------------------------------------------------------------------------------------------

fs.copyFileSync(SAMPLE, path.join(workspace, path.basename(SAMPLE)));
fs.writeFileSync(path.join(workspace, '.gongwen-smoke.json'), `${JSON.stringify({
  extensionsDir, repoRoot: REPO_ROOT, extensionId: EXTENSION_ID, version, sample: path.basename(SAMPLE),
}, null, 2)}\n`);
const resultFile = path.join(workspace, '.gongwen-smoke-result.json');

let code;
try {
  code = await timed('smoke suite in VS Code', () => runExtensionTests({
    extensionDevelopmentPath: RUNNER,
    extensionTestsPath: SUITE,
    workspace,
    extensionsDir,
    timeoutMs: timeoutSeconds * 1000,
    screenshotOnFailure: opts.screenshot,
    verbose: opts.verbose,
  }));
} catch (err) {
  fail('the smoke suite did not complete in VS Code', err);
}

let result = null;
try { result = JSON.parse(fs.readFileSync(resultFile, 'utf8')); } catch { /* checked below */ }

const total = ((Date.now() - started) / 1000).toFixed(1);
log('timings:');
for (const [name, s] of timings) console.log(`    ${s.toFixed(1).padStart(6)} s  ${name}`);
console.log(`    ${total.padStart(6)} s  total`);

if (!result) fail(`VS Code exited with code ${code} but the suite wrote no result (${resultFile}): it did not run`);
if (code !== 0 || result.failed !== 0 || result.passed !== EXPECTED_CHECKS) {
  const failedNames = (result.results ?? []).filter((r) => !r.ok).map((r) => `${r.name}: ${r.error}`);
  fail(`VS Code exit code ${code}; vsix smoke: ${result.passed} passed, ${result.failed} failed `
    + `(expected ${EXPECTED_CHECKS} passed)${failedNames.length ? `\n  ${failedNames.join('\n  ')}` : ''}`);
}

if (keepTemp) log(`--keep: temp folder kept: ${tempRoot}`);
else fs.rmSync(tempRoot, { recursive: true, force: true });
log(`${path.basename(vsix)} (${kb(vsixBytes)}) installed and smoke-tested in VS Code 1.100.3 in ${total}s`);
console.log(`vsix smoke: ${result.passed} passed, ${result.failed} failed`);
