/**
 * The status bar item: placeholders left, 字数 (characters without white
 * space), and the speaking time at the configured pace. Clicking it runs the
 * pre-submission check.
 */
import * as vscode from 'vscode';
// 字数 is defined by the engine; importing this one module keeps the rest of the engine out of the extension's bundle.
import { characterCount } from '../../server/out/engine/count';
import { otherProblemsIn, placeholdersIn } from './placeholders';

export class DraftStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('gongwen.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The context key `gongwen.isDraft` as last set: the editor title's 提交前检查 button follows it. */
  private shownForDraft: boolean | undefined;

  constructor(private readonly isDraft: (document: vscode.TextDocument) => boolean) {
    this.item.name = vscode.l10n.t('Gongwen draft status');
    this.item.command = 'gongwen.preSubmissionCheck';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.schedule();
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (e.uris.some((u) => u.toString() === active)) this.schedule();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('gongwen')) this.update();
      }),
    );
    this.update();
  }

  /** Counting a long draft on every keystroke is wasted work: wait for a pause. */
  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), 150);
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const draft = document !== undefined && this.isDraft(document);
    if (draft !== this.shownForDraft) {
      this.shownForDraft = draft;
      void vscode.commands.executeCommand('setContext', 'gongwen.isDraft', draft);
    }
    if (!document || !draft) {
      this.item.hide();
      return;
    }
    const placeholders = placeholdersIn(document.uri).length;
    // The tick promises what the pre-submission check would say: nothing left, not only nothing to fill in.
    const otherProblems = otherProblemsIn(document.uri);
    const icon = placeholders > 0 ? 'edit' : otherProblems > 0 ? 'warning' : 'check';
    const chars = characterCount(document.getText());
    const rate = Math.max(1, vscode.workspace.getConfiguration('gongwen', document).get<number>('speakingRate', 200));
    const minutes = Math.max(1, Math.round(chars / rate));
    this.item.text = `$(${icon}) ${vscode.l10n.t('{0} to fill · {1} chars · about {2} min', placeholders, chars.toLocaleString(), minutes)}`;
    const tooltip = vscode.l10n.t(
      '{0} placeholder(s) left; {1} characters; about {2} minutes at {3} characters per minute. Click for the pre-submission check.',
      placeholders,
      chars,
      minutes,
      rate,
    );
    this.item.tooltip = otherProblems > 0 ? `${vscode.l10n.t('{0} other problem(s) to resolve before submission.', otherProblems)}\n${tooltip}` : tooltip;
    this.item.show();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}
