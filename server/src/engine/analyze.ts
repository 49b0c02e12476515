/**
 * The engine's entry point: text in, model and findings out.
 */
import { DEFAULT_CONFIG, type EngineConfig } from './config';
import type { Finding, MessageCatalog, MessageText } from './findings';
import { maskMarkdownCode } from './markdown';
import { compileUserPatterns } from './user-patterns';
import type { DocumentModel, TextFormat } from './model';
import { parseDocument } from './parse';
import { RuleContext } from './rule';
import { RULES } from './rules';
import { comparePositions } from './text';

export interface Analysis {
  readonly model: DocumentModel;
  readonly findings: readonly Finding[];
}


export function analyze(text: string, config: EngineConfig = DEFAULT_CONFIG, format: TextFormat = 'plain'): Analysis {
  const model = parseDocument(format === 'markdown' ? maskMarkdownCode(text) : text, {
    format,
    profile: config.profile ?? 'auto',
    // Invalid patterns are skipped here; the server reports them by setting name.
    extraPatterns: compileUserPatterns(config.placeholders?.extraPatterns).patterns,
    ignore: compileUserPatterns(config.placeholders?.ignore).patterns,
  });
  return { model, findings: check(model, config) };
}

/** Runs every rule that is not turned off, at the severity the user chose. */
export function check(model: DocumentModel, config: EngineConfig = DEFAULT_CONFIG): Finding[] {
  const context = new RuleContext(model, config);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = config.rules[rule.id] ?? (rule.enabledByDefault === false ? 'off' : undefined);
    if (setting === 'off') continue;
    for (const finding of rule.check(context)) {
      findings.push(setting && setting !== finding.severity ? { ...finding, severity: setting } : finding);
    }
  }
  return findings.sort((a, b) => comparePositions(a.range.start, b.range.start) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

/** Every message text of every rule, for the server to render findings and fixes. */
export const MESSAGES: MessageCatalog = Object.assign({}, ...RULES.map((rule) => rule.messages)) as MessageCatalog;

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);

/** Each rule's name, by rule ID. */
export const RULE_TITLES: Readonly<Record<string, MessageText>> = Object.fromEntries(RULES.map((rule) => [rule.id, rule.title]));
