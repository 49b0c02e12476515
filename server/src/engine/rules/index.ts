/**
 * Every rule the engine runs. Adding a rule is adding its file and one line here.
 */
import type { Rule } from '../rule';
import { countMismatch } from './count-mismatch';
import { loneItem } from './lone-item';
import { ordinalBracket } from './ordinal-bracket';
import { ordinalPunctuation } from './ordinal-punctuation';
import { placeholder } from './placeholder';
import { placeholderVague } from './placeholder-vague';
import { sequenceDuplicate } from './sequence-duplicate';
import { sequenceGap } from './sequence-gap';
import { sequenceOrder } from './sequence-order';
import { sequenceRestart } from './sequence-restart';
import { sequenceStart } from './sequence-start';
import { templateLeftover } from './template-leftover';

export const RULES: readonly Rule[] = [
  ordinalPunctuation,
  ordinalBracket,
  sequenceGap,
  sequenceDuplicate,
  sequenceOrder,
  sequenceStart,
  sequenceRestart,
  loneItem,
  countMismatch,
  placeholder,
  placeholderVague,
  templateLeftover,
];
