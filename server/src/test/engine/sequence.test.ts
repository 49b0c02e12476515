import * as assert from 'node:assert/strict';
import { analyze, parseDocument, renumberEdits } from '../../engine';
import { applyEdits, covered, draft, findings, messageOf } from '../helpers';

/** `rule:covered text` for every numbering finding. */
function numbering(text: string): string[] {
  return findings(text)
    .filter((f) => f.rule.startsWith('sequence-'))
    .map((f) => `${f.rule}:${covered(text, f)}`);
}

describe('sequence-gap', () => {
  it('flags a skipped level-1 heading and says what belongs there', () => {
    const text = draft('一、甲', '二、乙', '四、丁');
    assert.deepEqual(numbering(text), ['sequence-gap:四、']);
    const gap = findings(text).find((f) => f.rule === 'sequence-gap')!;
    assert.equal(gap.severity, 'warning');
    assert.ok(messageOf(gap).includes('此处应为“三、”'), messageOf(gap));
    assert.ok(messageOf(gap, 'en').includes('"三、"'));
  });

  it('reads a host\'s agenda items (下面进行大会第四项议程) as a series of their own, beside 首先/最后', () => {
    const script = draft('首先，进行大会第一项议程：宣读决定。', '下面进行大会第二项议程：颁奖。', '下面进行大会第二项议程：代表发言。', '最后，进行大会第四项议程：领导讲话。');
    assert.deepEqual(numbering(script), ['sequence-duplicate:第二项议程']);
    assert.deepEqual(numbering(script.replace('第二项议程：代表发言', '第三项议程：代表发言')), []);
    // A meeting's 议题 likewise.
    assert.deepEqual(numbering(draft('下面研究第一项议题。', '下面研究第二项议题。', '下面研究第二项议题。')), ['sequence-duplicate:第二项议题']);
  });

  it('quotes the previous number without a stray mark after its bracket (（二）、 is ordinal-punctuation\'s to report)', () => {
    const gap = findings(draft('一、甲', '（一）子', '（二）、丑', '（四）卯')).find((f) => f.rule === 'sequence-gap')!;
    assert.equal(messageOf(gap), '序号跳号：上一项是“（二）”，此处应为“（三）”，却是“（四）”（实务惯例）');
  });

  it('flags a skipped series member', () => {
    assert.deepEqual(numbering('一是加强领导，二是完善制度，四是强化考核。'), ['sequence-gap:四是']);
  });

  it('reports one slip once: the numbers after a skip continue from it', () => {
    assert.deepEqual(numbering(draft('一、甲', '二、乙', '四、丁', '五、戊')), ['sequence-gap:四、']);
  });

  it('takes the lists of a 决定书, each under a short label of its own (申请人称： 被申请人称： 本机关决定：), for separate lists', () => {
    const decision = draft('申请人请求：撤销被申请人作出的行政处罚决定。', '', '申请人称：', '一、被申请人认定事实不清。', '二、被申请人违反法定程序。', '', '被申请人称：', '一、被申请人具有法定职权。', '二、被申请行政行为程序合法。', '', '本机关认为：被申请人未告知听证权利，违反法定程序。', '', '本机关决定：', '一、撤销被申请人作出的行政处罚决定；', '二、责令被申请人60日内重新作出行政行为。');
    assert.deepEqual(findings(decision), []);
    // Sections with their own sub-headings are the document's structure: a 一、 again is a slip.
    const speech = draft('一、总体要求', '（一）目标', '（二）原则', '二、主要任务', '（一）任务', '（二）措施', '具体要求：', '一、加强领导');
    assert.deepEqual(findings(speech).map((f) => f.rule), ['sequence-order']);
  });

  it('begins a list again at a 1. right under its own lead-in, whatever text stands between the lists', () => {
    const decision = draft('一、违法事实', '上述事实，主要有以下证据证明：', '1.现场检查笔录；', '2.询问笔录；', '3.抽样检验报告。', '二、处罚决定', '　　当事人的行为违反了《食品安全法》第三十四条的规定。', '　　本局决定对当事人作出如下行政处罚：', '1.没收违法所得；', '2.罚款人民币五万元。');
    assert.deepEqual(findings(decision), []);
    // Under one heading too (the lone 一、 is the only finding then).
    const sameSection = decision.replace('二、处罚决定\n', '');
    assert.deepEqual(findings(sameSection).map((f) => f.rule), ['lone-item']);
  });

  it('numbers the items under each case of a section anew (案例一：, 【案例二】)', () => {
    const bulletin = draft('一、总体情况', '　　共受理信访件126件。', '二、典型案例', '案例一：城东片区油烟扰民问题', '1.基本情况。居民反映油烟扰民。', '2.处理结果。责令整改。', '【案例二】工业园区异味扰民问题', '1.基本情况。居民反映异味。', '2.处理结果。立案查处。', '三、下步工作', '　　持续抓好整改。');
    assert.deepEqual(findings(bulletin), []);
  });

  it('flags a second 1) on the line under the first as a duplicate, not a new list', () => {
    const text = draft('（一）外贸', '主要做了以下三项工作：', '1)\t稳住外贸基本盘。', '1)\t拓展国际市场。', '2)\t扩大利用外资。', '（二）外资');
    assert.deepEqual(findings(text).map((f) => [f.rule, f.range.start.line]), [['sequence-duplicate', 3]]);
  });

  it('accepts consecutive numbers at every level', () => {
    const text = draft('一、甲', '（一）子', '（二）丑', '1.寅', '2.卯', '（1）辰', '（2）巳', '二、乙', '（一）午', '（二）未');
    assert.deepEqual(numbering(text), []);
  });
});

