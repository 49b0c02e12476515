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
import { hasListAt, renumberEdits, safeEdits } from '../engine';
import type { ServerContext } from './context';
import { quickFixes } from './convert';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.gongwen`;
export const RENUMBER_COMMAND = 'gongwen.renumber';
const LEFTOVER_RULE = 'template-leftover';
/** The leftover fix that deletes a whole line (an advertising or navigation line). */
const LEFTOVER_LINE_FIX = 'template-leftover.fix';
/** Findings a renumbering resolves: the quick fix on each of them renumbers their list. */
const RENUMBERABLE = new Set(['sequence-gap', 'sequence-duplicate', 'sequence-order', 'sequence-start', 'sequence-restart']);

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
