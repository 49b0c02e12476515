/**
 * Translation from engine results to LSP structures.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { installRoot } from '../install-root';
import {
  CodeAction,
  CodeActionKind,
  Diagnostic,
  DiagnosticSeverity,
  DocumentSymbol,
  FoldingRange,
  FoldingRangeKind,
  SymbolKind,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import {
  formatMessage,
  MESSAGES,
  type Finding,
  type FoldingSection,
  type Locale,
  type OutlineNode,
  type Severity,
} from '../engine';

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * Each rule's page ships with the extension: docs/rules/<id>.md. One link object per rule,
 * shared by all its diagnostics (a long draft has thousands of them).
 */
const documentation = new Map<string, { readonly href: string }>();

function documentationLink(rule: string): { readonly href: string } {
  let link = documentation.get(rule);
  if (!link) {
    link = { href: pathToFileURL(path.join(installRoot(), 'docs', 'rules', `${rule}.md`)).toString() };
    documentation.set(rule, link);
  }
  return link;
}

export function toDiagnostic(finding: Finding, locale: Locale): Diagnostic {
  return {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    source: 'gongwen',
    code: finding.rule,
    codeDescription: documentationLink(finding.rule),
    message: formatMessage(MESSAGES, finding.message, locale),
  };
}

/** Outline icons differ per level so the tree reads at a glance. */
const LEVEL_KIND: Readonly<Record<string, SymbolKind>> = {
  'decimal-1': SymbolKind.Package,
  'decimal-2': SymbolKind.Namespace,
  'decimal-3': SymbolKind.Module,
  'decimal-4': SymbolKind.Class,
  chapter: SymbolKind.Package,
  section: SymbolKind.Namespace,
  article: SymbolKind.Object,
  1: SymbolKind.Module,
  2: SymbolKind.Class,
  3: SymbolKind.Method,
  4: SymbolKind.Field,
  5: SymbolKind.Constant,
};

export function toDocumentSymbol(node: OutlineNode): DocumentSymbol {
  return {
    name: node.name,
    ...(node.detail ? { detail: node.detail } : {}),
    kind: node.kind === 'heading' ? LEVEL_KIND[String(node.level)]! : node.kind === 'part' ? SymbolKind.File : node.kind === 'label' ? SymbolKind.Key : SymbolKind.EnumMember,
    range: node.range,
    selectionRange: node.selectionRange,
    children: node.children.map(toDocumentSymbol),
  };
}

export function toFoldingRange(section: FoldingSection): FoldingRange {
  return { startLine: section.startLine, endLine: section.endLine, kind: FoldingRangeKind.Region };
}

export function quickFixes(uri: string, finding: Finding, diagnostic: Diagnostic, locale: Locale): CodeAction[] {
  return (finding.fixes ?? []).map((fix) => {
    const edit: WorkspaceEdit = { changes: { [uri]: fix.edits.map((e) => ({ range: e.range, newText: e.newText })) } };
    return {
      title: formatMessage(MESSAGES, fix.title, locale),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: fix.safe,
      edit,
    };
  });
}
