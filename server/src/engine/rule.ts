/**
 * The shape of a rule: a small pass over the parsed model.
 */
import type { EngineConfig } from './config';
import type { Finding, MessageCatalog, MessageText, Severity } from './findings';
import { attachmentLists, labelLists, noteLists, opensExcerpt, seriesLists, type AttachmentList, type HeadingList, type LabelList, type NoteList, type SeriesList } from './lists';
import { isAutoNumberedList } from './markdown';
import { headingRank, type DocumentModel, type Heading } from './model';
import { prefixIssue, previousCousin, sequenceIssues, type SequenceIssue } from './sequence';
import { findFormContinuations, findInversions, writtenHeadingLists, type FormContinuation, type Inversion } from './structure';

/** A Markdown list under `附件：` written `1. ` `1. ` `1. `: Markdown numbers it 1, 2, 3. */
function isAutoNumberedNote(model: DocumentModel, list: AttachmentList): boolean {
  return model.format === 'markdown' && list.items.every((item) => item.value === 1 && /^[ \t]{0,3}1\.[ \t]/.test(model.lines[item.attachment!.line]!.text));
}

export interface Rule {
  readonly id: string;
  /** The rule's name, as its page in docs/rules gives it: for menus ("turn off …") and reports. */
  readonly title: MessageText;
  readonly defaultSeverity: Severity;
  /** False for rules a user turns on in settings (ordinal-dot-style). */
  readonly enabledByDefault?: boolean;
  /** Texts of the messages and fix titles this rule uses, keyed by message key. */
  readonly messages: MessageCatalog;
  check(context: RuleContext): Finding[];
}

/** The model plus views several rules share, each computed at most once per analysis. */
export class RuleContext {
  private headingListsCache: HeadingList[] | undefined;
  private seriesListsCache: SeriesList[] | undefined;
  private attachmentListsCache: AttachmentList[] | undefined;
  private noteListsCache: NoteList[] | undefined;
  private labelListsCache: LabelList[] | undefined;
  private sequenceCache: SequenceIssue[] | undefined;
  private continuationsCache: FormContinuation[] | undefined;
  private levelSlipsCache: ReadonlySet<Heading> | undefined;

  constructor(
    readonly model: DocumentModel,
    readonly config: EngineConfig,
  ) {}

  headingLists(): HeadingList[] {
    return (this.headingListsCache ??= [...writtenHeadingLists(this.model)]);
  }

  seriesLists(): SeriesList[] {
    return (this.seriesListsCache ??= seriesLists(this.model));
  }

  attachmentLists(): AttachmentList[] {
    return (this.attachmentListsCache ??= attachmentLists(this.model));
  }

  noteLists(): NoteList[] {
    return (this.noteListsCache ??= noteLists(this.model));
  }

  labelLists(): LabelList[] {
    return (this.labelListsCache ??= labelLists(this.model));
  }

  inversions(): readonly Inversion[] {
    return findInversions(this.model);
  }

  formContinuations(): FormContinuation[] {
    return (this.continuationsCache ??= findFormContinuations(this.model, this.inversions()));
  }

  /** Headings whose numbering slip the level rules report (level-inversion, mixed-style, level-missing-parent). */
  levelSlips(): ReadonlySet<Heading> {
    return (this.levelSlipsCache ??= new Set([
      ...this.inversions().flatMap((i) => [i.before, i.heading, i.after].filter((h): h is Heading => h !== undefined)),
      ...this.formContinuations().map((c) => c.heading),
      ...afterMissingParent(this.model),
    ]));
  }

  sequenceIssues(): SequenceIssue[] {
    if (!this.sequenceCache) {
      const headings = this.headingLists();
      const explained = this.levelSlips();
      const byParent = new Map<Heading, HeadingList[]>();
      for (const list of headings) {
        if (!list.parent) continue;
        const lists = byParent.get(list.parent);
        if (lists) lists.push(list);
        else byParent.set(list.parent, [list]);
      }
      this.sequenceCache = [
        ...headings
          .filter((list) => !isAutoNumberedList(this.model, list.items.map((item) => item.heading!)))
          .flatMap((list) => sequenceIssues(list, previousCousin(list, byParent, this.model), explained)),
        ...this.seriesLists().flatMap((list) => sequenceIssues(list, undefined)),
        ...this.attachmentLists()
          .filter((list) => !isAutoNumberedNote(this.model, list))
          .flatMap((list) => sequenceIssues(list, undefined)),
        ...this.noteLists().flatMap((list) => sequenceIssues(list, undefined)),
        // Attachments may be files of their own: among their labels only a repeat or a swap is a slip, and a
        // label alone is none.
        ...this.labelLists()
          .filter((list) => list.items.length > 1)
          .flatMap((list) => sequenceIssues(list, undefined).filter((issue) => !list.attachments || issue.kind === 'duplicate' || issue.kind === 'order')),
      ];
      // Clauses carrying another parent's number (`2.1` under `第3章`), unless that parent's own number
      // is the slip: it is not the one its place calls for (a pair swapped, one repeated).
      const slipped = new Set<Heading | undefined>();
      for (const list of headings) list.items.forEach((item, i) => item.value !== i + 1 && slipped.add(item.heading));
      for (const list of headings) {
        const issue = list.parent && !slipped.has(list.parent) ? prefixIssue(list) : undefined;
        if (issue) this.sequenceCache.push(issue);
      }
      // An excerpt (`……纲要（节选）`) begins where the excerpt does: its first top-level list may start at `第二章`.
      this.sequenceCache = this.sequenceCache.filter((issue) => !(issue.kind === 'start' && opensExcerpt(this.model, issue.list)));
    }
    return this.sequenceCache;
  }
}

/**
 * `（一）` `（二）` with no heading above them, then `二、`: the `二、` starts at 2 because the `一、` over
 * the headings before it was left out, which level-missing-parent reports; no start slip of its own.
 */
function afterMissingParent(model: DocumentModel): Heading[] {
  const found: Heading[] = [];
  const seen = new Set<string>();
  let previous: Heading | undefined;
  for (const root of model.roots) {
    const key = `${root.part}|${root.level}`;
    const first = !seen.has(key);
    seen.add(key);
    if (first && root.ordinal.value === 2 && previous?.part === root.part && headingRank(previous.level) > headingRank(root.level)) found.push(root);
    previous = root;
  }
  return found;
}
