import * as assert from 'node:assert/strict';
import { analyze, buildOutline, foldingSections, parseDocument, renumberEdits, type OutlineNode } from '../../engine';
import { applyEdits, draft, messageOf } from '../helpers';

function headingTitles(text: string): string[] {
  return parseDocument(text).headings.map((h) => `${h.level}:${h.title}`);
}

function seriesMarkers(text: string): string[] {
  return parseDocument(text).series.flatMap((s) => s.members.map((m) => m.marker));
}

/** The columns a line takes on a page: a Chinese character two, a half-width one one. */
function columns(text: string): number {
  return [...text].reduce((w, c) => w + (c.charCodeAt(0) >= 0x1100 ? 2 : 1), 0);
}

/** A line of a scan broken at 40 columns: `head`, filled with 进 up to the width, then `tail`. */
function fit(head: string, tail = ''): string {
  let line = head;
  while (columns(line + '进' + tail) <= 40) line += '进';
  return line + tail;
}

describe('parser pitfalls (rules.md)', () => {
  for (const [name, indent] of [
    ['ASCII spaces', '    '],
    ['a tab', '\t'],
    ['U+3000 ideographic spaces', '\u3000\u3000'],
    ['U+00A0 no-break spaces (as in the seed speech)', '\u00a0\u00a0\u00a0\u00a0'],
    ['a Markdown heading prefix', '## '],
    ['a Markdown list prefix', '- '],
    ['a Markdown quote prefix', '> '],
  ] as const) {
    it(`recognises a heading after ${name}`, () => {
      assert.deepEqual(headingTitles(draft('一、总体要求', `${indent}（一）严明政治规矩。正文`)), ['1:总体要求', '2:严明政治规矩']);
    });
  }

  for (const line of ['一、二月份经济运行平稳。', '一、二季度完成投资。', '一、二班学生参加活动。', '一、二、三季度完成投资。', '1、2月份经济运行平稳。', '一、二、三产业融合发展。', '1、2、3号线同时开工。', '一、二线城市纷纷出台新举措。', '三、四线城市房价企稳。', '一、二等奖获奖项目中，企业牵头的占七成。', '一、二产增加值稳步增长。', '一、二楼大厅共设综合受理窗口36个。', '一、二组分别负责东西两片。']) {
    it(`${line} is an abbreviation, not a heading`, () => {
      assert.deepEqual(headingTitles(line), []);
    });
  }

  it('reads a heading a 政务 post sets off with an emoji (📌一、……) as the heading it is', () => {
    assert.deepEqual(headingTitles(draft('📌一、农机购置补贴', '1.购置补贴。正文。', '2.作业补贴。正文。', '📌二、农机安全', '1.年检。正文。', '2.培训。正文。')).filter((t) => t.startsWith('1:')), ['1:农机购置补贴', '1:农机安全']);
    assert.deepEqual(analyze(draft('📌一、农机购置补贴', '1.购置补贴。正文。', '2.作业补贴。正文。', '📌二、农机安全', '1.年检。正文。', '2.培训。正文。')).findings, []);
  });

  it('`一、一季度经济运行情况` and `二、一季度主要工作` are headings: a range goes on up (`一、二季度`)', () => {
    const report = draft('一、一季度经济运行基本情况', '一季度，全县经济平稳。', '二、一季度主要工作', '（一）抓项目', '（二）抓招商', '三、下一步打算', '一、二季度是全年的关键。');
    assert.deepEqual(headingTitles(report), ['1:一季度经济运行基本情况', '1:一季度主要工作', '2:抓项目', '2:抓招商', '1:下一步打算']);
    assert.deepEqual(analyze(report).findings, []);
  });

  it('a run-in title goes on past the colon of a time of day (`每天6:00至22:00免费开放`)', () => {
    assert.deepEqual(headingTitles(draft('一、开放安排', '1.市体育中心每天6:00至22:00免费开放。其他时间收费。')), ['1:开放安排', '3:市体育中心每天6:00至22:00免费开放']);
  });

  it('1.5亿元 at a line start is a decimal, not a heading', () => {
    assert.deepEqual(headingTitles('1.5亿元的项目资金已经到位。'), []);
    assert.deepEqual(headingTitles('2.3个百分点的增幅来自工业。'), []);
  });

  it('`3、6月12日，街道组织……` is item 3 with a slip of mark and a date, not "March and June"', () => {
    const news = draft('一、工作动态', '1.6月5日，街道开展活动。', '2.6月9日，社区举办讲座。', '3、6月12日，街道组织义诊。', '4.6月15日，社区召开会议。', '二、其他', '1、2月份全市经济运行平稳。');
    assert.deepEqual(analyze(news).findings.map((f) => `${f.rule}@${f.range.start.line}`), ['ordinal-punctuation@3']);
  });

  it('`三、四两个月`, `十一、十二两个月`, `五、六两个标段`, `一、二审` at a paragraph start are no headings', () => {
    const text = draft('一、总体要求', '三、四两个月历来是森林火灾的高发期。', '十一、十二两个月是旺季。', '五、六两个标段已开工。', '一、二审均维持原判。', '二、主要任务', '三、三年行动计划');
    assert.deepEqual(headingTitles(text), ['1:总体要求', '1:主要任务', '1:三年行动计划']);
  });

  it('`①……；` lines under a lead-in (`依次是：`) are a list\'s items in the text, not ① headings', () => {
    const text = draft('一、问题', '一是融资难。二是用工难。三是审批慢。', '企业最希望解决的问题依次是：', '①降低融资成本；', '②减少涉企检查；', '③加快政策兑现。', '四是物流成本偏高。', '二、对策');
    assert.deepEqual(analyze(text).findings.map((f) => f.rule), []);
    assert.deepEqual(parseDocument(text).series.map((s) => s.members.map((m) => m.marker).join('')), ['一是二是三是四是', '①②③']);
  });

  it('`2.2026年1月8日现场笔录1份` is item 2 with a date, not the decimal 2.2026', () => {
    // A year, a month or a count of whole things after the dot cannot be a fraction's digits.
    const evidence = draft('一、证据', '1.现场检查笔录1份；', '2.2026年1月8日现场笔录1份、现场照片12张；', '3.12月8日询问笔录；', '4.3个部门的情况说明；', '5.《责令改正通知书》。', '二、处罚');
    assert.deepEqual(analyze(evidence).findings.map((f) => f.rule), []);
    assert.deepEqual(headingTitles(evidence).slice(2, 5), ['3:2026年1月8日现场笔录1份、现场照片12张', '3:12月8日询问笔录', '3:3个部门的情况说明']);
  });

  it('an attachment list is not a list of level-3 headings', () => {
    const text = draft('一、工作安排', '附件：1.工作方案', '      2.任务分工表', '二、工作要求');
    assert.deepEqual(headingTitles(text), ['1:工作安排', '1:工作要求']);
    assert.deepEqual(analyze(text).findings.filter((f) => f.rule !== 'placeholder'), []);
  });

  it('in-text ordinals inside a sentence are not headings', () => {
    assert.deepEqual(headingTitles('创新能力包括：（1）想象力；（2）创造力。'), []);
  });

  it('in-text ordinals a line break put at a line start are no headings: on a line of their own, or going on from the line above', () => {
    const own = draft('一、总体要求', '　　创新能力主要包括以下几个方面：', '（1）想象力；（2）创造力；（3）执行力。', '二、主要任务', '　　加强培训。');
    assert.deepEqual(headingTitles(own), ['1:总体要求', '1:主要任务']);
    assert.deepEqual(seriesMarkers(own), ['（1）', '（2）', '（3）']);
    assert.deepEqual(analyze(own).findings, []);
    const wrapped = draft('一、总体要求', '　　创新能力主要包括：（1）想象力；（2）创造力；', '（3）执行力；（4）学习力。', '二、主要任务', '　　加强培训。');
    assert.deepEqual(headingTitles(wrapped), ['1:总体要求', '1:主要任务']);
    assert.deepEqual(seriesMarkers(wrapped), ['（1）', '（2）', '（3）', '（4）']);
    assert.deepEqual(analyze(wrapped).findings, []);
    // Still checked as a series.
    const skipped = own.replace('（2）创造力', '（3）创造力').replace('（3）执行力', '（4）执行力');
    assert.deepEqual(analyze(skipped).findings.map((f) => [f.rule, f.range.start.line]), [['sequence-gap', 2]]);
    // Items on lines of their own, each ending with ；, stay headings.
    assert.deepEqual(headingTitles(draft('一、要求', '（1）加强领导；', '（2）完善制度；', '（3）强化考核。')).length, 4);
  });

  for (const phrase of ['统一是关键', '说一是一', '第一书记', '第一时间', '第一责任人', '第一次', '最后一公里', '再次强调']) {
    it(`${phrase} is not a series member`, () => {
      assert.deepEqual(seriesMarkers(`我们要明确，${phrase}，必须落实。`), []);
      assert.deepEqual(seriesMarkers(`${phrase}的问题要解决好。`), []);
    });
  }

  it('一是一些干部…… is a member; 一是一，二是二 is an idiom', () => {
    assert.deepEqual(seriesMarkers('一是一些干部作风不实；二是一些制度执行不力。'), ['一是', '二是']);
    assert.deepEqual(seriesMarkers('讲原则，一是一，二是二。'), []);
    assert.deepEqual(seriesMarkers('学习他们严谨细致、一是一、二是二的务实作风。'), []);
  });

  it('a mid-sentence 首先 without a comma is not a series member', () => {
    assert.deepEqual(seriesMarkers('如果我和书记对着干，首先我这个县长不称职。'), []);
  });

  it('a run-in heading title ends at the first 。：！？', () => {
    for (const [line, title] of [
      ['（一）加强组织领导。各地要高度重视。', '加强组织领导'],
      ['（二）工作目标：到年底完成。', '工作目标'],
      ['（三）坚决打赢！我们有信心。', '坚决打赢'],
      ['（四）谁来负责？由县政府负责。', '谁来负责'],
      ['（五）强化督查抓落实', '强化督查抓落实'],
    ] as const) {
      assert.deepEqual(headingTitles(line), [`2:${title}`]);
    }
  });

  it('series members in a run-in heading body belong to that heading', () => {
    const outline = buildOutline(parseDocument(draft('一、甲', '（一）严明政治规矩。一是要守纪律；二是要讲规矩。', '（二）乙')));
    assert.deepEqual(outline[0]!.children[0]!.children.map((c) => c.name), ['一是要守纪律', '二是要讲规矩']);
  });

  it('handles CRLF and CR line breaks like LF', () => {
    const lf = draft('一、甲', '（一）子', '（二）丑', '二、乙', '增长X%。');
    for (const eol of ['\r\n', '\r']) {
      const other = lf.replace(/\n/g, eol);
      assert.deepEqual(analyze(other).findings, analyze(lf).findings);
      assert.deepEqual(buildOutline(parseDocument(other)), buildOutline(parseDocument(lf)));
    }
  });

  it('copes with empty, blank and binary-looking input', () => {
    for (const text of ['', '\n\n', '\u0000\u0001\ufffd', '\ufeff一、甲\n二、乙', '\ud800孤立代理项']) {
      const { findings, model } = analyze(text);
      assert.ok(Array.isArray(findings));
      assert.ok(model.lines.length >= 1);
    }
    assert.deepEqual(headingTitles('\ufeff一、甲\n二、乙'), ['1:甲', '1:乙']);
  });
});

