/**
 * What the server's feature modules share: the connection, the open documents,
 * their analyses, and the user's language.
 */
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Locale } from '../engine';
import type { ServerMessage } from './messages';

export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  /** The user's language, from the client's initialize request. */
  readonly locale: Locale;
  /** The document's analysis, or undefined when the document is not one we check. */
  analysisOf(document: TextDocument): Promise<Analysis | undefined>;
  say(key: ServerMessage, args?: Readonly<Record<string, string | number>>): string;
  /** Runs a promise nobody awaits; a failure is logged, never allowed to stop the server. */
  quietly(promise: Promise<unknown>): void;
  /** The editor runs `gongwen.ignoreText` (it said so when it started): a flagged value can be exempted with one action. */
  readonly ignoreCommand: boolean;
  /** The editor runs `gongwen.turnOffRule`: any finding's rule can be turned off where the settings apply to the draft. */
  readonly turnOffRuleCommand: boolean;
}