describe('sequence-duplicate', () => {
  it('flags the same number twice among siblings', () => {
    const text = draft('一、甲', '（一）子', '（二）丑', '（二）寅', '（三）卯');
    assert.deepEqual(numbering(text), ['sequence-duplicate:（二）']);
    const f = findings(text).find((x) => x.rule === 'sequence-duplicate')!;
    assert.equal(f.range.start.line, 3);
    assert.equal(f.severity, 'error');
    assert.ok(messageOf(f).includes('“（三）”'));
  });

  it('a changed number reports the duplicate only, not a gap after it', () => {
    assert.deepEqual(numbering(draft('一、甲', '（一）子', '（二）丑', '（二）寅', '（四）卯')), ['sequence-duplicate:（二）']);
  });

  it('after a wrong number, names the number the place calls for (`1. 1. 1.`: the third should be 3.)', () => {
    const text = draft('一、甲', '1.子', '1.丑', '1.寅', '二、乙', '（一）卯', '（五）辰', '（五）巳');
    const expected = findings(text)
      .filter((f) => f.rule.startsWith('sequence-'))
      .map((f) => `${f.range.start.line}:${/应为“([^”]+)”/.exec(messageOf(f))?.[1]}`);
    assert.deepEqual(expected, ['2:2.', '3:3.', '6:（二）', '7:（三）']);
    // Judged by its place, it is not said to follow the wrong number before it (`上一项是“一、”，此处应为“四、”`).
    const headings = draft('一、甲', '二、乙', '一、丙', '三、丁');
    assert.deepEqual(findings(headings).map((f) => messageOf(f)), ['序号顺序颠倒：上一项是“二、”，此处应为“三、”，却是“一、”', '序号有误：按顺序此处应为“四、”，却是“三、”']);
  });
});

