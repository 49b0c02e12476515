/**
 * The `gongwen.*` settings as the server reads them, with their defaults.
 * Unknown or malformed values fall back to the default rather than failing.
 */
import { compileUserPatterns, DEFAULT_CONFIG, type EngineConfig, type RuleSetting } from '../engine';

export interface ServerSettings {
  readonly languages: readonly string[];
  readonly engine: EngineConfig;
  readonly outlineSeries: boolean;
  /** Documents longer than this many characters are not analysed. */
  readonly maxFileSize: number;
}

export const DEFAULT_LANGUAGES = ['gongwen', 'plaintext', 'markdown'] as const;

export const DEFAULT_SETTINGS: ServerSettings = {
  languages: DEFAULT_LANGUAGES,
  engine: DEFAULT_CONFIG,
  outlineSeries: true,
  maxFileSize: 5_000_000,
};

const RULE_SETTINGS = new Set<RuleSetting>(['error', 'warning', 'information', 'hint', 'off']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a setting accepts, in both languages the product speaks. */
export interface Expected {
  readonly zh: string;
  readonly en: string;
}

const BOOLEAN: Expected = { zh: 'true 或 false', en: 'true or false' };
const POSITIVE: Expected = { zh: '正数', en: 'a positive number' };
const PATTERNS: Expected = { zh: '正则表达式组成的数组', en: 'an array of regular expressions' };
const RULE_LEVEL: Expected = { zh: '“error”“warning”“information”“hint”或“off”', en: '"error", "warning", "information", "hint" or "off"' };

/** Each setting an rc file may hold, how to tell a good value, and what is expected. */
const KNOWN_KEYS: Readonly<Record<string, readonly [(value: unknown) => boolean, Expected]>> = {
  languages: [(v) => Array.isArray(v) && v.every((l) => typeof l === 'string'), { zh: '语言标识组成的数组', en: 'an array of language IDs' }],
  profile: [(v) => v === 'auto' || v === 'speech' || v === 'regulation', { zh: '“auto”“speech”或“regulation”', en: '"auto", "speech" or "regulation"' }],
  'numbering.level3Dot': [(v) => v === '.' || v === '．' || v === 'either', { zh: '“.”“．”或“either”', en: '".", "．" or "either"' }],
  'numbering.allowSkip': [(v) => typeof v === 'boolean', BOOLEAN],
  'outline.series': [(v) => typeof v === 'boolean', BOOLEAN],
  maxFileSize: [(v) => typeof v === 'number' && v > 0, POSITIVE],
  finalMode: [(v) => typeof v === 'boolean', BOOLEAN],
  // Read by the editor side (status bar), accepted here so the file validates.
  speakingRate: [(v) => typeof v === 'number' && v > 0, POSITIVE],
  'placeholders.extraPatterns': [(v) => Array.isArray(v) && v.every((p) => typeof p === 'string'), PATTERNS],
  'placeholders.ignore': [(v) => Array.isArray(v) && v.every((p) => typeof p === 'string'), PATTERNS],
};

/** Reads the `gongwen` section as a client sends it (nested objects, or dotted keys). */
export function readSettings(section: unknown): ServerSettings {
  if (!isObject(section)) return DEFAULT_SETTINGS;
  const get = (path: string): unknown => {
    if (path in section) return section[path];
    let value: unknown = section;
    for (const part of path.split('.')) {
      if (!isObject(value)) return undefined;
      value = value[part];
    }
    return value;
  };
  /** The value at `path` if it is a good one, else the fallback. */
  const pick = <T>(path: string, fallback: T): T => {
    const value = get(path);
    return value !== undefined && KNOWN_KEYS[path]![0](value) ? (value as T) : fallback;
  };
  const rules = get('rules');
  const ruleSettings: Record<string, RuleSetting> = {};
  if (isObject(rules)) {
    for (const [id, value] of Object.entries(rules)) {
      if (typeof value === 'string' && RULE_SETTINGS.has(value as RuleSetting)) ruleSettings[id] = value as RuleSetting;
    }
  }
  const defaults = DEFAULT_SETTINGS.engine;
  return {
    languages: pick('languages', DEFAULT_SETTINGS.languages),
    engine: {
      rules: ruleSettings,
      level3Dot: pick('numbering.level3Dot', defaults.level3Dot),
      profile: pick('profile', defaults.profile),
      allowSkip: pick('numbering.allowSkip', defaults.allowSkip),
      finalMode: pick('finalMode', defaults.finalMode),
      placeholders: {
        extraPatterns: pick<readonly string[]>('placeholders.extraPatterns', []),
        ignore: pick<readonly string[]>('placeholders.ignore', []),
      },
    },
    outlineSeries: pick('outline.series', DEFAULT_SETTINGS.outlineSeries),
    maxFileSize: pick('maxFileSize', DEFAULT_SETTINGS.maxFileSize),
  };
}

/** A value in a settings source that is not understood, by key path: `rules.foo`. */
export interface SettingsProblem {
  readonly key: string;
  /** What would be accepted there. */
  readonly expected: Expected;
}

/** Settings that run user-written patterns: not taken from an untrusted workspace. */
export const PATTERN_KEYS = ['extraPatterns', 'ignore'] as const;

/** The settings without the user patterns, for sources an untrusted workspace controls. */
export function withoutPatterns(section: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...section };
  for (const key of PATTERN_KEYS) delete copy[`placeholders.${key}`];
  if (isObject(copy.placeholders)) {
    const placeholders = { ...copy.placeholders };
    for (const key of PATTERN_KEYS) delete placeholders[key];
    copy.placeholders = placeholders;
  }
  return copy;
}