describe('in-text ordinals (rules.md pitfall)', () => {
  const series = (text: string) => parseDocument(text).series.map((s) => s.members.map((m) => m.marker).join(''));
  const rules = (text: string) => analyze(text).findings.map((f) => `${f.rule}:${f.range.start.character}`);

  it('are a series inside the paragraph, checked for sequence', () => {
    assert.deepEqual(series('创新能力包括：（1）想象力；（2）创造力。'), ['（1）（2）']);
    assert.deepEqual(rules('创新能力包括：（1）想象力；（2）创造力。'), []);
    assert.deepEqual(rules('包括：（1）想象力；（3）创造力。'), ['sequence-gap:10']);
    assert.deepEqual(rules('包括：①想象力；②创造力；②执行力。'), ['sequence-duplicate:13']);
  });

  it('written without the opening bracket (`1）` `2)`), are a series too, renumbered in their own form; a reference (`附件1）`) is none', () => {
    assert.deepEqual(series('要求如下：1）加强领导；2）压实责任；3）强化督查。'), ['1）2）3）']);
    assert.deepEqual(rules('要求如下：1）加强领导；3）强化督查。'), ['sequence-gap:12']);
    assert.ok(messageOf(analyze('要求如下：1）加强领导；3）强化督查。').findings[0]!).includes('此处应为“2）”'));
    const slipped = '其中1)甲，2)乙，2)丙。';
    assert.equal(applyEdits(slipped, renumberEdits(parseDocument(slipped))), '其中1)甲，2)乙，3)丙。');
    assert.deepEqual(series('详见附件1）说明（见表1）。'), []);
    // Opening their lines (GB/T 1.1 list items `1）现场处理；`), they are a series too, never headings.
    const items = draft('一、处理方式', '处理方式如下：', '1）现场处理；', '2）报告处理；', '4）上报主管部门。', '二、其他');
    assert.deepEqual(series(items), ['1）2）4）']);
    assert.deepEqual(rules(items), ['sequence-gap:0']);
    // `1.` `2.` inside a sentence too, not a decimal (`1.5个百分点`) nor a version (`V2.0`).
    assert.deepEqual(rules('主要措施包括：1.摸清底数；2.分类施策；4.推动转型。'), ['sequence-gap:21']);
    assert.deepEqual(series('全年增长1.5个百分点，升级到V2.0版，截至10月底。1.8万人参加。'), []);
    // `（8:30—8:55）`: a clock time's minutes are no ordinal.
    assert.deepEqual(rules(draft('上午（8:30—8:55）签到。', '下午（14:00—14:20）座谈，（15：00—15:30）参观。')), []);
  });

  it('stay out of the outline and apart from 一是/二是', () => {
    const text = draft('一、甲', '一是统一思想，包括：（1）学习；（2）宣传；二是加强领导。', '二、乙');
    assert.deepEqual(series(text), ['一是二是', '（1）（2）']);
    assert.deepEqual(buildOutline(parseDocument(text))[0]!.children.map((c) => c.name), ['一是统一思想', '二是加强领导']);
    assert.deepEqual(rules(text), []);
  });

  it('may follow a word that opens an enumeration: 其中, 包括, 即', () => {
    assert.deepEqual(series('60岁以上的占48.5%，其中①不会使用智能手机的占21.3%，②不会网上缴费的占35.6%。'), ['①②']);
    assert.deepEqual(series('主要任务包括（1）摸清底数，（2）建立台账。'), ['（1）（2）']);
  });

  it('take no mark after the bracket', () => {
    assert.deepEqual(rules('要求：（一）、统一思想；（二）加强领导。'), ['ordinal-punctuation:6']);
  });

  it('are not brackets that hold words or references', () => {
    assert.deepEqual(series('各县（市、区）要抓好落实，见附件（1），按照（二）的要求。'), []);
  });
});