describe('a series whose first member was inserted or moved without renumbering', () => {
  const renumbered = (text: string) => {
    const edits = renumberEdits(parseDocument(text));
    let out = text;
    const lines = () => out.split('\n');
    for (const e of [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character)) {
      const all = lines();
      const line = all[e.range.start.line]!;
      all[e.range.start.line] = line.slice(0, e.range.start.character) + e.newText + line.slice(e.range.end.character);
      out = all.join('\n');
    }
    return out;
  };

  it('reads a repeated 第一 (a new first paragraph) as a duplicate in one list, and renumbering counts it', () => {
    const text = draft('一、总体要求', '重点抓好以下三个方面。', '第一，新增的工作。', '第一，甲项工作。', '第二，乙项工作。', '第三，丙项工作。', '二、保障措施');
    assert.deepEqual(numbering(text), ['sequence-duplicate:第一']);
    assert.equal(renumbered(text), draft('一、总体要求', '重点抓好以下四个方面。', '第一，新增的工作。', '第二，甲项工作。', '第三，乙项工作。', '第四，丙项工作。', '二、保障措施'));
  });

  it('does so within a sentence (`一是甲；一是乙；二是丙`) and for a swap (`二是……；一是……；三是……`)', () => {
    const text = draft('要做好三件事：一是甲；一是乙；二是丙。');
    assert.deepEqual(numbering(text), ['sequence-duplicate:一是']);
    assert.equal(renumbered(text), draft('要做好三件事：一是甲；二是乙；三是丙。'));
    const swapped = draft('要做好三件事：二是甲；一是乙；三是丙。');
    assert.deepEqual(numbering(swapped), ['sequence-order:二是']);
    assert.equal(renumbered(swapped), draft('要做好三件事：一是甲；二是乙；三是丙。'));
  });

  it('takes a 第一 right after a list that began at 第二 for its first item moved down', () => {
    const text = draft('第二，甲项工作。', '第三，乙项工作。', '第一，丙项工作。');
    assert.deepEqual(numbering(text), ['sequence-start:第二', 'sequence-order:第一']);
    assert.equal(renumbered(text), draft('第一，甲项工作。', '第二，乙项工作。', '第三，丙项工作。'));
  });

  it('renumbers a member added after 最后 by moving 最后 to the end (`首先 其次 最后 再次` → `首先 其次 再次 最后`)', () => {
    const text = draft('首先，甲项。', '其次，乙项。', '最后，丙项。', '再次，丁项。');
    assert.deepEqual(numbering(text), ['sequence-order:再次']);
    assert.equal(renumbered(text), draft('首先，甲项。', '其次，乙项。', '再次，丙项。', '最后，丁项。'));
    assert.equal(renumbered(draft('第一，甲。', '最后，乙。', '第三，丙。')), draft('第一，甲。', '第二，乙。', '最后，丙。'));
  });

  it('still begins a new list at a 第一 after a whole list, or paragraphs away', () => {
    assert.deepEqual(numbering(draft('第一，甲。', '第二，乙。', '第一，丙。', '第二，丁。')), []);
    assert.deepEqual(numbering(draft('一是甲。', '中间一段正文。', '一是乙；二是丙。')).filter((f) => f.startsWith('sequence-duplicate')), []);
  });
});

describe('steps under stages', () => {
  it('number anew under each stage (科目二, 第二阶段, 步骤二) while the headings above go on', () => {
    const script = draft('一、演练脚本', '科目一　汛情预警（9:05—9:20）', '1.发布预警。', '2.会商研判。', '科目二：群众转移', '1.鸣锣示警。', '2.入户清点。', '第三阶段　总结讲评', '1.总指挥讲评。', '2.宣布演练结束。', '二、安全保障');
    assert.deepEqual(findings(script).filter((f) => f.rule !== 'lone-item'), []);
    // A step skipped within a stage is still a gap.
    assert.deepEqual(findings(script.replace('2.入户清点', '3.入户清点')).filter((f) => f.rule !== 'lone-item').map((f) => f.rule), ['sequence-gap']);
  });

  it('go on through a section\'s own stages: `（一）第一阶段` over `科目一` `科目二`, then `（二）第二阶段`', () => {
    const script = (second: string) => draft('一、演练目的', '检验预案。', '二、演练流程', '（一）第一阶段　监测预警', '科目一：雨情会商', '气象局报告雨情。', '科目二：预警发布', '发布预警信息。', `${second}第二阶段　应急处置`, '科目三：人员转移', '转移群众。', '科目四：管涌抢险', '抢护堤防。', '（三）第三阶段　恢复总结', '科目五：讲评', '总指挥讲评。');
    assert.deepEqual(findings(script('（二）')), []);
    // A repeated （一） is a slip of the section's list, not a list starting anew under 科目二.
    assert.deepEqual(findings(script('（一）')).map((f) => `${f.rule}@${f.range.start.line}`), ['sequence-duplicate@8']);
  });
});

