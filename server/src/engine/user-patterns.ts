/**
 * Patterns users add (`gongwen.placeholders.extraPatterns`) or exempt
 * (`gongwen.placeholders.ignore`). They run on RE2 (re2js), whose matching time
 * is linear in the text, so no pattern a user writes can hang the server.
 */
import type * as Re2 from 're2js';

/** RE2, loaded when the first pattern is compiled: most users add none, and the server starts leaner without it. */
let re2: typeof Re2 | undefined;

function loadRe2(): typeof Re2 {
  return (re2 ??= require('re2js') as typeof Re2);
}

export interface UserPattern {
  readonly source: string;
  /** Every non-empty match in one line, as [start, end) in UTF-16 units. */
  matches(text: string): Array<readonly [number, number]>;
}

export interface PatternProblem {
  readonly source: string;
  /** RE2's own explanation of what is wrong with the pattern. */
  readonly error: string;
}

export interface CompiledPatterns {
  readonly patterns: readonly UserPattern[];
  readonly problems: readonly PatternProblem[];
}

const cache = new Map<string, UserPattern | PatternProblem>();
/** Bounds the cache for a user who keeps editing patterns. */
const CACHE_LIMIT = 256;

function compileOne(source: string): UserPattern | PatternProblem {
  const cached = cache.get(source);
  if (cached) return cached;
  let result: UserPattern | PatternProblem;
  if (source.length === 0) {
    result = { source, error: 'empty pattern' };
  } else {
    try {
      const re = loadRe2().RE2JS.compile(source);
      result = {
        source,
        matches(text: string) {
          const found: Array<readonly [number, number]> = [];
          const m = re.matcher(text);
          while (m.find()) {
            const start = m.start();
            const end = m.end();
            if (end > start) found.push([start, end]);
          }
          return found;
        },
      };
    } catch (error) {
      result = { source, error: error instanceof Error ? error.message : String(error) };
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(source, result);
  return result;
}

export function compileUserPatterns(sources: readonly string[] | undefined): CompiledPatterns {
  const patterns: UserPattern[] = [];
  const problems: PatternProblem[] = [];
  for (const source of sources ?? []) {
    const compiled = compileOne(source);
    if ('error' in compiled) problems.push(compiled);
    else patterns.push(compiled);
  }
  return { patterns, problems };
}
