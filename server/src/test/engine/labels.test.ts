import * as assert from 'node:assert/strict';
import { analyze, buildOutline, renumberEdits, renumbersItemOn, type OutlineNode } from '../../engine';
import { applyEdits, draft, findings, messageOf } from '../helpers';

/** Numbered labels at line starts: cases, topics, stages, attachments. */
const BULLETIN = ['一、总体情况', '　　共受理信访件126件。', '二、典型案例', '案例一：城东片区油烟扰民问题', '1.基本情况。居民反映油烟扰民。', '2.处理结果。责令整改。', '案例二：工业园区异味扰民问题', '1.基本情况。居民反映异味。', '2.处理结果。立案查处。', '案例三：南湖大道夜间施工噪声问题', '1.基本情况。居民反映噪声。', '2.处理结果。调整工期。', '三、下步工作', '　　持续抓好整改。'];

function numbering(text: string): Array<[string, number]> {
  return findings(text).map((f) => [f.rule, f.range.start.line]);
}

describe('numbered labels (案例一：, 第一阶段, 附件1)', () => {
  it('leaves labels numbered in order alone, each kind in its own section', () => {
    assert.deepEqual(findings(draft(...BULLETIN)), []);
    // 案例一 again under another section begins anew.
    assert.deepEqual(findings(draft(...BULLETIN, '四、警示案例', '案例一：违规审批问题', '1.基本情况。', '2.处理结果。', '案例二：失职失责问题', '1.基本情况。', '2.处理结果。')), []);
  });

  it('flags a repeated, skipped or swapped label, in the words the label uses, and renumbering restores it', () => {
    const repeated = draft(...BULLETIN.map((l) => l.replace('案例三：', '案例二：')));
    assert.deepEqual(numbering(repeated), [['sequence-duplicate', 9]]);
    assert.equal(messageOf(findings(repeated)[0]!), '序号重复：“案例二”与上一项相同，此处应为“案例三”');
    assert.equal(applyEdits(repeated, renumberEdits(analyze(repeated).model, { at: { line: 9, character: 0 } })), draft(...BULLETIN));
    assert.deepEqual(numbering(draft(...BULLETIN.map((l) => l.replace('案例二：', '案例三：').replace('案例三：南湖', '案例四：南湖')))).map(([rule]) => rule), ['sequence-gap']);
    const stages = draft('一、实施步骤', '第一阶段：动员部署', '　　成立工作专班。', '第二阶段：集中整治', '　　开展专项整治。', '第四阶段：总结验收', '　　组织验收。', '二、工作要求', '　　加强领导。');
    assert.deepEqual(numbering(stages), [['sequence-gap', 5]]);
    assert.match(messageOf(findings(stages)[0]!), /此处应为“第三阶段”，却是“第四阶段”/);
  });

  it('reads a 政策问答\'s numbered questions (问1：……？) as labels: in the outline, and checked in order', () => {
    const qa = (third: string) => draft('一、支持对象', '问1：哪些企业可以享受支持？', '答：符合以下条件的企业。', '问2：个体工商户能否申报？', '答：不能。', `${third}：怎么申报？`, '答：网上申报。', '二、其他', '　　问一问群众的意见，再作调整。');
    assert.deepEqual(findings(qa('问3')), []);
    assert.deepEqual(buildOutline(analyze(qa('问3')).model)[0]!.children.map((n) => `${n.kind}:${n.name.slice(0, 3)}`), ['label:问1：', 'label:问2：', 'label:问3：']);
    assert.deepEqual(numbering(qa('问4')), [['sequence-gap', 5]]);
  });

  it('flags a repeated attachment label, but not a missing one (an attachment may be a file of its own)', () => {
    const body = ['关于开展技能大赛的通知', '各单位：', '　　一、比赛时间', '　　二、比赛地点', '', '附件：1.报名表', '　　　2.日程安排', '　　　3.参会回执', ''];
    const labelled = (...labels: string[]) => draft(...body, ...labels.flatMap((label, k) => [label, `附件标题${k + 1}`, '一、说明', '二、要求', '']));
    assert.deepEqual(findings(labelled('附件1', '附件3')), []);
    const repeated = labelled('附件1', '附件2', '附件2');
    assert.deepEqual(findings(repeated).map((f) => f.rule), ['sequence-duplicate']);
    assert.equal(messageOf(findings(repeated)[0]!), '附件标识重复：“附件2”与上一个附件相同，附件顺序号应与附件说明一致（GB/T 9704—2012 7.3.7）');
    // Each document of a compilation numbers its own attachments, after its own attachment note.
    const compiled = labelled('附件1', '附件3') + '\n' + labelled('附件1', '附件2');
    assert.deepEqual(findings(compiled), []);
    // As many labels as the note has items: renumbering gives each label its item's number, the repeat included.
    const all = labelled('附件1', '附件2', '附件2');
    assert.deepEqual(renumberEdits(analyze(all).model).map((e) => e.newText), ['3']);
    // Fewer (one sent as a file of its own): the labels keep their numbers, and a repeat's finding offers no renumbering.
    assert.deepEqual(renumberEdits(analyze(labelled('附件1', '附件3')).model), []);
    const fewer = analyze(labelled('附件1', '附件1'));
    const repeat = fewer.findings.find((f) => f.rule === 'sequence-duplicate')!;
    assert.equal(renumbersItemOn(fewer.model, repeat.range.start.line), false);
    assert.equal(renumbersItemOn(analyze(all).model, findings(all)[0]!.range.start.line), true);
  });

  it('reads a bracketed label whatever follows it, a run-in case with its colon, and a list set out again after an overview', () => {
    const bracketed = draft('一、典型案例', '【案例一】城东片区油烟扰民问题。居民反映……', '【案例三】工业园区异味扰民问题。居民反映……', '【案例二】南湖大道施工噪声问题。居民反映……', '二、下步工作');
    assert.deepEqual(numbering(bracketed).map(([rule]) => rule), ['sequence-order']);
    const runIn = draft('一、典型案例', '　　案例一：石门县交通运输局原局长韩德茂违规接受宴请、违规使用公车问题。2022年11月至2023年5月，韩德茂多次接受管理服务对象宴请。', '　　案例一：县住建局干部王某违规收受礼金问题。2023年春节期间，王某收受管理服务对象礼金。', '二、下步工作');
    assert.deepEqual(numbering(runIn), [['sequence-duplicate', 2]]);
    const overview = draft('一、学习专题', '专题一\t学习贯彻党的二十届三中全会精神', '专题二\t学习习近平经济思想', '专题三\t学习习近平法治思想', '专题一：学习贯彻党的二十届三中全会精神', '　　重点学习……', '专题二：学习习近平经济思想', '　　重点学习……', '专题三：学习习近平法治思想', '　　重点学习……', '二、学习要求');
    assert.deepEqual(findings(overview), []);
  });

  it('reads problems numbered on through the sections (问题3 under （一）, 问题4 under （二）) as one list, each with its own measures', () => {
    const block = (n: number) => [`问题${n}：某方面问题较为突出，需要整改。`, '整改措施：', '1.建立制度。', '2.加强督查。', '3.定期通报。', '责任领导：王振国'];
    const plan = draft('一、问题清单及整改措施', '（一）理论学习方面', ...block(1), ...block(2), '（二）作风建设方面', ...block(3), ...block(4), '二、工作要求', '正文。');
    assert.deepEqual(numbering(plan), []);
    // A problem skipped across the sections is a gap, not a list starting at 问题4.
    const skipped = plan.replace('问题3：', '问题4：').replace('问题4：某方面问题较为突出，需要整改。\n整改措施：\n1.建立制度。\n2.加强督查。\n3.定期通报。\n责任领导：王振国\n二、', '问题5：某方面问题较为突出，需要整改。\n整改措施：\n1.建立制度。\n2.加强督查。\n3.定期通报。\n责任领导：王振国\n二、');
    assert.deepEqual(numbering(skipped), [['sequence-gap', 15]]);
    // Measures swapped under a problem are that list's slip, not a list going on from the one above.
    assert.deepEqual(numbering(plan.replace('1.建立制度。\n2.加强督查。\n3.定期通报。\n责任领导：王振国\n问题2', '2.建立制度。\n1.加强督查。\n3.定期通报。\n责任领导：王振国\n问题2')).map(([rule]) => rule), ['sequence-order']);
  });

  it('reads a plan\'s boxes numbered through its chapters (专栏1 … 专栏3) as one list', () => {
    const plan = draft('第一章　发展基础', '正文。', '专栏1　主要指标', '指标表。', '第二章　重点任务', '正文。', '专栏2　重点工程', '工程表。', '第三章　保障措施', '正文。', '专栏3　重大改革', '改革表。');
    assert.deepEqual(numbering(plan), []);
    assert.deepEqual(numbering(plan.replace('专栏3', '专栏4')), [['sequence-gap', 10]]);
  });

  it('does not take a sentence or a lone label for a list', () => {
    assert.deepEqual(findings(draft('一、要求', '　　步骤一是成立专班，步骤二是开展排查。', '第三阶段　总结讲评', '1.总指挥讲评。', '2.宣布演练结束。', '二、保障')), []);
  });
});

