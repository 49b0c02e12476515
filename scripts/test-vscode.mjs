#!/usr/bin/env node
// Runs the extension-host test suite inside a real VS Code 1.100.3 (code-server + Chromium).
//
//   node scripts/test-vscode.mjs [--tests <compiled test index>] [--workspace <folder>]
//                                [--extension <folder>] [--timeout <seconds>] [--no-build]
//                                [--screenshot <png>] [--verbose]
//
// Defaults: extension = repo root, tests = test/out/index.js, workspace = test/fixtures.
// Exits with the suite's exit code; non-zero with a loud message if anything could not run.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT, ensureCodeServer, ensureDebianPackages } from './lib/code-server.mjs';
import { runExtensionTests } from './lib/run-extension-tests.mjs';

function fail(message, err) {
  console.error('\n==================================================================');
  console.error(`VS Code extension tests could not run: ${message}`);
  if (err) console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  console.error('==================================================================\n');
  process.exit(2);
}

let opts;
try {
  ({ values: opts } = parseArgs({
    options: {
      tests: { type: 'string', default: path.join(REPO_ROOT, 'test', 'out', 'index.js') },
      workspace: { type: 'string', default: path.join(REPO_ROOT, 'test', 'fixtures') },
      extension: { type: 'string', default: REPO_ROOT },
      timeout: { type: 'string', default: '300' },
      'no-build': { type: 'boolean', default: false },
      screenshot: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (err) {
  fail(err.message);
}
if (opts.help) {
  console.log('usage: node scripts/test-vscode.mjs [--tests <index.js>] [--workspace <dir>] [--extension <dir>] '
    + '[--timeout <s>] [--no-build] [--screenshot <png>] [--verbose]');
  process.exit(0);
}

const started = Date.now();
try {
  await ensureDebianPackages();
  await ensureCodeServer();
} catch (err) {
  fail('setting up code-server failed', err);
}

if (!opts['no-build']) {
  console.log('[vscode-test] npm run build');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (r.error) fail(`could not run \`npm run build\`: ${r.error.message}`);
  if (r.status !== 0) fail(`\`npm run build\` failed (exit ${r.status ?? r.signal}); fix the build first`);
}

const tests = path.resolve(opts.tests);
const workspace = path.resolve(opts.workspace);
if (!fs.existsSync(tests) && !fs.existsSync(`${tests}.js`)) fail(`the test index ${tests} does not exist (was it built?)`);
if (!fs.existsSync(workspace)) fail(`the workspace folder ${workspace} does not exist`);

const timeoutSeconds = Number(opts.timeout);
if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) fail(`--timeout must be a positive number of seconds, got ${opts.timeout}`);

let code;
try {
  code = await runExtensionTests({
    extensionDevelopmentPath: path.resolve(opts.extension),
    extensionTestsPath: tests,
    workspace,
    timeoutMs: timeoutSeconds * 1000,
    screenshotOnFailure: opts.screenshot,
    verbose: opts.verbose,
  });
} catch (err) {
  fail('the test run did not complete', err);
}
const secs = ((Date.now() - started) / 1000).toFixed(1);
if (code === 0) {
  console.log(`[vscode-test] extension tests passed in VS Code 1.100.3 (${secs}s)`);
} else {
  console.error(`\n[vscode-test] EXTENSION TESTS FAILED in VS Code 1.100.3: exit code ${code} (${secs}s)\n`);
}
process.exit(code === 0 ? 0 : (code || 1));