describe('series: names and connectives', () => {
  it('a numbered name in quotes (“三抓”, “三要三不要”) is not a series member', () => {
    const text = '党委将围绕“三抓”开展考核：一抓思想，二抓作风，三抓落实。坚持“三要三不要”。';
    assert.deepEqual(seriesMarkers(text), ['一抓', '二抓', '三抓']);
    assert.deepEqual(analyze(text).findings, []);
  });

  it('a series inside a member of another stands under it in the outline', () => {
    const tree = (text: string) => {
      const show = (n: OutlineNode): string => (n.children.length > 0 ? `${n.name.slice(0, 2)}[${n.children.map(show).join(' ')}]` : n.name.slice(0, 2));
      return buildOutline(parseDocument(text))[0]!.children.map(show).join(' ');
    };
    const nested = draft('一、甲', '首先，要统一思想。', '其次，要加强领导。', '一是建立机制；二是压实责任。', '最后，要狠抓落实。');
    assert.equal(tree(nested), '首先 其次[一是 二是] 最后');
    const pair = draft('一、甲', '第一，要统一思想。', '第二，要辩证看待。一方面成绩显著，另一方面差距仍在。', '第三，要狠抓落实。');
    assert.equal(tree(pair), '第一 第二[一方 另一] 第三');
    // After the last member of a finished list, a new list is its own.
    const apart = draft('一、甲', '一是统一思想；二是加强领导。', '首先，要抓项目；其次，要抓环境。');
    assert.equal(tree(apart), '一是 二是 首先 其次');
    // The member's range reaches over what it holds, as editors expect of a parent symbol.
    const [, qici] = buildOutline(parseDocument(nested))[0]!.children;
    assert.equal(qici!.range.end.line, 3);
  });

  it('an 一是 right after its subject (`我看一是要快，二是要实`) opens the series its 二是 continues; `统一是关键` does not', () => {
    assert.deepEqual(seriesMarkers('解决这些问题，我看一是要快，二是要实，三是要准。'), ['一是', '二是', '三是']);
    assert.deepEqual(seriesMarkers('抓安全一要压实责任，二要排查隐患。'), ['一要', '二要']);
    assert.deepEqual(analyze('学习教育一是要学深，二是要悟透。').findings, []);
    assert.deepEqual(seriesMarkers('统一是关键，说一是一。'), []);
    // A word's 一是 in the sentence before a list's own 一是 opens nothing: the list starts at its 一是.
    const lead = '思想统一是行动一致的前提，我们将从三个方面持续用力：一是坚持依法行政。二是坚持务实高效。三是坚持廉洁从政。';
    assert.deepEqual(seriesMarkers(lead), ['一是', '二是', '三是']);
    assert.deepEqual(analyze(lead).findings, []);
    // Only in the same sentence.
    assert.deepEqual(seriesMarkers('我看一是要快。二是要实。'), ['二是']);
    // Also after another family's member on the same line: `第一，……表现在一是……；二是……`.
    const speech = draft('下面，我讲三点意见。', '第一，要提高认识。问题主要表现在一是思想不到位；二是措施不到位；三是责任不到位。', '第二，要突出重点。', '第三，要压实责任。');
    assert.deepEqual(seriesMarkers(speech), ['第一', '第二', '第三', '一是', '二是', '三是']);
    assert.deepEqual(analyze(speech).findings, []);
    // But not after a member of its own family: `统一是` after 一是 is no second 一是.
    assert.deepEqual(seriesMarkers('一是要快，统一是关键，二是要实。'), ['一是', '二是']);
    // A held 一是 that met no 二是 by its sentence's end gives way to the next sentence's mid-clause member.
    const idiomBefore = draft('一、转变作风', '必须说一是一、说二是二。全市干部一要敢于担当；二要善于担当；三要勇于担当。', '二、严格督查');
    assert.deepEqual(seriesMarkers(idiomBefore), ['一要', '二要', '三要']);
    assert.deepEqual(analyze(idiomBefore).findings, []);
  });

  it('reads a series member set off with an emoji (`👉一是`) as opening its paragraph', () => {
    const post = draft('一、兑现流程', '👉一是数据比对。每月10日前完成比对；', '👉二是结果公示。公示5个工作日；', '👉三是资金拨付。直接拨付到企业。', '二、监督管理');
    assert.deepEqual(seriesMarkers(post), ['一是', '二是', '三是']);
    assert.deepEqual(analyze(post).findings, []);
  });

  it('leaves the series of a passage quoted whole to the quoted text: neither structure nor a slip of the draft', () => {
    const quoting = draft('一、提高认识', '省委主要负责同志强调：“营商环境只有更好，没有最好。第一，要把企业满意度作为标准；第三，要把制度创新作为动力。”', '我们要认真贯彻落实。', '二、压实责任');
    assert.deepEqual(seriesMarkers(quoting), []);
    assert.deepEqual(analyze(quoting).findings, []);
    // A quoted name is no passage (`“第一书记”`), and the speaker's own series after a quotation is the draft's.
    assert.deepEqual(seriesMarkers(draft('一、甲', '正如“只有更好，没有最好”。第一，要提高认识；第二，要压实责任。')), ['第一', '第二']);
  });

  it('第一点 and 第一个方面 are series of their own, the points nesting in the aspects, and renumbering keeps the unit', () => {
    const lecture = draft('下面，我从两个方面谈谈体会。', '第一个方面，要把握好以下两点。', '第一点，坚持学习。', '第二点，注重实践。', '第二个方面，要落实好以下两点。', '第一点，压实责任。', '第二点，强化督查。');
    assert.deepEqual(analyze(lecture).findings, []);
    const slipped = lecture.replace('第二个方面', '第三个方面');
    assert.deepEqual(analyze(slipped).findings.map((f) => f.rule), ['sequence-gap']);
    assert.ok(messageOf(analyze(slipped).findings[0]!).includes('此处应为“第二个方面”'));
    assert.equal(applyEdits(slipped, renumberEdits(parseDocument(slipped))), lecture);
  });

  it('a lone 最后，/另一方面 is a connective, not an outline item', () => {
    const text = draft('一、甲', '另一方面，也有同志认为条件还不成熟。', '最后，我代表市委向大家表示感谢。', '二、乙', '一是统一思想，二是加强领导。');
    const outline = buildOutline(parseDocument(text));
    assert.deepEqual(outline[0]!.children, []);
    assert.deepEqual(outline[1]!.children.map((c) => c.name), ['一是统一思想', '二是加强领导']);
  });
});

