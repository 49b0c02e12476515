#!/usr/bin/env node
// Bundles the client and the server with esbuild into dist/: what the
// extension loads (package.json "main") and what the .vsix ships.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const minify = !process.argv.includes('--dev');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify,
  sourcemap: minify ? false : 'inline',
  logLevel: 'warning',
  absWorkingDir: root,
  // vscode-languageserver-types etc. ship UMD builds; take the CommonJS ones.
  mainFields: ['module', 'main'],
};

await Promise.all([
  // The extension's entry stays small so activation is quick; the LSP client is
  // its own file, required a moment later.
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', './language-client.js'] }),
  build({ ...common, entryPoints: ['client/src/language-client.ts'], outfile: 'dist/language-client.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' }),
]);
