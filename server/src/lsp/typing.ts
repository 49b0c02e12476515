/**
 * While the user is typing on a line, findings on that line hold still: a
 * placeholder half typed (`X` on its way to `X%`) or an ordinal mid-word does
 * not flash a squiggle that vanishes a keystroke later. Other lines update at
 * once; the typed line catches up as soon as the typing pauses.
 */
import type { Range } from 'vscode-languageserver/node';

/** Anything shown at a place in the document: the server holds findings, not their LSP form. */
export interface Placed {
  readonly range: Range;
}

/** How long after the last keystroke a line counts as being typed. */
export const QUIET_MS = 400;

interface Typing {
  readonly line: number;
  readonly at: number;
}

/**
 * Holds findings rather than LSP diagnostics, so that what was shown costs no more memory than
 * the analysis the server keeps anyway: the diagnostics are built for sending and then dropped.
 */
export class TypingGuard<T extends Placed> {
  /** Each document's last text, with its line count. */
  private readonly texts = new Map<string, { readonly text: string; readonly lines: number }>();
  private readonly typing = new Map<string, Typing>();
  private readonly shown = new Map<string, readonly T[]>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  /** `settled` is called for a document once its typing pauses, to show the held line. */
  constructor(private readonly settled: (uri: string) => void) {}

  /**
   * Records a change: which line it touched, if it stayed within one line. `lines` and `lineAt`
   * come from the editor's document, which keeps its line offsets as it is edited: nothing here
   * reads the whole text but the one native comparison that finds where it changed.
   */
  changed(uri: string, text: string, lines: number, lineAt: (offset: number) => number): void {
    const before = this.texts.get(uri);
    this.texts.set(uri, { text, lines });
    if (before === undefined) return;
    const at = firstDifference(before.text, text);
    // A change that adds or removes lines is not typing within a word. The text up to the
    // first difference is the same in both versions, and so is that character's line.
    if (at === -1 || lines !== before.lines) {
      this.typing.delete(uri);
      return;
    }
    const line = lineAt(at);
    this.typing.set(uri, { line, at: Date.now() });
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.typing.delete(uri);
        this.settled(uri);
      }, QUIET_MS),
    );
  }

  /** The findings to show now: on the line being typed, those shown before. */
  hold(uri: string, findings: readonly T[]): T[] {
    const typing = this.typing.get(uri);
    const previous = this.shown.get(uri);
    let result: T[] = [...findings];
    if (typing && previous && Date.now() - typing.at < QUIET_MS) {
      const onLine = (d: T) => d.range.start.line === typing.line || d.range.end.line === typing.line;
      result = [...findings.filter((d) => !onLine(d)), ...previous.filter(onLine)];
    }
    this.shown.set(uri, result);
    return result;
  }

  closed(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    for (const map of [this.texts, this.typing, this.shown, this.timers]) map.delete(uri);
  }
}

/** Characters compared at once while looking for the first difference (one native comparison each). */
const CHUNK = 2048;

/** Index of the first character where two texts differ, or -1 when they are equal. */
export function firstDifference(before: string, after: string): number {
  const limit = Math.min(before.length, after.length);
  let i = 0;
  while (i + CHUNK <= limit && before.slice(i, i + CHUNK) === after.slice(i, i + CHUNK)) i += CHUNK;
  while (i < limit && before.charCodeAt(i) === after.charCodeAt(i)) i++;
  return i === before.length && i === after.length ? -1 : i;
}
