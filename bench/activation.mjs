// 4. Extension activation in the real VS Code setup (VS Code 1.100.3 served by code-server,
//    driven by headless Chromium): runs bench/vscode/index.js as the extension-host test suite
//    through scripts/lib/run-extension-tests.mjs on a fresh window and workspace.
//
// Standalone: node bench/activation.mjs            (prints the result)
// Internal:   node bench/activation.mjs --child <workspace>   (the run itself; parent parses stdout)

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDocument } from './lib/generate.mjs';
import { REPO_ROOT, ms } from './lib/stats.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const MARK = '[gongwen-bench]';
const CODE_SERVER_READY = path.join(REPO_ROOT, '.vscode-test', 'code-server-4.100.3', '.gongwen-code-server-ready.json');

async function child(workspace) {
  // Exit through process.exit on a signal, so that code-server.mjs's exit hook ends the
  // code-server process group it started.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(128 + (signal === 'SIGINT' ? 2 : 15)));
  const { runExtensionTests } = await import('../scripts/lib/run-extension-tests.mjs');
  const code = await runExtensionTests({
    extensionDevelopmentPath: REPO_ROOT,
    extensionTestsPath: path.join(HERE, 'vscode', 'index.js'),
    workspace,
    timeoutMs: 120_000,
  });
  process.exit(code);
}

/** Runs the measurement in a child process; resolves with its result (or { skipped } / { error }). */
export async function benchActivation({ log = console.log, verbose = false } = {}) {
  if (!fs.existsSync(CODE_SERVER_READY)) {
    return { skipped: 'code-server is not set up on this machine (run `npm run test:vscode` once to install it)' };
  }
  if (!fs.existsSync('/usr/bin/chromium')) return { skipped: '/usr/bin/chromium is missing (see scripts/lib/code-server.mjs)' };
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-bench-vscode-'));
  fs.writeFileSync(path.join(workspace, 'speech.gw'), generateDocument(20_000, 1));
  const started = Date.now();
  try {
    const output = await new Promise((resolve) => {
      const proc = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child', workspace], {
        cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      const take = (d) => {
        out += d;
        if (verbose) process.stdout.write(d);
      };
      proc.stdout.on('data', take);
      proc.stderr.on('data', take);
      const timer = setTimeout(() => proc.kill('SIGTERM'), 170_000);
      proc.on('close', (code, signal) => {
        clearTimeout(timer);
        resolve({ out, code, signal });
      });
    });
    const line = output.out.split('\n').find((l) => l.includes(MARK));
    const seconds = (Date.now() - started) / 1000;
    if (!line) {
      return { error: `no result from the extension host (exit ${output.signal ?? output.code}); output tail:\n${output.out.split('\n').slice(-25).join('\n')}`, seconds };
    }
    const result = JSON.parse(line.slice(line.indexOf(MARK) + MARK.length));
    result.seconds = seconds;
    if (result.error) return { error: result.error, seconds };
    const h = result.host;
    log(`  VS Code ${result.vscode}: open ${result.languageId} document → activate() resolved ${ms(result.activationMs)}`
      + `${result.activeAtStart ? ' (WARNING: already active before the test started)' : ''}; first diagnostics ${ms(result.firstDiagnosticsMs)}`);
    if (h) {
      log(`  extension host: load code ${h.codeLoadingTime} ms, activate() call ${h.activateCallTime} ms, `
        + `until its promise resolved ${h.activateResolvedTime} ms (event ${h.event})`);
    } else if (result.hostError) {
      log(`  extension host times unavailable: ${result.hostError}`);
    }
    log(`  (whole VS Code run ${seconds.toFixed(1)} s)`);
    return result;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv[2] === '--child') {
    await child(process.argv[3]);
  } else {
    const r = await benchActivation({ verbose: process.argv.includes('--verbose') });
    if (r.skipped || r.error) console.log(r.skipped ?? r.error);
  }
}
