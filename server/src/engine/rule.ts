/**
 * The shape of a rule: a small pass over the parsed model.
 */
import type { EngineConfig } from './config';
import type { Finding, MessageCatalog, Severity } from './findings';
import { headingLists, seriesLists, type HeadingList, type OrdinalList, type SeriesList } from './lists';
import type { DocumentModel } from './model';
import { previousCousin, sequenceIssues, type SequenceIssue } from './sequence';

export interface Rule {
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** Texts of the messages and fix titles this rule uses, keyed by message key. */
  readonly messages: MessageCatalog;
  check(context: RuleContext): Finding[];
}

/** The model plus views several rules share, each computed at most once per analysis. */
export class RuleContext {
  private headingListsCache: HeadingList[] | undefined;
  private seriesListsCache: SeriesList[] | undefined;
  private sequenceCache: SequenceIssue[] | undefined;

  constructor(
    readonly model: DocumentModel,
    readonly config: EngineConfig,
  ) {}

  headingLists(): HeadingList[] {
    return (this.headingListsCache ??= headingLists(this.model));
  }

  seriesLists(): SeriesList[] {
    return (this.seriesListsCache ??= seriesLists(this.model));
  }

  allLists(): OrdinalList[] {
    return [...this.headingLists(), ...this.seriesLists()];
  }

  sequenceIssues(): SequenceIssue[] {
    if (!this.sequenceCache) {
      const headings = this.headingLists();
      this.sequenceCache = [
        ...headings.flatMap((list) => sequenceIssues(list, previousCousin(list, headings, this.model.roots))),
        ...this.seriesLists().flatMap((list) => sequenceIssues(list, undefined)),
      ];
    }
    return this.sequenceCache;
  }
}
