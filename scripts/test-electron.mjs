#!/usr/bin/env node
// `npm run test:electron`: the same extension-host suite as `npm run test:vscode`,
// run by @vscode/test-electron in desktop VS Code. It downloads VS Code unless
// VSCODE_EXECUTABLE_PATH names an installed one; where neither is possible
// (as on the offline build machines) it fails with the reason.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('test:electron: the build failed; no test was run.');
  process.exit(1);
}

try {
  const code = await runTests({
    version: '1.100.3',
    ...(process.env.VSCODE_EXECUTABLE_PATH ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH } : {}),
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'test', 'out', 'index.js'),
    launchArgs: [join(root, 'test', 'fixtures'), '--disable-extensions', '--disable-workspace-trust'],
  });
  process.exit(code);
} catch (error) {
  console.error('\n==================================================================');
  console.error('test:electron could not run the extension tests in desktop VS Code:');
  console.error(error instanceof Error ? error.message : String(error));
  console.error('Set VSCODE_EXECUTABLE_PATH to an installed VS Code, or use `npm run test:vscode` (code-server, offline).');
  console.error('==================================================================\n');
  process.exit(2);
}
