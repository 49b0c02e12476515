/**
 * Which documents Gongwen checks: the languages of the gongwen.languages setting,
 * and of those, plain text and Markdown only when they hold Chinese (as the server decides).
 */
import * as vscode from 'vscode';
// The server's own test, so that the client never shows a status for a file the server skips.
import { containsChinese } from '../../server/out/engine/text';

const DEFAULT_LANGUAGES = ['gongwen', 'plaintext', 'markdown'];

export function checkedLanguages(): string[] {
  const languages = vscode.workspace.getConfiguration('gongwen').get<unknown>('languages');
  return Array.isArray(languages) && languages.every((l) => typeof l === 'string') ? languages : DEFAULT_LANGUAGES;
}

/** True when the document's language is one Gongwen is set to check. */
export function isChecked(document: vscode.TextDocument): boolean {
  return (document.uri.scheme === 'file' || document.uri.scheme === 'untitled') && checkedLanguages().includes(document.languageId);
}

/** The size above which the server skips a document (gongwen.maxFileSize). */
function maxFileSize(document: vscode.TextDocument): number {
  const limit = vscode.workspace.getConfiguration('gongwen', document).get<number>('maxFileSize', 5_000_000);
  return typeof limit === 'number' && limit > 0 ? limit : 5_000_000;
}

/** Characters as the server counts them (UTF-16 code units), above gongwen.maxFileSize. */
function tooLarge(document: vscode.TextDocument, text: string): boolean {
  return text.length > maxFileSize(document);
}

/**
 * True when the server checks the document: a checked language, Chinese in it unless it is a
 * gongwen document, and no larger than gongwen.maxFileSize.
 */
export function isDraft(document: vscode.TextDocument): boolean {
  if (!isChecked(document)) return false;
  // Read once: a long draft's text is built anew on every call.
  const text = document.getText();
  return (document.languageId === 'gongwen' || containsChinese(text)) && !tooLarge(document, text);
}

/** Why a document is not checked, for the messages that say so. */
export function notCheckedReason(document: vscode.TextDocument): string {
  const name = document.uri.path.split('/').pop() ?? '';
  if (!isChecked(document)) return vscode.l10n.t('"{0}" is not checked by Gongwen (see the setting gongwen.languages).', name);
  const text = document.getText();
  if (tooLarge(document, text)) {
    return vscode.l10n.t('"{0}" has {1} characters, more than gongwen.maxFileSize ({2}); it is not checked.', name, text.length, maxFileSize(document));
  }
  return vscode.l10n.t('"{0}" holds no Chinese text, so Gongwen does not check it.', name);
}

/** Non-space characters, and of those CJK ideographs, up to which an untitled text is judged. */
const SAMPLE = 4000;
/** Share of CJK ideographs among non-space characters from which a text reads as a Chinese draft. */
const CHINESE_SHARE = 0.5;
/** Fewer ideographs than this is a note, not a draft. */
const MIN_IDEOGRAPHS = 20;

/**
 * True when an untitled text reads as a Chinese draft: mostly Chinese characters, and enough of
 * them. A draft pasted into a new tab is what the editor's language detection takes for Ini or
 * the like; code with Chinese comments stays below the share.
 */
export function readsAsChineseDraft(text: string): boolean {
  let counted = 0;
  let ideographs = 0;
  for (let i = 0; i < text.length && counted < SAMPLE; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code === 0x3000) continue;
    counted++;
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) ideographs++;
  }
  return ideographs >= MIN_IDEOGRAPHS && ideographs / counted >= CHINESE_SHARE;
}
