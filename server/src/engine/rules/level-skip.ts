/**
 * level-skip: a level skipped (`一、` → `（1）`). With only two levels,
 * `一、` → `1.` is normal practice and allowed unless gongwen.numbering.allowSkip is off.
 */
import type { Finding } from '../findings';
import { standardHeadingOrdinal, writtenOrdinal } from '../lists';
import { headingRank } from '../model';
import type { Rule, RuleContext } from '../rule';
import type { SourceLine } from '../text';

const ID = 'level-skip';

export const levelSkip: Rule = {
  id: ID,
  title: { zh: '层次跳级', en: 'Level skipped' },
  defaultSeverity: 'warning',
  messages: {
    [ID]: {
      zh: '层次跳级：“{parent}”下直接用了“{found}”，缺少“{skipped}”这一层次；此处应为“{expected}”（GB/T 15834—2011 B.3.8）',
      en: 'Level skipped: "{found}" stands directly under "{parent}", skipping the "{skipped}" level; "{expected}" belongs here (GB/T 15834-2011 B.3.8).',
    },
  },
  check(context: RuleContext): Finding[] {
    const allowSkip = context.config.allowSkip ?? true;
    const findings: Finding[] = [];
    const levelSlips = context.levelSlips();
    for (const list of context.headingLists()) {
      const parent = list.parent;
      const first = list.items[0]?.heading;
      // (Under an item typed in a higher form, `二、` among `1.` `3.`, its sub-items are the run's item's.)
      const parentLevel = parent?.runLevel ?? parent?.level;
      if (!parent || !first || typeof list.level !== 'number' || typeof parentLevel !== 'number') continue;
      // `（一）` `（2）`: a sibling in another form (mixed-style), not a child a level down.
      if (levelSlips.has(first)) continue;
      if (list.level === 5) continue; // ① is level-depth's or ordinal-form's to report.
      const gap = headingRank(list.level) - headingRank(parentLevel);
      if (gap < 2) continue;
      // 一、 → 1. without （一）: normal with only two levels.
      if (allowSkip && parentLevel === 1 && list.level === 3) continue;
      // `专栏2　乡村建设重点工程` over `（1）……`: a box of its own, numbered as it likes.
      if (inBox(context.model.lines, first.line)) continue;
      const skippedLevel = (parentLevel + 1) as 2 | 3 | 4;
      findings.push({
        rule: ID,
        severity: 'warning',
        range: first.ordinal.range,
        message: {
          key: ID,
          args: {
            parent: writtenOrdinal(parent),
            found: writtenOrdinal(first),
            skipped: standardHeadingOrdinal(skippedLevel, 1),
            // The first of its list: the skipped level's first number, whatever number it wrote.
            expected: standardHeadingOrdinal(skippedLevel, 1),
          },
        },
      });
    }
    return findings;
  },
};

/** A box's label (专栏) on one of the two lines above a list's first item. */
const BOX_LABEL = /^[\s\u3000]*专栏[\s\u3000]*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})/;

function inBox(lines: readonly SourceLine[], line: number): boolean {
  let seen = 0;
  for (let i = line - 1; i >= 0 && seen < 2; i--) {
    const text = lines[i]!.text;
    if (text.trim() === '') continue;
    if (BOX_LABEL.test(text)) return true;
    seen++;
  }
  return false;
}
