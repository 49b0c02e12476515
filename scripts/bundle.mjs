#!/usr/bin/env node
// Bundles the client and the server with esbuild into dist/: what the
// extension loads (package.json "main") and what the .vsix ships.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
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

// esbuild escapes non-ASCII text in strings but leaves it in regular-expression literals. One
// such character makes V8 hold the whole source as a two-byte string: 420 KB more for the
// server, in every process. Escaped as \uXXXX (the same in strings and regular expressions),
// the bundles stay ASCII.
for (const file of ['dist/extension.js', 'dist/language-client.js', 'dist/server.js', 'dist/cli.js']) {
  const path = join(root, file);
  const source = readFileSync(path, 'utf8');
  // A backslash right before the character would change its meaning: escape none then, and say so.
  if (/\\[^\x00-\x7f]/.test(source)) throw new Error(`${file}: a non-ASCII character follows a backslash; escape it in the source`);
  const ascii = source.replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (ascii !== source) writeFileSync(path, ascii);
}
