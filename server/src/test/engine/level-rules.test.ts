import * as assert from 'node:assert/strict';
import { analyze, buildOutline, renumberEdits, safeEdits } from '../../engine';
import { applyEdits, applyFix, covered, draft, findings, findingsOf, messageOf } from '../helpers';

/** `rule:covered` for the findings of the given rules. */
function of(text: string, rules: string[], allowSkip = true): string[] {
  return analyze(text, { rules: {}, level3Dot: '.', allowSkip })
    .findings.filter((f) => rules.includes(f.rule))
    .map((f) => `${f.rule}:${covered(text, f)}`);
}

const LEVEL_RULES = ['level-inversion', 'level-missing-parent', 'level-skip', 'level-depth', 'mixed-style'];

describe('level-inversion', () => {
  it('flags a higher-level ordinal inside a run of lower-level siblings, and nothing else', () => {
    const text = draft('1.甲', '一、乙', '2.丙');
    assert.deepEqual(rulesOf(text), ['level-inversion']);
    const f = findings(text)[0]!;
    assert.equal(covered(text, f), '一、');
    assert.equal(f.severity, 'error');
    assert.ok(messageOf(f).includes('“1.”与“2.”是同一组序号'), messageOf(f));
  });

  it('flags （一） between 1. and 2. inside one section', () => {
    assert.deepEqual(of(draft('一、甲', '1.子', '（一）丑', '2.寅'), LEVEL_RULES), ['level-inversion:（一）']);
  });

  // A section with a run of items under its last subsection, one of them typed in a higher form.
  const underFourth = (a: string, b: string, c: string) =>
    draft('一、总体要求', '全县形势总体平稳。', '二、重点任务', '（一）压实责任', '要落实责任。', '（二）强化排查', '要开展排查。', '（三）严格执法', '要严格执法。', '（四）抓好整治',
      `${a}整治道路交通`, '加强道路管控。', `${b}整治消防隐患`, '加强消防检查。', `${c}整治危化品`, '加强危化品管理。', '三、保障措施', '要加强组织领导。', '四、工作要求', '要认真落实。');

  it('`二、` typed between `1.` and `3.` is one slip with its correction, not a repeat and a form slip after it', () => {
    const text = underFourth('1.', '二、', '3.');
    const all = findings(text);
    assert.deepEqual(all.map((f) => `${f.rule}:${covered(text, f)}`), ['level-inversion:二、']);
    assert.equal(messageOf(all[0]!), '层次颠倒：“二、”夹在同一组的“1.”与“3.”之间，层次高于前后各项，应为“2.”（GB/T 15834—2011 B.3.8）');
    assert.deepEqual(findings(applyFix(text, all[0]!)), []);
    // The same in the second level's form.
    const bracketed = underFourth('1.', '（二）', '3.');
    assert.deepEqual(findings(bracketed).map((f) => `${f.rule}:${covered(bracketed, f)}`), ['level-inversion:（二）']);
  });

  it('the run\'s first item typed in a higher form (`一、` over `2.` `3.`) is one slip', () => {
    const text = underFourth('一、', '2.', '3.');
    const all = findings(text);
    assert.deepEqual(all.map((f) => `${f.rule}:${covered(text, f)}`), ['level-inversion:一、']);
    assert.ok(messageOf(all[0]!).includes('它应是这一组的第一项“1.”'), messageOf(all[0]!));
    assert.deepEqual(findings(applyFix(text, all[0]!)), []);
  });

  it('an item put in as `三、` after `1.` `2.`, the run not renumbered after it, is the run\'s `3.`; the `3.` after it repeats its number', () => {
    const text = underFourth('1.', '2.', '三、').replace('加强危化品管理。', '加强危化品管理。\n3.整治燃气安全\n加强燃气管理。');
    const all = findings(text);
    assert.deepEqual(all.map((f) => `${f.rule}:${covered(text, f)}`), ['level-inversion:三、', 'sequence-duplicate:3.']);
    assert.ok(messageOf(all[0]!).includes('应为“3.”'), messageOf(all[0]!));
    // Renumbering gives back the whole run: 1. 2. 3. 4., the sections untouched.
    const renumbered = applyEdits(text, renumberEdits(analyze(text).model));
    assert.equal(renumbered, underFourth('1.', '2.', '3.').replace('加强危化品管理。', '加强危化品管理。\n4.整治燃气安全\n加强燃气管理。'));
    assert.deepEqual(findings(renumbered), []);
  });

  it('reads `（三）` between `2.` and `4.` under `（二）` as the run\'s `3.`, though it would follow on from `（二）`: one slip, not a section over a lone `4.`', () => {
    const text = draft('一、基本情况', '（一）设施网络初步形成', '全县建成养老服务中心12个。', '（二）供给方式不断丰富', '1.“邻里互助”模式。', '2.“幸福食堂”模式。', '（三）“医养结合”模式。', '4.“党建+养老”模式。', '二、存在的主要问题', '（一）服务能力不足', '（二）人才队伍薄弱');
    const all = findings(text);
    assert.deepEqual(all.map((f) => `${f.rule}:${covered(text, f)}`), ['level-inversion:（三）']);
    assert.ok(messageOf(all[0]!).includes('应为“3.”'), messageOf(all[0]!));
    assert.deepEqual(findings(applyFix(text, all[0]!)), []);
    // A `（三）` with its own list after it is the next section.
    assert.deepEqual(findings(text.replace('（三）“医养结合”模式。', '（三）服务质量稳步提升').replace('4.“党建+养老”模式。', '1.“党建+养老”模式。\n2.“物业+养老”模式。')), []);
  });

  it('keeps a run numbered through its parts going past a heading put in it (`4.` `（一）` `5.`): the items after it are the run\'s, and the heading is one of its items, in the slot of `5.`', () => {
    const plan = (count: number) => draft(`今年要抓好以下${count}项工作：`, '一、平台建设', '1.推进实验室建设。年内完成一期工程。', '2.提升创新平台。新建平台5家。', '二、金融服务', '3.发挥基金作用。撬动社会资本投入。', '4.扩大科技信贷。推广科技贷产品。', '（一）推动企业上市融资。建立后备企业库。', '5.推广科技保险。扩大首台套保险覆盖面。', '6.完善知识产权质押融资。扩大质押规模。', '三、组织保障', '7.加强党的领导。健全工作机制。', '8.加大财政投入。确保只增不减。');
    const text = plan(9);
    assert.deepEqual(findings(text).map((f) => `${f.rule}:${covered(text, f)}`), ['level-inversion:（一）', 'sequence-duplicate:5.']);
    const outline = buildOutline(analyze(text).model, { series: false });
    assert.deepEqual(outline[1]!.children.map((n) => n.name.slice(0, 2)), ['3.', '4.', '（一', '5.', '6.']);
    assert.deepEqual(findings(plan(8)).map((f) => f.rule), ['count-mismatch', 'level-inversion', 'sequence-duplicate']);
    // Renumbering numbers it 5. and the items after it on, as the writer who put it in wants.
    assert.equal(applyEdits(text, renumberEdits(analyze(text).model)).split('\n').filter((l) => /^[0-9]/.test(l)).map((l) => l.split('.')[0]).join(' '), '1 2 3 4 5 6 7 8 9');
  });

  it('an item put in with a number its form cannot have there (`1.` `2.` `一、` `3.`; `二、` again after `二、`), written like the run\'s items, is the run\'s all the same', () => {
    const run = (put: string) => draft('（一）指导思想', '坚持绿色发展。', '（二）工作任务', '1.推行定时定点投放。每日早晚各安排集中投放时段。', '2.优化收运线路。厨余垃圾日产日清。', `${put}建立收运监管平台。实现收运全过程监控。`, '3.规范中转站管理。防止二次污染。', '（三）保障措施', '加强组织领导。');
    const text = run('一、');
    const all = findings(text);
    assert.deepEqual(all.filter((f) => f.rule !== 'level-missing-parent').map((f) => `${f.rule}:${covered(text, f)}`), ['level-inversion:一、', 'sequence-duplicate:3.']);
    assert.ok(messageOf(all.find((f) => f.rule === 'level-inversion')!).includes('应为“3.”'));
    assert.equal(applyEdits(text, renumberEdits(analyze(text).model)), run('3.').replace('3.规范中转站管理', '4.规范中转站管理'));
    const again = draft('一、总体要求', '要统一思想。', '二、重点任务', '（一）压实责任', '1.压实属地责任。各乡镇要守土尽责。', '2.压实部门责任。各部门要各司其职。', '二、压实企业责任。企业要落实主体责任。', '3.强化督导检查。县委督查室要定期督查。', '（二）强化排查', '要开展排查。', '三、保障措施', '要加强领导。');
    assert.deepEqual(findings(again).map((f) => `${f.rule}:${covered(again, f)}`), ['level-inversion:二、', 'sequence-duplicate:3.']);
    // On a line of its own, with a run starting again under it, it is no item of the `1.` run.
    const heading = again.replace('二、压实企业责任。企业要落实主体责任。', '二、压实企业责任').replace('3.强化督导检查。', '1.强化督导检查。');
    assert.ok(!findings(heading).some((f) => messageOf(f).includes('应为“3.”')));
  });

  it('the slip counts as no section: `讲四点意见` over four sections and the slip is no mismatch', () => {
    const text = underFourth('1.', '二、', '3.').replace('一、总体要求', '下面，我讲四点意见。\n一、总体要求');
    assert.deepEqual(findings(text).map((f) => f.rule), ['level-inversion']);
  });

  it('renumbering gives the slipped item its run\'s form and leaves the sections be', () => {
    const text = underFourth('1.', '二、', '3.');
    assert.equal(applyEdits(text, renumberEdits(analyze(text).model)), underFourth('1.', '2.', '3.'));
  });

  it('nests the slipped item in its run: the subsections after it stay under their section, and the outline shows it in place', () => {
    const text = draft('一、总体要求', '要统一思想。', '二、重点任务', '（一）压实责任', '1.压实属地责任', '二、压实部门责任', '3.压实企业责任', '（二）强化排查', '要开展排查。', '（三）严格执法', '三、保障措施', '要加强领导。');
    const all = findings(text);
    assert.deepEqual(all.map((f) => `${f.rule}:${covered(text, f)}`), ['level-inversion:二、']);
    assert.equal(all[0]!.range.start.line, 5);
    const outline = buildOutline(analyze(text).model, { series: false });
    assert.deepEqual(outline.map((n) => n.name), ['一、总体要求', '二、重点任务', '三、保障措施']);
    assert.deepEqual(outline[1]!.children.map((n) => n.name), ['（一）压实责任', '（二）强化排查', '（三）严格执法']);
    assert.deepEqual(outline[1]!.children[0]!.children.map((n) => n.name), ['1.压实属地责任', '二、压实部门责任', '3.压实企业责任']);
  });

  it('takes `二、` among `1.` `3.` under `一、` for the run\'s when the next section is `二、` too, its own sub-items between', () => {
    const text = draft('一、2024年工作', '（一）环境质量改善', '1.大气质量向好', '（1）深化治理。', '（2）强化管控。', '二、水质稳定', '（1）治理流域。', '（2）治理污水。', '3.土壤风险可控', '（二）生态修复', '二、2025年安排', '（一）深化攻坚', '（二）强化保障');
    assert.deepEqual(findings(text).map((f) => `${f.rule}:${covered(text, f)}`), ['level-inversion:二、']);
    assert.equal(findings(text)[0]!.range.start.line, 5);
  });

  it('reads a run\'s item typed in a higher form in a list of names with no section above it', () => {
    const text = draft('先进集体名单如下：', '', '1.区应急管理局', '二、区消防救援大队', '3.清溪街道办事处', '4.白沙镇人民政府', '', '一、提高站位', '要提高认识。', '二、压实责任', '要压实责任。');
    assert.deepEqual(findings(text).map((f) => `${f.rule}:${covered(text, f)}`), ['level-inversion:二、']);
  });

  it('reads a section\'s item typed in a lower form as that section\'s: `（一）` `1.` … `6.` `2.` `（三）`, and `（2）` over `1.` `2.`', () => {
    const asNumber = draft('一、重点任务', '（一）抓项目', '1.甲。', '2.乙。', '3.丙。', '2.抓招商', '要加大招商力度。', '（三）抓服务', '要优化服务。', '二、保障措施', '（一）组织保障', '（二）经费保障');
    const [finding, ...rest] = findings(asNumber);
    assert.deepEqual(rest.map((f) => f.rule), []);
    assert.equal(finding!.rule, 'mixed-style');
    assert.equal(messageOf(finding!), '同级序号形式不一：“2.”接在“（一）”之后，应与前项同一形式，写作“（二）”（GB/T 9704—2012 7.3.3）');
    assert.deepEqual(findings(applyFix(asNumber, finding!)), []);
    const asBracket = draft('一、重点任务', '（一）抓项目', '1.甲', '2.乙', '（2）抓招商', '1.丙', '2.丁', '（三）抓服务', '1.戊', '2.己', '二、保障措施', '（一）组织保障', '（二）经费保障');
    assert.deepEqual(findings(asBracket).map((f) => `${f.rule}:${covered(asBracket, f)}`), ['mixed-style:（2）']);
    // The outline keeps the section in its place.
    assert.deepEqual(buildOutline(analyze(asBracket).model, { series: false })[0]!.children.map((n) => n.name), ['（一）抓项目', '（2）抓招商', '（三）抓服务']);
  });

  it('reads `一、` opening a run under a section it cannot follow on from (`四、` `一、主办单位` `2.` `3.`)', () => {
    const text = draft('一、甲', '二、乙', '三、丙', '四、组织机构', '一、主办单位', '2.承办单位', '3.协办单位', '五、工作要求');
    assert.deepEqual(findings(text).map((f) => `${f.rule}:${covered(text, f)}`), ['level-inversion:一、']);
  });

  it('a `二、` that goes on with its own level after `1.` is a new section', () => {
    const text = draft('一、甲', '1.子', '二、乙', '3.丑');
    assert.ok(!findings(text).some((f) => f.rule === 'level-inversion'));
  });

  it('a new section after subsections is not an inversion', () => {
    assert.deepEqual(of(draft('一、甲', '（一）子', '（二）丑', '二、乙', '（一）寅', '（二）卯'), LEVEL_RULES), []);
  });
});

