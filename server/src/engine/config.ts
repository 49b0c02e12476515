/**
 * What a user can change about the checks. The server fills this from settings.
 */
import type { Severity } from './findings';

export type RuleSetting = Severity | 'off';

export interface EngineConfig {
  /** Severity per rule ID; rules not named keep their default. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** The mark preferred after an Arabic level-3 ordinal (GB/T 15834 B.3.3). */
  readonly level3Dot: '.' | '．' | 'either';
  /** `speech` (lower levels restart under each parent), `regulation` (条文), or detect. */
  readonly profile?: 'speech' | 'regulation' | 'auto';
  /** Allow 一、 → 1. without （一） (normal practice with only two levels). */
  readonly allowSkip?: boolean;
  /** Final mode: the draft is about to be submitted, so process fields are errors too. */
  readonly finalMode?: boolean;
  readonly placeholders?: PlaceholderSettings;
}

export interface PlaceholderSettings {
  /** More placeholders, as RE2 regular expressions: `【[^】]*待定[^】]*】`. */
  readonly extraPatterns?: readonly string[];
  /** Texts never to flag, as RE2 regular expressions: a placeholder inside a match is left alone. */
  readonly ignore?: readonly string[];
}

export const DEFAULT_CONFIG: EngineConfig = {
  rules: {},
  level3Dot: '.',
  profile: 'auto',
  allowSkip: true,
  finalMode: false,
  placeholders: {},
};