/** What in a settings object (such as a .gongwenrc.json) will be ignored, and why. */
export function settingsProblems(section: Record<string, unknown>, ruleIds: readonly string[]): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  const walk = (value: Record<string, unknown>, prefix: string) => {
    for (const [key, child] of Object.entries(value)) {
      const path = prefix + key;
      if (path === '$schema') continue;
      if (path === 'rules') {
        if (!isObject(child)) {
          problems.push({ key: path, expected: { zh: `以规则代码为键、以${RULE_LEVEL.zh}为值的对象`, en: `an object of rule ID → ${RULE_LEVEL.en}` } });
          continue;
        }
        for (const [id, setting] of Object.entries(child)) {
          if (!ruleIds.includes(id)) problems.push({ key: `rules.${id}`, expected: { zh: '规则一览中的规则代码', en: 'a rule ID of the catalogue' } });
          else if (typeof setting !== 'string' || !RULE_SETTINGS.has(setting as RuleSetting)) {
            problems.push({ key: `rules.${id}`, expected: RULE_LEVEL });
          }
        }
        continue;
      }
      const known = KNOWN_KEYS[path];
      if (known) {
        if (!known[0](child)) problems.push({ key: path, expected: known[1] });
      } else if (isObject(child) && Object.keys(KNOWN_KEYS).some((k) => k.startsWith(path + '.'))) {
        walk(child, path + '.');
      } else {
        problems.push({ key: path, expected: { zh: '可识别的设置项', en: 'a known setting' } });
      }
    }
  };
  walk(section, '');
  return problems;
}

/** An invalid user pattern, by the setting it stands in. */
export interface PatternProblem {
  readonly key: 'placeholders.extraPatterns' | 'placeholders.ignore';
  readonly source: string;
  readonly error: string;
}

/** The user patterns of a configuration that RE2 cannot compile (they are skipped). */
export function patternProblems(config: EngineConfig): PatternProblem[] {
  const placeholders = config.placeholders ?? {};
  return [
    ...compileUserPatterns(placeholders.extraPatterns).problems.map((p) => ({ key: 'placeholders.extraPatterns' as const, ...p })),
    ...compileUserPatterns(placeholders.ignore).problems.map((p) => ({ key: 'placeholders.ignore' as const, ...p })),
  ];
}