function rulesOf(text: string): string[] {
  return findings(text).map((f) => f.rule);
}

describe('level-missing-parent', () => {
  it('flags a text that starts with （一） and uses 一、 later', () => {
    const text = draft('（一）子', '（二）丑', '一、甲', '二、乙');
    assert.deepEqual(of(text, LEVEL_RULES), ['level-missing-parent:（一）']);
    assert.equal(findings(text).find((f) => f.rule === 'level-missing-parent')!.severity, 'warning');
  });

  it('reads a first `（一）` over a run that starts at `二、` as its `一、` typed in a lower form: one slip, with the form it wants', () => {
    const report = draft('南屏县人民政府：', '现将有关情况报告如下。', '（一）灾情基本情况', '此次降雨持续时间长。', '二、应对处置工作', '（一）提前研判预警。', '（二）全力转移避险。', '三、下一步打算');
    assert.deepEqual(
      findings(report).map((f) => `${f.rule}:${covered(report, f)}`),
      ['mixed-style:（一）'],
    );
    assert.ok(messageOf(findings(report)[0]!).includes('写作“一、”'), messageOf(findings(report)[0]!));
    // With a （二） of its own first, it is a run of its own missing its parent, the 一、 left out: one slip
    // (no start slip at 二、 too).
    const orphans = draft('（一）甲', '（二）乙', '二、丙', '三、丁');
    assert.deepEqual(rulesOf(orphans), ['level-missing-parent']);
    assert.ok(messageOf(findings(orphans)[0]!).includes('应在前面补上“一、”'), messageOf(findings(orphans)[0]!));
  });

  it('a text may start at any level when the higher level never comes', () => {
    assert.deepEqual(of(draft('（一）子', '（二）丑', '1.寅', '2.卯'), LEVEL_RULES), []);
  });

  it('filling notes numbered 一、 before a body numbered 1., 1.1 want no parent: two numbering systems', () => {
    const application = draft('填报说明', '一、本申报书由项目申报单位填写。', '二、金额单位为万元。', '1. 项目概况', '1.1 项目名称', '1.2 建设地点', '2. 建设内容', '2.1 主要工程', '2.2 配套工程');
    assert.deepEqual(of(application, LEVEL_RULES), []);
  });

  it('sentences listed after a colon (a 决定书\'s evidence) are no structure missing its parent', () => {
    const decision = draft(
      '上述事实，主要有以下证据证明：',
      '1.当事人营业执照复印件1份，证明当事人的主体资格；',
      '',
      '2.现场笔录1份、现场照片12张，证明违法事实；',
      '3.询问笔录2份，证明销售经过。',
      '本局决定：',
      '（一）没收违法所得18.00元；',
      '（二）罚款20000.00元。',
    );
    assert.deepEqual(of(decision, LEVEL_RULES), []);
    // Headings with text under them still want their parent.
    assert.deepEqual(of(draft('1.工作目标', '到年底完成改造。', '2.主要任务', '抓好项目。', '一、甲', '二、乙'), LEVEL_RULES), ['level-missing-parent:1.']);
  });
});

