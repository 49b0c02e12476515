/**
 * Which documents Gongwen checks: the languages of the gongwen.languages setting.
 */
import * as vscode from 'vscode';

const DEFAULT_LANGUAGES = ['gongwen', 'plaintext', 'markdown'];

export function checkedLanguages(): string[] {
  const languages = vscode.workspace.getConfiguration('gongwen').get<unknown>('languages');
  return Array.isArray(languages) && languages.every((l) => typeof l === 'string') ? languages : DEFAULT_LANGUAGES;
}

export function isChecked(document: vscode.TextDocument): boolean {
  return (document.uri.scheme === 'file' || document.uri.scheme === 'untitled') && checkedLanguages().includes(document.languageId);
}
