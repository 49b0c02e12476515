/**
 * `.gongwenrc.json`: settings an office shares by putting one file in the
 * folder of its drafts. The nearest one above a document applies, over the
 * editor's settings. A file that cannot be read or parsed is reported, and the
 * editor's settings stay in force.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatMessage, type Locale, type MessageCatalog } from '../engine/findings';

export const RC_FILE = '.gongwenrc.json';

export interface RcFile {
  readonly path: string;
  /** The parsed settings, or undefined when the file is broken. */
  readonly settings: Record<string, unknown> | undefined;
  /** What is wrong with the file, in terms a user can act on. */
  readonly problem?: {
    readonly kind: 'unreadable' | 'syntax' | 'shape';
    readonly detail: string;
    /** Where a syntax error was found, 1-based, when the parser said. */
    readonly at?: { readonly line: number; readonly column: number };
  };
}

/** What is wrong with a broken file, in the user's language (JSON.parse and the file system speak English). */
const PROBLEM_TEXTS: MessageCatalog = {
  'syntax-at': { zh: '第 {line} 行第 {column} 列附近格式有误', en: 'a syntax error near line {line}, column {column}' },
  syntax: { zh: '不是有效的 JSON 格式', en: 'not valid JSON' },
  shape: { zh: '文件内容应为一个 JSON 对象', en: 'the file must hold one JSON object' },
  unreadable: { zh: '文件无法读取', en: 'the file cannot be read' },
};

export function describeRcProblem(problem: NonNullable<RcFile['problem']>, locale: Locale): string {
  if (problem.kind === 'syntax' && problem.at) return formatMessage(PROBLEM_TEXTS, { key: 'syntax-at', args: { line: problem.at.line, column: problem.at.column } }, locale);
  return formatMessage(PROBLEM_TEXTS, { key: problem.kind }, locale);
}

interface CacheEntry {
  readonly mtimeMs: number;
  readonly rc: RcFile;
}

export class RcFiles {
  private readonly cache = new Map<string, CacheEntry | null>();

  /** Forgets what was read, after a `.gongwenrc.json` was created, changed or deleted. */
  clear(): void {
    this.cache.clear();
  }

  /** The nearest `.gongwenrc.json` in the document's folder or above it. */
  forDocument(uri: string): RcFile | undefined {
    if (!uri.startsWith('file:')) return undefined;
    let dir: string;
    try {
      dir = path.dirname(fileURLToPath(uri));
    } catch {
      return undefined;
    }
    for (;;) {
      const rc = this.read(path.join(dir, RC_FILE));
      if (rc) return rc;
      const parent = path.dirname(dir);
      if (parent === dir) return undefined;
      dir = parent;
    }
  }

  private read(file: string): RcFile | undefined {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      this.cache.set(file, null);
      return undefined;
    }
    const cached = this.cache.get(file);
    if (cached && cached.mtimeMs === stat.mtimeMs) return cached.rc;
    const rc = parseRc(file);
    this.cache.set(file, { mtimeMs: stat.mtimeMs, rc });
    return rc;
  }
}

function parseRc(file: string): RcFile {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return { path: file, settings: undefined, problem: { kind: 'unreadable', detail: (error as Error).message } };
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const at = position ? lineAndColumn(text.replace(/^\ufeff/, ''), Number(position[1])) : undefined;
    return { path: file, settings: undefined, problem: { kind: 'syntax', detail: message, ...(at ? { at } : {}) } };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { path: file, settings: undefined, problem: { kind: 'shape', detail: 'the file must hold one JSON object' } };
  }
  return { path: file, settings: value as Record<string, unknown> };
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** Settings from the editor, overlaid by the rc file's: nested objects (such as `rules`) merge key by key. */
export function overlay(base: unknown, over: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = typeof base === 'object' && base !== null && !Array.isArray(base) ? { ...(base as Record<string, unknown>) } : {};
  for (const [key, value] of Object.entries(over)) {
    const current = result[key];
    const bothObjects =
      typeof value === 'object' && value !== null && !Array.isArray(value) && typeof current === 'object' && current !== null && !Array.isArray(current);
    result[key] = bothObjects ? overlay(current, value as Record<string, unknown>) : value;
  }
  return result;
}
