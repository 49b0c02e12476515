/**
 * `gongwen check`: the pre-submission check from the command line. Reads the
 * drafts (UTF-8, UTF-16 or GBK/GB18030), applies the nearest .gongwenrc.json,
 * prints the findings and tells by its exit code whether anything blocking remains.
 *
 * Free of the language server: only the engine and the plain-Node settings
 * readers are used, so the command starts fast and runs anywhere Node 20 does.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { packageVersion } from '../install-root';
import { pathToFileURL } from 'node:url';
import { analyze, containsChinese, formatMessage, MESSAGES, RULE_IDS, type EngineConfig, type Finding, type Locale, type Severity } from '../engine';
import { describeRcProblem, RcFiles, type RcFile } from '../lsp/rcfile';
import { patternProblems, readSettings, settingsProblems } from '../lsp/settings';
import { DecodeError, decode, type Encoding } from './decode';
import { collectDrafts, isGongwenFile, isMarkdown, type Draft } from './files';
import { describeError, say, summaryLine, type CliMessage, type Counts } from './messages';

export const EXIT_OK = 0;
export const EXIT_BLOCKING = 1;
export const EXIT_USAGE = 2;

/** Rules whose warnings block submission in final mode (`--final`): a draft with them is not finished. */
export const FINAL_BLOCKING_RULES: readonly string[] = ['placeholder-vague', 'template-leftover'];

export type OutputFormat = 'text' | 'json';

export interface CheckOptions {
  readonly format: OutputFormat;
  readonly locale: Locale;
  /** Final mode: stricter about what blocks submission. */
  readonly final: boolean;
}

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** One finding as the JSON output gives it: one-based lines and columns (UTF-16 units + 1), end exclusive. */
export interface JsonFinding {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
}

export interface JsonFile {
  readonly path: string;
  /** How the file was read; null when it could not be read. */
  readonly encoding: Encoding | null;
  readonly findings: JsonFinding[];
  /** Why the file was not checked (only for files that could not be read). */
  readonly error?: string;
  /** Why a readable file was not checked (no Chinese in a .txt or .md). */
  readonly skipped?: string;
}

export interface JsonReport {
  readonly files: JsonFile[];
  readonly summary: Counts;
}