describe('tables of contents and attachments', () => {
  const rules = (text: string) => analyze(text).findings.map((f) => `${f.rule}@${f.range.start.line}`);

  it('chapters, sections and parts of a plan or report (第一章, 第一节, 第一部分) stand above 一、, which restarts under each', () => {
    const plan = draft('第一章　发展基础', '第一节　主要成效', '一、环境质量持续改善', '正文。', '二、治理成效明显', '正文。', '第二节　面临的形势', '一、发展机遇', '正文。', '二、主要挑战', '正文。', '第二章　总体要求', '一、指导思想', '正文。', '二、基本原则', '正文。');
    assert.deepEqual(rules(plan), []);
    assert.equal(parseDocument(plan).profile, 'speech');
    assert.deepEqual(buildOutline(parseDocument(plan)).map((n) => [n.name, n.children.map((c) => c.name)]), [
      ['第一章 发展基础', ['第一节 主要成效', '第二节 面临的形势']],
      ['第二章 总体要求', ['一、指导思想', '二、基本原则']],
    ]);
    const report = draft('第一部分　2025年工作回顾', '一、经济运行稳中有进', '二、改革开放持续深化', '第二部分　2026年工作安排', '一、总体要求', '二、重点任务', '第四部分　保障措施', '一、加强组织领导', '二、强化督查考核');
    assert.deepEqual(rules(report), ['sequence-gap@6']);
    // In a sentence, 第一章 and 第二部分 are words.
    assert.deepEqual(headingTitles(draft('第一章讲的是总体要求，第二章讲的是保障措施。', '第二部分内容较多，请大家认真阅读。')), []);
  });

  it('each topic of a 纪要 (议题一：, 议题二：) numbers what it decides from 一、 again', () => {
    const minutes = draft('县政府常务会议纪要', '议题一：研究校舍建设有关事项', '会议议定以下事项：', '一、同意提前投入使用', '二、同意挖潜改造', '议题二：研究防汛资金安排', '会议议定以下事项：', '一、同意安排资金', '二、开展拉网排查', '议题三：其他事项', '会议还通报了有关情况。');
    assert.deepEqual(rules(minutes), []);
    assert.deepEqual(parseDocument(minutes).parts.map((p) => [p.kind, p.text]), [
      ['topic', '议题一：研究校舍建设有关事项'],
      ['topic', '议题二：研究防汛资金安排'],
      ['topic', '议题三：其他事项'],
    ]);
    // A slip under one topic is still found against that topic's own list.
    assert.deepEqual(rules(minutes.replace('二、开展拉网排查', '三、开展拉网排查')), ['sequence-gap@8']);
  });

  it('topics listed under a heading (二、学习重点 over 专题一：…专题三：) are its items: the headings go on', () => {
    const plan = draft('一、指导思想', '坚持学以致用。', '二、学习重点', '专题一：深入学习党的创新理论', '领学人：王明', '专题二：推动高质量发展', '专题三：加强和改进民生工作', '三、学习安排', '每月集中学习一次。', '四、有关要求');
    assert.deepEqual(rules(plan), []);
    assert.deepEqual(parseDocument(plan).parts, []);
  });

  it('a bulletin\'s 【本期导读】 lists its items without being them', () => {
    const bulletin = draft('舆情信息摘编', '第15期', '【本期导读】', '一、中央媒体报道我县防汛工作', '二、网民关注城区积水点治理', '', '一、中央媒体报道我县防汛工作', '正文。', '二、网民关注城区积水点治理', '正文。');
    assert.deepEqual(rules(bulletin), []);
    assert.deepEqual(parseDocument(bulletin).headings.map((h) => h.line), [6, 8]);
  });

  it('a table of contents of a regulation ends at the first article, even with its first chapter line missing', () => {
    const text = draft('目　录', '第一章　总则', '第二章　附则', '', '第一条　为了规范管理，制定本条例。', '第二条　本条例适用于本市。', '第二章　附则', '第三条　本条例自公布之日起施行。');
    assert.deepEqual(parseDocument(text).headings.filter((h) => h.level === 'article').map((h) => h.line), [4, 5, 7]);
  });

  it('a table of contents lists the headings without being them', () => {
    const text = draft(
      '目　录',
      '一、规划背景……………………1',
      '二、总体要求……………………3',
      '（一）指导思想………………3',
      '三、保障措施……………………8',
      '',
      '一、规划背景',
      '正文。',
      '二、总体要求',
      '（一）指导思想',
      '（二）主要目标',
      '三、保障措施',
    );
    assert.deepEqual(headingTitles(text), ['1:规划背景', '1:总体要求', '2:指导思想', '2:主要目标', '1:保障措施']);
    assert.deepEqual(rules(text), []);
    assert.deepEqual(buildOutline(parseDocument(text)).map((n) => n.selectionRange.start.line), [6, 8, 11]);
  });

  it('a table of contents without page numbers, and entries without ordinals, end where the body begins', () => {
    const bare = draft('目录', '一、调研基本情况', '二、主要成效', '三、对策建议', '', '一、调研基本情况', '二、主要成效', '三、对策建议');
    assert.deepEqual(headingTitles(bare), ['1:调研基本情况', '1:主要成效', '1:对策建议']);
    const titled = draft('目录', '前言……………………1', '一、甲……………………2', '二、乙……………………5', '', '关于某项工作的报告', '一、甲', '二、乙');
    assert.deepEqual(headingTitles(titled), ['1:甲', '1:乙']);
    assert.deepEqual(rules(titled), []);
    // A body whose first section has gone since the contents were made still begins where it begins.
    const shorter = draft('目录', '一、甲……1', '二、乙……5', '三、丙……9', '', '二、乙', '三、丙');
    assert.deepEqual(headingTitles(shorter), ['1:乙', '1:丙']);
  });

  it('each attachment numbers its own headings from 一、 again, and stands in the outline', () => {
    const text = draft(
      '关于开展安全生产检查的通知',
      '一、检查范围',
      '二、检查内容',
      '三、工作要求',
      '附件：1.检查表',
      '      2.统计表',
      '',
      '附件1',
      '检查表',
      '一、危险化学品',
      '二、消防安全',
      '',
      '附件2',
      '统计表',
      '一、填报说明',
      '二、统计口径',
    );
    assert.deepEqual(rules(text), []);
    const outline = buildOutline(parseDocument(text));
    assert.deepEqual(
      outline.map((n) => [n.kind, n.name, n.children.map((c) => c.name)]),
      [
        ['heading', '一、检查范围', []],
        ['heading', '二、检查内容', []],
        ['heading', '三、工作要求', []],
        ['part', '附件1', ['一、危险化学品', '二、消防安全']],
        ['part', '附件2', ['一、填报说明', '二、统计口径']],
      ],
    );
    // Beside each attachment's label, its title; none for an attachment that opens with a heading.
    assert.deepEqual(outline.slice(3).map((n) => n.detail), ['检查表', '统计表']);
    assert.equal(buildOutline(parseDocument(text.replace('附件2\n统计表\n', '附件2\n'))).at(-1)!.detail, undefined);
    // The body's last section ends before the first attachment.
    assert.equal(outline[2]!.range.end.line, 6);
    // Numbering slips inside an attachment are still found, against the attachment's own list.
    const slip = text.replace('二、统计口径', '三、统计口径');
    assert.deepEqual(rules(slip), ['sequence-gap@15']);
  });

  it('a table pasted with a merged first cell: a `4.` after a tab is a cell, not an in-text ordinal', () => {
    const table = draft('专栏1　主要指标', '类别\t指标\t2020年\t2025年', '创新驱动\t1.研究与试验发展经费投入增长（%）\t14.3\t12以上', '\t2.全员劳动生产率增长（%）\t6.1\t6以上', '\t3.每万人口高价值发明专利拥有量（件）\t2.1\t4', '民生福祉\t4.城镇调查失业率（%）\t5.2\t5.5以内', '\t5.居民人均可支配收入增长（%）\t7.9\t7');
    assert.deepEqual(seriesMarkers(table), []);
    assert.deepEqual(rules(table), []);
  });

  it('a work report in two parts (2024年工作回顾, 2025年工作安排) numbers each part anew', () => {
    const report = (...plans: string[]) => draft('岚州市中级人民法院工作报告', '各位代表：', '2024年工作回顾', '一、服务大局', '二、司法为民', '三、从严治院', '2025年工作安排', '2025年，重点做好以下三个方面工作。', ...plans);
    assert.deepEqual(rules(report('一、更加注重服务大局', '二、更加注重司法为民', '三、更加注重从严治院')), []);
    // Its count is matched to its own part's sections.
    assert.deepEqual(rules(report('一、更加注重服务大局', '二、更加注重司法为民')).map((r) => r.split('@')[0]), ['count-mismatch']);
  });

  it('a 简报 compilation (合编) numbers each issue anew under its `第6期`; a gap within an issue is still one', () => {
    const issues = (third: string) => draft('创建全国文明城市工作简报', '（2025年第5期至第6期合编）', '第5期', '一、市创文指挥部召开调度会', '正文。', '二、东湖区推行门前三包', '正文。', '', '第6期', '一、全市一、二季度测评情况', '正文。', '二、青山县开展农贸市场整治', '正文。', `${third}、石门村推进移风易俗`, '正文。');
    assert.deepEqual(rules(issues('三')), []);
    assert.deepEqual(rules(issues('四')).map((r) => r.split('@')[0]), ['sequence-gap']);
  });

  it('a 简报 of several items numbers each anew from its title, after the item before it closes with its credit (（……供稿）)', () => {
    const bulletin = (credit: string) => draft('政务服务工作简报', '第5期', '【改革创新】', '云岭区“一窗通办”改革见实效', '　　今年以来，云岭区深化改革。', '一、重构窗口布局', '　　正文。', '二、压减办事环节', '　　正文。', credit, '【基层动态】', '滨江县推行企业开办“零成本”服务', '一、免费刻制印章', '　　正文。', '二、免费寄递证照', '　　正文。', '（滨江县行政审批局供稿）');
    assert.deepEqual(rules(bulletin('（云岭区政务服务中心供稿）')), []);
    assert.deepEqual(analyze(bulletin('（云岭区政务服务中心供稿）')).model.parts.map((p) => p.text), ['滨江县推行企业开办“零成本”服务']);
    // Without the credit, the second item's 一、 is the first item's numbering gone wrong.
    assert.deepEqual(rules(bulletin('　　下一步，云岭区将继续深化改革。')).map((r) => r.split('@')[0]), ['sequence-order']);
  });

  it('ordinal words quoted as a manner of writing (“一是、二是、三是”) are no series', () => {
    const text = '有的材料习惯于用“一是、二是、三是”罗列做法，对问题轻描淡写。';
    assert.deepEqual(analyze(text).findings, []);
    assert.deepEqual(analyze(text).model.series, []);
    // Quoted with a trailing ellipsis, too; a series after it is read as usual.
    const after = draft('汇报时满足于“一是、二是……”的面面俱到。', '整改措施：一是压实责任；二是强化督查；四是严肃问责。');
    assert.deepEqual(rules(after).map((r) => r.split('@')[0]), ['sequence-gap']);
  });

  it('a photo caption copied from a WeChat article (▲县委书记罗成讲话) is no speech title: the numbering goes on under it', () => {
    for (const caption of ['▲县委书记罗成讲话', '▲企业代表交流发言', '图为县委书记罗成讲话']) {
      const text = draft('同志们：', '下面，我讲三点意见。', '一、提高站位', '要提高认识。', caption, '二、聚焦重点', '要抓住重点。', '三、压实责任', '要落实责任。');
      assert.deepEqual(rules(text), [], caption);
    }
  });

  it('in a compilation (汇编) each speech, from its title on, numbers its parts anew', () => {
    const speech = (meeting: string) => [`在全县${meeting}会议上的讲话`, '县长　张明', '同志们：', '下面，我讲两点意见。', '一、统一思想', '二、狠抓落实'];
    const text = draft(...speech('经济工作'), '', ...speech('安全生产'), '', ...speech('乡村振兴'));
    assert.deepEqual(rules(text), []);
    const outline = buildOutline(parseDocument(text));
    assert.deepEqual(
      outline.map((n) => [n.kind, n.name, n.children.length]),
      [
        ['part', '在全县经济工作会议上的讲话', 2],
        ['part', '在全县安全生产会议上的讲话', 2],
        ['part', '在全县乡村振兴会议上的讲话', 2],
      ],
    );
    assert.deepEqual(outline[0]!.range.start.line, 0);
    assert.deepEqual(outline[0]!.range.end.line, 6);
    assert.deepEqual(foldingSections(parseDocument(text)).filter((f) => f.startLine === 0), [{ startLine: 0, endLine: 5 }]);
    // A single speech's title, before any heading, begins nothing; nor does a title quoted in a sentence.
    assert.deepEqual(parseDocument(draft(...speech('经济工作'))).parts, []);
    assert.deepEqual(parseDocument(draft(...speech('经济工作'), '会上传达了在全市安全生产会议上的讲话精神。', '三、强化保障')).parts, []);
  });

  it('speakers\' sections, each a title of its own over a byline (a 中心组 exchange), number anew', () => {
    const section = (title: string, byline: string) => [title, byline, '', '结合分管工作，我谈两点体会。', '一、提高站位', '正文。', '二、狠抓落实', '正文。', ''];
    const text = draft('中共鹤川市委理论学习中心组交流发言材料', '', ...section('坚持以改革破题　以实干开局', '市委常委、常务副市长　王海涛'), ...section('以改革为牵引　推动从严治党', '市委常委、市纪委书记　赵文斌'));
    assert.deepEqual(rules(text), []);
    const model = parseDocument(text);
    assert.equal(model.leadingTitle?.text, '坚持以改革破题　以实干开局');
    assert.deepEqual(model.parts.map((p) => [p.text, p.detail]), [['以改革为牵引　推动从严治党', '市委常委、市纪委书记 赵文斌']]);
  });

  it('a second document in one file (its 关于……的报告 over an addressee, or after the first one\'s signature date) numbers anew', () => {
    const profiles = draft('王蕾等3名同志基本情况', '一、王蕾同志', '二、李强同志', '三、张敏同志', '', '关于王蕾等3名同志的考察报告', '', '中共临川市人大常委会党组：', '一、王蕾同志', '二、李强同志');
    assert.deepEqual(rules(profiles), []);
    // Both documents stand in the outline, the first under its own title.
    assert.deepEqual(buildOutline(parseDocument(profiles)).map((n) => `${n.name}:${n.children.length}`), ['王蕾等3名同志基本情况:3', '关于王蕾等3名同志的考察报告:2']);
    // A 复函 after the 函 it answers, its organ's name before 关于.
    const reply = draft('临川市文化馆关于商请协办展演活动的函', '临川市第一中学：', '现就有关事宜函商如下：', '一、甲', '二、乙', '　　　　临川市文化馆', '　　　　2025年3月12日', '', '临川市第一中学关于协办展演活动的复函', '', '临川市文化馆：', '一、丙', '二、丁');
    assert.deepEqual(rules(reply), []);
    const signed = draft('关于甲的报告', '一、甲', '二、乙', '　　　　临川市民政局', '　　　　2025年7月8日', '', '关于乙的报告', '一、丙', '二、丁');
    assert.deepEqual(rules(signed), []);
    assert.deepEqual(rules(draft('# 关于甲的报告', '## 一、甲', '## 二、乙', '# 关于乙的报告', '## 一、丙', '## 二、丁')), []);
    // Cited in the text, such a title is no new document.
    assert.deepEqual(rules(draft('一、甲', '请认真学习：', '关于加强安全生产的通知', '一、丙')), ['sequence-duplicate@3']);
  });

  it('a speech title met again is the running header of a page, not the next speech', () => {
    const text = draft('在全市经济工作会议上的讲话', '同志们：', '下面，我讲两点意见。', '一、统一思想', '正文。', '在全市经济工作会议上的讲话', '二、狠抓落实', '正文。');
    assert.deepEqual(parseDocument(text).parts, []);
    assert.deepEqual(rules(text), []);
  });

  it('a speech title met again with a title block under it is the next speech (two speeches at one meeting)', () => {
    const speech = (speaker: string, date: string) => ['在全县经济工作会议上的讲话', speaker, date, '同志们：', '下面，我讲两点意见。', '一、统一思想', '正文。', '二、狠抓落实', '正文。'];
    const text = draft(...speech('县委书记　张明', '（2025年2月10日）'), '', ...speech('县长　李强', '（2025年2月10日）'), '', ...speech('县委副书记、县长　王刚', '（二〇二五年二月十日）'));
    assert.deepEqual(parseDocument(text).parts.map((p) => p.line), [10, 20]);
    assert.deepEqual(rules(text), []);
    // Beside each speech's title in the outline, its speaker.
    assert.deepEqual(buildOutline(parseDocument(text)).map((n) => n.detail), ['县委书记 张明', '县长 李强', '县委副书记、县长 王刚']);
    // The salutation alone is a title block too; body text under the title is a page's header.
    assert.deepEqual(parseDocument(draft(...speech('', ''), '在全县经济工作会议上的讲话', '', '同志们：', '一、甲', '二、乙')).parts.map((p) => p.line), [9]);
    assert.deepEqual(parseDocument(draft(...speech('', ''), '在全县经济工作会议上的讲话', '狠抓落实，关键在人。', '三、丙')).parts, []);
  });
});