describe('labels in the outline', () => {
  it('lists a plan\'s boxes and a rectification plan\'s problems under their sections, not the attachments\' labels', () => {
    const plan = draft('第一章　总体要求', '第一节　发展目标', '到2030年，主要指标如下。', '专栏1　“十五五”时期经济社会发展主要指标', '指标\t单位\t目标', '第二章　产业体系', '第一节　做强主导产业', '专栏2　现代化产业体系重大工程', '（一）先进制造业集群工程。', '附件', '', '重点项目表');
    const names = (nodes: readonly OutlineNode[], depth = 0): string[] => nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.kind}:${n.name}`, ...names(n.children, depth + 1)]);
    const outline = names(buildOutline(analyze(plan).model, { series: false }));
    assert.ok(outline.includes('    label:专栏1　“十五五”时期经济社会发展主要指标'), outline.join('\n'));
    assert.ok(outline.includes('    label:专栏2　现代化产业体系重大工程'), outline.join('\n'));
    assert.ok(!outline.some((line) => line.includes('label:附件')), outline.join('\n'));
    const rectification = draft('一、存在的问题及整改措施', '（一）政治建设方面', '问题1：学习贯彻不够深入。', '整改措施：', '1.建立第一议题制度。', '问题2：落实不到位。', '整改措施：', '1.开展专项督查。');
    const section = buildOutline(analyze(rectification).model, { series: false })[0]!.children[0]!;
    assert.deepEqual(section.children.map((n) => `${n.kind}:${n.name}`), ['label:问题1：学习贯彻不够深入', 'heading:1.建立第一议题制度', 'label:问题2：落实不到位', 'heading:1.开展专项督查']);
    // Its range is its line; the label itself is what the editor selects.
    assert.deepEqual(section.children[0]!.selectionRange, { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } });
  });
});
