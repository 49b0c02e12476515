/**
 * level-missing-parent: a level used before its parent level ever appears, in a
 * document that uses the parent level later (text starts with `（一）`, `一、`
 * comes later). A text may start at any level, but not climb back up (practice; B.3.8).
 */
import type { Finding } from '../findings';
import { isLedInEnumeration, standardHeadingOrdinal, writtenOrdinal } from '../lists';
import { headingRank, isDecimalLevel, type Heading } from '../model';
import type { Rule, RuleContext } from '../rule';
import { slottedHeadings } from '../structure';

const ID = 'level-missing-parent';

export const levelMissingParent: Rule = {
  id: ID,
  title: { zh: '缺少上一层次', en: 'Parent level missing' },
  defaultSeverity: 'warning',
  messages: {
    [ID]: {
      zh: '“{found}”之前没有上一层次的标题，而后文用了“{later}”：应在前面补上“{expected}”这一层次，或调整层次（实务惯例；GB/T 15834—2011 B.3.8）',
      en: '"{found}" has no parent heading, yet "{later}" is used later: put a "{expected}" heading above it, or change its level (practice; GB/T 15834-2011 B.3.8).',
    },
  },
  check(context: RuleContext): Finding[] {
    const findings: Finding[] = [];
    const { headings } = context.model;
    const roots = new Set(context.model.roots);
    const indexOf = new Map(headings.map((h, i) => [h, i]));
    const levelSlips = context.levelSlips();
    const slotted = slottedHeadings(context.model);
    for (const list of context.headingLists()) {
      if (list.parent || list.continuous) continue;
      const first = list.items[0]?.heading;
      if (!first || levelSlips.has(first)) continue;
      // Evidence listed after `主要有以下证据证明：` is no structure whose parent is missing.
      if (isLedInEnumeration(list.items.map((item) => item.heading!), context.model.lines)) continue;
      const rank = headingRank(first.level);
      // A higher level that first appears after this run of parentless headings.
      // A higher level later in the same part (an attachment or another speech is a document of its own).
      let later: Heading | undefined;
      for (let i = indexOf.get(first)! + 1; i < headings.length && headings[i]!.part === first.part; i++) {
        const h = headings[i]!;
        // (A run's item typed in a higher form is level-inversion's, no level of the text.)
        if (headingRank(h.level) < rank && roots.has(h) && !slotted.has(h)) {
          later = h;
          break;
        }
      }
      if (!later) continue;
      // `填报说明` numbered `一、` before a body numbered `1.`, `1.1`: two systems, neither the other's parent.
      if (isDecimalLevel(later.level) !== isDecimalLevel(first.level)) continue;
      findings.push({
        rule: ID,
        severity: 'warning',
        range: first.ordinal.range,
        message: {
          key: ID,
          args: { found: writtenOrdinal(first), later: writtenOrdinal(later), expected: standardHeadingOrdinal(later.level, 1, later) },
        },
      });
    }
    return findings;
  },
};