describe('level-skip', () => {
  it('flags 一、 → （1）', () => {
    assert.deepEqual(of(draft('一、甲', '（1）子', '（2）丑', '二、乙'), LEVEL_RULES), ['level-skip:（1）']);
  });

  it('allows 一、 → 1. by default, and flags it when gongwen.numbering.allowSkip is off', () => {
    const text = draft('一、甲', '1.子', '2.丑', '二、乙', '1.寅', '2.卯');
    assert.deepEqual(of(text, LEVEL_RULES), []);
    assert.deepEqual(of(text, LEVEL_RULES, false), ['level-skip:1.', 'level-skip:1.']);
    const [f] = analyze(text, { rules: {}, level3Dot: '.', allowSkip: false }).findings;
    assert.ok(messageOf(f!).includes('此处应为“（一）”'), messageOf(f!));
  });
});

describe('level-skip in a box', () => {
  it('a box (专栏2) over its own （1）（2） list skips no level of the section it stands in', () => {
    const plan = draft('三、建设宜居乡村', '正文。', '专栏2　乡村建设重点工程', '（1）农村供水保障工程：新建水厂3座。', '（2）农村道路畅通工程：新改建道路120公里。', '四、保障措施');
    assert.deepEqual(of(plan, LEVEL_RULES).filter((f) => !f.startsWith('mixed')), []);
    assert.deepEqual(of(draft('三、甲', '正文。', '（1）乙', '（2）丙', '四、丁'), LEVEL_RULES), ['level-skip:（1）']);
  });
});

