import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, renumberEdits, type Range } from '../../engine';
import { applyEdits, draft } from '../helpers';

const renumber = (text: string, at?: { line: number; character: number }) =>
  applyEdits(text, renumberEdits(analyze(text).model, at ? { at } : {}));

describe('renumber', () => {
  it('renumbers sibling lists in their own form after a section was inserted, and updates the announced count', () => {
    const before = draft('下面，我讲三点意见。', '一、甲', '（一）子', '（三）丑', '二、新增一节', '二、乙', '1.寅', '3.卯', '三、丙');
    assert.equal(
      renumber(before),
      draft('下面，我讲四点意见。', '一、甲', '（一）子', '（二）丑', '二、新增一节', '三、乙', '1.寅', '2.卯', '四、丙'),
    );
  });

  it('updates a recap (以上四点意见) after a section was deleted, along with the count announced before it', () => {
    const before = draft('下面，我讲四点意见。', '一、甲', '正文。', '三、丙', '正文。', '四、丁', '正文。', '同志们，以上四点意见，请认真抓好落实。');
    assert.equal(renumber(before), draft('下面，我讲三点意见。', '一、甲', '正文。', '二、丙', '正文。', '三、丁', '正文。', '同志们，以上三点意见，请认真抓好落实。'));
    // A recap some list before it bears out is left alone.
    const kept = draft('一、甲', '正文。', '二、乙', '第一，子；第二，丑。', '以上两点要求，请认真落实。');
    assert.equal(renumber(kept), kept);
  });

  it('renumbers series and in-text ordinals, keeping their wording', () => {
    assert.equal(renumber('一是甲，三是乙；第一，丙；第三，丁。一要戊，三要己。包括：（1）庚；（3）辛。'), '一是甲，二是乙；第一，丙；第二，丁。一要戊，二要己。包括：（1）庚；（2）辛。');
  });

  it('restarts lower levels under each parent and numbers articles through the whole 办法', () => {
    assert.equal(renumber(draft('一、甲', '（一）子', '（二）丑', '二、乙', '（三）寅', '（四）卯')), draft('一、甲', '（一）子', '（二）丑', '二、乙', '（一）寅', '（二）卯'));
    const measures = draft('第一章 总则', '第一条 甲。', '第二条 乙。', '第二章 附则', '第一条 丙。');
    assert.equal(renumber(measures), draft('第一章 总则', '第一条 甲。', '第二条 乙。', '第二章 附则', '第三条 丙。'));
  });

  it('renumbers only the list at the cursor when asked', () => {
    const text = draft('一、甲', '（一）子', '（三）丑', '三、乙', '（二）寅', '（三）卯');
    assert.equal(renumber(text, { line: 2, character: 0 }), draft('一、甲', '（一）子', '（二）丑', '三、乙', '（二）寅', '（三）卯'));
  });

  it('keeps the first number of in-text ordinals that start later (a start not seen, or a reference)', () => {
    const text = '受访农户中，其中①不会使用智能手机的占21.3%，②会使用智能手机但不会网上缴费的占35.6%。';
    assert.equal(renumber(text), text);
    assert.equal(renumber('详见第（2）项，（3）项另行通知，（5）项已经办结。'), '详见第（2）项，（3）项另行通知，（4）项已经办结。');
  });

  it('leaves a stage label alone on its line, and a table\'s rows named by stage, as they are', () => {
    assert.deepEqual(renumberEdits(analyze(draft('一、工作安排', '整治分三个阶段推进，第一、二阶段已完成。', '第三阶段：考核验收', '年底前完成。')).model), []);
    const table = draft('阶段\t时间\t主要任务', '第一阶段（动员部署）\t3月\t一、制定方案；二、召开动员会', '第二阶段（集中整治）\t4月—10月\t一、完成改厕', '第三阶段（考核验收）\t11月—12月\t一、乡镇自查；二、县级验收', '一、二季度是施工的黄金期。');
    assert.deepEqual(renumberEdits(analyze(table).model), []);
    assert.deepEqual(analyze(table).findings, []);
  });

  it('leaves a lone item numbered on from its parent (（一）（二）3.) as it is, not making it the （二）\'s 1.', () => {
    const text = draft('一、工作目标', '　　年底前完成整治任务。', '二、保障措施', '（一）加强组织领导', '　　成立领导小组。', '（二）强化资金保障', '　　县财政每年安排资金。', '3.严格督导考核', '　　纳入年度考核。');
    assert.deepEqual(analyze(text).findings.map((f) => `${f.rule}@${f.range.start.line}`), ['mixed-style@7']);
    assert.deepEqual(renumberEdits(analyze(text).model), []);
  });

  it('makes the old 最后 the new member\'s place word when a last member is added after it (首先 其次 最后 最后 → 再次 最后)', () => {
    const text = draft('一、甲', '首先，要提高认识。', '其次，要完善机制。', '最后，要压实责任。', '最后，要严肃问责。', '二、乙');
    assert.deepEqual(analyze(text).findings.map((f) => `${f.rule}@${f.range.start.line}`), ['sequence-order@4']);
    assert.equal(renumber(text), text.replace('最后，要压实', '再次，要压实'));
  });

  it('changes nothing in a consistently numbered draft', () => {
    assert.deepEqual(renumberEdits(analyze(draft('我讲两点意见。', '一、甲', '（一）子', '（二）丑', '二、乙')).model), []);
  });
});

