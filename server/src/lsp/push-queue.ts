/**
 * Pushed diagnostics keep pace with the typing, however long the document.
 *
 * The server reads no message while it analyses, and a push is written only
 * after the changes read before it are handled. Pushing diagnostics for every
 * change in turn therefore analyses versions nobody will see: keystrokes typed
 * while a compilation of a million characters is being analysed each wait for
 * an analysis of their own, and the squiggles lag further the longer one types.
 * So each document has at most one push under way; changes that arrive
 * meanwhile fold into a single further push of the newest version once it is
 * written. A change that finds no push under way is pushed at once.
 *
 * Clients that pull diagnostics (VS Code) pace their requests themselves in the
 * same way; this is for clients that take pushed diagnostics (Neovim, Emacs, …).
 */
export class PushQueue {
  private readonly underWay = new Set<string>();
  private readonly changedSince = new Set<string>();

  /** `push` pushes the newest version of a document and settles once it is written; it never rejects. */
  constructor(private readonly push: (uri: string) => Promise<void>) {}

  /** The document changed (or opened). */
  changed(uri: string): void {
    if (this.underWay.has(uri)) this.changedSince.add(uri);
    else this.start(uri);
  }

  /** The document closed: a push under way finds it gone; none follows. */
  closed(uri: string): void {
    this.changedSince.delete(uri);
  }

  private start(uri: string): void {
    this.underWay.add(uri);
    void this.push(uri).then(() => {
      this.underWay.delete(uri);
      if (this.changedSince.delete(uri)) this.start(uri);
    });
  }
}
