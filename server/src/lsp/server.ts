/**
 * The language server: reads settings, keeps one analysis per open document,
 * and answers diagnostics, outline and folding from it; code actions and
 * editing help live in actions.ts and assist.ts.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  MessageType,
  ShowMessageNotification,
  ShowMessageRequest,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type DocumentSymbol,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, buildOutline, check, containsChinese, foldingSections, RULE_IDS, type Analysis, type Finding, type Locale, type TextFormat } from '../engine';
import { FIX_ALL_KIND, registerActions, RENUMBER_COMMAND } from './actions';
import { registerAssist } from './assist';
import type { ServerContext } from './context';
import { toDiagnostic, toDocumentSymbol, toFoldingRange } from './convert';
import { say, type ServerMessage } from './messages';
import { PRE_SUBMISSION_CHECK, reportGroup, type PreSubmissionCheckParams, type PreSubmissionCheckResult } from './protocol';
import { describeRcProblem, overlay, RcFiles } from './rcfile';
import { patternProblems, readSettings, settingsProblems, withoutPatterns, type ServerSettings } from './settings';
import { packageVersion } from '../install-root';
import { PushQueue } from './push-queue';
import { TypingGuard } from './typing';



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

/** Markdown drafts keep their code out of the checks. */
function formatOf(document: TextDocument): TextFormat {
  return document.languageId === 'markdown' ? 'markdown' : 'plain';
}

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
  /** The editor can open a file on request (window/showDocument): rc notices offer to open the file. */
  let showDocument = false;
  /** The editor runs `gongwen.ignoreText` itself (the VS Code client): ignore actions may offer it. */
  let ignoreCommand = false;
  let turnOffRuleCommand = false;
  /** Settings a client without workspace/configuration sends with initialize or didChangeConfiguration. */
  let pushedRaw: unknown = {};

  /** Runs a promise nobody awaits; a failure is logged, never allowed to stop the server. */
  const logError = (error: unknown): void => connection.console.error(String(error instanceof Error ? error.stack : error));
  const quietly = (promise: Promise<unknown>): void => {
    promise.catch(logError);
  };

  const text = (key: ServerMessage, args: Readonly<Record<string, string | number>> = {}): string => say(locale, key, args);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    locale = params.locale && /^en\b/i.test(params.locale) ? 'en' : 'zh';
    const caps = params.capabilities;
    pullDiagnostics = caps.textDocument?.diagnostic !== undefined;
    configurationRequests = caps.workspace?.configuration === true;
    diagnosticRefresh = caps.workspace?.diagnostics?.refreshSupport === true;
    showDocument = caps.window?.showDocument?.support === true;
    const options = params.initializationOptions as { settings?: unknown; trusted?: boolean; ignoreCommand?: boolean; turnOffRuleCommand?: boolean } | undefined;
    if (options?.settings !== undefined) pushedRaw = options.settings;
    ignoreCommand = options?.ignoreCommand === true;
    turnOffRuleCommand = options?.turnOffRuleCommand === true;
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
      serverInfo: { name: 'gongwen', version: packageVersion() },
    };
  });

  connection.onInitialized(() => {
    if (configurationRequests) {
      quietly(connection.client.register(DidChangeConfigurationNotification.type, { section: 'gongwen' }));
    }
  });

  /**
   * Tells the user once what is wrong with an rc file (or a setting); what can be used is used. One
   * notice per file, with a button that opens it when the editor can show a document.
   */
  const reportRc = (key: string, messages: string[], rcPath?: string, at?: { readonly line: number; readonly column: number }): void => {
    if (reportedRc.has(key) || messages.length === 0) return;
    reportedRc.add(key);
    const message = messages.join(' ');
    if (!rcPath || !showDocument) {
      quietly(connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }));
      return;
    }
    const open = text('openRcFile');
    quietly(
      connection.sendRequest(ShowMessageRequest.type, { type: MessageType.Warning, message, actions: [{ title: open }] }).then((choice) =>
        choice?.title === open
          ? connection.window.showDocument({
              uri: pathToFileURL(rcPath).toString(),
              takeFocus: true,
              // Where the parser stopped, when it said.
              ...(at ? { selection: { start: { line: at.line - 1, character: at.column - 1 }, end: { line: at.line - 1, character: at.column - 1 } } } : {}),
            })
          : undefined,
      ),
    );
  };

  /** The editor's settings for the document, overlaid by the nearest .gongwenrc.json. */
  const withRcFile = (uri: string, editorSettings: unknown): ServerSettings => {
    const rc = rcFiles.forDocument(uri);
    if (!rc) return readSettings(editorSettings);
    if (!rc.settings) {
      // The parser's own words are English: what is wrong, and where it stopped, in the editor's language.
      const at = rc.problem?.at;
      const detail = rc.problem ? describeRcProblem(rc.problem, locale) : '';
      reportRc(rc.path, [text('rcBroken', { file: rc.path, detail })], rc.path, at);
      return readSettings(editorSettings);
    }
    const problems = settingsProblems(rc.settings, RULE_IDS).map((p) => text('rcProblem', { key: p.key, expected: p.expected[locale] }));
    if (problems.length > 0) reportRc(rc.path, [text('rcProblems', { file: rc.path, problems: problems.join(text('rcProblemSeparator')) })], rc.path);
    return readSettings(overlay(editorSettings, workspaceTrusted ? rc.settings : withoutPatterns(rc.settings)));
  };

  /** Names each invalid user pattern once, by its setting. */
  const reportPatterns = (settings: ServerSettings): void => {
    for (const problem of patternProblems(settings.engine)) {
      const setting = `gongwen.${problem.key}`;
      reportRc(`${setting}\u0000${problem.source}`, [text('badPattern', { setting, pattern: problem.source, error: problem.error })]);
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
      ? analyze(document.getText(), settings.engine, formatOf(document))
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
    return typingGuard.hold(document.uri, analysis?.findings ?? []).map((f) => toDiagnostic(f, locale));
  };

  // When typing pauses, show the line that was held still.
  const typingGuard = new TypingGuard<Finding>((uri) => {
    const document = documents.get(uri);
    if (!document) return;
    if (pullDiagnostics) {
      if (diagnosticRefresh) {
        const refreshed: unknown = connection.languages.diagnostics.refresh();
        if (refreshed instanceof Promise) quietly(refreshed);
      }
    } else {
      pushes.changed(uri);
    }
  });

  const push = async (document: TextDocument): Promise<void> => {
    const diagnostics = await diagnosticsOf(document);
    // The document may have changed or closed while settings were fetched.
    if (documents.get(document.uri)?.version !== document.version) return;
    await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  };

  // One push per document under way; changes meanwhile fold into one more (push-queue.ts).
  const pushes = new PushQueue(async (uri) => {
    const document = documents.get(uri);
    if (document) await push(document).catch(logError);
  });

  documents.onDidChangeContent((change) => {
    const document = change.document;
    typingGuard.changed(document.uri, document.getText(), document.lineCount, (offset) => document.positionAt(offset).line);
    if (!pullDiagnostics) pushes.changed(change.document.uri);
  });

  documents.onDidClose((event) => {
    analyses.delete(event.document.uri);
    settingsByUri.delete(event.document.uri);
    warnedTooLarge.delete(event.document.uri);
    typingGuard.closed(event.document.uri);
    pushes.closed(event.document.uri);
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
      for (const document of documents.all()) pushes.changed(document.uri);
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
  connection.onRequest('gongwen/serverInfo', () => ({ pid: process.pid, version: packageVersion() }));

  // The pre-submission check: the document as it stands, in final mode.
  connection.onRequest(PRE_SUBMISSION_CHECK, async (params: PreSubmissionCheckParams): Promise<PreSubmissionCheckResult> => {
    const document = documents.get(params.uri);
    if (!document) return { checked: false, items: [] };
    const analysis = await analysisOf(document);
    if (!analysis) return { checked: false, items: [] };
    // Final mode changes only severities: the parsed model the diagnostics came from serves as it is.
    const settings = await settingsFor(document.uri);
    const findings = settings.engine.finalMode ? analysis.findings : check(analysis.model, { ...settings.engine, finalMode: true });
    const items = findings.flatMap((finding) => {
      const group = reportGroup(finding.rule, finding.severity);
      return group ? [{ group, diagnostic: toDiagnostic(finding, locale) }] : [];
    });
    return { checked: true, items };
  });

  const context: ServerContext = {
    connection,
    documents,
    get locale() {
      return locale;
    },
    analysisOf,
    say: text,
    quietly,
    get ignoreCommand() {
      return ignoreCommand;
    },
    get turnOffRuleCommand() {
      return turnOffRuleCommand;
    },
  };
  registerActions(context);
  registerAssist(context);

  documents.listen(connection);
  connection.listen();
}

