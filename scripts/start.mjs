#!/usr/bin/env node
// `npm start`: builds the extension and opens it in VS Code with samples/ as the workspace and
// samples/seed-speech.txt in an editor.
//
//   node scripts/start.mjs [--port N] [--locale zh-cn|en] [--code-server] [--no-build]
//
// With a desktop `code` command on PATH (and no --code-server) it runs
//   code --extensionDevelopmentPath=<repo> <repo>/samples <repo>/samples/seed-speech.txt
// Otherwise it installs code-server 4.100.3 (VS Code 1.100.3's server, ~2 minutes the first
// time) and serves VS Code on http://127.0.0.1:<port>/ until Ctrl-C, in Chinese (the extension's
// texts and the diagnostics; VS Code's own menus stay English without the marketplace's language
// pack) unless --locale en.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  DEFAULT_SETTINGS, REPO_ROOT, ensureCodeServer, ensureDebianPackages, registerLanguagePack, startCodeServer, workbenchUrl,
} from './lib/code-server.mjs';
import os from 'node:os';

const isWin = process.platform === 'win32';
const npm = isWin ? 'npm.cmd' : 'npm';

function die(message, err) {
  console.error(`\nnpm start failed: ${message}`);
  if (err) console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}

let opts;
try {
  ({ values: opts } = parseArgs({
    options: {
      port: { type: 'string' },
      locale: { type: 'string', default: 'zh-cn' },
      'code-server': { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      // Undocumented knobs for checking the launcher itself.
      extension: { type: 'string', default: REPO_ROOT },
      folder: { type: 'string', default: path.join(REPO_ROOT, 'samples') },
      file: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (err) {
  die(err.message);
}
if (opts.help) {
  console.log('usage: npm start -- [--port N] [--locale zh-cn|en] [--code-server] [--no-build]');
  process.exit(0);
}
const port = opts.port === undefined ? undefined : Number(opts.port);
if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) die(`--port must be a TCP port number, got ${opts.port}`);
const extensionPath = path.resolve(opts.extension);
const folder = path.resolve(opts.folder);
const file = path.resolve(opts.file ?? path.join(folder, 'seed-speech.txt'));

function run(step, command, args) {
  console.log(`> ${command} ${args.join(' ')}`);
  const r = spawnSync(command, args, { cwd: REPO_ROOT, stdio: 'inherit', shell: isWin });
  if (r.error) die(`${step}: could not run \`${command}\``, r.error);
  if (r.status !== 0) die(`${step}: \`${command} ${args.join(' ')}\` exited with ${r.status ?? r.signal}`);
}

/** A desktop VS Code `code` on PATH — but not the remote CLI that code-server/VS Code Server
 *  put on PATH inside their own integrated terminals. */
function findDesktopCode() {
  const exts = isWin ? (process.env.PATHEXT || '.EXE;.CMD;.BAT').split(';') : [''];
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (!dir || /remote-cli/.test(dir)) continue;
    for (const ext of exts) {
      const candidate = path.join(dir, `code${ext.toLowerCase()}`);
      try {
        fs.accessSync(candidate, fs.constants.X_OK);
        if (fs.statSync(candidate).isFile()) return candidate;
      } catch { /* not here */ }
    }
  }
  return null;
}

// 1. Dependencies and build.
if (!fs.existsSync(path.join(REPO_ROOT, 'node_modules'))) run('installing dependencies', npm, ['ci']);
if (!opts['no-build']) run('building the extension (npm run build)', npm, ['run', 'build']);

// 2a. Desktop VS Code.
const desktopCode = opts['code-server'] ? null : findDesktopCode();
if (desktopCode) {
  const args = [`--extensionDevelopmentPath=${extensionPath}`, folder, file];
  console.log(`> ${desktopCode} ${args.join(' ')}`);
  const r = spawnSync(desktopCode, args, { stdio: 'inherit', shell: isWin });
  if (r.error || r.status !== 0) die(`\`code\` failed (${r.error?.message ?? `exit ${r.status}`}); try \`npm start -- --code-server\``);
  console.log('Gongwen is running in a VS Code window (Extension Development Host).');
  process.exit(0);
}

// 2b. code-server in the browser.
let server;
let userDataDir;
try {
  await ensureDebianPackages();
  await ensureCodeServer();
  // The display language: a stand-in language pack makes VS Code run in Chinese for the extension
  // (see registerLanguagePack), so the diagnostics are Chinese as the writers read them.
  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-start-'));
  const chinese = !/^en\b/i.test(opts.locale);
  if (chinese) registerLanguagePack(userDataDir, opts.locale, userDataDir);
  // Long paragraphs of a .txt draft wrap, as they do in a gongwen document.
  const settings = { ...DEFAULT_SETTINGS, '[plaintext]': { 'editor.wordWrap': 'on' } };
  server = await startCodeServer({ port, settings, userDataDir, extraArgs: ['--locale', chinese ? opts.locale : 'en'] });
} catch (err) {
  die('could not start VS Code (code-server)', err);
}

const url = workbenchUrl({ port: server.port, folder, extensionDevelopmentPath: extensionPath, file });
console.log('\n==================================================================');
console.log(`Gongwen is running in VS Code at ${url}`);
console.log('==================================================================');
console.log(`(code-server log: ${server.logFile}; press Ctrl-C to stop)\n`);

// If our terminal / pipe goes away, writing to it must not crash us before code-server is stopped.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});

let stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  try { console.log(`\n${signal}: stopping code-server...`); } catch { /* output closed */ }
  await server.stop();
  fs.rmSync(userDataDir, { recursive: true, force: true });
  try { console.log('stopped.'); } catch { /* output closed */ }
  process.exit(0);
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGHUP', () => shutdown('SIGHUP'));

server.exited.then((e) => {
  if (stopping) return;
  console.error(`\ncode-server exited unexpectedly (${e.signal ?? `code ${e.code}`}).\n--- code-server log ---\n${server.logTail()}`);
  process.exit(1);
});

// `npm start` does not pass SIGTERM on to its script: when the npm that started us goes away,
// take that as the signal to stop too, so no code-server is left running on its own.
if (process.env.npm_lifecycle_event) {
  const parent = process.ppid;
  setInterval(() => { if (process.ppid !== parent) shutdown('npm exited'); }, 1000).unref();
}

// Keep the event loop alive until a signal arrives (the child's pipes would too; be explicit).
setInterval(() => {}, 1 << 30);