/** The locale of the environment: English when LC_ALL / LC_MESSAGES / LANG asks for it, Chinese otherwise. */
export function environmentLocale(env: Readonly<Record<string, string | undefined>>): Locale {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return value.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

/** Whether a finding must be fixed before submission. */
export function isBlocking(finding: Pick<Finding, 'rule' | 'severity'>, final: boolean): boolean {
  if (finding.severity === 'error') return true;
  return final && finding.severity === 'warning' && FINAL_BLOCKING_RULES.includes(finding.rule);
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

/** Checks the drafts the arguments name; returns the exit code. */
export function checkDrafts(args: readonly string[], options: CheckOptions, io: Io): number {
  const { locale } = options;
  const warn = (key: CliMessage, values?: Record<string, string | number>) => io.stderr(say(locale, key, values) + '\n');
  let incomplete = false;

  const { drafts, problems } = collectDrafts(args, io.cwd);
  const missing: Array<JsonFile & { argument: number }> = [];
  for (const problem of problems) {
    if (problem.kind === 'empty') {
      warn('empty', { file: problem.path });
    } else {
      const detail = describeError(locale, problem.error);
      warn(problem.kind, { file: problem.path, detail });
      incomplete = true;
      if (problem.kind === 'missing') {
        // A draft named but not found is a draft not checked: the JSON output says so too.
        missing.push({ argument: problem.argument, path: problem.path, encoding: null, findings: [], error: say(locale, 'missing', { file: problem.path, detail }) });
      }
    }
  }

  /** An rc file's path as the user will recognise it: relative when below the working folder. */
  const shownRc = (file: string): string => {
    const relative = path.relative(io.cwd, file);
    return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
  };
  const rcFiles = new RcFiles();
  /** rc files already reported: each problem is told once, not once per draft. */
  const reportedRc = new Set<string>();
  let brokenRc = 0;
  const configFor = (draft: Draft): EngineConfig => {
    const rc: RcFile | undefined = rcFiles.forDocument(pathToFileURL(draft.absolute).href);
    const first = rc !== undefined && !reportedRc.has(rc.path);
    if (rc) reportedRc.add(rc.path);
    if (rc && !rc.settings) {
      // The office's settings are not in force: the check is not the one they asked for.
      incomplete = true;
      if (first) {
        warn('rcBroken', { file: shownRc(rc.path), detail: rc.problem ? describeRcProblem(rc.problem, locale) : '' });
        brokenRc++;
      }
    }
    // No editor settings here: the defaults, overlaid by the rc file's.
    const engine = readSettings(rc?.settings).engine;
    if (first && rc.settings) {
      const file = shownRc(rc.path);
      for (const p of settingsProblems(rc.settings, RULE_IDS)) warn('rcProblem', { file, key: p.key, expected: p.expected[locale] });
      for (const problem of patternProblems(engine)) warn('badPattern', { file, key: problem.key, pattern: problem.source, error: problem.error });
    }
    // --final, or `"finalMode": true` in the rc file: the engine's final mode (process fields become
    // errors), and the warnings of FINAL_BLOCKING_RULES block submission too.
    return options.final ? { ...engine, finalMode: true } : engine;
  };

  const files: Array<JsonFile & { argument: number }> = [...missing];
  const counts = { files: 0, errors: 0, warnings: 0, information: 0, hints: 0, blocking: 0, unreadable: missing.length };
  const severityKey = { error: 'errors', warning: 'warnings', information: 'information', hint: 'hints' } as const;

  for (const draft of drafts) {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(draft.absolute);
    } catch (error) {
      const detail = describeError(locale, error);
      warn('unreadable', { file: draft.display, detail });
      files.push({ argument: draft.argument, path: draft.display, encoding: null, findings: [], error: say(locale, 'unreadable', { file: draft.display, detail }) });
      counts.unreadable++;
      incomplete = true;
      continue;
    }
    let text: string;
    let encoding: Encoding;
    try {
      ({ text, encoding } = decode(bytes));
    } catch (error) {
      if (!(error instanceof DecodeError)) throw error;
      const message = say(locale, `decode.${error.problem}`, { file: draft.display });
      io.stderr(message + '\n');
      files.push({ argument: draft.argument, path: draft.display, encoding: null, findings: [], error: message });
      counts.unreadable++;
      incomplete = true;
      continue;
    }
    // As in the editor: a plain-text or Markdown file without Chinese is no draft (a .gw one is one by its name).
    if (!isGongwenFile(draft.absolute) && !containsChinese(text)) {
      const note = say(locale, 'noChinese', { file: draft.display });
      if (options.format === 'text') io.stderr(note + '\n');
      files.push({ argument: draft.argument, path: draft.display, encoding, findings: [], skipped: note });
      continue;
    }
    const config = configFor(draft);
    const analysis = analyze(text, config, isMarkdown(draft.absolute) ? 'markdown' : 'plain');
    counts.files++;
    const findings: JsonFinding[] = [];
    const lines: string[] = [];
    for (const finding of analysis.findings) {
      const message = oneLine(formatMessage(MESSAGES, finding.message, locale));
      const { start, end } = finding.range;
      findings.push({
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        rule: finding.rule,
        severity: finding.severity,
        message,
      });
      counts[severityKey[finding.severity]]++;
      if (isBlocking(finding, config.finalMode === true)) counts.blocking++;
      lines.push(`${draft.display}:${start.line + 1}:${start.character + 1} ${finding.rule} ${message}\n`);
    }
    if (options.format === 'text' && lines.length > 0) io.stdout(lines.join(''));
    files.push({ argument: draft.argument, path: draft.display, encoding, findings });
  }

  if (options.format === 'json') {
    // In the order of the command line (sort is stable: a folder's files keep theirs).
    files.sort((a, b) => a.argument - b.argument);
    const report: JsonReport = { files: files.map(({ argument: _, ...file }) => file), summary: counts };
    io.stdout(JSON.stringify(report, null, 2) + '\n');
  } else if (counts.files > 0) {
    io.stdout(summaryLine(locale, counts, brokenRc) + '\n');
  }
  if (counts.files === 0) {
    // Files that are no drafts (no Chinese) were read and set aside: nothing to correct, no usage error.
    if (!incomplete && files.length > 0 && files.every((f) => f.skipped)) return EXIT_OK;
    warn('nothingChecked');
    return EXIT_USAGE;
  }
  if (incomplete) return EXIT_USAGE;
  return counts.blocking > 0 ? EXIT_BLOCKING : EXIT_OK;
}

interface ParsedArgs {
  command?: string;
  readonly operands: string[];
  format: OutputFormat;
  locale?: Locale;
  final: boolean;
  help: boolean;
  version: boolean;
  readonly errors: Array<[CliMessage, Record<string, string>]>;
}

function parseArgs(argv: readonly string[]): ParsedArgs {
  const parsed: ParsedArgs = { operands: [], format: 'text', final: false, help: false, version: false, errors: [] };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (expected: string): string | undefined => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('-')) {
        parsed.errors.push(['missingValue', { option: name, expected }]);
        return undefined;
      }
      i++;
      return next;
    };
    const flag = (): boolean => {
      if (inline === undefined) return true;
      parsed.errors.push(['noFlagValue', { option: name }]);
      return false;
    };
    switch (name) {
      case '--format': {
        const v = value('text | json');
        if (v === 'text' || v === 'json') parsed.format = v;
        else if (v !== undefined) parsed.errors.push(['badValue', { option: name, value: v, expected: 'text | json' }]);
        break;
      }
      case '--locale': {
        const v = value('zh | en');
        if (v === 'zh' || v === 'en') parsed.locale = v;
        else if (v !== undefined) parsed.errors.push(['badValue', { option: name, value: v, expected: 'zh | en' }]);
        break;
      }
      case '--final':
        parsed.final = flag() || parsed.final;
        break;
      case '-h':
      case '--help':
        parsed.help = flag() || parsed.help;
        break;
      case '-v':
      case '-V':
      case '--version':
        parsed.version = flag() || parsed.version;
        break;
      default:
        parsed.errors.push(['unknownOption', { option: arg }]);
    }
  }
  parsed.command = positional[0];
  parsed.operands.push(...positional.slice(1));
  return parsed;
}

/** The whole command line: `gongwen check …`, `--help`, `--version`. Returns the exit code. */
export function runCli(argv: readonly string[], io: Io): number {
  const parsed = parseArgs(argv);
  const locale = parsed.locale ?? environmentLocale(io.env);
  if (parsed.help) {
    io.stdout(say(locale, 'help') + '\n');
    return EXIT_OK;
  }
  if (parsed.version) {
    io.stdout(packageVersion() + '\n');
    return EXIT_OK;
  }
  const usage = (key: CliMessage, values?: Record<string, string>): number => {
    io.stderr(say(locale, key, values) + '\n' + say(locale, 'usageHint') + '\n');
    return EXIT_USAGE;
  };
  if (parsed.errors.length > 0) {
    for (const [key, values] of parsed.errors.slice(0, -1)) io.stderr(say(locale, key, values) + '\n');
    const [key, values] = parsed.errors[parsed.errors.length - 1];
    return usage(key, values);
  }
  if (parsed.command === undefined) return usage('noCommand');
  if (parsed.command !== 'check') return usage('unknownCommand', { command: parsed.command });
  if (parsed.operands.length === 0) return usage('noFiles');
  return checkDrafts(parsed.operands, { format: parsed.format, locale, final: parsed.final }, io);
}