describe('lists each led in by their own line', () => {
  it('number anew: two name lists under `……名单如下：` before the speech\'s 一、', () => {
    const speech = draft('同志们：', '其中，先进集体名单如下：', '1.区应急管理局', '2.区交通运输局', '3.区气象局', '', '先进个人名单如下（按姓氏笔画排序）：', '1.丁海涛', '2.万春梅', '一、充分肯定成绩', '二、明确下步任务');
    assert.deepEqual(findings(speech), []);
    // The second list's first two names swapped: one slip of order, restored by renumbering.
    const swapped = speech.replace('1.丁海涛', '2.丁海涛').replace('2.万春梅', '1.万春梅');
    assert.deepEqual(numbering(swapped), ['sequence-order:2.']);
  });
});

describe('sequence-order', () => {
  it('flags numbers out of order', () => {
    assert.deepEqual(numbering(draft('一、甲', '（一）子', '（二）丑', '（三）寅', '（二）卯')), ['sequence-order:（二）']);
  });

  it('reports two swapped siblings once', () => {
    const text = draft('一、甲', '（一）子', '（三）丑', '（二）寅', '（四）卯');
    assert.deepEqual(numbering(text), ['sequence-order:（三）']);
    assert.ok(messageOf(findings(text).find((f) => f.rule === 'sequence-order')!).includes('此处应为“（二）”'));
  });

  it('reports an item moved to the front once, not a gap where its number is missing further on', () => {
    const text = draft('一、甲', '（三）丙', '（一）子', '（二）丑', '（四）卯');
    assert.deepEqual(numbering(text), ['sequence-order:（三）']);
    assert.equal(messageOf(findings(text).find((f) => f.rule === 'sequence-order')!), '序号顺序颠倒：此处应为“（一）”，却是“（三）”');
    assert.deepEqual(renumberEdits(parseDocument(text)).map((e) => e.newText), ['一', '二', '三']);
    // Of a series, it says ordinal words.
    assert.equal(messageOf(findings(draft('要做好三件事：三是甲；一是乙；二是丙。')).find((f) => f.rule === 'sequence-order')!), '序次语顺序颠倒：此处应为“一是”，却是“三是”');
  });

  it('flags a member after 最后', () => {
    assert.deepEqual(numbering('首先，统一思想；最后，狠抓落实；再次，强化考核。'), ['sequence-order:再次']);
    // A second 最后 in the paragraph of the first, sentences after it.
    assert.deepEqual(numbering('首先，要适应。其次，要学习。最后，要熟悉规范。认真学习《学生手册》。最后，要融入集体。'), ['sequence-order:最后']);
    // Paragraphs later, a speech's own closing 最后 is no slip of the list.
    assert.deepEqual(numbering(draft('首先，要适应。其次，要学习。最后，要熟悉规范。', '同学们，新的学期已经开始。', '最后，让我们携手共进。')), []);
  });
});

describe('sequence-start', () => {
  it('flags a first child that is not one', () => {
    const text = draft('一、甲', '（一）子', '（二）丑', '（三）寅', '二、乙', '（二）卯', '（三）辰');
    assert.deepEqual(numbering(text), ['sequence-start:（二）']);
  });

  it('flags a top-level list that starts at 二、', () => {
    assert.deepEqual(numbering(draft('二、乙', '三、丙')), ['sequence-start:二、']);
  });

  it('flags a series that starts at 二是', () => {
    assert.deepEqual(numbering('二是完善制度，三是强化考核。'), ['sequence-start:二是']);
  });

  it('lets an excerpt (……纲要（节选）) begin at its own chapter, but not skip within it', () => {
    const excerpt = draft('岚州市国民经济和社会发展规划纲要（节选）', '', '第二章　指导思想', '第三章　发展目标');
    assert.deepEqual(numbering(excerpt), []);
    assert.deepEqual(numbering(excerpt.replace('（节选）', '')), ['sequence-start:第二章']);
    assert.deepEqual(numbering(excerpt.replace('第三章', '第五章')), ['sequence-gap:第五章']);
    // Renumbering keeps where it begins.
    assert.deepEqual(renumberEdits(parseDocument(excerpt)), []);
    assert.deepEqual(renumberEdits(parseDocument(excerpt.replace('第三章', '第五章'))).map((e) => e.newText), ['三']);
    // Its lower levels still start at one.
    assert.deepEqual(numbering(draft('规划纲要（节选）', '第二章　指导思想', '（二）总体要求', '（三）基本原则')), ['sequence-start:（二）']);
  });
});

