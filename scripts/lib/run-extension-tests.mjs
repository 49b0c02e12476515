// Runs an extension-host test suite (a module exporting run(), as for @vscode/test-electron)
// inside VS Code 1.100.3 served by code-server, driven by Debian's Chromium through
// playwright-core — the mechanism of microsoft/vscode's own browser integration tests.

import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import {
  DEFAULT_SETTINGS, launchChromium, startCodeServer, workbenchUrl,
} from './code-server.mjs';

const PREFIX = '[vscode-test]';
// Workbench log lines that only say the (unreachable, disabled) gallery is not used.
const NOISE = [
  /^Ignoring fetching additional builtin extensions from gallery as it is disabled\.$/,
  /^Updating additional builtin extensions cache$/,
];

function fmtLogArgs(args) {
  // VS Code 1.100 calls codeAutomationLog(level, message: string); older builds passed console args[].
  if (!Array.isArray(args)) return String(args ?? '');
  const parts = [...args];
  if (typeof parts[0] === 'string' && parts[0].includes('%c')) {
    const cssCount = (parts[0].match(/%c/g) || []).length;
    parts[0] = parts[0].replace(/%c/g, '');
    parts.splice(1, cssCount);
  }
  return format(...parts);
}

/**
 * @param {object} o
 * @param {string} o.extensionDevelopmentPath  folder with the extension's package.json
 * @param {string} o.extensionTestsPath        compiled test index module exporting run()
 * @param {string} [o.workspace]               folder to open in the workbench
 * @param {number} [o.timeoutMs=300000]        whole-run limit (after code-server is up)
 * @param {object} [o.settings]                user settings (merged over DEFAULT_SETTINGS)
 * @param {string} [o.screenshotOnFailure]     path of a PNG to write when the run fails / times out
 * @param {boolean} [o.verbose]                echo the code-server log and browser console too
 * @param {string} [o.extensionsDir]           extensions folder for code-server (`--extensions-dir`),
 *                                             e.g. one a .vsix was installed into; default: a fresh
 *                                             empty temp folder. Never deleted by this function.
 * @returns {Promise<number>} the exit code the workbench reports (0 = suite passed)
 */
export async function runExtensionTests({
  extensionDevelopmentPath,
  extensionTestsPath,
  workspace,
  timeoutMs = 300_000,
  settings = {},
  screenshotOnFailure,
  verbose = false,
  extensionsDir,
} = {}) {
  if (!extensionDevelopmentPath) throw new Error('runExtensionTests: extensionDevelopmentPath is required');
  if (!extensionTestsPath) throw new Error('runExtensionTests: extensionTestsPath is required');
  extensionDevelopmentPath = path.resolve(extensionDevelopmentPath);
  extensionTestsPath = path.resolve(extensionTestsPath);
  if (!fs.existsSync(path.join(extensionDevelopmentPath, 'package.json'))) {
    throw new Error(`runExtensionTests: no package.json in extensionDevelopmentPath ${extensionDevelopmentPath}`);
  }
  const testsExists = fs.existsSync(extensionTestsPath) || fs.existsSync(`${extensionTestsPath}.js`);
  if (!testsExists) throw new Error(`runExtensionTests: extensionTestsPath ${extensionTestsPath} does not exist`);
  if (extensionsDir) {
    extensionsDir = path.resolve(extensionsDir);
    if (!fs.existsSync(extensionsDir)) throw new Error(`runExtensionTests: extensionsDir ${extensionsDir} does not exist`);
  }
  if (workspace) {
    workspace = path.resolve(workspace);
    if (!fs.existsSync(workspace)) throw new Error(`runExtensionTests: workspace folder ${workspace} does not exist`);
  }

  const started = Date.now();
  let server;
  let browser;
  let timer;
  try {
    server = await startCodeServer({
      settings: { ...DEFAULT_SETTINGS, ...settings }, quiet: !verbose, disableGallery: true, extensionsDir,
    });
    console.log(`${PREFIX} code-server 127.0.0.1:${server.port} up in ${((Date.now() - started) / 1000).toFixed(1)}s`);
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();

    let settle;
    const result = new Promise((resolve, reject) => { settle = { resolve, reject }; });
    result.catch(() => {}); // settled early (e.g. during goto) must not count as unhandled

    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = fmtLogArgs(args);
      if (!verbose && NOISE.some((re) => re.test(line))) return;
      if (type === 'error' || type === 'warn') console.error(line);
      else console.log(line);
    });
    await page.exposeFunction('codeAutomationExit', (code) => {
      settle.resolve(typeof code === 'number' ? code : Number(code ?? 1));
    });
    page.on('pageerror', (err) => { if (verbose) console.error(`${PREFIX} page error: ${err.message}`); });
    if (verbose) page.on('console', (msg) => console.log(`${PREFIX} browser ${msg.type()}: ${msg.text()}`));
    page.on('crash', () => settle.reject(new Error('the workbench page crashed')));
    browser.on('disconnected', () => settle.reject(new Error('Chromium disconnected before the tests finished')));
    server.exited.then((e) => settle.reject(new Error(
      `code-server exited before the tests finished (${e.signal ?? `code ${e.code}`}).\n--- code-server log ---\n${server.logTail()}`,
    )));
    timer = setTimeout(() => settle.reject(new Error(
      `Extension tests timed out after ${Math.round(timeoutMs / 1000)}s without the workbench reporting an exit code.\n`
      + `--- code-server log ---\n${server.logTail()}`,
    )), timeoutMs);

    const url = workbenchUrl({ port: server.port, folder: workspace, extensionDevelopmentPath, extensionTestsPath });
    if (verbose) console.log(`${PREFIX} opening ${url}`);

    let code;
    try {
      await Promise.race([page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 }), result]);
      code = await result;
    } catch (err) {
      if (screenshotOnFailure) {
        await page.screenshot({ path: screenshotOnFailure }).catch(() => {});
        console.error(`${PREFIX} screenshot: ${screenshotOnFailure}`);
      }
      throw err;
    }
    console.log(`${PREFIX} workbench reported exit code ${code} after ${((Date.now() - started) / 1000).toFixed(1)}s`);
    if (code !== 0 && screenshotOnFailure) {
      await page.screenshot({ path: screenshotOnFailure }).catch(() => {});
      console.error(`${PREFIX} screenshot: ${screenshotOnFailure}`);
    }
    return code;
  } finally {
    clearTimeout(timer);
    if (browser) await browser.close().catch(() => {});
    if (server) await server.stop().catch(() => {});
  }
}
