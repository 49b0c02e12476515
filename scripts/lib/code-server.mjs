// Sets up and runs VS Code's server build (code-server 4.100.3 = VS Code 1.100.3) with the
// extension loaded, because VS Code itself cannot be downloaded on the project's machines
// (only the npm registry and Debian's packages are reachable).
// See shared notes "Running the extension tests in a real VS Code on these machines".
//
// Plain Node ESM: Node builtins plus playwright-core (devDependency), no compile step.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CODE_SERVER_VERSION = '4.100.3';
export const VSCODE_VERSION = '1.100.3';
export const CODE_SERVER_DIR = path.join(REPO_ROOT, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`);
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const DEBIAN_PACKAGES = [
  'libkrb5-dev', 'pkg-config', 'ripgrep', 'chromium', 'fonts-noto-cjk',
  'python3', 'make', 'g++',
];
/** Sensible user settings for an automated / demo workbench. */
export const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.openRepositoryInParentFolders': 'never',
};

const MARKER_FILE = '.gongwen-code-server-ready.json';
const LOG_PREFIX = '[code-server]';

function log(...args) {
  console.log(LOG_PREFIX, ...args);
}

/** A path as shown in messages: relative when inside the repository. */
function show(p) {
  const rel = path.relative(REPO_ROOT, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}

function tail(text, lines = 40) {
  const all = String(text).trimEnd().split('\n');
  return all.slice(-lines).join('\n');
}

/** Environment for child npm processes: drop what `npm run` injects so that a nested npm
 *  run from inside `npm start` does not treat the repository as its project. */
function cleanNpmEnv(extra = {}) {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    const k = key.toLowerCase();
    if (k.startsWith('npm_package_') || k.startsWith('npm_lifecycle_') || k === 'npm_config_local_prefix'
      || k === 'npm_config_prefix' || k === 'init_cwd' || k === 'npm_config_global' || k === 'npm_command') {
      delete env[key];
    }
  }
  return { ...env, ...extra };
}

/**
 * Runs a command, streaming nothing but keeping the output; resolves with {stdout, stderr}.
 * Throws an Error naming `step` with the stderr (or stdout) tail if it fails.
 */
export function runStep(step, command, args, { cwd = REPO_ROOT, env = process.env, echo = true, inherit = false } = {}) {
  if (echo) log(`${step}: ${command} ${args.join(' ')}${cwd !== REPO_ROOT ? `   (in ${show(cwd)})` : ''}`);
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    let child;
    try {
      child = spawn(command, args, { cwd, env, stdio: inherit ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe'] });
    } catch (err) {
      reject(new Error(`Step "${step}" could not start \`${command}\`: ${err.message}`));
      return;
    }
    const cap = (s) => (s.length > 200_000 ? s.slice(-200_000) : s);
    child.stdout?.on('data', (d) => { stdout = cap(stdout + d); });
    child.stderr?.on('data', (d) => { stderr = cap(stderr + d); });
    child.on('error', (err) => reject(new Error(`Step "${step}" could not run \`${command} ${args.join(' ')}\`: ${err.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) { resolve({ stdout, stderr }); return; }
      const out = tail(stderr.trim() ? stderr : stdout);
      reject(new Error(
        `Step "${step}" failed: \`${command} ${args.join(' ')}\` (in ${cwd}) exited with ${signal ?? `code ${code}`}.\n`
        + `--- last output ---\n${out || '(no output)'}`,
      ));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Debian packages
// ---------------------------------------------------------------------------------------------

async function missingDebianPackages(packages) {
  const missing = [];
  for (const pkg of packages) {
    try {
      const { stdout } = await runStep(`check ${pkg}`, 'dpkg-query', ['-W', '-f=${Status}', pkg], { echo: false });
      if (!/install ok installed/.test(stdout)) missing.push(pkg);
    } catch (err) {
      if (/could not (start|run)/.test(err.message)) {
        throw new Error(
          'dpkg-query was not found: the code-server setup expects Debian/Ubuntu with these packages: '
          + `${packages.join(' ')}. ${err.message}`,
        );
      }
      missing.push(pkg); // dpkg-query exits 1 for unknown packages
    }
  }
  return missing;
}

let aptUpdated = false;

/**
 * Makes sure the Debian packages that code-server (native module builds, ripgrep) and the
 * browser tests (Chromium, CJK font) need are installed. As root, installs the missing ones with
 * apt-get; otherwise throws an Error naming the exact command to run.
 */
export async function ensureDebianPackages({ packages = DEBIAN_PACKAGES } = {}) {
  const missing = await missingDebianPackages(packages);
  if (missing.length === 0) {
    log(`Debian packages present: ${packages.join(' ')}`);
    return { installed: [] };
  }
  const installCmd = `apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(
      `Missing Debian packages: ${missing.join(' ')}.\nInstall them with:\n`
      + `  sudo apt-get update && sudo ${installCmd}`,
    );
  }
  log(`Missing Debian packages: ${missing.join(' ')} — installing (as root).`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    await runStep('apt-get update', 'apt-get', ['update'], { env });
    aptUpdated = true;
  }
  await runStep('apt-get install', 'apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env });
  const still = await missingDebianPackages(missing);
  if (still.length) throw new Error(`apt-get install finished but these packages are still missing: ${still.join(' ')}`);
  log(`Installed Debian packages: ${missing.join(' ')}`);
  return { installed: missing };
}

// ---------------------------------------------------------------------------------------------
// code-server installation
// ---------------------------------------------------------------------------------------------

export function codeServerEntry(dir = CODE_SERVER_DIR) {
  return path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

function readMarker(dir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, MARKER_FILE), 'utf8'));
  } catch {
    return null;
  }
}

function pidAlive(pid) {
  try { process.kill(pid, 0); return true; } catch (err) { return err.code === 'EPERM'; }
}

/** A simple inter-process lock (mkdir is atomic), so two parallel callers do not install twice. */
async function withInstallLock(dir, fn) {
  const lockDir = `${dir}.lock`;
  fs.mkdirSync(path.dirname(lockDir), { recursive: true });
  const started = Date.now();
  let announced = false;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      let pid = NaN;
      try { pid = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8')); } catch { /* being written */ }
      const age = (() => { try { return Date.now() - fs.statSync(lockDir).mtimeMs; } catch { return 0; } })();
      if ((Number.isFinite(pid) && pid > 0 && !pidAlive(pid)) || (!Number.isFinite(pid) && age > 30_000)) {
        fs.rmSync(lockDir, { recursive: true, force: true }); // stale lock
        continue;
      }
      if (!announced) { log(`waiting for another process (pid ${pid}) that is installing code-server...`); announced = true; }
      if (Date.now() - started > 15 * 60_000) throw new Error(`Timed out waiting for the code-server install lock ${lockDir}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

function markerValid(dir) {
  const marker = readMarker(dir);
  return Boolean(marker
    && marker.codeServerVersion === CODE_SERVER_VERSION
    && marker.nodeModulesAbi === process.versions.modules
    && fs.existsSync(codeServerEntry(dir)));
}

async function codeServerVersion(dir) {
  // --config with an empty file: otherwise code-server writes ~/.config/code-server/config.yaml.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-code-server-version-'));
  const configFile = path.join(tmp, 'config.yaml');
  fs.writeFileSync(configFile, '');
  try {
    const { stdout } = await runStep('verify (code-server --version)', process.execPath,
      [codeServerEntry(dir), '--config', configFile, '--version'], { cwd: dir, echo: false, env: cleanNpmEnv() });
    const line = stdout.split('\n').find((l) => /^\d+\.\d+\.\d+ /.test(l.trim()));
    return (line ?? stdout).trim();
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function symlinkForce(target, linkPath) {
  fs.rmSync(linkPath, { recursive: true, force: true });
  fs.symlinkSync(target, linkPath);
}

/**
 * Installs code-server 4.100.3 into <repo>/.vscode-test/code-server-4.100.3 (about two minutes
 * when fresh) following the steps in the shared notes, verifies `code-server --version`, and
 * writes a marker so later calls return at once. Returns { dir, entry, version, reused }.
 */
export async function ensureCodeServer({ dir = CODE_SERVER_DIR, force = false } = {}) {
  if (!force && markerValid(dir)) {
    return { dir, entry: codeServerEntry(dir), version: readMarker(dir).versionOutput, reused: true };
  }
  return withInstallLock(dir, async () => {
    if (!force && markerValid(dir)) { // another process finished while we waited
      return { dir, entry: codeServerEntry(dir), version: readMarker(dir).versionOutput, reused: true };
    }
    const nodeMajor = Number(process.versions.node.split('.')[0]);
    if (nodeMajor !== 20) {
      log(`WARNING: code-server ${CODE_SERVER_VERSION} is made for Node 20; this is Node ${process.versions.node}.`);
    }
    const started = Date.now();
    log(`installing code-server ${CODE_SERVER_VERSION} into ${show(dir)} (takes ~2 minutes)...`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    // Own package.json, so npm does not walk up and install into the repository.
    fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({
      name: 'gongwen-code-server-host', private: true, description: 'Scratch folder made by scripts/lib/code-server.mjs',
    }, null, 2)}\n`);

    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const env = cleanNpmEnv();
    const vscodeDir = path.join(dir, 'node_modules', 'code-server', 'lib', 'vscode');

    // 2. code-server itself, without its install scripts (they refuse root and download ripgrep).
    await runStep('install code-server (ignore-scripts)', npm,
      ['install', '--ignore-scripts', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], { cwd: dir, env });
    if (!fs.existsSync(vscodeDir)) throw new Error(`Step "install code-server" did not create ${vscodeDir}`);

    // 3. VS Code's own production dependencies.
    await runStep('install lib/vscode dependencies', npm,
      ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: vscodeDir, env });

    // @vscode/ripgrep: its postinstall downloads rg from GitHub unless bin/ exists -> use Debian's rg.
    const rgBin = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
    try {
      fs.mkdirSync(rgBin, { recursive: true });
      if (!fs.existsSync('/usr/bin/rg')) throw new Error('/usr/bin/rg does not exist (Debian package ripgrep)');
      symlinkForce('/usr/bin/rg', path.join(rgBin, 'rg'));
    } catch (err) {
      throw new Error(`Step "ripgrep symlink" failed: ${err.message}`);
    }
    // Native modules (node-pty's script calls `npx node-gyp`, hence npm_config_yes).
    await runStep('npm rebuild in lib/vscode', npm, ['rebuild'],
      { cwd: vscodeDir, env: { ...env, npm_config_yes: 'true' } });

    // 4. Symlinks that code-server's postinstall would have made, and the built-in extensions' deps.
    try {
      symlinkForce('node_modules', path.join(vscodeDir, 'node_modules.asar'));
      symlinkForce('code-linux.sh', path.join(vscodeDir, 'bin', 'remote-cli', 'code-server'));
      symlinkForce('browser-linux.sh', path.join(vscodeDir, 'bin', 'helpers', 'browser.sh'));
    } catch (err) {
      throw new Error(`Step "symlinks (node_modules.asar, remote-cli, helpers)" failed: ${err.message}`);
    }
    await runStep('install lib/vscode/extensions dependencies', npm,
      ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: path.join(vscodeDir, 'extensions'), env });

    // 5. argon2 (password hashing; loaded at start even with --auth none).
    await runStep('npm rebuild argon2', npm, ['rebuild', 'argon2'], { cwd: dir, env: { ...env, npm_config_yes: 'true' } });

    // 6. Verify.
    const versionOutput = await codeServerVersion(dir);
    if (!versionOutput.startsWith(CODE_SERVER_VERSION) || !versionOutput.includes(VSCODE_VERSION)) {
      throw new Error(`Step "verify" failed: code-server --version printed ${JSON.stringify(versionOutput)}, `
        + `expected ${CODE_SERVER_VERSION} with Code ${VSCODE_VERSION}`);
    }
    const seconds = Math.round((Date.now() - started) / 1000);
    fs.writeFileSync(path.join(dir, MARKER_FILE), `${JSON.stringify({
      codeServerVersion: CODE_SERVER_VERSION,
      versionOutput,
      node: process.versions.node,
      nodeModulesAbi: process.versions.modules,
      installedAt: new Date().toISOString(),
      seconds,
    }, null, 2)}\n`);
    log(`code-server ready (${versionOutput.split('\n')[0]}) in ${seconds}s`);
    return { dir, entry: codeServerEntry(dir), version: versionOutput, reused: false };
  });
}

// ---------------------------------------------------------------------------------------------
// Running code-server
// ---------------------------------------------------------------------------------------------

/** A free TCP port on 127.0.0.1 (bind port 0, read it, close). */
export function findFreePort(port = 0) {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(port, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function httpStatus(url, timeoutMs = 2000) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('timeout', () => { req.destroy(); resolve(0); });
    req.on('error', () => resolve(0));
  });
}

const liveGroups = new Set();
let exitHookInstalled = false;
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Last resort: never leave a code-server behind if our process goes away.
  process.on('exit', () => {
    for (const pid of liveGroups) {
      try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ }
    }
  });
}

/**
 * Starts code-server on 127.0.0.1 with fresh temp user-data and extensions dirs (unless given).
 * `settings` (object) is written to <userDataDir>/User/settings.json first; `disableGallery`
 * turns off the extension gallery (no network here); `quiet: false` echoes the server log;
 * `keepTemp` keeps the temp folder (config, log, own user-data/extensions dirs) after stop().
 * Resolves when it answers HTTP; returns { port, url, process, userDataDir, extensionsDir,
 * logFile, logTail(), stop() }.
 */
export async function startCodeServer({
  port,
  userDataDir,
  extensionsDir,
  settings,
  dir = CODE_SERVER_DIR,
  startTimeoutMs = 60_000,
  extraArgs = [],
  quiet = true,
  disableGallery = false,
  keepTemp = false,
} = {}) {
  const entry = codeServerEntry(dir);
  if (!fs.existsSync(entry)) throw new Error(`code-server is not installed at ${dir}: call ensureCodeServer() first`);
  if (port) {
    port = Number(port);
    try {
      await findFreePort(port);
    } catch (err) {
      throw new Error(`Port ${port} on 127.0.0.1 is not free (${err.code ?? err.message}): choose another one`);
    }
  } else {
    port = await findFreePort();
  }
  const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-code-server-'));
  userDataDir = userDataDir ?? path.join(tmpRoot, 'user-data');
  extensionsDir = extensionsDir ?? path.join(tmpRoot, 'extensions');
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  if (settings) {
    const userDir = path.join(userDataDir, 'User');
    fs.mkdirSync(userDir, { recursive: true });
    fs.writeFileSync(path.join(userDir, 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
  }
  // An empty config file, so code-server does not create ~/.config/code-server/config.yaml.
  const configFile = path.join(tmpRoot, 'config.yaml');
  fs.writeFileSync(configFile, '');
  const logFile = path.join(tmpRoot, 'code-server.log');
  const logStream = fs.createWriteStream(logFile);

  const args = [
    entry,
    '--config', configFile,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-workspace-trust',
    '--disable-update-check',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    ...extraArgs,
  ];
  const child = spawn(process.execPath, args, {
    cwd: tmpRoot,
    // EXTENSIONS_GALLERY={} turns off code-server's default gallery (open-vsx.org), which cannot
    // be reached on the project's machines and only adds errors to the logs.
    env: cleanNpmEnv(disableGallery ? { EXTENSIONS_GALLERY: '{}' } : {}),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group: stop() ends code-server and everything it started
  });
  installExitHook();
  liveGroups.add(child.pid);
  let logText = '';
  const onData = (d) => {
    logStream.write(d);
    logText = (logText + d).slice(-100_000);
    if (!quiet) process.stdout.write(`${LOG_PREFIX} ${d}`);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let exited = null;
  const exitPromise = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      resolve(exited);
    });
    child.on('error', (err) => {
      logText += `\n${err.stack ?? err.message}\n`;
      exited = { code: null, signal: null, error: err };
      resolve(exited);
    });
  });
  const logTail = (lines = 40) => tail(logText, lines);

  let stopping = null;
  const stop = () => {
    if (stopping) return stopping;
    stopping = (async () => {
      if (!exited) {
        try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
        let timeout;
        const timer = new Promise((r) => { timeout = setTimeout(r, 5000, 'timeout'); });
        const first = await Promise.race([exitPromise, timer]);
        clearTimeout(timeout);
        if (first === 'timeout') {
          try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
          await exitPromise;
        }
      }
      // The process group may still hold children (extension host, pty host) after the parent exits.
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* none left */ }
      liveGroups.delete(child.pid);
      await new Promise((r) => logStream.end(r));
      // tmpRoot holds the config, the log and our own user-data/extensions dirs (never the caller's).
      if (!keepTemp) fs.rmSync(tmpRoot, { recursive: true, force: true });
    })();
    return stopping;
  };

  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (exited) {
      const t = logTail();
      await stop();
      throw new Error(`code-server exited during start-up (${exited.signal ?? `code ${exited.code}`}).\n--- code-server log ---\n${t}`);
    }
    // /healthz answers once the HTTP server is up.
    if (await httpStatus(`${url}healthz`) === 200) break;
    if (Date.now() > deadline) {
      const t = logTail();
      await stop();
      throw new Error(`code-server did not answer on ${url} within ${Math.round(startTimeoutMs / 1000)}s.\n--- code-server log ---\n${t}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { port, url, process: child, userDataDir, extensionsDir, logFile, logTail, stop, exited: exitPromise };
}

/** vscode-remote URI string for an absolute path on this machine, as the workbench expects. */
export function remoteUri(port, absPath) {
  const p = path.resolve(absPath).split(path.sep).map(encodeURIComponent).join('/');
  return `vscode-remote://127.0.0.1:${port}${p.startsWith('/') ? p : `/${p}`}`;
}

/**
 * The workbench URL: http://127.0.0.1:<port>/?folder=<path>&payload=<json>, with the payload
 * entries extensionDevelopmentPath, extensionTestsPath (optional), skipWelcome and openFile
 * (optional; the file is opened in an editor when the workbench starts).
 */
export function workbenchUrl({ port, folder, extensionDevelopmentPath, extensionTestsPath, file, host = '127.0.0.1' }) {
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remoteUri(port, extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remoteUri(port, extensionTestsPath)]);
  payload.push(['skipWelcome', 'true']);
  if (file) payload.push(['openFile', remoteUri(port, file)]);
  // Encoded as VS Code's own browser test runner does, but leaving '/', ':' and ',' readable
  // (all legal in a query string).
  const enc = (v) => encodeURIComponent(v).replace(/%2F/g, '/').replace(/%3A/g, ':').replace(/%2C/g, ',');
  const query = [];
  if (folder) query.push(`folder=${enc(path.resolve(folder))}`);
  query.push(`payload=${enc(JSON.stringify(payload))}`);
  return `http://${host}:${port}/?${query.join('&')}`;
}

// ---------------------------------------------------------------------------------------------
// Chromium
// ---------------------------------------------------------------------------------------------

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Debian's Chromium driven by playwright-core (never `playwright install`), headless. */
export async function launchChromium({ headless = true, args = [] } = {}) {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} not found: install Debian's chromium (see ensureDebianPackages()).`);
  }
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless, args: [...CHROMIUM_ARGS, ...args] });
}

/**
 * Registers an (empty) language pack for `locale` in code-server's user-data dir.
 *
 * The language server writes its diagnostics in the language of the LSP `locale`, which the
 * language client takes from vscode.env.language. In code-server that is the workbench's resolved
 * display language, and `--locale zh-cn` alone resolves to "en" unless a language pack for zh-cn
 * is installed (VS Code then falls back to English everywhere). The official pack
 * (MS-CEINTL.vscode-language-pack-zh-hans) comes from the extension marketplace, which these
 * machines cannot reach, so this registers a stand-in the same way an installed pack is
 * registered (<user-data>/languagepacks.json): VS Code then runs in zh-cn — vscode.env.language
 * is "zh-cn", extensions use their package.nls.zh-cn.json and the Gongwen server answers in
 * Chinese, its default — while VS Code's own strings, which the stand-in does not translate,
 * stay English.
 */
export function registerLanguagePack(userDataDir, locale, tmpRoot) {
  const dir = path.join(tmpRoot, 'language-pack');
  fs.mkdirSync(dir, { recursive: true });
  const translations = path.join(dir, 'main.i18n.json');
  fs.writeFileSync(translations, `${JSON.stringify({ version: '1.0.0', contents: {} })}\n`);
  const packs = {
    [locale.toLowerCase()]: {
      hash: `gongwen-screenshots-${locale.toLowerCase()}`,
      extensions: [{ extensionIdentifier: { id: 'gongwen.screenshots-language-pack' }, version: '0.0.0' }],
      translations: { vscode: translations },
      label: locale,
    },
  };
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), `${JSON.stringify(packs, null, 2)}\n`);
}
