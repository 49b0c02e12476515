/**
 * Every rule the engine runs. Adding a rule is adding its file and one line here.
 */
import type { Rule } from '../rule';
import { attachmentMismatch } from './attachment-mismatch';
import { countMismatch } from './count-mismatch';
import { headingTrailingPunctuation } from './heading-trailing-punctuation';
import { levelDepth } from './level-depth';
import { levelInversion } from './level-inversion';
import { levelMissingParent } from './level-missing-parent';
import { levelSkip } from './level-skip';
import { mixedStyle } from './mixed-style';
import { ordinalDotStyle } from './ordinal-dot-style';
import { ordinalForm } from './ordinal-form';
import { ordinalSpace } from './ordinal-space';
import { loneItem } from './lone-item';
import { ordinalBracket } from './ordinal-bracket';
import { ordinalPunctuation } from './ordinal-punctuation';
import { placeholder } from './placeholder';
import { placeholderProcess } from './placeholder-process';
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
  ordinalForm,
  ordinalDotStyle,
  ordinalSpace,
  sequenceGap,
  sequenceDuplicate,
  sequenceOrder,
  sequenceStart,
  sequenceRestart,
  levelInversion,
  levelMissingParent,
  levelSkip,
  levelDepth,
  mixedStyle,
  headingTrailingPunctuation,
  loneItem,
  countMismatch,
  attachmentMismatch,
  placeholder,
  placeholderVague,
  placeholderProcess,
  templateLeftover,
];
