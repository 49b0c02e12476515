/**
 * The language server: reads settings, keeps one analysis per open document,
 * and answers diagnostics, outline, folding and code actions from it.
 */
import {
  CodeActionKind,
  CompletionItemKind,
  MarkupKind,
  SymbolKind,
  type CompletionItem,
  type DocumentSymbol,
  type Hover,
  type SymbolInformation,
  DidChangeConfigurationNotification,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type TextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  analyze,
  buildOutline,
  compileUserPatterns,
  containsChinese,
  foldingSections,
  ordinalInfo,
  ordinalSuggestions,
  renumberEdits,
  RULE_IDS,
  type Analysis,
  type Locale,
  type OutlineNode,
} from '../engine';
import { quickFixes, toDiagnostic, toDocumentSymbol, toFoldingRange } from './convert';
import { PRE_SUBMISSION_CHECK, reportGroup, type PreSubmissionCheckParams, type PreSubmissionCheckResult } from './protocol';
import { overlay, RcFiles } from './rcfile';
import { TypingGuard } from './typing';
import { readSettings, settingsProblems, withoutPatterns, type ServerSettings } from './settings';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.gongwen`;
export const RENUMBER_COMMAND = 'gongwen.renumber';
const SERVER_VERSION = '0.1.0';

/** Outline and folding stay bounded on huge documents. */
export const MAX_SYMBOLS = 5000;
export const MAX_FOLDS = 5000;

/** Keeps the first MAX_SYMBOLS symbols in document order, deepest levels dropped first where they overflow. */
function boundedSymbols(symbols: DocumentSymbol[]): DocumentSymbol[] {
  let budget = MAX_SYMBOLS;
  const take = (list: DocumentSymbol[]): DocumentSymbol[] => {
    const kept: DocumentSymbol[] = [];
    for (const symbol of list) {
      if (budget <= 0) break;
      budget--;
      kept.push(symbol);
    }
    for (const symbol of kept) if (symbol.children) symbol.children = take(symbol.children);
    return kept;
  };
  return take(symbols);
}

/** Findings a renumbering resolves: the quick fix on each of them renumbers their list. */
const RENUMBERABLE = new Set(['sequence-gap', 'sequence-duplicate', 'sequence-order', 'sequence-start', 'sequence-restart']);

const LEVEL_NAMES: Readonly<Record<string, { zh: string; en: string }>> = {
  chapter: { zh: '章', en: 'chapter' },
  section: { zh: '节', en: 'section' },
  article: { zh: '条', en: 'article' },
  1: { zh: '第一层', en: 'level 1' },
  2: { zh: '第二层', en: 'level 2' },
  3: { zh: '第三层', en: 'level 3' },
  4: { zh: '第四层', en: 'level 4' },
  5: { zh: '第五层（超出四层）', en: 'level 5 (beyond the four levels)' },
  series: { zh: '段内序次语', en: 'ordinal word in a paragraph' },
};

const SERVER_MESSAGES = {
  tooLarge: {
    zh: '“{name}”有 {size} 个字符，超过 gongwen.maxFileSize 设定的 {limit}，本文件不做检查。',
    en: '"{name}" has {size} characters, more than gongwen.maxFileSize ({limit}); it is not checked.',
  },
  fixAll: { zh: '修正所有可安全自动修正的问题', en: 'Fix all safely fixable problems' },
  renumber: { zh: '重新编号这一组序号', en: 'Renumber this list' },
  renumberLabel: { zh: '公文：重新编号', en: 'Gongwen: renumber' },
  renumberNothing: { zh: '序号连续，无需重新编号。', en: 'The numbering is already consecutive; nothing to renumber.' },
  completionAfter: { zh: '{level}，接在“{after}”之后', en: '{level}, after "{after}"' },
  completionChild: { zh: '{level}，“{after}”下的第一项', en: '{level}, first item under "{after}"' },
  completionFirst: { zh: '{level}，全文第一项', en: '{level}, the first item' },
  hover: {
    zh: '**{path}**\n\n{level}序号，规范写法为“{standard}”；本组共 {count} 项，这是第 {index} 项。',
    en: '**{path}**\n\n{level} ordinal; standard form "{standard}"; item {index} of {count} in its list.',
  },
  rcBroken: {
    zh: '无法读取“{file}”（{detail}），其中的设置未生效，暂按编辑器设置检查。',
    en: 'Could not read "{file}" ({detail}); its settings are not applied, the editor settings are used instead.',
  },
  badPattern: {
    zh: '{setting} 中的正则表达式“{pattern}”无效（{error}），已跳过；其余模式照常使用。',
    en: 'The regular expression "{pattern}" in {setting} is invalid ({error}); it is skipped, the other patterns still apply.',
  },
  rcProblem: {
    zh: '“{file}”中的“{key}”无效，已忽略（应为 {expected}），其余设置照常生效。',
    en: '"{key}" in "{file}" is ignored: expected {expected}. The rest of the file applies.',
  },
} as const;

interface CachedAnalysis {
  readonly version: number;
  readonly settings: ServerSettings;
  readonly analysis: Analysis | undefined;
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const settingsByUri = new Map<string, Promise<ServerSettings>>();
  const analyses = new Map<string, CachedAnalysis>();
  const warnedTooLarge = new Set<string>();
  const rcFiles = new RcFiles();
  /** rc files and patterns already reported, so a problem is announced once, not on every keystroke. */
  const reportedRc = new Set<string>();
  /** In an untrusted workspace, patterns from the workspace's own files are not run. */
  let workspaceTrusted = true;
  let locale: Locale = 'zh';
  let pullDiagnostics = false;
  let configurationRequests = false;
  let diagnosticRefresh = false;
  /** Settings a client without workspace/configuration sends with initialize or didChangeConfiguration. */
  let pushedRaw: unknown = {};

  /** Runs a promise nobody awaits; a failure is logged, never allowed to stop the server. */
  const quietly = (promise: Promise<unknown>): void => {
    promise.catch((error: unknown) => connection.console.error(String(error instanceof Error ? error.stack : error)));
  };

  const text = (key: keyof typeof SERVER_MESSAGES, args: Record<string, string | number> = {}): string =>
    SERVER_MESSAGES[key][locale].replace(/\{(\w+)\}/g, (_, name: string) => String(args[name] ?? ''));

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    locale = params.locale && /^en\b/i.test(params.locale) ? 'en' : 'zh';
    const caps = params.capabilities;
    pullDiagnostics = caps.textDocument?.diagnostic !== undefined;
    configurationRequests = caps.workspace?.configuration === true;
    diagnosticRefresh = caps.workspace?.diagnostics?.refreshSupport === true;
    const options = params.initializationOptions as { settings?: unknown; trusted?: boolean } | undefined;
    if (options?.settings !== undefined) pushedRaw = options.settings;
    if (options?.trusted === false) workspaceTrusted = false;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        documentSymbolProvider: { label: 'Gongwen' },
        foldingRangeProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        executeCommandProvider: { commands: [RENUMBER_COMMAND] },
        completionProvider: { triggerCharacters: ['（', '(', '第'] },
        hoverProvider: true,
        workspaceSymbolProvider: true,
        ...(pullDiagnostics
          ? { diagnosticProvider: { identifier: 'gongwen', interFileDependencies: false, workspaceDiagnostics: false } }
          : {}),
      },
      serverInfo: { name: 'gongwen', version: SERVER_VERSION },
    };
  });

  connection.onInitialized(() => {
    if (configurationRequests) {
      quietly(connection.client.register(DidChangeConfigurationNotification.type, { section: 'gongwen' }));
    }
  });

  /** Tells the user once what is wrong with an rc file; what can be used is used. */
  const reportRc = (file: string, messages: string[]): void => {
    if (reportedRc.has(file) || messages.length === 0) return;
    reportedRc.add(file);
    for (const message of messages) {
      quietly(connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }));
    }
  };

  /** The editor's settings for the document, overlaid by the nearest .gongwenrc.json. */
  const withRcFile = (uri: string, editorSettings: unknown): ServerSettings => {
    const rc = rcFiles.forDocument(uri);
    if (!rc) return readSettings(editorSettings);
    if (!rc.settings) {
      reportRc(rc.path, [text('rcBroken', { file: rc.path, detail: rc.problem?.detail ?? '' })]);
      return readSettings(editorSettings);
    }
    reportRc(
      rc.path,
      settingsProblems(rc.settings, RULE_IDS).map((p) => text('rcProblem', { file: rc.path, key: p.key, expected: p.expected })),
    );
    return readSettings(overlay(editorSettings, workspaceTrusted ? rc.settings : withoutPatterns(rc.settings)));
  };

  /** Names each invalid user pattern once, by its setting. */
  const reportPatterns = (settings: ServerSettings): void => {
    const placeholders = settings.engine.placeholders ?? {};
    for (const [name, sources] of [['gongwen.placeholders.extraPatterns', placeholders.extraPatterns], ['gongwen.placeholders.ignore', placeholders.ignore]] as const) {
      for (const problem of compileUserPatterns(sources).problems) {
        reportRc(`${name}\u0000${problem.source}`, [text('badPattern', { setting: name, pattern: problem.source, error: problem.error })]);
      }
    }
  };

  const settingsFor = (uri: string): Promise<ServerSettings> => {
    let pending = settingsByUri.get(uri);
    if (!pending) {
      const editorSettings: Promise<unknown> = configurationRequests
        ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'gongwen' }).then(
            (section: unknown) => section,
            () => ({}),
          )
        : Promise.resolve(pushedRaw);
      pending = editorSettings.then((section) => {
        const settings = withRcFile(uri, section);
        reportPatterns(settings);
        return settings;
      });
      settingsByUri.set(uri, pending);
    }
    return pending;
  };

  /** The document's analysis, or undefined when the document is not one we check. */
  const analysisOf = async (document: TextDocument): Promise<Analysis | undefined> => {
    const settings = await settingsFor(document.uri);
    const cached = analyses.get(document.uri);
    if (cached && cached.version === document.version && cached.settings === settings) return cached.analysis;
    const analysis = shouldCheck(document, settings)
      ? analyze(document.getText(), settings.engine, document.languageId === 'markdown' ? 'markdown' : 'plain')
      : undefined;
    analyses.set(document.uri, { version: document.version, settings, analysis });
    return analysis;
  };

  const shouldCheck = (document: TextDocument, settings: ServerSettings): boolean => {
    if (!settings.languages.includes(document.languageId)) return false;
    const content = document.getText();
    if (content.length > settings.maxFileSize) {
      if (!warnedTooLarge.has(document.uri)) {
        warnedTooLarge.add(document.uri);
        const name = decodeURIComponent(document.uri.slice(document.uri.lastIndexOf('/') + 1));
        // A notification, not a request: nothing waits on the user to dismiss it.
        quietly(
          connection.sendNotification(ShowMessageNotification.type, {
            type: MessageType.Warning,
            message: text('tooLarge', { name, size: content.length, limit: settings.maxFileSize }),
          }),
        );
      }
      return false;
    }
    // Plain text and Markdown files are checked only when they are Chinese drafts.
    return document.languageId === 'gongwen' || containsChinese(content);
  };

  const diagnosticsOf = async (document: TextDocument): Promise<Diagnostic[]> => {
    const analysis = await analysisOf(document);
    const diagnostics = analysis ? analysis.findings.map((f) => toDiagnostic(f, locale)) : [];
    return typingGuard.hold(document.uri, diagnostics);
  };

  // When typing pauses, show the line that was held still.
  const typingGuard = new TypingGuard((uri) => {
    const document = documents.get(uri);
    if (!document) return;
    if (pullDiagnostics) {
      if (diagnosticRefresh) {
        const refreshed: unknown = connection.languages.diagnostics.refresh();
        if (refreshed instanceof Promise) quietly(refreshed);
      }
    } else {
      quietly(push(document));
    }
  });

  const push = async (document: TextDocument): Promise<void> => {
    const diagnostics = await diagnosticsOf(document);
    // The document may have changed or closed while settings were fetched.
    if (documents.get(document.uri)?.version !== document.version) return;
    quietly(connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics }));
  };

  documents.onDidChangeContent((change) => {
    typingGuard.changed(change.document.uri, change.document.getText());
    if (!pullDiagnostics) quietly(push(change.document));
  });

  documents.onDidClose((event) => {
    analyses.delete(event.document.uri);
    settingsByUri.delete(event.document.uri);
    warnedTooLarge.delete(event.document.uri);
    typingGuard.closed(event.document.uri);
    if (!pullDiagnostics) quietly(connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] }));
  });

  const settingsChanged = (): void => {
    settingsByUri.clear();
    if (pullDiagnostics) {
      if (diagnosticRefresh) {
        // Typed as void, but a request underneath: keep its failure from escaping.
        const refreshed: unknown = connection.languages.diagnostics.refresh();
        if (refreshed instanceof Promise) quietly(refreshed);
      }
    } else {
      for (const document of documents.all()) quietly(push(document));
    }
  };

  // A .gongwenrc.json was created, changed or deleted (the client watches them).
  connection.onDidChangeWatchedFiles(() => {
    rcFiles.clear();
    reportedRc.clear();
    settingsChanged();
  });

  // The user trusted the workspace: its own patterns may run now.
  connection.onNotification('gongwen/workspaceTrusted', () => {
    workspaceTrusted = true;
    settingsChanged();
  });

  connection.onDidChangeConfiguration((change) => {
    reportedRc.clear();
    const pushed = (change.settings as { gongwen?: unknown } | null)?.gongwen;
    if (!configurationRequests && pushed !== undefined) pushedRaw = pushed;
    settingsChanged();
  });

  connection.languages.diagnostics.on(async (params) => {
    const document = documents.get(params.textDocument.uri);
    return { kind: 'full', items: document ? await diagnosticsOf(document) : [] };
  });

  connection.onDocumentSymbol(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const analysis = await analysisOf(document);
    if (!analysis) return [];
    const settings = await settingsFor(document.uri);
    return boundedSymbols(buildOutline(analysis.model, { series: settings.outlineSeries }).map(toDocumentSymbol));
  });

  connection.onFoldingRanges(async (params) => {
    const document = documents.get(params.textDocument.uri);
    const analysis = document && (await analysisOf(document));
    // Editors keep at most a few thousand folds; send the outermost ones first.
    return analysis ? foldingSections(analysis.model).slice(0, MAX_FOLDS).map(toFoldingRange) : [];
  });

  // Which process serves: for the client's crash-recovery test and for support.
  connection.onRequest('gongwen/serverInfo', () => ({ pid: process.pid, version: SERVER_VERSION }));

  // The pre-submission check: the document as it stands, in final mode.
  connection.onRequest(PRE_SUBMISSION_CHECK, async (params: PreSubmissionCheckParams): Promise<PreSubmissionCheckResult> => {
    const document = documents.get(params.uri);
    if (!document) return { checked: false, items: [] };
    const settings = await settingsFor(document.uri);
    if (!shouldCheck(document, settings)) return { checked: false, items: [] };
    const format = document.languageId === 'markdown' ? 'markdown' : 'plain';
    const { findings } = analyze(document.getText(), { ...settings.engine, finalMode: true }, format);
    const items = findings.flatMap((finding) => {
      const group = reportGroup(finding.rule, finding.severity);
      return group ? [{ group, diagnostic: toDiagnostic(finding, locale) }] : [];
    });
    return { checked: true, items };
  });

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    const analysis = document && (await analysisOf(document));
    if (!document || !analysis) return [];
    const uri = document.uri;
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
    const actions: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) {
      for (const diagnostic of params.context.diagnostics) {
        if (diagnostic.source !== 'gongwen') continue;
        const finding = analysis.findings.find(
          (f) =>
            f.rule === diagnostic.code &&
            f.range.start.line === diagnostic.range.start.line &&
            f.range.start.character === diagnostic.range.start.character &&
            f.range.end.line === diagnostic.range.end.line &&
            f.range.end.character === diagnostic.range.end.character,
        );
        if (finding) actions.push(...quickFixes(uri, finding, diagnostic, locale));
      }
    }
    if (wants(CodeActionKind.QuickFix)) {
      const numbering = params.context.diagnostics.find((d) => d.source === 'gongwen' && RENUMBERABLE.has(String(d.code)));
      if (numbering) {
        actions.push({
          title: text('renumber'),
          kind: CodeActionKind.QuickFix,
          diagnostics: [numbering],
          command: { title: text('renumber'), command: RENUMBER_COMMAND, arguments: [uri, numbering.range] },
        });
      }
    }
    if (wants(FIX_ALL_KIND)) {
      const edits = safeEdits(analysis);
      if (edits.length > 0) {
        actions.push({ title: text('fixAll'), kind: FIX_ALL_KIND, edit: { changes: { [uri]: edits } } });
      }
    }
    return actions;
  });

  // gongwen.renumber [uri, range?]: the whole document, or the list at the range, as one edit.
  connection.onExecuteCommand(async (params) => {
    if (params.command !== RENUMBER_COMMAND) return undefined;
    const [uri, range] = (params.arguments ?? []) as [string | undefined, { start: { line: number; character: number } } | undefined];
    const document = uri ? documents.get(uri) : undefined;
    const analysis = document && (await analysisOf(document));
    if (!document || !analysis) return { applied: false };
    const edits = renumberEdits(analysis.model, range ? { at: range.start } : {});
    if (edits.length === 0) {
      quietly(connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: text('renumberNothing') }));
      return { applied: false, edits: 0 };
    }
    const result = await connection.workspace.applyEdit({
      label: text('renumberLabel'),
      edit: { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] },
    });
    return { applied: result.applied, edits: edits.length };
  });

  connection.onCompletion(async (params): Promise<CompletionItem[]> => {
    const document = documents.get(params.textDocument.uri);
    const analysis = document && (await analysisOf(document));
    if (!analysis) return [];
    return ordinalSuggestions(analysis.model, params.position).map((s, i) => {
      const level = LEVEL_NAMES[String(s.level)]![locale];
      const detail = s.after
        ? text(s.firstChild ? 'completionChild' : 'completionAfter', { level, after: s.after.slice(0, 20) })
        : text('completionFirst', { level });
      return {
        label: s.text.trim(),
        kind: s.level === 'series' ? CompletionItemKind.EnumMember : CompletionItemKind.Enum,
        detail,
        textEdit: { range: s.range, newText: s.text },
        filterText: s.text,
        // Keep the engine's order: the nearest level first.
        sortText: String(i).padStart(3, '0'),
        preselect: i === 0,
      };
    });
  });

  connection.onHover(async (params): Promise<Hover | null> => {
    const document = documents.get(params.textDocument.uri);
    const analysis = document && (await analysisOf(document));
    const info = analysis && ordinalInfo(analysis.model, params.position);
    if (!info) return null;
    return {
      range: info.range,
      contents: {
        kind: MarkupKind.Markdown,
        value: text('hover', {
          path: info.path.join(' › '),
          level: LEVEL_NAMES[String(info.level)]![locale],
          standard: info.standard,
          count: info.count,
          index: info.index,
        }),
      },
    };
  });

  // Go to Symbol in Workspace: headings of the open drafts, found by their Chinese text.
  connection.onWorkspaceSymbol(async (params): Promise<SymbolInformation[]> => {
    const query = params.query.trim();
    const found: SymbolInformation[] = [];
    for (const document of documents.all()) {
      const analysis = await analysisOf(document);
      if (!analysis) continue;
      const visit = (node: OutlineNode, container: string | undefined) => {
        if (node.kind === 'heading' && (query === '' || node.name.includes(query))) {
          found.push({
            name: node.name,
            kind: SymbolKind.String,
            location: { uri: document.uri, range: node.selectionRange },
            ...(container ? { containerName: container } : {}),
          });
        }
        for (const child of node.children) visit(child, node.name);
      };
      for (const node of buildOutline(analysis.model, { series: false })) visit(node, undefined);
    }
    return found;
  });

  documents.listen(connection);
  connection.listen();
}

/** Every safe fix in the document, skipping any that overlaps one already taken. */
function safeEdits(analysis: Analysis): TextEdit[] {
  const edits: TextEdit[] = [];
  const overlaps = (a: TextEdit, b: TextEdit) =>
    !(
      a.range.end.line < b.range.start.line ||
      (a.range.end.line === b.range.start.line && a.range.end.character <= b.range.start.character) ||
      b.range.end.line < a.range.start.line ||
      (b.range.end.line === a.range.start.line && b.range.end.character <= a.range.start.character)
    );
  for (const finding of analysis.findings) {
    for (const fix of finding.fixes ?? []) {
      if (!fix.safe) continue;
      if (fix.edits.some((e) => edits.some((taken) => overlaps(e, taken)))) continue;
      edits.push(...fix.edits);
    }
  }
  return edits;
}
