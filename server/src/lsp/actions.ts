/**
 * Code actions: quick fixes, fix-all, and renumbering (a quick fix on every
 * sequence finding, and the gongwen.renumber command).
 */
import {
  CodeActionKind,
  MessageType,
  ShowMessageNotification,
  type CodeAction,
  type TextEdit,
} from 'vscode-languageserver/node';
import { hasListAt, ignoreEntry, renumberEdits, renumbersItemOn, RULE_TITLES, safeEdits } from '../engine';
import type { ServerContext } from './context';
import { quickFixes } from './convert';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.gongwen`;
export const RENUMBER_COMMAND = 'gongwen.renumber';
const LEFTOVER_RULE = 'template-leftover';
/** The leftover fix that deletes a whole line (an advertising or navigation line). */
const LEFTOVER_LINE_FIX = 'template-leftover.fix';
/** Findings a renumbering resolves: the quick fix on each of them renumbers their list. */
const RENUMBERABLE = new Set(['sequence-gap', 'sequence-duplicate', 'sequence-order', 'sequence-start', 'sequence-restart']);
/** The client's command that adds an entry to `gongwen.placeholders.ignore` (the VS Code client runs it itself). */
export const IGNORE_TEXT_COMMAND = 'gongwen.ignoreText';
/** Findings that `gongwen.placeholders.ignore` exempts, so that the writer can ignore the value in one step. */
const IGNORABLE = new Set(['placeholder', 'placeholder-vague']);
/** The client's command that sets a rule to "off" in the settings that apply to the draft (the VS Code client runs it itself). */
export const TURN_OFF_RULE_COMMAND = 'gongwen.turnOffRule';
/** Longest phrase shown whole in an action's title. */
const TITLE_PHRASE_LENGTH = 24;

/** A long phrase as its two ends (`第一季度全市规模以上…同比增长X%`), to keep the menu readable. */
function shortened(phrase: string): string {
  if (phrase.length <= TITLE_PHRASE_LENGTH) return phrase;
  const half = Math.floor((TITLE_PHRASE_LENGTH - 1) / 2);
  return `${phrase.slice(0, half)}…${phrase.slice(phrase.length - half)}`;
}

export function registerActions(context: ServerContext): void {
  const { connection, documents, analysisOf, quietly, say: text } = context;

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
        if (finding) actions.push(...quickFixes(uri, finding, diagnostic, context.locale));
      }
    }
    if (wants(CodeActionKind.QuickFix) && context.ignoreCommand) {
      // A value meant as written (a model's name, a form's blank for others to fill): the writer
      // exempts its clause, after the fixes in the menu.
      for (const diagnostic of params.context.diagnostics) {
        if (diagnostic.source !== 'gongwen' || !IGNORABLE.has(String(diagnostic.code)) || diagnostic.range.start.line !== diagnostic.range.end.line) continue;
        const line = analysis.model.lines[diagnostic.range.start.line];
        if (!line) continue;
        const entry = ignoreEntry(line.text, diagnostic.range.start.character, diagnostic.range.end.character);
        const title = text('ignoreText', { phrase: shortened(entry.phrase) });
        actions.push({
          title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: { title, command: IGNORE_TEXT_COMMAND, arguments: [uri, entry.pattern, entry.phrase] },
        });
      }
    }
    if (wants(CodeActionKind.QuickFix)) {
      // (Not on an attachment label that renumbering leaves alone: one of several attachments issued on their own.)
      const numbering = params.context.diagnostics.find(
        (d) => d.source === 'gongwen' && RENUMBERABLE.has(String(d.code)) && renumbersItemOn(analysis.model, d.range.start.line),
      );
      if (numbering) {
        actions.push({
          title: text('renumber'),
          kind: CodeActionKind.QuickFix,
          diagnostics: [numbering],
          command: { title: text('renumber'), command: RENUMBER_COMMAND, arguments: [uri, numbering.range] },
        });
      }
    }
    if (wants(CodeActionKind.QuickFix) && params.context.diagnostics.some((d) => d.source === 'gongwen' && d.code === LEFTOVER_RULE)) {
      // A downloaded sample brings its advertising lines by the handful: one action deletes them all.
      // One edit per line: a line may hold two leftovers (`仅供学习 禁止外传`).
      const byLine = new Map<number, TextEdit[]>();
      for (const f of analysis.findings) {
        const fix = f.fixes?.[0];
        if (f.rule === LEFTOVER_RULE && fix?.title.key === LEFTOVER_LINE_FIX) byLine.set(f.range.start.line, fix.edits.map((e) => ({ range: e.range, newText: e.newText })));
      }
      if (byLine.size > 1) {
        actions.push({
          title: text('deleteLeftoverLines', { count: byLine.size }),
          kind: CodeActionKind.QuickFix,
          edit: { changes: { [uri]: [...byLine.values()].flat() } },
        });
      }
    }
    if (wants(CodeActionKind.QuickFix) && context.turnOffRuleCommand) {
      // Last in the menu, once per rule, as ESLint offers to disable one: for an office that does not
      // follow a rule's practice (a space after every ordinal, say), not for one slip.
      const offered = new Set<string>();
      for (const diagnostic of params.context.diagnostics) {
        const rule = String(diagnostic.code);
        const title = RULE_TITLES[rule];
        if (diagnostic.source !== 'gongwen' || !title || offered.has(rule)) continue;
        offered.add(rule);
        const actionTitle = text('turnOffRule', { title: title[context.locale], rule });
        actions.push({
          title: actionTitle,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: { title: actionTitle, command: TURN_OFF_RULE_COMMAND, arguments: [uri, rule, title[context.locale]] },
        });
      }
    }
    if (wants(FIX_ALL_KIND)) {
      const edits = safeEdits(analysis.findings);
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
      const nothing = range && !hasListAt(analysis.model, range.start) ? 'renumberNoList' : 'renumberNothing';
      quietly(connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: text(nothing) }));
      return { applied: false, edits: 0 };
    }
    const result = await connection.workspace.applyEdit({
      label: text('renumberLabel'),
      edit: { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] },
    });
    return { applied: result.applied, edits: edits.length };
  });
}
