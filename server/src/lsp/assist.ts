/**
 * Editing help: next-ordinal completion, hover on an ordinal, and Go to Symbol
 * in Workspace over the open drafts.
 */
import {
  CompletionItemKind,
  MarkupKind,
  SymbolKind,
  type CompletionItem,
  type CompletionList,
  type Hover,
  type SymbolInformation,
} from 'vscode-languageserver/node';
import { buildOutline, ordinalInfo, ordinalSuggestions, type OutlineNode } from '../engine';
import type { ServerContext } from './context';
import { LEVEL_NAMES } from './messages';

export function registerAssist(context: ServerContext): void {
  const { connection, documents, analysisOf, say: text } = context;

  connection.onCompletion(async (params): Promise<CompletionList> => {
    const document = documents.get(params.textDocument.uri);
    const analysis = document && (await analysisOf(document));
    // Incomplete: the editor asks again as the ordinal is typed (an input method commits `四` and `、`
    // apart), and gets nothing once it is typed in full, rather than keep offering what is there.
    if (!analysis) return { isIncomplete: true, items: [] };
    const items = ordinalSuggestions(analysis.model, params.position).map((s, i): CompletionItem => {
      const level = LEVEL_NAMES[String(s.level)]![context.locale];
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
    return { isIncomplete: true, items };
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
        value: text(info.expected ? 'hoverOutOfPlace' : 'hover', {
          path: info.path.join(' › '),
          level: LEVEL_NAMES[String(info.level)]![context.locale],
          standard: info.standard,
          count: info.count,
          index: info.index,
          expected: info.expected ?? '',
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
}
