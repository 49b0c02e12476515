/**
 * The Gongwen engine: pure TypeScript, no editor, no I/O. Text in, structure and findings out.
 */
export { analyze, check, MESSAGES, RULE_IDS, RULE_TITLES, type Analysis } from './analyze';
export { compileUserPatterns, type CompiledPatterns, type PatternProblem } from './user-patterns';
export { DEFAULT_CONFIG, type EngineConfig, type RuleSetting } from './config';
export { formatMessage, type Finding, type Fix, type Locale, type MessageRef, type Severity } from './findings';
export type * from './model';
export { buildOutline, foldingSections, type FoldingSection, type OutlineNode, type OutlineOptions } from './outline';
export { parseDocument } from './parse';
export { containsChinese, type Position, type Range, type TextEdit } from './text';
export { hasListAt, renumberEdits, renumbersItemOn, type RenumberScope } from './renumber';
export { safeEdits } from './fixes';
export { ignoreEntry, type IgnoreEntry } from './ignore';
export { ordinalInfo, ordinalSuggestions, type OrdinalInfo, type OrdinalSuggestion } from './assist';
