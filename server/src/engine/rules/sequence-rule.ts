/**
 * The sequence-* rules share one reading of each list (sequence.ts); each
 * reports its own kind of slip.
 */
import type { Finding, MessageCatalog, MessageText, Severity } from '../findings';
import { expectedLabel, headingLabel, type OrdinalItem } from '../lists';
import type { Rule, RuleContext } from '../rule';
import type { SequenceIssue, SequenceIssueKind } from '../sequence';

export function sequenceRule(
  id: string,
  title: MessageText,
  kinds: readonly SequenceIssueKind[],
  defaultSeverity: Severity,
  messages: MessageCatalog,
): Rule {
  return {
    id,
    title,
    defaultSeverity,
    messages,
    check(context: RuleContext): Finding[] {
      return context
        .sequenceIssues()
        .filter((issue) => kinds.includes(issue.kind))
        .map((issue) => ({
          rule: id,
          severity: defaultSeverity,
          range: issue.item.range,
          message: { key: messageKey(id, issue), args: messageArgs(issue) },
        }));
    },
  };
}

/**
 * After an earlier slip the previous item cannot say what belongs here; the item's place can
 * (`一、二、一、三、`: the 三、 should be 四、). One wording for gaps, slips of order and duplicates alike.
 */
export function positionalMessages(id: string): MessageCatalog {
  return {
    [`${id}.headings-positional`]: {
      zh: '序号有误：按顺序此处应为“{expected}”，却是“{found}”',
      en: 'Wrong number: in order, "{expected}" belongs here, not "{found}".',
    },
    [`${id}.attachments-positional`]: {
      zh: '附件顺序号有误：按顺序此处应为“{expected}”，却是“{found}”（GB/T 9704—2012 7.3.4）',
      en: 'Wrong attachment number: in order, "{expected}" belongs here, not "{found}" (GB/T 9704-2012 §7.3.4).',
    },
    [`${id}.notes-positional`]: {
      zh: '注释序号有误：按顺序此处应为“{expected}”，却是“{found}”',
      en: 'Wrong note number: in order, "{expected}" belongs here, not "{found}".',
    },
    [`${id}.series-positional`]: {
      zh: '序次语有误：按顺序此处应为“{expected}”，却是“{found}”',
      en: 'Wrong ordinal word: in order, "{expected}" belongs here, not "{found}".',
    },
  };
}

function messageKey(id: string, issue: SequenceIssue): string {
  if (issue.kind === 'after-last') return `${id}.after-last`;
  // `附件2` twice: which number belongs there the attachment note says, not the labels (some attachments may be files of their own).
  if (issue.list.kind === 'labels' && issue.list.attachments) return `${id}.attachment-labels${issue.previous ? '' : '-first'}`;
  // A swapped first item has no previous one to name.
  if (issue.kind === 'order' && !issue.previous) return issue.list.kind === 'attachments' || issue.list.kind === 'notes' || issue.list.kind === 'series' ? `${id}.${issue.list.kind}-first` : `${id}.first`;
  if (issue.kind === 'restart' && issue.list.kind === 'headings' && issue.list.continuous) return `${id}.continuous`;
  if (issue.expectedText !== undefined) return `${id}.decimal-prefix`;
  // `一、二、一、三、`: the 三、 is judged by its place (四、), not by the 一、 before it, which is wrong itself.
  const previous = issue.previous?.value;
  const positional = (issue.kind === 'gap' || issue.kind === 'order' || issue.kind === 'duplicate') && typeof previous === 'number' && issue.expected !== previous + 1;
  // Labels (`案例二`, `第二阶段`, `附件2`) are named whole, as headings are: the headings' wording fits them.
  return `${id}.${issue.list.kind === 'labels' ? 'headings' : issue.list.kind}${positional ? '-positional' : ''}`;
}

/** An item as the message names it: a heading's ordinal with its mark (`二、`), a series member's word without its (`其二`), as the expected one is named. */
function named(item: OrdinalItem): string {
  return item.member ? item.member.marker : item.written;
}

function messageArgs(issue: SequenceIssue): Record<string, string> {
  const parent = issue.list.kind === 'headings' ? issue.list.parent : undefined;
  return {
    found: named(issue.item),
    expected: issue.expectedText ?? (issue.expected === undefined ? '' : expectedLabel(issue.list, issue.expected)),
    previous: issue.previous ? named(issue.previous) : '',
    parent: parent ? headingLabel(parent) : '',
  };
}
