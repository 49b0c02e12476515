#!/usr/bin/env node
// `npm test`: every test tier, in order, with one summary line at the end.
// On a fresh clone it installs the npm packages first. It runs all tiers even
// when one fails, and exits non-zero if any test failed or any tier could not run.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);

/** [name, command, args]: each tier prints mocha's summary lines. */
const tiers = [
  ['engine unit tests', 'npx', ['mocha', '--config', '.mocharc.unit.json']],
  ['grammar tests', 'npx', ['mocha', '--config', '.mocharc.grammar.json']],
  ['protocol tests', 'npx', ['mocha', '--config', '.mocharc.protocol.json']],
  ['command-line tests', 'npx', ['mocha', '--config', '.mocharc.cli.json']],
  // The extension in a real VS Code 1.100.3 (code-server driven by Chromium); it
  // sets code-server up on first use and fails loudly if it cannot.
  ['extension tests in VS Code', 'node', ['scripts/test-vscode.mjs', '--no-build']],
  // The packaged .vsix installed into VS Code, checked against the installed copy.
  ['packaged extension (.vsix)', 'node', ['scripts/test-vsix.mjs']],
].filter(([name]) => only.length === 0 || only.some((o) => name.startsWith(o)));

function run(command, args, { capture = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let output = '';
    const forward = (stream, target) =>
      stream.on('data', (chunk) => {
        target.write(chunk);
        if (capture) output += chunk.toString();
      });
    forward(child.stdout, process.stdout);
    forward(child.stderr, process.stderr);
    child.on('error', (error) => resolve({ code: 127, output: `${output}\n${error.message}` }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output }));
  });
}

/** Reads mocha's `N passing`, `N failing`, `N pending` lines, or a plain `N passed, N failed` line. */
function counts(output) {
  const read = (word) => {
    const all = [...output.matchAll(new RegExp(`^\\s*(\\d+) ${word}\\b`, 'gm'))];
    return all.length ? Number(all[all.length - 1][1]) : 0;
  };
  const plain = [...output.matchAll(/(\d+) passed, (\d+) failed/g)].pop();
  if (plain && read('passing') + read('failing') === 0) return { passed: Number(plain[1]), failed: Number(plain[2]), skipped: 0 };
  return { passed: read('passing'), failed: read('failing'), skipped: read('pending') };
}

if (!existsSync(join(root, 'node_modules'))) {
  console.log('\n== installing npm packages (npm ci)');
  const { code } = await run('npm', ['ci', '--no-audit', '--no-fund']);
  if (code !== 0) {
    console.error('npm ci failed: cannot run the tests.');
    process.exit(code);
  }
}

console.log('\n== build (tsc -b)');
const build = await run('npm', ['run', 'build']);
if (build.code !== 0) {
  console.error('The build failed: no test was run.');
  console.log('gongwen: 0 passed, 1 failed');
  process.exit(1);
}

const total = { passed: 0, failed: 0, skipped: 0 };
const broken = [];
for (const [name, command, args] of tiers) {
  console.log(`\n== ${name}`);
  const { code, output } = await run(command, args, { capture: true });
  const c = counts(output);
  total.passed += c.passed;
  total.failed += c.failed;
  total.skipped += c.skipped;
  if (code !== 0 && c.failed === 0) {
    // The tier did not get as far as reporting failures: count it as one.
    broken.push(name);
    total.failed += 1;
  }
  if (c.passed + c.failed === 0 && code === 0) {
    broken.push(`${name} (ran no test)`);
    total.failed += 1;
  }
}

console.log('');
if (broken.length) console.error(`Could not run: ${broken.join(', ')}`);
console.log(`gongwen: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed > 0 ? 1 : 0);
