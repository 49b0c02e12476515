/**
 * Requests beyond LSP that the Gongwen client sends.
 */
import type { Diagnostic } from 'vscode-languageserver/node';

/** `gongwen/preSubmissionCheck`: the document checked in final mode, grouped for the report. */
export const PRE_SUBMISSION_CHECK = 'gongwen/preSubmissionCheck';

export interface PreSubmissionCheckParams {
  readonly uri: string;
}

export type ReportGroup = 'placeholder' | 'leftover' | 'numbering';

export interface PreSubmissionCheckResult {
  /** False when the document is not one the server checks (language, size). */
  readonly checked: boolean;
  readonly items: ReadonlyArray<{ readonly group: ReportGroup; readonly diagnostic: Diagnostic }>;
}

/** Which findings block submission, and under which heading of the report they stand. */
export function reportGroup(rule: string, severity: string): ReportGroup | undefined {
  if (rule === 'placeholder' || rule === 'placeholder-vague' || rule === 'placeholder-process') return 'placeholder';
  if (rule === 'template-leftover') return 'leftover';
  // Notes (information, hints) on numbering do not hold a draft back.
  return severity === 'error' || severity === 'warning' ? 'numbering' : undefined;
}