/** Generated drafts: headings two levels deep with arbitrary numbers, series with arbitrary numbers, an announced count. */
const CN = '一二三四五六七八九';
const titles = ['加强组织领导', '完善工作机制', '强化督查考核', '狠抓工作落实', '优化营商环境'];
const numeral = fc.integer({ min: 1, max: 9 }).map((n) => CN[n - 1]!);
const title = fc.constantFrom(...titles);
const series = fc.array(numeral, { minLength: 2, maxLength: 4 }).map((ns) => ns.map((n, i) => `${n}是${titles[i % titles.length]}`).join('，') + '。');
const subsection = fc.tuple(numeral, title, fc.option(series, { nil: undefined })).map(([n, t, s]) => [`（${n}）${t}`, ...(s ? [s] : [])]);
const section = fc
  .tuple(numeral, title, fc.array(subsection, { minLength: 0, maxLength: 4 }))
  .map(([n, t, subs]) => [`${n}、${t}`, '各地要认真落实。', ...subs.flat()]);
const document = fc
  .tuple(fc.integer({ min: 2, max: 6 }), fc.array(section, { minLength: 2, maxLength: 5 }))
  .map(([count, sections]) => ['同志们：', `下面，我讲${CN[count - 1]}点意见。`, ...sections.flat()].join('\n'));

function inside(range: Range, outer: Range): boolean {
  return (
    range.start.line === outer.start.line &&
    range.end.line === outer.end.line &&
    range.start.character >= outer.start.character &&
    range.end.character <= outer.end.character
  );
}

/**
 * Level slips (`（二）` standing for `二、`, an `一、` inside a run of `（一）`) are the writer's to settle:
 * renumbering leaves them, and once the numbers around them are put right a different reading may fit
 * better. The properties of renumbering hold for drafts whose slips are of numbers only.
 */
const LEVEL_RULES = new Set(['mixed-style', 'level-inversion', 'level-skip', 'level-missing-parent']);
const numbersOnly = (text: string) => !analyze(text).findings.some((f) => LEVEL_RULES.has(f.rule));

describe('renumber properties (fast-check)', function () {
  // A guard against hangs on a busy machine, not a timing.
  this.timeout(60000);
  it('renumbering twice changes nothing the second time', () => {
    fc.assert(
      fc.property(document, (text) => {
        fc.pre(numbersOnly(text));
        const once = renumber(text);
        assert.deepEqual(renumberEdits(analyze(once).model), []);
      }),
      { numRuns: 300 },
    );
  });

  it('after renumbering, no sequence finding and no count mismatch remains', () => {
    fc.assert(
      fc.property(document, (text) => {
        fc.pre(numbersOnly(text));
        const findings = analyze(renumber(text)).findings.filter((f) => f.rule.startsWith('sequence-') || f.rule === 'count-mismatch');
        assert.deepEqual(findings.map((f) => `${f.rule}@${f.range.start.line + 1}`), []);
      }),
      { numRuns: 300 },
    );
  });

  it('changes no character other than ordinals and counts', () => {
    fc.assert(
      fc.property(document, (text) => {
        const { model } = analyze(text);
        const numeralRanges: Range[] = [
          ...model.headings.map((h) => h.ordinal.range),
          ...model.series.flatMap((s) => s.members.map((m) => m.markerRange)),
          ...model.announcements.map((a) => a.countRange),
          ...model.recaps.map((a) => a.countRange),
        ];
        for (const edit of renumberEdits(model)) {
          assert.ok(numeralRanges.some((r) => inside(edit.range, r)), `edit outside an ordinal: ${JSON.stringify(edit)}`);
          // A heading typed in a higher form inside a run (`（一）` `二、` `（三）`) takes the run's form whole.
          const wholeOrdinal = model.headings.some((h) => JSON.stringify(h.ordinal.range) === JSON.stringify(edit.range));
          assert.match(edit.newText, wholeOrdinal ? /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9]+\.|（[0-9]+）)$/ : /^[一二三四五六七八九十两0-9]+(?:是)?$/);
        }
        // And the text outside the ordinals is the same.
        const strip = (t: string) => t.replace(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/gm, '§').replace(/[一二三四五六七八九十两]+(?=、|是|）|点)/g, '#');
        assert.equal(strip(renumber(text)), strip(text));
      }),
      { numRuns: 300 },
    );
  });
});
