/**
 * The folder the extension is installed in (where its package.json is), found
 * from this module's location both when it is compiled to server/out/… and
 * when it is bundled into dist/.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

let root: string | undefined;

export function installRoot(): string {
  if (root) return root;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && /"name":\s*"gongwen"/.test(fs.readFileSync(manifest, 'utf8'))) return (root = dir);
    if (path.dirname(dir) === dir) return (root = path.resolve(__dirname, '..', '..'));
  }
}

/** The version in the install root's package.json ('unknown' if it cannot be read). */
export function packageVersion(): string {
  try {
    const json = JSON.parse(fs.readFileSync(path.join(installRoot(), 'package.json'), 'utf8')) as { version?: unknown };
    return typeof json.version === 'string' ? json.version : 'unknown';
  } catch {
    return 'unknown';
  }
}
