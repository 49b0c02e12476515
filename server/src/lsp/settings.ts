/**
 * The `gongwen.*` settings as the server reads them, with their defaults.
 * Unknown or malformed values fall back to the default rather than failing.
 */
import type { EngineConfig, RuleSetting } from '../engine';

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
  engine: { rules: {}, level3Dot: '.' },
  outlineSeries: true,
  maxFileSize: 5_000_000,
};

const RULE_SETTINGS = new Set<RuleSetting>(['error', 'warning', 'information', 'hint', 'off']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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
  const languages = get('languages');
  const rules = get('rules');
  const level3Dot = get('numbering.level3Dot');
  const outlineSeries = get('outline.series');
  const maxFileSize = get('maxFileSize');
  const ruleSettings: Record<string, RuleSetting> = {};
  if (isObject(rules)) {
    for (const [id, value] of Object.entries(rules)) {
      if (typeof value === 'string' && RULE_SETTINGS.has(value as RuleSetting)) ruleSettings[id] = value as RuleSetting;
    }
  }
  return {
    languages:
      Array.isArray(languages) && languages.every((l) => typeof l === 'string') ? (languages as string[]) : DEFAULT_LANGUAGES,
    engine: {
      rules: ruleSettings,
      level3Dot: level3Dot === '．' || level3Dot === 'either' || level3Dot === '.' ? level3Dot : '.',
    },
    outlineSeries: typeof outlineSeries === 'boolean' ? outlineSeries : true,
    maxFileSize: typeof maxFileSize === 'number' && maxFileSize > 0 ? maxFileSize : DEFAULT_SETTINGS.maxFileSize,
  };
}