describe('notes under a table or at the end', () => {
  it('`注：1.……` with `2.……` under it, and `注释：` with ①②, are notes, not headings', () => {
    const table = draft('一、主要指标', '序号\t指标\t数值', '1\t接待游客\t1280万人次', '注：1.同比增速按可比口径计算。', '　　2.“—”表示未评定A级或不适用。', '', '二、存在的问题', '（一）供给结构单一。', '（二）配套设施不足。');
    assert.deepEqual(headingTitles(table), ['1:主要指标', '1:存在的问题', '2:供给结构单一。', '2:配套设施不足。'].map((t) => t.replace(/。$/, '')));
    assert.deepEqual(analyze(table).findings.filter((f) => f.rule !== 'heading-trailing-punctuation'), []);
    const endnotes = draft('一、甲', '正文①。', '二、乙', '正文②。', '注释：', '①全程网办率指各环节均可网上办理的事项所占比例。', '②公共数据开放率指已开放目录数占可开放目录总数的比例。');
    assert.deepEqual(analyze(endnotes).findings, []);
    // A blank line, or a 一、, ends the notes: what follows is text again.
    assert.deepEqual(headingTitles(draft('注：1.数据为快报数。', '2.部分数据有修订。', '三、下一步工作')), ['1:下一步工作']);
  });
});

