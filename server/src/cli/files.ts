/**
 * The drafts named on the command line: files as given, folders searched for
 * drafts (skipping `node_modules` and dot-folders).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The extensions taken from folders. Files named explicitly are checked whatever their extension. */
export const DRAFT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.gw', '.gongwen'];

export interface Draft {
  /** The path as the user gave it, or the folder they gave joined with the path below it. */
  readonly display: string;
  readonly absolute: string;
  /** Which argument named it (0-based), to keep the output in the order of the command line. */
  readonly argument: number;
}

export type ArgumentProblem =
  /** The path does not exist. */
  | { readonly kind: 'missing'; readonly path: string; readonly error: unknown; readonly argument: number }
  /** A folder that could not be listed. */
  | { readonly kind: 'unlistable'; readonly path: string; readonly error: unknown }
  /** A folder without drafts: not an error, but worth saying. */
  | { readonly kind: 'empty'; readonly path: string };

export interface Collected {
  readonly drafts: Draft[];
  readonly problems: ArgumentProblem[];
}

export function isDraftName(name: string): boolean {
  return DRAFT_EXTENSIONS.includes(path.extname(name).toLowerCase());
}

/** `.gw` and `.gongwen` files are drafts by their name, Chinese or not (as the gongwen language is in the editor). */
export function isGongwenFile(file: string): boolean {
  const ext = path.extname(file).toLowerCase();
  return ext === '.gw' || ext === '.gongwen';
}

/** Markdown drafts are analysed as Markdown (code is left out of the checks). */
export function isMarkdown(file: string): boolean {
  const ext = path.extname(file).toLowerCase();
  return ext === '.md' || ext === '.markdown';
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function collectDrafts(args: readonly string[], cwd: string = process.cwd()): Collected {
  const drafts: Draft[] = [];
  const problems: ArgumentProblem[] = [];
  const seen = new Set<string>();

  let argument = 0;
  const add = (display: string, absolute: string) => {
    let key = absolute;
    try {
      key = fs.realpathSync(absolute);
    } catch {
      // keep the path as it is
    }
    if (seen.has(key)) return;
    seen.add(key);
    drafts.push({ display, absolute, argument });
  };

  /** Returns how many drafts the folder held. */
  const walk = (display: string, absolute: string, problemsFor: string): number => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(absolute, { withFileTypes: true });
    } catch (error) {
      problems.push({ kind: 'unlistable', path: problemsFor, error });
      return 0;
    }
    entries.sort((a, b) => byName(a.name, b.name));
    let count = 0;
    for (const entry of entries) {
      const childDisplay = path.join(display, entry.name);
      const childAbsolute = path.join(absolute, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        // Linked files are drafts like any other; linked folders are not followed (no loops).
        try {
          isFile = fs.statSync(childAbsolute).isFile();
        } catch {
          isFile = false;
        }
        isDirectory = false;
      }
      if (isDirectory) {
        if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
        count += walk(childDisplay, childAbsolute, childDisplay);
      } else if (isFile && isDraftName(entry.name)) {
        add(childDisplay, childAbsolute);
        count++;
      }
    }
    return count;
  };

  for (const [index, arg] of args.entries()) {
    argument = index;
    const absolute = path.resolve(cwd, arg);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      problems.push({ kind: 'missing', path: arg, error, argument });
      continue;
    }
    if (stat.isDirectory()) {
      if (walk(arg, absolute, arg) === 0) problems.push({ kind: 'empty', path: arg });
    } else {
      add(arg, absolute);
    }
  }
  return { drafts, problems };
}
