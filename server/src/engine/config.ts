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
}

export const DEFAULT_CONFIG: EngineConfig = {
  rules: {},
  level3Dot: '.',
};