describe('level-depth', () => {
  it('flags ① as a fifth heading level, once for each list of them', () => {
    const text = draft('一、甲', '（一）子', '1.丑', '（1）寅', '①卯', '②辰', '（2）巳', '①午');
    assert.deepEqual(of(text, [...LEVEL_RULES, 'ordinal-form']), ['level-depth:①', 'level-depth:①']);
    assert.equal(findings(text).find((f) => f.rule === 'level-depth')!.severity, 'information');
  });
});

describe('mixed-style', () => {
  it('flags siblings in different forms: （一）（二）3.', () => {
    const text = draft('一、甲', '（一）子', '（二）丑', '3.寅', '二、乙');
    assert.deepEqual(of(text, [...LEVEL_RULES, 'sequence-start', 'lone-item']), ['mixed-style:3.']);
    assert.ok(messageOf(findings(text).find((f) => f.rule === 'mixed-style')!).includes('“（三）”'));
  });

  it('flags `1.` `（2）` `3.` once, as a form slip: the （2） is the 2. in another form, not a child of 1.', () => {
    const text = draft('（一）直接原因', '1.施工单位主体责任不落实', '（2）安全教育培训不到位', '3.现场管理混乱', '（二）间接原因');
    assert.deepEqual(of(text, [...LEVEL_RULES, 'sequence-gap', 'sequence-start', 'lone-item']), ['mixed-style:（2）']);
    assert.ok(messageOf(findings(text).find((f) => f.rule === 'mixed-style')!).includes('写作“2.”'));
  });

  it('flags `（一）` `（2）` ending a list once, as a form slip: the （2） is the （二） in another form, not a child', () => {
    const text = draft('一、主要任务', '乙方按以下方式履行：', '（一）本协议签订之日支付30,000元；', '（2）余款于2025年10月31日前付清。', '二、工作要求', '各单位抓好落实。');
    assert.deepEqual(findings(text).map((f) => `${f.rule}:${covered(text, f)}`), ['mixed-style:（2）']);
    assert.ok(messageOf(findings(text)[0]!).includes('写作“（二）”'));
    // Not a number the （一） would be followed by: no form slip to name.
    assert.ok(findings(draft('一、甲', '（一）子', '（3）丑', '二、乙')).every((f) => f.rule !== 'mixed-style'));
  });

  it('flags 一是……其次 and 第一，……其次， as warnings', () => {
    for (const text of ['一是加强领导；其次要完善制度。', '第一，加强领导；其次，完善制度。']) {
      const [f] = findings(text).filter((x) => x.rule === 'mixed-style');
      assert.ok(f, text);
      assert.equal(covered(text, f), '其次');
      assert.equal(f.severity, 'warning');
    }
  });

  it('a member of another family is named by its place, once: `第一，第二，其次，` wants 第三', () => {
    // 其次 would say 2: neither "应为第二" nor a duplicate of 第二.
    const text = '第一，要提高认识；第二，要加强领导；其次，要完善制度；第四，要狠抓落实。';
    const found = findings(text);
    assert.deepEqual(found.map((f) => `${f.rule}:${covered(text, f)}`), ['mixed-style:其次']);
    assert.ok(messageOf(found[0]!).includes('应为“第三”'), messageOf(found[0]!));
  });

  it('a member of another family is fixed into the series\' own: its comma dropped after 二是, added after 第二', () => {
    const shi = '一是统一思想，提高认识；其次，加强组织领导；三是狠抓工作落实。';
    const [f] = findingsOf(shi, 'mixed-style');
    assert.equal(f!.fixes![0]!.safe, true);
    assert.equal(applyFix(shi, f!), '一是统一思想，提高认识；二是加强组织领导；三是狠抓工作落实。');
    assert.deepEqual(findings(applyFix(shi, f!)), []);
    const di = '第一，要统一思想；二是要加强领导；第三，要狠抓落实。';
    const [g] = findingsOf(di, 'mixed-style');
    assert.equal(applyFix(di, g!), '第一，要统一思想；第二，要加强领导；第三，要狠抓落实。');
    assert.deepEqual(findings(applyFix(di, g!)), []);
    // 二是 with a comma: one fix-all gives the series' comma, once.
    const withComma = '第一，要统一思想；二是，要加强领导；第三，要狠抓落实。';
    assert.equal(applyEdits(withComma, safeEdits(findings(withComma))), '第一，要统一思想；第二，要加强领导；第三，要狠抓落实。');
  });

  it('the fix is not applied unasked where speeches often mix (首先……其次……第三) or the other family is most of the series', () => {
    const usual = '首先，统一思想；其次，加强领导；第三，狠抓落实。';
    const [f] = findingsOf(usual, 'mixed-style');
    assert.equal(f!.fixes![0]!.safe, false);
    assert.equal(applyFix(usual, f!), '首先，统一思想；其次，加强领导；再次，狠抓落实。');
    // 第一 then 其次, 再次: either 第一 or the other two is the slip; the writer chooses.
    const mostly = '第一，要统一思想；其次，要加强领导；再次，要狠抓落实。';
    const [g] = findingsOf(mostly, 'mixed-style');
    assert.equal(covered(mostly, g!), '其次');
    assert.equal(g!.fixes![0]!.safe, false);
  });

  it('首先，……其次，……第三， is only information', () => {
    const [f] = findings('首先，统一思想；其次，加强领导；第三，狠抓落实。').filter((x) => x.rule === 'mixed-style');
    assert.equal(f?.severity, 'information');
  });

  it('第一，……第二，……最后， closing a list is only information, as speeches often write it; 一是……最后 stays a warning', () => {
    const text = draft('有关要求', '第一，高度重视。各单位要重视。', '第二，密切配合。各单位要配合。', '第三，严守纪律。各单位要守纪律。', '最后，注重安全。各单位要注意安全。');
    const [f] = findings(text).filter((x) => x.rule === 'mixed-style');
    assert.equal(f?.severity, 'information');
    assert.equal(messageOf(f!), '前面用“第一”，此处用“最后”，讲话中常见；如需统一，可改为“第四”（实务惯例）');
    const [lone] = findings('第一，统一思想；最后，狠抓落实。').filter((x) => x.rule === 'mixed-style');
    assert.equal(lone?.severity, 'warning');
  });

  it('a 二是 in a 首先 series after a finished 一是 series in the section mixes families, not order', () => {
    const text = draft(
      '一是坚持理论武装。二是贯彻决策部署。三是严守政治规矩。',
      '下一步，我将在以下三个方面持续用力：首先，加强理论武装；二是聚焦产业转型；最后，坚持以人民为中心。',
    );
    const found = findings(text);
    assert.deepEqual(found.map((f) => `${f.rule}:${covered(text, f)}`), ['mixed-style:二是']);
    assert.ok(messageOf(found[0]!).includes('“其次”'), messageOf(found[0]!));
  });

  it('after 最后 a 第四 is an order slip only, not also a family one that would suggest itself', () => {
    const text = '首先，统一思想；其次，加强领导；最后，狠抓落实；第四，强化督查。';
    assert.deepEqual(findings(text).map((f) => `${f.rule}:${covered(text, f)}`), ['sequence-order:第四']);
  });

  it('首先，……第二， (no 其次) is a warning', () => {
    const [f] = findings('首先，统一思想；第二，加强领导；第三，狠抓落实。').filter((x) => x.rule === 'mixed-style');
    assert.equal(f?.severity, 'warning');
  });

  it('a closing 最后 paragraphs after a 第一，……第三， list is not one of its members', () => {
    const closing = draft('这里，我强调三点。', '第一，要压实责任。', '第二，要严格执法。', '第三，要强化值守。', '对发生事故的，要严肃追责。', '最后，借此机会，我代表市政府致以崇高的敬意！');
    assert.deepEqual(findings(closing), []);
    // Right after the list it reads as its last item, in the wrong family; the three points are all there.
    const after = draft('这里，我强调三点。', '第一，要压实责任。', '第二，要严格执法。', '第三，要强化值守。', '', '最后，要严肃追责。');
    assert.deepEqual(findings(after).map((f) => `${f.rule}:${covered(after, f)}`), ['mixed-style:最后']);
  });

  it('a closing remark after 最后 (我代表, 预祝, 借此机会, 我再强调) is no member; a second 最后 paragraphs after a list\'s own begins nothing', () => {
    const speech = draft('首先，要坚持党的领导。', '其次，要聚焦中心任务。', '最后，要加强自身建设。', '各位委员！希望大家认真履职。', '让我们团结奋斗！', '最后，预祝大会圆满成功！');
    assert.deepEqual(findings(speech), []);
    const sameParagraph = '今年要抓好三项工作：一要优化服务；二要降低成本；三要规范检查。最后，我代表民营企业家表个态：坚定信心，扎根江州。';
    assert.deepEqual(findings(sameParagraph), []);
    const chair = draft('一是抓统筹；二是抓落实；三是抓督查。', '最后，就贯彻落实好这次会议精神，我再强调三点意见。', '第一，要迅速传达。', '第二，要细化任务。', '第三，要强化督查。');
    assert.deepEqual(findings(chair), []);
    // Another sentence between the list and 最后: the list is done, 最后 closes the speech.
    const done = '重点开展了三项工作：一是清理文件；二是组建服务团；三是推进执法监督。下一步，我们将出台规范。最后，建议纳入评价体系。';
    assert.deepEqual(findings(done), []);
    // An item after 最后 is still one: the family slip is named in the series' own wording (四要, not 四是).
    const item = '我们要做到：一要加强领导；二要压实责任；三要强化督查。最后，要营造氛围。';
    const [f] = findings(item);
    assert.equal(f?.rule, 'mixed-style');
    assert.ok(messageOf(f!).includes('应为“四要”'), messageOf(f!));
  });

  it('opening a paragraph after a nested 一是……三是, a 二是 goes on with the outer 首先 series, as a family slip', () => {
    const text = draft('首先，要坚持学习。一是学理论；二是学业务；三是学法规。', '二是要狠抓落实。', '最后，要加强督查。');
    assert.deepEqual(findings(text).map((f) => `${f.rule}:${covered(text, f)}`), ['mixed-style:二是']);
    // Within the paragraph it is the inner series' slip of order.
    const inside = '首先，要坚持学习。一是学理论；三是学法规；二是学业务。';
    assert.deepEqual(findings(inside).map((f) => f.rule), ['sequence-order']);
  });

  it('a 第 member repeated or swapped over 一是 paragraphs under each 第 member stays in the 第 series, not a family slip', () => {
    const under = (third: string, fourth: string) =>
      draft('同志们：', '第一，整治形式主义。', '一是精简文件。', '二是规范督查。', `${third}，纠治官僚主义。`, '一是落实首问负责。', '二是大兴调研。', '第三，提升服务效能。', `${fourth}，为基层减负。`, '一是规范属地责任。', '二是精简台账。', '三是关爱干部。', '第五，严守廉洁底线。');
    assert.deepEqual(findings(under('第二', '第四')), []);
    // `第三` for `第二`: the 第 series skips a number, reported there; renumbering gives the draft back.
    const skipped = under('第三', '第四');
    assert.deepEqual(findings(skipped).map((f) => `${f.rule}@${f.range.start.line}`), ['sequence-gap@4']);
    assert.equal(applyEdits(skipped, renumberEdits(analyze(skipped).model)), under('第二', '第四'));
    // `第五` and `第四` swapped: an order slip of the 第 series, not `四是` typed in the other family.
    const swapped = under('第二', '第五').replace('第五，严守', '第四，严守');
    assert.deepEqual(findings(swapped).map((f) => `${f.rule}@${f.range.start.line}`), ['sequence-order@8']);
  });

  it('a series of 一要 nested in an 一是 series member is a series of its own, not its continuation', () => {
    const text = draft('同志们：', '要重点抓好三个方面工作。', '一是抓甲。内容。', '二是抓乙。要做到“两个坚持”：一要坚持质量；二要坚持安全。', '三是抓丙。内容。');
    assert.deepEqual(findings(text), []);
  });

  it('an 一是 series inside a 第二 paragraph, after a finished 一是 series, leaves the 第一/第二/第三 series whole', () => {
    const text = draft('一、体会', '一是深感使命光荣。', '二是深感责任重大。', '三是深感压力在肩。', '二、表态', '第一，坚决做到对党忠诚。', '第二，坚决做到担当作为。具体来讲，我将重点在三个方面下功夫：一是在产业发展上下功夫；二是在民生改善上下功夫；三是在基层治理上下功夫。', '第三，坚决做到清正廉洁。');
    assert.deepEqual(findings(text), []);
    const sameSection = text.replace('二、表态\n', '');
    assert.deepEqual(findings(sameSection).map((f) => f.rule), ['lone-item']);
  });

  it('a series nested in a member of another is not mixed', () => {
    const text = draft('首先，要统一思想。', '其次，要加强领导。一是建立机制；二是压实责任；三是强化考核。', '最后，要狠抓落实。');
    assert.deepEqual(findings(text), []);
  });
});

describe('series families', () => {
  const series = (text: string) => analyze(text).model.series.map((s) => s.members.map((m) => m.marker).join(''));
  it('recognises 一要/二要, 其一/其二 and 一方面/另一方面', () => {
    assert.deepEqual(series('一要统一思想，二要加强领导。'), ['一要二要']);
    assert.deepEqual(series('其一，统一思想；其二，加强领导。'), ['其一其二']);
    assert.deepEqual(series('我们一方面要加快发展，另一方面要保护环境。'), ['一方面另一方面']);
    assert.deepEqual(findings('我们一方面要加快发展，另一方面要保护环境。'), []);
  });

  it('does not take 一抓到底, 这一方面 or 从另一方面看 for members', () => {
    assert.deepEqual(series('对问题要一抓到底，这一方面我们有经验，从另一方面看也是如此。'), []);
  });

  it('`二是非法集资`, `三是非公有制` are members (是非 only in words like 是非曲直)', () => {
    const text = '当前主要问题：一是债务风险较高，二是非法集资问题仍有发生，三是非公有制企业融资难。';
    assert.deepEqual(series(text), ['一是二是三是']);
    assert.deepEqual(findings(text), []);
    assert.deepEqual(series('要明辨是非，分清是非曲直。'), []);
  });
});
