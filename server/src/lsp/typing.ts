/**
 * While the user is typing on a line, findings on that line hold still: a
 * placeholder half typed (`X` on its way to `X%`) or an ordinal mid-word does
 * not flash a squiggle that vanishes a keystroke later. Other lines update at
 * once; the typed line catches up as soon as the typing pauses.
 */
import type { Diagnostic } from 'vscode-languageserver/node';

/** How long after the last keystroke a line counts as being typed. */
export const QUIET_MS = 400;

interface Typing {
  readonly line: number;
  readonly at: number;
}

export class TypingGuard {
  private readonly texts = new Map<string, string>();
  private readonly typing = new Map<string, Typing>();
  private readonly shown = new Map<string, readonly Diagnostic[]>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  /** `settled` is called for a document once its typing pauses, to show the held line. */
  constructor(private readonly settled: (uri: string) => void) {}

  /** Records a change: which line it touched, if it stayed within one line. */
  changed(uri: string, text: string): void {
    const before = this.texts.get(uri);
    this.texts.set(uri, text);
    if (before === undefined) return;
    const line = editedLine(before, text);
    // A change that adds or removes lines is not typing within a word.
    if (line === undefined || countLines(text) !== countLines(before)) {
      this.typing.delete(uri);
      return;
    }
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

  /** The diagnostics to show now: on the line being typed, those shown before. */
  hold(uri: string, diagnostics: readonly Diagnostic[]): Diagnostic[] {
    const typing = this.typing.get(uri);
    const previous = this.shown.get(uri);
    let result: Diagnostic[] = [...diagnostics];
    if (typing && previous && Date.now() - typing.at < QUIET_MS) {
      const onLine = (d: Diagnostic) => d.range.start.line === typing.line || d.range.end.line === typing.line;
      result = [...diagnostics.filter((d) => !onLine(d)), ...previous.filter(onLine)];
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

function countLines(text: string): number {
  let count = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  return count;
}

/** The line of the first difference between two versions of a text. */
function editedLine(before: string, after: string): number | undefined {
  const limit = Math.min(before.length, after.length);
  let i = 0;
  while (i < limit && before.charCodeAt(i) === after.charCodeAt(i)) i++;
  if (i === before.length && i === after.length) return undefined;
  let line = 0;
  for (let j = 0; j < i; j++) {
    const c = before.charCodeAt(j);
    if (c === 10 || (c === 13 && before.charCodeAt(j + 1) !== 10)) line++;
  }
  return line;
}