describe('sequence-restart', () => {
  it('flags a lower level that continues numbering under a new parent', () => {
    const text = draft('一、甲', '（一）子', '（二）丑', '二、乙', '（三）寅', '（四）卯');
    assert.deepEqual(numbering(text), ['sequence-restart:（三）']);
    const f = findings(text).find((x) => x.rule === 'sequence-restart')!;
    assert.ok(messageOf(f).includes('“二、乙”下的第一项应为“（一）”'), messageOf(f));
  });

  it('reads a lone （三） under 二、 as carried on from the list before it by its count, when that list has a slip of its own', () => {
    // `（一）（一）` and `（二）（一）` are two items as renumbering makes them: the （三） goes on from them, no 三、 in a lower form.
    for (const before of [['（一）子', '（一）丑'], ['（二）子', '（一）丑']]) {
      const text = draft('一、甲', ...before, '二、乙', '正文。', '（三）寅');
      assert.deepEqual(numbering(text).filter((f) => f.startsWith('sequence-restart')), ['sequence-restart:（三）'], before.join(''));
      assert.ok(!findings(text).some((f) => f.rule === 'mixed-style'), before.join(''));
      assert.equal(applyEdits(text, renumberEdits(analyze(text).model)), draft('一、甲', '（一）子', '（二）丑', '二、乙', '正文。', '（一）寅'));
    }
  });

  it('takes only one of two （二） for the 二、 missing between 一、 and 三、', () => {
    const text = draft('一、甲', '正文。', '（二）子', '（二）丑', '三、丙', '正文。');
    const slips = findings(text).map((f) => `${f.rule}@${f.range.start.line + 1}`);
    assert.ok(slips.includes('mixed-style@4') && !slips.includes('mixed-style@3'), slips.join());
  });

  it('flags numbers carried on past a section with no list of that level (二、 with text only)', () => {
    const text = draft('一、甲', '（一）子', '（二）丑', '二、乙', '正文。', '三、丙', '（三）寅', '（四）卯');
    assert.deepEqual(numbering(text), ['sequence-restart:（三）']);
  });

  it('flags a gap beside a higher form that is a lower run\'s item: （二） 1. 2. 三、 4. （四）', () => {
    const text = draft('一、甲', '（一）子', '（二）丑', '1.天', '2.地', '三、玄', '4.黄', '（四）寅', '（五）卯', '二、乙');
    assert.deepEqual(numbering(text), ['sequence-gap:（四）']);
    assert.deepEqual(findings(text).map((f) => f.rule), ['level-inversion', 'sequence-gap']);
  });

  it('accepts restarting under each parent', () => {
    assert.deepEqual(numbering(draft('一、甲', '（一）子', '（二）丑', '二、乙', '（一）寅', '（二）卯')), []);
  });

  it('takes items numbered on through three or more sections (a 工作要点) for the document\'s numbering, and checks it as one list', () => {
    const points = (numbers: number[][]) =>
      draft(...numbers.flatMap((items, i) => [`${'一二三四'[i]}、第${i + 1}部分`, ...items.map((n) => `${n}.第${n}项工作。正文。`)]));
    assert.deepEqual(numbering(points([[1, 2, 3], [4, 5], [6], [7, 8]])), []);
    // A gap across sections is a slip in that numbering.
    assert.deepEqual(numbering(points([[1, 2, 3], [4, 5], [7], [8, 9]])), ['sequence-gap:7.']);
    // Carried on under one new section only, it is the usual slip.
    assert.deepEqual(numbering(points([[1, 2], [3, 4], [1, 2]])), ['sequence-restart:3.']);
    assert.deepEqual(renumberEdits(parseDocument(points([[1, 2, 3], [4, 5], [7], [8, 9]]))).map((e) => e.newText), ['6', '7', '8']);
    // An item moved into another section, even first of either, leaves each number once: still one list,
    // the moved item out of order where it now stands, not a restart under each section.
    const moved = points([[1, 2, 3], [5, 6], [7, 8, 4], [9, 10]]);
    assert.deepEqual(numbering(moved), ['sequence-gap:5.', 'sequence-order:4.']);
    assert.deepEqual(renumberEdits(parseDocument(moved)).map((e) => e.newText), ['4', '5', '6', '7', '8']);
    // An item moved up into an earlier section is reported where it now stands, and the number after the
    // place it left skips nothing that is missing.
    const movedUp = points([[1, 2, 3, 9, 4], [5, 6], [7, 8, 10], [11, 12]]);
    assert.deepEqual(numbering(movedUp), ['sequence-order:9.']);
    assert.deepEqual(renumberEdits(parseDocument(movedUp)).map((e) => e.newText), ['4', '5', '6', '7', '8', '9']);
    // With three sections, one join may be off by its first item's slip, the other carrying on.
    assert.deepEqual(numbering(points([[1, 2], [2, 4, 5], [6]])), ['sequence-duplicate:2.']);
    assert.deepEqual(renumberEdits(parseDocument(points([[1, 2], [2, 4, 5], [6]]))).map((e) => e.newText), ['3']);
    assert.deepEqual(numbering(points([[1, 2], [3, 4, 5], [5]])), ['sequence-duplicate:5.']);
    // Not a section numbered from its own second item (`（二）（三）（四）`, its first gone): sections restarting, slips in two.
    assert.deepEqual(numbering(points([[1, 2], [2, 3, 4], [5, 6, 7]])), ['sequence-start:2.', 'sequence-restart:5.']);
  });

  it('takes items numbered on through the sections of each part, in every part, for the document\'s numbering', () => {
    // 一、 （一） 1. 2. （二） 3. 4.  二、 （一） 1. 2. （二） 3. 4.: a 工作要点 numbering its tasks within each part.
    const points = (...parts: number[][][]) =>
      draft(
        ...parts.flatMap((sections, p) => [
          `${'一二三'[p]}、第${p + 1}部分`,
          ...sections.flatMap((items, s) => [`（${'一二三'[s]}）第${s + 1}方面`, ...items.map((n) => `${n}.第${n}项工作。正文。`)]),
        ]),
      );
    assert.deepEqual(numbering(points([[1, 2], [3, 4]], [[1, 2], [3, 4, 5]])), []);
    // A slip in that numbering is still one: a gap, a repeated number.
    assert.deepEqual(numbering(points([[1, 2], [3, 4]], [[1, 2], [4, 5]])), ['sequence-gap:4.']);
    const repeated = points([[1, 2], [3, 4]], [[1, 2], [2, 3]]);
    assert.deepEqual(numbering(repeated), ['sequence-duplicate:2.']);
    assert.deepEqual(renumberEdits(parseDocument(repeated)).map((e) => e.newText), ['3', '4']);
    // Carried on in one part only, while another restarts, it is the usual slip.
    assert.deepEqual(numbering(points([[1, 2], [3, 4]], [[1, 2], [1, 2]])), ['sequence-restart:3.']);
    // In one part only, there is nothing to tell it from the slip.
    assert.deepEqual(numbering(points([[1, 2], [3, 4]], [[1, 2]])), ['sequence-restart:3.']);
  });

  it('reads a 工作要点 numbered through its sections, one section numbered anew by a slip, as numbered through', () => {
    const sections = (...lists: number[][]) => draft(...lists.flatMap((items, s) => [`${'一二三四五六'[s]}、第${s + 1}部分`, ...items.map((n) => `${n}.抓好一项工作。正文。`)]));
    const restarted = sections([1, 2, 3], [4, 5], [6, 7, 8], [1, 2], [11, 12]);
    assert.deepEqual(numbering(restarted), ['sequence-restart:1.']);
    assert.equal(applyEdits(restarted, renumberEdits(parseDocument(restarted))), sections([1, 2, 3], [4, 5], [6, 7, 8], [9, 10], [11, 12]));
    // Sections that restart, but for one or two that go on, restart: those are the slips.
    assert.deepEqual(numbering(sections([1, 2], [3, 4], [1, 2], [1, 2])), ['sequence-restart:3.']);
  });
});