describe('text pasted from Word or a PDF', () => {
  it('a table\'s rows pasted as tab-separated text are not headings', () => {
    const table = draft('一、重点项目', '序号\t项目\t投资（亿元）', '1.\t江州钢铁改造\t12.5', '2.\t新能源电池\t30.0', '（一）\t县区项目\t20', '二、保障措施');
    assert.deepEqual(headingTitles(table), ['1:重点项目', '1:保障措施']);
    assert.deepEqual(analyze(table).findings, []);
    // One tab after an ordinal is only a wide space.
    assert.deepEqual(headingTitles(draft('一、\t总体要求')), ['1:总体要求']);
    // A row's label without cells of its own, between rows (the 政府信息公开年度报告 template's table): part of the table.
    const report = draft('三、收到和处理政府信息公开申请情况', '本年新收申请数量\t59\t6\t0', '三、本年度办理结果', '\t（一）予以公开\t24\t3\t0', '\t（三）不予公开', '\t\t1.属于国家秘密\t0\t0\t0', '四、结转下年度继续办理\t1\t0\t0', '', '四、政府信息公开行政复议情况');
    assert.deepEqual(headingTitles(report), ['1:收到和处理政府信息公开申请情况', '1:政府信息公开行政复议情况']);
    // A 台账's headings, each set off by blank lines between two tables, stay headings.
    const ledger = draft('一、强化政策落实', '序号\t任务\t责任单位', '1\t落实减税降费\t县税务局', '', '二、强化要素保障', '', '序号\t任务\t责任单位', '1\t保障用地\t县自然资源局', '', '三、优化市场环境');
    assert.deepEqual(headingTitles(ledger), ['1:强化政策落实', '1:强化要素保障', '1:优化市场环境']);
    // A form's headings between two tables with no blank line, each table opening with its header row: headings.
    const form = draft('一、基本信息', '接待单位：临川市商务局', '二、来访人员名单', '序号\t姓名\t单位\t职务', '1\t韩志远\t安平市投资促进局\t局长', '2\t陆鸣\t安平市投资促进局办公室\t一级科员', '三、陪同人员名单', '序号\t姓名\t单位\t职务', '1\t张立新\t临川市商务局\t副局长', '四、接待安排');
    assert.deepEqual(headingTitles(form), ['1:基本信息', '1:来访人员名单', '1:陪同人员名单', '1:接待安排']);
    assert.deepEqual(analyze(form).findings, []);
    // Right after a table's last row, a heading over a table whose header row holds no figure: a heading.
    const disclosure = draft('一、总体情况', '全年主动公开政府信息1.2万条。', '二、主动公开政府信息情况', '详见下表。', '三、收到和处理政府信息公开申请情况', '本年新收申请数量\t59\t6\t0', '四、结转下年度继续办理\t\t1\t2', '四、政府信息公开行政复议、行政诉讼情况', '行政复议\t\t\t行政诉讼', '结果维持\t结果纠正\t其他结果', '3\t1\t0', '五、存在的主要问题及改进情况');
    assert.deepEqual(headingTitles(disclosure), ['1:总体情况', '1:主动公开政府信息情况', '1:收到和处理政府信息公开申请情况', '1:政府信息公开行政复议、行政诉讼情况', '1:存在的主要问题及改进情况']);
    assert.deepEqual(analyze(disclosure).findings.filter((f) => f.rule.startsWith('sequence')), []);
  });

  it('footnotes a PDF put under a rule at the foot of a page (————, ①……) are no headings', () => {
    const page = draft('一、现状', '（一）养老服务体系基本建立', '全县建成养老机构12家①。', '————————————', '①数据来源：县民政局2024年统计。', '（二）服务供给与需求不匹配', '二、对策');
    assert.deepEqual(analyze(page).findings.map((f) => f.rule), []);
  });

  it('an ordinal carried to a line start by a PDF\'s wrapping, under a line stopping at a comma, is no heading', () => {
    const wrapped = draft('一、交通', '重点推进国道G213沿线、', '207、省道S312沿线的改造。', '1.加快网络设施建设', '2.推进数据共享');
    assert.deepEqual(headingTitles(wrapped), ['1:交通', '3:加快网络设施建设', '3:推进数据共享']);
  });

  it('a numeral a PDF wrote as a Kangxi radical (⼀、) is read, and named for what it is', () => {
    const text = draft('⼀、总体要求', '二、主要任务');
    const findings = analyze(text).findings;
    assert.deepEqual(findings.map((f) => f.rule), ['ordinal-form']);
    assert.match(messageOf(findings[0]!), /“⼀”（U\+2F00）是外形相同的康熙部首字符.*“一”（U\+4E00）/);
  });

  it('a series marker after a Word line separator or a zero-width space still opens its clause', () => {
    assert.deepEqual(seriesMarkers('要抓好三项工作。\u2028一是统一思想；\u200b二是加强领导；\u000b三是狠抓落实。'), ['一是', '二是', '三是']);
  });

  it('articles alone on their lines, with the text on the next, still make a regulation', () => {
    const text = draft('第一条', '为了规范管理，制定本办法。', '第二条', '本办法适用于：', '（一）城市道路；', '（二）公共广场。', '第三条', '本办法自发布之日起施行。');
    assert.equal(parseDocument(text).profile, 'regulation');
  });

  it('fix-all does not delete the comma ending a heading that may be broken across lines', () => {
    const text = draft('一、甲', '（一）加快构建现代综合交通运输体系，', '（二）乙');
    const [finding] = analyze(text).findings.filter((f) => f.rule === 'heading-trailing-punctuation');
    assert.equal(finding?.fixes?.[0]?.safe, false);
  });
  it('in text broken at a fixed width (OCR), an ordinal opening a line that goes on from a full one is no heading', () => {
    // Lines of 28 characters, as a scan's OCR gives them; one breaks after `第`, before `（二）项`.
    const full = (text: string) => text.padEnd(28, '推进政策落地见效');
    const page = [full('　　推进过程中要坚持问题导向，'), full('对照企业群众反映的突出问题逐'), full('项梳理清单，按照《条例》') .slice(0, 27) + '第', full('（二）项规定，对违反公平竞争'), '审查制度的文件一律废止。'];
    assert.equal(page[2]!.length, 28);
    const text = draft('一、总体要求', ...page, ...page, ...page, '二、主要任务', ...page);
    assert.deepEqual(headingTitles(text), ['1:总体要求', '1:主要任务']);
    // Text in paragraphs, with a table's rows of one width, is no such text.
    const rows = Array.from({ length: 10 }, (_, k) => `${k + 1}\t王立新\t□优秀　□合格　□基本合格　□不合格`);
    assert.deepEqual(headingTitles(draft('一、评议内容', '对照党章规定的党员条件和义务，重点评议以下四个方面：', '（一）理想信念方面。是否坚定理想信念。', '（二）纪律作风方面。是否严守纪律。', ...rows)), ['1:评议内容', '2:理想信念方面', '2:纪律作风方面']);
  });

  it('where a table of contents gives pages, a heading without one begins the body (1 总则 after 1 总则……1)', () => {
    const plan = draft('青川县突发地质灾害应急预案', '目　　录', '1 总则……………………1', '1.1 编制目的……………………1', '2 组织指挥体系……………………2', '', '1 总则', '1.1 编制目的', '高效有序做好突发地质灾害应急防治工作。', '1.2 编制依据', '《地质灾害防治条例》。', '2 组织指挥体系', '2.1 县指挥部', '负责统一领导。', '2.2 工作组', '负责具体工作。');
    assert.deepEqual(analyze(plan).findings, []);
    assert.deepEqual(headingTitles(plan).slice(0, 2), ['decimal-1:总则', 'decimal-2:编制目的']);
  });

  it('an excerpt of a regulation read as a speech numbers the items under each quoted article anew', () => {
    const excerpt = draft('第七条　本会会员分为下列两类：', '（一）单位会员；', '（二）个人会员。', '第八条　申请加入本会的会员，必须具备下列条件：', '（一）拥护本会章程；', '（二）有加入本会的意愿。');
    assert.deepEqual(analyze(excerpt).findings, []);
  });
  it('in scanned text, reads the width in columns (half-width digits), lets a heading fill a line, and takes no member word that goes on from the line above', () => {
    const page = [fit('　　全县生产总值增长6.8%，增速', '位居全市'), fit('第一，比全省高出1.2个百分点，'), fit('工业增长9.6%，要落实好', '《若干措施》第'), '（二）项规定的贷款贴息。'];
    assert.ok(page.slice(0, 3).every((line) => columns(line) >= 39 && columns(line) <= 40), JSON.stringify(page));
    const heading = '二、突出重点推动基层党建工作全面进步过硬';
    assert.equal(columns(heading), 40);
    const text = draft('一、总体情况', ...page, ...page, ...page, heading, '（一）着力加强村级组织建设', ...page, '（二）着力加强党员队伍建设', ...page);
    const model = parseDocument(text);
    assert.deepEqual(model.headings.map((h) => h.title), ['总体情况', '突出重点推动基层党建工作全面进步过硬', '着力加强村级组织建设', '着力加强党员队伍建设']);
    assert.deepEqual(model.series, []);
    assert.deepEqual(analyze(text).findings, []);
  });

  it('in scanned text, a member word the line break split (`二` / `是`, `其` / `次`) is one member, and renumbering keeps the break', () => {
    const filler = [fit('　　全县集体经济发展取得明显进展，'), fit('村均收入比上年增长1.4倍，'), fit('集体经营性收入总额增长明显，'), '全县村级集体经济稳步发展。'];
    const paragraph = (second: string, third: string) => [
      fit('　　各地探索出多种模式。一是资源开发型，'),
      fit('年增收28万元', '；' + second.slice(0, 1)),
      fit(second.slice(1) + '物业经营型，年租金收入46万元', '；' + third.slice(0, 1)),
      fit(third.slice(1) + '服务创收型，组织劳动力外出务工，'),
      '年收入19万元。',
    ];
    const text = draft('一、基本情况', ...filler, ...filler, ...paragraph('二是', '三是'), '二、存在问题', ...filler, ...filler);
    assert.deepEqual(seriesMarkers(text), ['一是', '二是', '三是']);
    assert.deepEqual(analyze(text).findings, []);
    const split = parseDocument(text).series[0]!.members[1]!;
    assert.equal(split.markerRange.start.line + 1, split.markerRange.end.line);
    assert.equal(split.wrappedAfter, 1);
    // `一是……三` / `是……四` / `是……`: the gap is reported at the split word, and renumbering
    // writes 二 and 三 where 三 and 四 stand, line breaks and all.
    const slipped = draft('一、基本情况', ...filler, ...filler, ...paragraph('三是', '四是'), '二、存在问题', ...filler, ...filler);
    const gap = analyze(slipped).findings.filter((f) => f.rule === 'sequence-gap');
    assert.equal(gap.length, 1);
    assert.deepEqual(gap[0]!.range.start.line + 1, gap[0]!.range.end.line);
    assert.equal(applyEdits(slipped, renumberEdits(parseDocument(slipped))), text);
    // A line a character or two short of the width (禁则 moved one down) still holds the word's start.
    const short = draft('一、基本情况', ...filler, ...filler, fit('　　各地探索出多种模式。一是资源开发型，'), fit('年增收28万元', '；二').slice(2), fit('是物业经营型，年租金收入46万元', '；'), '三是服务创收型。', '二、存在问题', ...filler, ...filler);
    assert.deepEqual(seriesMarkers(short), ['一是', '二是', '三是']);
    // 首先 / 其 / 次 / 再次: the sequence words too.
    const words = draft('一、基本情况', ...filler, ...filler, fit('　　首先，要抓好项目建设，年增收28万元', '；其'), fit('次，要抓好物业经营，年租金收入46万元', '；'), fit('再次，要抓好服务创收，组织劳动力外出务工，'), '年收入19万元。', '二、存在问题', ...filler, ...filler);
    assert.deepEqual(seriesMarkers(words), ['首先', '其次', '再次']);
    assert.deepEqual(analyze(words).findings, []);
  });

  it('in scanned text, a heading under a full line ending with a colon (……以下四个方面工作：) is a heading', () => {
    const page = [fit('　　全县检察机关坚持以人民为中心，'), fit('依法惩治各类犯罪，案件质量持续提升，'), fit('法律监督质效不断提高，人民群众'), '满意度明显提升。'];
    const text = draft('一、过去一年的工作', ...page, ...page, ...page, '二、今年的工作安排', fit('　　今年，我们将重点抓好以下两个方面工作', '：'), fit('（一）聚焦平安建设，依法从严惩治各类犯'), '罪。', ...page, fit('（二）聚焦服务大局，依法护航经济发展，'), '坚决维护稳定。', ...page);
    assert.deepEqual(headingTitles(text).slice(2).map((t) => t.slice(0, 8)), ['2:聚焦平安建设', '2:聚焦服务大局']);
    assert.deepEqual(analyze(text).findings, []);
  });

  it('an in-text ordinal at a line start goes on from the one before, which wrapped over two lines', () => {
    const text = draft('一、收入来源', '　　村集体经济收入主要来源于：（一）资源发包收入，占比约41%，目前多处于稳定', '经营的阶段；', '（二）上级扶持项目的固定收益分红，占比约22%；（三）服务创收。', '二、存在问题', '　　增收后劲不足。');
    assert.deepEqual(headingTitles(text), ['1:收入来源', '1:存在问题']);
    assert.deepEqual(analyze(text).findings, []);
  });
});
