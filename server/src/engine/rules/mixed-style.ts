/**
 * mixed-style: siblings written in different forms (`（一）（二）3.`), and
 * series that mix families (`一是……其次`, `第一，……其次，`). `首先，……其次，……第三，`
 * and `第一，……第二，……最后，` are common in speeches, so they are only information.
 */
import type { Finding, Fix, Severity } from '../findings';
import { seriesLabel, standardHeadingOrdinal, writtenOrdinal } from '../lists';
import { isInlineFamily, type SeriesFamily, type SeriesMember } from '../model';
import type { Rule, RuleContext } from '../rule';
import { runFormFix } from '../structure';

const ID = 'mixed-style';

export const mixedStyle: Rule = {
  id: ID,
  title: { zh: '序号形式混用', en: 'Ordinal forms mixed' },
  defaultSeverity: 'warning',
  messages: {
    [`${ID}.headings`]: {
      zh: '同级序号形式不一：“{found}”接在“{previous}”之后，应与前项同一形式，写作“{expected}”（GB/T 9704—2012 7.3.3）',
      en: 'Siblings in different forms: "{found}" follows "{previous}" and should share its form: "{expected}" (GB/T 9704-2012 §7.3.3).',
    },
    [`${ID}.series`]: {
      zh: '同一组序次语混用了不同的写法：前面用“{first}”，此处用“{found}”，应为“{expected}”（实务惯例）',
      en: 'One series mixes families of ordinal words: it starts with "{first}" but uses "{found}": write "{expected}" (practice).',
    },
    [`${ID}.headings-before`]: {
      zh: '同级序号形式不一：“{found}”之后是同一组的“{previous}”，应与之同一形式，写作“{expected}”（GB/T 9704—2012 7.3.3）',
      en: 'Siblings in different forms: "{previous}" follows "{found}" in one list; write "{expected}" in its form (GB/T 9704-2012 §7.3.3).',
    },
    [`${ID}.fix`]: { zh: '改为“{expected}”', en: 'Change to "{expected}"' },
    // 首先，其次，第三， is usual in speeches: a suggestion, not a correction.
    [`${ID}.series-usual`]: {
      zh: '前面用“{first}”，此处用“{found}”，讲话中常见；如需统一，可改为“{expected}”（实务惯例）',
      en: 'The series starts with "{first}" and uses "{found}" here, as speeches often do; for one family, write "{expected}" (practice).',
    },
  },
  check(context: RuleContext): Finding[] {
    const findings: Finding[] = [];
    // A section's next item typed in a lower form (`（一）` `1.` `2.` `（2）` `1.`): the parser nests it as the section's.
    for (const inversion of context.inversions()) {
      if (!inversion.lower) continue;
      const previous = (inversion.before ?? inversion.after)!;
      findings.push({
        rule: ID,
        severity: 'warning',
        range: inversion.heading.ordinal.range,
        message: { key: inversion.before ? `${ID}.headings` : `${ID}.headings-before`, args: { found: writtenOrdinal(inversion.heading), previous: writtenOrdinal(previous), expected: inversion.expected } },
        fixes: [runFormFix(inversion, ID)],
      });
    }
    for (const { heading, continues } of context.formContinuations()) {
      findings.push({
        rule: ID,
        severity: 'warning',
        range: heading.ordinal.range,
        message: {
          key: `${ID}.headings`,
          args: {
            found: writtenOrdinal(heading),
            previous: writtenOrdinal(continues),
            expected: standardHeadingOrdinal(continues.level, heading.ordinal.value),
          },
        },
      });
    }
    for (const list of context.seriesLists()) {
      const first = list.items[0]!.member!;
      const other = list.items.find((item) => item.member!.family !== first.family);
      if (!other) continue;
      const member = other.member!;
      // Its place decides its number: `第一，第二，其次，` wants 第三 (its own 其次 would say 2).
      const index = list.items.indexOf(other);
      const before = list.items[index - 1]?.value;
      const value = typeof before === 'number' ? before + 1 : index + 1;
      const expected = seriesLabel(list, value);
      // `首先……最后，……第四，`: past the family's own words; sequence-order reports what follows 最后.
      if (expected === member.marker) continue;
      const severity = severityFor(list.items.slice(0, list.items.indexOf(other)).map((item) => item.member!), member);
      findings.push({
        rule: ID,
        severity,
        range: member.markerRange,
        message: {
          key: severity === 'information' ? `${ID}.series-usual` : `${ID}.series`,
          args: { first: first.marker, found: member.marker, expected },
        },
        // (`第一，……其次，……再次，`: the series is mostly the other family; which to keep is the writer's call.)
        fixes: memberFix(member, list.family, expected, severity === 'warning' && !outnumbered(list.items.map((item) => item.member!), member.family)),
      });
    }
    return findings;
  },
};

/** True when the members of `family` outnumber those of the series' first family. */
function outnumbered(members: readonly SeriesMember[], family: SeriesFamily): boolean {
  const first = members[0]!.family;
  let balance = 0;
  for (const m of members) balance += m.family === family ? 1 : m.family === first ? -1 : 0;
  return balance > 0;
}

/**
 * The member rewritten in its series' family: `另外，`/`其次，` in a 一是 series becomes `二是`, its comma
 * dropped (一是 takes none); `二是` and `二是，` in a 第一 series become `第二，`. Safe only where the message
 * says what it should be; a marker split by a line break is left to the user.
 */
function memberFix(member: SeriesMember, family: SeriesFamily, expected: string, safe: boolean): Fix[] | undefined {
  if (member.wrappedAfter !== undefined) return undefined;
  const bare = family === 'shi' || isInlineFamily(family);
  const end = member.mark ? member.mark.range.end : member.markerRange.end;
  // A colon after a 第 marker's unit may stay (`第二点：`); any other mark becomes the series' comma.
  const colon = member.mark && /^[：:]$/.test(member.mark.text) && !bare ? member.mark.text : undefined;
  const newText = bare ? expected : expected + (colon ?? '，');
  return [{ title: { key: `${ID}.fix`, args: { expected } }, edits: [{ range: { start: member.markerRange.start, end }, newText }], safe }];
}

/**
 * 首先，其次，第三， is usual in speeches: information only, and so is 第一，第二，……最后， closing a
 * list. 首先，……第二， skips the 其次 that would make it so, and stays a warning.
 */
function severityFor(before: readonly SeriesMember[], other: SeriesMember): Severity {
  const afterQici = before[0]!.family === 'sequence-word' && before.some((m) => m.family === 'sequence-word' && m.value !== 1);
  if (afterQici && other.family === 'di') return 'information';
  const lastAfterDi = before.length >= 2 && before.every((m) => m.family === 'di') && other.value === 'last';
  return lastAfterDi ? 'information' : 'warning';
}
