import * as assert from 'node:assert/strict';
import { analyze, formatMessage, MESSAGES, parseDocument, renumberEdits } from '../../engine';
import { applyEdits, applyFix, covered, draft, findings, findingsOf, messageOf } from '../helpers';

const RULE = 'count-mismatch';

describe(RULE, () => {
  it('flags 讲三点意见 followed by four level-1 headings', () => {
    const text = draft('同志们：', '下面，我讲三点意见。', '一、甲', '二、乙', '三、丙', '四、丁');
    const [finding, ...rest] = findingsOf(text, RULE);
    assert.ok(finding);
    assert.equal(rest.length, 0);
    assert.equal(covered(text, finding), '讲三点意见');
    assert.equal(finding.severity, 'warning');
    assert.ok(messageOf(finding).includes('后文实有4项（“一、”至“四、”）'), messageOf(finding));
    // A quick fix makes the count what follows, offered, never applied by fix-all: an item may be what is missing.
    const [fix] = finding.fixes ?? [];
    assert.equal(formatMessage(MESSAGES, fix!.title, 'zh'), '改为“讲四点意见”');
    assert.equal(fix!.safe, false);
    assert.equal(applyFix(text, finding), text.replace('三点', '四点'));
    assert.equal(applyFix(draft('主要有以下3点：', '一是甲；二是乙。'), findingsOf(draft('主要有以下3点：', '一是甲；二是乙。'), RULE)[0]!), draft('主要有以下2点：', '一是甲；二是乙。'));
  });

  describe('a count in a heading', () => {
    it('is matched to the subheadings under it: `（二）用好三种方法` over `1.` `2.`', () => {
      const text = draft('一、重点任务', '（一）守牢“两条底线”', '第一，守牢粮食安全底线。', '第二，守牢不发生规模性返贫底线。', '（二）用好三种方法', '这几年，各村探索了不少好办法，要总结推广。', '1.用好“四议两公开”工作法。', '2.用好积分制管理办法。', '二、保障措施');
      const [finding, ...rest] = findingsOf(text, RULE);
      assert.equal(rest.length, 0);
      assert.equal(covered(text, finding!), '用好三种方法');
      assert.equal(messageOf(finding!), '标题称“用好三种方法”，其下实有2项（“1.”至“2.”），数量不一致');
      assert.equal(messageOf(finding!, 'en'), 'The heading says "用好三种方法", but 2 items follow under it ("1." to "2.").');
      assert.equal(applyFix(text, finding!), text.replace('用好三种方法', '用好两种方法'));
    });

    it('is matched to the series its section opens with: `三、强化保障，确保“三个到位”` over `一要`…`四要`', () => {
      const text = draft('一、提高站位', '要认清形势。', '二、突出重点', '要抓住关键。', '三、强化保障，确保“三个到位”', '一要组织领导到位。', '二要投入保障到位。', '三要督导考核到位。', '四要宣传引导到位。');
      assert.deepEqual(findingsOf(text, RULE).map((f) => `${covered(text, f)} ${messageOf(f)}`), ['确保“三个到位” 标题称“确保‘三个到位’”，其下实有4项（“一要”至“四要”），数量不一致']);
      // Run in: the series on the heading's own line.
      const runIn = draft('（一）转变作风，做到“四个坚持”。一是坚持实事求是，二是坚持群众路线，三是坚持真抓实干。');
      assert.equal(findingsOf(runIn, RULE).length, 1);
    });

    it('is quiet when the items match, and for set phrases, tallies, two counts and sentences', () => {
      const quiet = [
        draft('一、清醒认识形势，把握好三个关系', '（一）发展与安全', '（二）当前与长远', '（三）整体与重点'),
        // The Party's formulas count no list of the section.
        draft('一、深入学习贯彻“两个确立”', '一是在学深悟透上下功夫，二是在融会贯通上下功夫，三是在学以致用上下功夫。'),
        draft('（一）严肃整治违反中央八项规定精神问题', '1.整治公款吃喝。', '2.整治违规收送礼品。'),
        // A tally in brackets, a fact stated in a sentence taken as a title, two counts in one title.
        draft('一、已竣工项目（9个）', '1.甲', '2.乙'),
        draft('（1）县安委会组成5个检查组，由县领导带队，深入一线开展检查', '1.甲', '2.乙'),
        draft('二、围绕三大目标，推进五项改革', '（一）甲', '（二）乙'),
        draft('（三）实施三年行动', '1.甲', '2.乙'),
        // Nothing countable under it: no check.
        draft('二、建强三支队伍', '要建强干部队伍、人才队伍和社工队伍。'),
        // A quantity in digits; items named in a line of the lead; a list that groups them (ten over three).
        draft('（一）建成3个省级示范区', '一是完善规划，二是加大投入。'),
        draft('（三）建立“三张清单”', '建立问题清单、任务清单、责任清单，实行销号管理。', '一是明确责任，二是定期调度。'),
        draft('第三章　实施十大工程', '第一节　产业类工程', '第二节　民生类工程', '第三节　生态类工程'),
        draft('（二）用好监督执纪“四种形态”', '一是抓早抓小，二是严管厚爱。'),
      ];
      for (const text of quiet) assert.deepEqual(findingsOf(text, RULE), [], text);
    });

    it('leaves the list to a count in its section that speaks of it: reported once, at the nearer count', () => {
      const text = draft('一、清醒认识形势，把握好三个关系', '具体来说，要把握好以下三个方面：', '（一）发展与安全', '（二）当前与长远');
      assert.deepEqual(findingsOf(text, RULE).map((f) => covered(text, f)), ['以下三个方面']);
      assert.equal(findingsOf(text, RULE)[0]!.range.start.line, 1);
      // `要做到四个“一律”：一是……` inside `（二）压实部门监管责任`: no count in the title, the sentence's own.
      assert.deepEqual(findingsOf(draft('（二）压实部门监管责任', '要做到“四个一律”：一是重大隐患一律挂牌督办；二是拒不整改一律停产整顿；三是造成事故一律严肃追责；四是失职失责一律问责。'), RULE), []);
    });

    it('reads a title whose parts a full-width space divides (`第八章　实施“六大行动”　增进民生福祉`)', () => {
      const text = draft('第八章　实施“六大行动”　增进民生福祉', '第一节　就业行动', '第二节　教育行动', '第三节　健康行动', '第四节　养老行动', '第五节　住房行动');
      assert.deepEqual(findingsOf(text, RULE).map((f) => covered(text, f)), ['实施“六大行动”']);
    });

    it('reads past a lead paragraph of any length to the series opening the next one', () => {
      const text = draft('二、聚焦“两个重点”，坚决遏制较大事故', '今年要把有限的监管力量用在刀刃上，集中整治事故易发多发的行业领域，以重点突破带动整体提升，坚决遏制较大事故发生。', '第一，聚焦道路交通安全。', '第二，聚焦危险化学品安全。', '第三，聚焦消防安全。');
      assert.deepEqual(findingsOf(text, RULE).map((f) => covered(text, f)), ['聚焦“两个重点”']);
    });

    it('is not read in the articles of a regulation (`第十条　……5个工作日内`)', () => {
      const rules = draft('第一章　总则', '第一条　为了规范管理，制定本办法。', '第二条　本办法适用于本市。', '第三条　主管部门应当自受理之日起5个工作日内作出决定：', '（一）符合条件的，予以批准；', '（二）不符合条件的，不予批准。', '第四条　本办法自公布之日起施行。', '第五条　本办法由市政府负责解释。');
      assert.deepEqual(findingsOf(rules, RULE), []);
    });
  });

  it('counts the items numbered on through the sections (`抓好以下12项工作：` over `一、`…`四、` with `1.`–`12.`)', () => {
    const items = (from: number) => [from, from + 1, from + 2].map((n) => `${n}.工作${n}。`);
    const points = draft('2025年重点工作要点', '今年要抓好以下12项工作：', '一、甲', ...items(1), '二、乙', ...items(4), '三、丙', ...items(7), '四、丁', ...items(10));
    assert.deepEqual(findingsOf(points, RULE), []);
    assert.equal(findingsOf(points.replace('12项', '13项'), RULE).length, 1);
    // An item lost from the run: the count is held to the run (11 items), not to the four parts.
    const lost = points.replace('\n5.工作5。', '').replace(/\n([6-9]|1[0-2])\.工作/g, (_m, n: string) => `\n${Number(n) - 1}.工作`);
    const found = findingsOf(lost, RULE);
    assert.equal(found.length, 1);
    assert.ok(messageOf(found[0]!).startsWith('前文称“抓好以下12项工作”，后文实有11项'), messageOf(found[0]!));
  });

  it('reads an article\'s `应当具备以下三个条件：` over its items', () => {
    const text = draft('第一条　为规范议事程序，制定本规则。', '第二条　提交审议的议题应当具备以下三个条件：', '（一）议题材料齐全；', '（二）已征求相关部门意见；', '（三）已依法进行公示；', '（四）专家论证意见明确。', '第三条　本规则自印发之日起施行。');
    assert.deepEqual(findingsOf(text, RULE).map((f) => covered(text, f)), ['以下三个条件']);
  });

  it('reads `做到四个“一律”：` (the name quoted after 个) before its series', () => {
    const text = draft('要做到四个“一律”：一是重大隐患一律挂牌督办，二是拒不整改一律停产整顿，三是造成事故一律严肃追责。');
    assert.deepEqual(findingsOf(text, RULE).map((f) => covered(text, f)), ['做到四个“一律”']);
  });

  it('checks the items counted after the parts (`以下五个方面18项工作`) against the items numbered on through the parts', () => {
    const items = (from: number, n: number) => Array.from({ length: n }, (_, i) => `${from + i}.工作${from + i}。`);
    const points = draft('2025年工作要点', '今年重点抓好以下三个方面8项工作。', '一、甲', ...items(1, 3), '二、乙', ...items(4, 3), '三、丙', ...items(7, 2));
    assert.deepEqual(findingsOf(points, RULE), []);
    // An item added: the second count is wrong, and renumbering corrects it with the numbers.
    const added = points.replace('\n5.工作5。', '\n5.工作5。\n5.新增工作。');
    assert.deepEqual(findingsOf(added, RULE).map((f) => messageOf(f)), ['前文称“8项工作”，后文实有9项（“1.”至“8.”），数量不一致']);
    const renumbered = applyEdits(added, renumberEdits(parseDocument(added)));
    assert.ok(renumbered.includes('以下三个方面9项工作'), renumbered);
    // Items numbered anew in each part: the second count is not compared with the parts.
    const anew = draft('今年重点抓好以下三个方面8项工作。', '一、甲', ...items(1, 3), '二、乙', ...items(1, 3), '三、丙', ...items(1, 2));
    assert.deepEqual(findingsOf(anew, RULE), []);
  });

  it('counts a 纪要\'s topics (`会议研究了以下四个议题：` over `议题一：`…; `会议研究了四项议题。` over `一、`…)', () => {
    const topics = draft('会议研究了以下四个议题：', '议题一：甲', '乙。', '议题二：丙', '丁。', '议题三：戊', '己。');
    assert.deepEqual(findingsOf(topics, RULE).map((f) => messageOf(f)), ['前文称“以下四个议题”，后文实有3项（“议题一”至“议题三”），数量不一致']);
    assert.deepEqual(findingsOf(topics.replace('四个', '三个'), RULE), []);
    const parts = draft('会议研究了四项议题。现纪要如下。', '一、甲', '乙。', '二、丙', '丁。', '三、戊', '己。');
    assert.deepEqual(findingsOf(parts, RULE).map((f) => covered(parts, f)), ['研究了四项议题']);
    assert.deepEqual(findingsOf(parts.replace('四项', '三项'), RULE), []);
    // `研究了五个事项。现将……纪要如下。`: the topics recorded after it, colon or not; not a tally (`共研究了`).
    const matters = draft('会议听取了有关部门汇报，研究了四个事项。现将会议议定事项纪要如下。', '一、甲', '乙。', '二、丙', '丁。', '三、戊', '己。');
    assert.deepEqual(findingsOf(matters, RULE).map((f) => covered(matters, f)), ['研究了四个事项']);
    assert.deepEqual(findingsOf(matters.replace('四个', '三个'), RULE), []);
    assert.deepEqual(findingsOf(matters.replace('研究了四个事项', '共研究了十二个事项'), RULE), []);
  });

  it('reads cases leading to a clause before the colon (`有下列三种情形之一的，不得配备更新公务用车：`)', () => {
    const text = draft('第八条　有下列三种情形之一的，不得配备更新公务用车：', '（一）超出编制配备的；', '（二）超出标准配备的；', '（三）未达到更新年限的；', '（四）未列入年度计划的。', '第九条　公务用车实行年度计划管理。');
    assert.deepEqual(findingsOf(text, RULE).map((f) => covered(text, f)), ['有下列三种情形之一的']);
    assert.deepEqual(findingsOf(text.replace('三种', '四种'), RULE), []);
  });

  it('reads kinds listed after a colon (`资金分为以下三类：`, `有下列三种情形之一的：`)', () => {
    const kinds = draft('一、总体要求', '资金分为以下三类：', '（一）子。', '（二）丑。', '（三）寅。', '（四）卯。', '二、其他');
    assert.deepEqual(findingsOf(kinds, RULE).map((f) => messageOf(f)), ['前文称“分为以下三类”，后文实有4项（“（一）”至“（四）”），数量不一致']);
    assert.deepEqual(findingsOf(draft('第十条　有下列三种情形之一的：', '（一）子；', '（二）丑；', '（三）寅。'), RULE), []);
    // Not a kind named in passing: `这三类企业`, `一种精神`, `各类主体`.
    assert.deepEqual(findingsOf(draft('要扶持这三类企业发展。', '（一）子。', '（二）丑。'), RULE), []);
  });

  it('counts Markdown bullets after a count, not the bullets nested in them', () => {
    const md = ['## 一、主要做法', '', '重点做好三项工作：', '', '- 推进数据共享；', '  - 建立共享目录', '  - 完善交换平台', '- 强化安全保障；', '', '下一步，我们将继续努力。', ''].join('\n');
    const found = analyze(md, undefined, 'markdown').findings.filter((f) => f.rule === RULE);
    assert.deepEqual(found.map((f) => messageOf(f)), ['前文称“做好三项工作”，后文实有2项（“- 推进数据共享”至“- 强化安全保障”），数量不一致']);
    const right = md.replace('- 强化安全保障；', '- 强化安全保障；\n- 完善考核机制。');
    assert.deepEqual(analyze(right, undefined, 'markdown').findings.filter((f) => f.rule === RULE), []);
    // A tally of one list in two counts (`已完成4项、正在推进2项：`) is none.
    const tally = ['会议议定的6项事项中，已完成4项、正在推进2项：', '', '- [x] 出台若干措施', '- [x] 启动改造工程', '- [x] 完成集中开工', '- [x] 印发实施方案', '- [ ] 优化公交线网', '- [ ] 建设信用平台', ''].join('\n');
    assert.deepEqual(analyze(tally, undefined, 'markdown').findings.filter((f) => f.rule === RULE), []);
    // A heading's count over its bullets, a lead paragraph of any length between them.
    const lead = '各单位要高度重视，认真落实防汛责任制，切实做好各项准备工作，确保安全度汛。当前已进入主汛期，降雨偏多，形势严峻，必须提前谋划。';
    const heading = ['## 一、做好三项准备', '', lead, '', '- 物资准备到位。', '- 人员准备到位。', '', '## 二、加强值班值守', '', '严格执行24小时值班制度。', ''].join('\n');
    const counted = analyze(heading, undefined, 'markdown').findings.filter((f) => f.rule === RULE);
    assert.deepEqual(counted.map((f) => messageOf(f)), ['标题称“做好三项准备”，其下实有2项（“- 物资准备到位”至“- 人员准备到位”），数量不一致']);
    assert.deepEqual(analyze(heading.replace('- 人员准备到位。', '- 人员准备到位。\n- 预案准备到位。'), undefined, 'markdown').findings.filter((f) => f.rule === RULE), []);
  });

  it('flags 以下三个方面 followed by （一）…（四）', () => {
    const text = draft('一、重点任务', '重点抓好以下三个方面：', '（一）甲', '（二）乙', '（三）丙', '（四）丁', '二、保障措施');
    const [finding] = findingsOf(text, RULE);
    assert.ok(finding);
    assert.equal(covered(text, finding), '以下三个方面');
  });

  it('reads counts of parts, steps and groups (四部分内容, 三个步骤, 6个工作组), but not an ordinal (第三个方面)', () => {
    { const text = draft('党课主要包括四部分内容：一是理论；二是历史；三是实践。'); assert.deepEqual(findingsOf(text, RULE).map((f) => covered(text, f)), ['四部分内容']); }
    assert.equal(findingsOf(draft('一、组织机构', '领导小组下设6个工作组：', '（一）综合组', '（二）宣传组', '（三）保障组', '（四）安保组', '（五）医疗组', '二、工作要求'), RULE).length, 1);
    assert.equal(findingsOf(draft('一、实施步骤', '工作分三个步骤：', '1.动员部署', '2.组织实施', '二、工作要求'), RULE).length, 1);
    assert.deepEqual(findingsOf(draft('报告分为四个部分：一是甲；二是乙；三是丙；四是丁。'), RULE), []);
    assert.deepEqual(findingsOf(draft('第三个方面：加强组织领导。一是健全机构，二是压实责任。'), RULE), []);
  });

  it('reads past one short bridging paragraph after a count that ends its own (在讲之前，先说一下情况。), but no further', () => {
    const spoken = draft('各位：', '主要讲四个方面。', '', '在讲之前，先说一下情况。', '', '第一个方面，形势。', '', '第二个方面，服务。', '', '第三个方面，信心。');
    assert.deepEqual(findingsOf(spoken, RULE).map((f) => covered(spoken, f)), ['讲四个方面']);
    const long = spoken.replace('在讲之前，先说一下情况。', '在讲之前，先说一下今年以来全县经济运行的总体情况，总的看是稳中有进、稳中向好，但也面临不少困难和挑战。');
    assert.deepEqual(findingsOf(long, RULE), []);
  });

  it('in a speech\'s opening, reads past one paragraph on the occasion, however long, to the level-1 headings', () => {
    const occasion = '这次专题学习，市委精心安排了集中学习、专题辅导和交流研讨等环节，邀请省委党校专家作了辅导报告，大家收获很大。';
    const speech = (...sections: string[]) => draft('各位领导、同志们：', '根据会议安排，结合分管工作实际，我谈四点体会。', '', occasion, '', ...sections);
    assert.deepEqual(findingsOf(speech('一、深化认识', '二、狠抓落实', '三、改进作风', '四、提升能力'), RULE), []);
    assert.deepEqual(findingsOf(speech('一、深化认识', '二、狠抓落实', '三、改进作风'), RULE).map((f) => covered(speech('一、深化认识', '二、狠抓落实', '三、改进作风'), f)), ['谈四点体会']);
  });

  it('reads 我有三点体会。 and 作四个表态。 closing their sentence, the list after them', () => {
    assert.equal(findingsOf(draft('同志们：', '我有三点体会。', '一是深感使命光荣；二是深感责任重大。'), RULE).length, 1);
    assert.equal(findingsOf(draft('同志们：', '在这里，我作四个表态。', '第一，坚决做到对党忠诚。', '第二，坚决做到担当作为。', '第三，坚决做到清正廉洁。'), RULE).length, 1);
    assert.deepEqual(findingsOf(draft('同志们：', '我有三点体会。', '一是深感使命光荣；二是深感责任重大；三是深感压力在肩。'), RULE), []);
  });

  it('reads a verb before the colon (分四个阶段进行：) and a noun after a quoted count (做好新生入学“三个一”工作：)', () => {
    const stages = draft('一、实施步骤', '开学工作分四个阶段进行：', '（一）准备阶段', '（二）报到阶段', '（三）总结阶段', '二、工作要求');
    assert.deepEqual(findingsOf(stages, RULE).map((f) => covered(stages, f)), ['四个阶段']);
    const quoted = '要做好新生入学“三个一”工作：一是开好一次班会，二是上好一堂安全课。';
    assert.deepEqual(findingsOf(quoted, RULE).map((f) => covered(quoted, f)), ['做好新生入学“三个一”工作']);
    // Without a colon the quoted phrase names a programme: `做好“三个到位”工作，确保……`.
    assert.deepEqual(findingsOf('要做好“三个到位”工作，确保开学平稳。一是人员到位，二是物资到位。', RULE), []);
  });

  it('reads a count quoted with its noun after 项 (`重点抓好“三项工程”：`), but not the programme named without a colon', () => {
    const text = draft('（三）突出党建引领，助推乡村振兴。围绕目标，重点抓好“三项工程”：一是实施集体经济“清零消薄”工程，全部达到10万元以上；二是实施“党建+产业”工程，带动农户1860户。');
    assert.deepEqual(findingsOf(text, RULE).map((f) => `${covered(text, f)} ${messageOf(f)}`), ['抓好“三项工程” 前文称“抓好‘三项工程’”，后文实有2项（“一是”至“二是”），数量不一致']);
    assert.deepEqual(findingsOf('重点抓好“三项工程”，带动农户增收。一是实施消薄工程；二是实施产业工程。', RULE), []);
  });

  it('matches the announcement to the series that follows it', () => {
    assert.equal(findingsOf('我强调三点：一是加强领导，二是完善制度。', RULE).length, 1);
    assert.deepEqual(findingsOf('我强调两点：一是加强领导，二是完善制度。', RULE), []);
  });

  it('counts the list that follows in its own section, not the whole document', () => {
    const text = draft(
      '下面我讲两点意见。',
      '一、甲',
      '这里我强调三点：',
      '（一）子',
      '（二）丑',
      '（三）寅',
      '二、乙',
      '（一）卯',
      '（二）辰',
    );
    assert.deepEqual(findingsOf(text, RULE), []);
  });

  it('takes a quoted set phrase for an announcement only when a colon opens the list', () => {
    // “两个维护” names a principle; the three 是 that follow are a list of its own.
    const phrase = '坚定拥护“两个确立”、坚决做到“两个维护”。一是坚持理论武装。二是严守政治纪律。三是落实意识形态责任制。';
    assert.deepEqual(findingsOf(phrase, RULE), []);
    assert.deepEqual(findingsOf(draft('牢固树立“四个意识”。', '（一）甲', '（二）乙'), RULE), []);
    const [quoted] = findingsOf('要做到“两个坚持”：一是坚持甲；二是坚持乙；三是坚持丙。', RULE);
    assert.ok(quoted);
    // Quotes within the message's quotes are single (GB/T 15834-2011 4.8.3.3).
    assert.ok(messageOf(quoted).startsWith('前文称“做到‘两个坚持’”'), messageOf(quoted));
    assert.equal(findingsOf('要做到“两个坚持”，即：一是坚持甲；二是坚持乙；三是坚持丙。', RULE).length, 1);
  });

  it('says so plainly when only one item follows', () => {
    const [finding] = findingsOf(draft('这里我强调三点：', '（一）加强领导', '一、乙'), RULE);
    assert.ok(finding);
    assert.equal(messageOf(finding), '前文称“强调三点”，后文只有“（一）”一项，数量不一致');
    assert.equal(messageOf(finding, 'en'), 'The text announces "强调三点", but only "（一）" follows.');
  });

  it('accepts Arabic digits and 两', () => {
    assert.deepEqual(findingsOf(draft('讲2点意见：', '一、甲', '二、乙'), RULE), []);
    assert.equal(findingsOf(draft('讲2点意见：', '一、甲', '二、乙', '三、丙'), RULE).length, 1);
  });

  it('ignores 讲一点 (a little) and announcements with nothing after them', () => {
    assert.deepEqual(findingsOf(draft('我再讲一点。', '一、甲', '二、乙'), RULE), []);
    assert.deepEqual(findingsOf('最后我讲三点意见，请大家会后认真学习。', RULE), []);
  });

  for (const [announcement, list] of [
    ['我谈三点体会：', '一是甲；二是乙。'],
    ['今年要抓好三项工作：', '一是甲；二是乙。'],
    ['要做到“三个坚持”：', '一是坚持甲；二是坚持乙。'],
    ['重点把握三个方面：', '一是甲；二是乙。'],
    ['主要有以下3点：', '一是甲；二是乙。'],
    ['会议共有三项议程：', '一是甲；二是乙。'],
    ['现从三个方面报告如下。', '一是甲；二是乙。'],
    ['继续办好三件民生实事：', '一是甲；二是乙。'],
    ['主要内容可以概括为“三个着力”。', '一是甲；二是乙。'],
  ] as const) {
    it(`flags ${announcement} followed by two`, () => {
      const text = draft(announcement, list);
      const [finding] = findingsOf(text, RULE);
      assert.ok(finding, announcement);
      assert.equal(finding.range.start.line, 0);
      assert.deepEqual(findingsOf(draft(announcement, list.replace('。', '；三是丙。')), RULE), []);
    });
  }

  it('a programme\'s name (集中办好十件民生实事，总投资……) announces nothing; its items right after it do', () => {
    assert.deepEqual(findingsOf(draft('今年，市政府将集中办好十件民生实事，总投资46.8亿元。首先，要稳住就业；其次，要办好教育；最后，要守护健康。'), RULE), []);
    assert.equal(findingsOf('继续办好三件民生实事。一是甲；二是乙。', RULE).length, 1);
  });

  it('a tally of what was done (共明确10项措施, 全面完成23项重点工作) announces nothing', () => {
    assert.deepEqual(findingsOf(draft('针对查摆的问题，我逐条制定了整改清单，共明确10项措施。', '（一）甲', '（二）乙'), RULE), []);
    assert.deepEqual(findingsOf(draft('2024年度全面完成23项重点工作，各项指标好于预期。', '一、甲', '二、乙'), RULE), []);
    assert.deepEqual(findingsOf(draft('今年已完成18项改革任务。', '一、甲', '二、乙'), RULE), []);
    // Announced before a colon, the list is named all the same.
    assert.equal(findingsOf(draft('去年共完成以下三项重点工作：', '一是甲；二是乙。'), RULE).length, 1);
  });

  it('counts problems, suggestions, things and aspects a list is to name (4个方面问题：, 3条整改意见：, 两方面工作：, 三件事：, 三个特点。一是)', () => {
    for (const text of [
      '巡察组指出了4个方面问题：一是学习不深；二是责任不实；三是作风不严。',
      '巡察组提出了3条整改意见：一是加强学习；二是压实责任。',
      '下一步，着力做好两方面工作：一是稳增长；二是惠民生；三是防风险。',
      '今年重点抓好三件事：一是修路；二是建校。',
      '全市经济运行主要有三个特点。一是稳；二是进。',
      '我谈四点学习体会：第一，学理论；第二，学业务；第三，学法规。',
      '下面，我与大家交流四个方面的体会：一是学理论；二是学业务；三是学法规。',
      '我就四个方面谈谈认识：一是甲；二是乙；三是丙。',
      '主要有三点：（1）甲；（2）乙。',
      '主要有以下五项：一是甲；二是乙；三是丙。',
      '主要采取了以下五项措施：一是甲；二是乙；三是丙。',
      '主要有以下五项支持政策：一是甲；二是乙；三是丙。',
      '从问卷结果看，主要有五点发现：一是甲；二是乙；三是丙。',
    ]) {
      assert.equal(findingsOf(text, RULE).length, 1, text);
    }
    assert.match(messageOf(findingsOf('我谈四点学习体会：第一，学理论；第二，学业务；第三，学法规。', RULE)[0]!), /前文称“谈四点学习体会”/);
    assert.match(messageOf(findingsOf('下面我讲三个方面的体会：一是甲；二是乙。', RULE)[0]!), /前文称“讲三个方面的体会”/);
    // A tally, or a count of something named in passing, announces nothing.
    assert.deepEqual(findingsOf('今年共解决3个问题，其中一是资金问题得到解决。', RULE), []);
    assert.deepEqual(findingsOf('我们在三个方面取得突破，一是改革；二是开放。', RULE), []);
    // What a report raised (`提出5条整改意见。`) is no announcement of the plan's sections that follow.
    assert.deepEqual(findingsOf(draft('巡察组指出4个方面13个具体问题，提出5条整改意见。为抓好整改，制定本方案。', '一、总体要求', '二、主要问题', '三、整改措施', '四、保障措施'), RULE), []);
  });

  it('reads phrases and words announced and numbered (我讲四句话 / 第一句话是, 用四个词来概括 / 第一个词是, 第一点体会是，)', () => {
    const phrases = draft('我讲四句话。', '第一句话是：守初心。', '第二句话是：担使命。', '第三句话是：勇争先。');
    const [finding] = findingsOf(phrases, RULE);
    assert.ok(finding);
    assert.match(messageOf(finding), /后文实有3项（“第一句话”至“第三句话”）/);
    assert.deepEqual(findingsOf(phrases.replace('四句话', '三句话'), RULE), []);
    const words = '我的心情可以用四个词来概括。第一个词是感谢。第二个词是感动。第三个词是感恩。';
    assert.equal(findingsOf(words, RULE).length, 1);
    assert.deepEqual(findingsOf(words.replace('四个词', '三个词'), RULE), []);
    assert.equal(findingsOf(draft('我讲四点体会。', '第一点体会是，要学。', '第二点体会是，要用。', '第三点体会是，要干。'), RULE).length, 1);
    // A first phrase said in passing is no series: `开口第一句话是“你好”`.
    assert.deepEqual(findings(draft('一、甲', '他开口第一句话是“你好”。', '二、乙')), []);
  });

  it('counts the paragraphs opening with a dash (以下五点： over ——必须坚持……；)', () => {
    const text = draft('五年来的实践，使我们深刻体会到以下五点：', '——必须坚持党的领导；', '——必须坚持以人民为中心；', '', '——必须坚持改革创新；', '——必须坚持从严治党。', '首先，要提高认识。');
    const [finding] = findingsOf(text, RULE);
    assert.ok(finding);
    assert.equal(messageOf(finding), '前文称“以下五点”，后文实有4项（“——必须坚持党的领导”至“——必须坚持从严治党”），数量不一致');
    assert.deepEqual(findingsOf(text.replace('五点', '四点'), RULE), []);
    // A rule of dashes is no item.
    assert.deepEqual(findingsOf(draft('主要有以下三点：', '——————————', '正文。'), RULE), []);
  });

  it('a count whose items are named on its own line (用四个词来概括：建网、织格、聚力、赋能。) speaks of them, not of the headings that follow', () => {
    assert.deepEqual(findingsOf(draft('我们的做法，可以用四个词来概括：建网、织格、聚力、赋能。', '一、主要做法', '二、取得成效', '三、下步打算'), RULE), []);
  });

  it('matches a count of 议程 to the agenda a host steps through, paragraphs apart, whatever else is numbered between', () => {
    const script = (count: string) => draft(`大会共有${count}项议程。`, '首先，进行大会第一项议程：奏唱国歌。', '请坐下。', '下面进行大会第二项议程：宣读决定。', '现在进行第三项议程：颁奖。', '最后，进行大会第四项议程：领导讲话。');
    assert.deepEqual(findingsOf(script('四'), RULE), []);
    assert.match(messageOf(findingsOf(script('五'), RULE)[0]!), /前文称“共有五项议程”，后文实有4项（“第一项议程”至“第四项议程”）/);
    // With a colon and the items right after it, those are the list.
    assert.deepEqual(findingsOf(draft('今天的大会共有三项议程：一是宣读决定；二是颁奖；三是讲话。', '下面进行第一项议程。'), RULE), []);
  });

  it('reads 以下 N项 with the noun it counts, colon or not (必须遵循以下六项原则。 over ——坚持……)', () => {
    const text = draft('必须遵循以下六项原则。', '——坚持党的全面领导。', '——坚持以人民为中心。', '——坚持高质量发展。', '——坚持深化改革开放。', '——坚持系统观念。');
    assert.match(messageOf(findingsOf(text, RULE)[0]!), /前文称“以下六项原则”，后文实有5项/);
    assert.deepEqual(findingsOf(text.replace('六项', '五项'), RULE), []);
  });

  it('reads a count with no unit before its colon (原因有三：, 主要有二：)', () => {
    const text = draft('从调研情况看，问题主要有三：一是认识不到位；二是投入不足。');
    const [finding] = findingsOf(text, RULE);
    assert.ok(finding);
    assert.equal(covered(text, finding), '问题主要有三');
    assert.equal(applyFix(text, finding), text.replace('有三', '有二'));
    assert.equal(findingsOf(draft('究其原因，主要有三：', '一是甲。', '二是乙。'), RULE).length, 1);
    assert.deepEqual(findingsOf(draft('究其原因，主要有三：', '一是甲。', '二是乙。', '三是丙。'), RULE), []);
    // Not an ordinal (第三：), nor a count of one, nor a figure with digits.
    assert.deepEqual(findingsOf(draft('其主要做法有一：一是甲；二是乙。', '原因有3：一是甲。', '第三：一是甲；二是乙。'), RULE), []);
  });

  it('of two counts before one list, takes the nearer (从三个方面通报了……下面，我讲四点意见。)', () => {
    const text = draft('刚才，市应急管理局从三个方面通报了全市安全生产工作情况。下面，我讲四点意见。', '一、甲', '二、乙', '三、丙', '四、丁');
    assert.deepEqual(findingsOf(text, RULE), []);
    assert.equal(findingsOf(text.replace('四、丁', ''), RULE).length, 1);
  });

  it('two counts joined before one list (3项重点任务、15条具体措施：) announce nothing: the list may name either', () => {
    for (const lead of ['会议部署了3项重点任务、15条具体措施：', '方案明确了三大行动和十二项重点任务：']) {
      assert.deepEqual(findingsOf(draft(`${lead}一是稳投资；二是促消费；三是保民生。`), RULE), [], lead);
    }
    // One count alone still speaks of the list.
    assert.equal(findingsOf(draft('会议明确了15条具体措施：一是稳投资；二是促消费；三是保民生。'), RULE).length, 1);
  });

  it('reads a 纪要\'s `会议议定以下三个事项：` over its （一） to （四）', () => {
    const minutes = draft('一、传达学习有关会议精神', '会议传达了全市安全生产工作会议精神。', '二、研究城东学校建设项目有关事项', '会议议定以下三个事项：', '（一）项目建设资金由县财政统筹安排。', '（二）县自然资源局要在5月底前完成用地报批。', '（三）县住房城乡建设局要加强质量安全监管。', '（四）项目力争于2025年6月开工建设。', '三、研究防汛备汛工作', '会议要求各乡镇落实防汛责任人。');
    assert.deepEqual(analyze(minutes).findings.map((f) => `${f.rule}:${covered(minutes, f)}`), ['count-mismatch:以下三个事项']);
    assert.deepEqual(analyze(minutes.replace('三个事项', '四个事项')).findings, []);
  });

  it('counts a quoted count of 张 after 打造 (打造“三张名片”：一是……二是……)', () => {
    const text = draft('同志们：', '　　我们全力打造“三张名片”：一是打响生态茶园名片；二是打响茶旅融合名片。');
    assert.deepEqual(analyze(text).findings.map((f) => `${f.rule}:${covered(text, f)}`), ['count-mismatch:打造“三张名片”']);
    assert.deepEqual(analyze(text.replace('三张', '两张')).findings, []);
  });

  it('counts aspects whose sentence says they follow (针对……五个方面问题，……制定整改措施如下。)', () => {
    const plan = draft('一、整改措施', '　　针对巡察反馈的五个方面问题，局党组逐条研究，制定整改措施如下。', '（一）理论学习方面', '　　正文。', '（二）党建工作方面', '　　正文。', '（三）作风建设方面', '　　正文。', '（四）廉政建设方面', '　　正文。', '二、保障措施', '　　正文。');
    assert.deepEqual(analyze(plan).findings.map((f) => `${f.rule}:${covered(plan, f)}`), ['count-mismatch:五个方面']);
    assert.deepEqual(analyze(plan.replace('五个方面', '四个方面')).findings, []);
  });

  it('counts what a 纪要 says the meeting laid out (研究部署了四项工作。现将……纪要如下：), the 不足 and 责任 of so many 方面, not work done in passing', () => {
    const minutes = draft('青川县人民政府常务会议纪要', '会议听取了有关部门的汇报，研究部署了四项工作。现将会议议定事项纪要如下：', '一、关于经济运行', '会议要求稳住工业。', '二、关于防汛', '会议要求压实责任。', '三、关于教育', '会议要求办好学校。', '四、关于安全', '会议要求排查隐患。', '五、关于环境', '会议要求治理污水。');
    assert.deepEqual(analyze(minutes).findings.map((f) => `${f.rule}:${covered(minutes, f)}`), ['count-mismatch:研究部署了四项工作']);
    assert.deepEqual(analyze(minutes.replace('四项工作', '五项工作')).findings, []);
    const passing = draft('一、工作回顾', '　　今年已部署了四项工作，均已完成，下面重点汇报成效。', '（一）经济运行平稳', '（二）民生持续改善', '（三）生态不断向好', '二、下步打算', '　　继续努力。');
    assert.deepEqual(analyze(passing).findings, []);
    const shortfalls = draft('同志们：', '　　回顾一年来的工作，还存在三个方面的不足：', '　　第一，学习不够深入。', '　　第二，调研不够扎实。', '　　第二，创新不够有力。', '　　第三，作风不够过硬。');
    assert.deepEqual(analyze(shortfalls).findings.map((f) => `${f.rule}@${f.range.start.line}`), ['count-mismatch@1', 'sequence-duplicate@4']);
    const duties = draft('同志们：', '　　要按照“党政同责、一岗双责”的要求，着力压实三个方面的责任。', '　　一是压实党政领导责任。', '　　三是压实企业主体责任。');
    assert.deepEqual(analyze(duties).findings.map((f) => `${f.rule}@${f.range.start.line}`), ['count-mismatch@1', 'sequence-gap@3']);
  });

  it('counts 方面 of 突出问题, the 三项治理工程 实施了, and the parts 以下五个子系统 make up, as renumbering then brings them in line', () => {
    const problems = draft('一、存在问题', '　　从督导检查情况看，主要存在三个方面的突出问题。', '　　一是隐患排查不深不细。', '　　三是基层基础依然薄弱。', '　　这些问题要尽快解决。', '二、下步打算', '　　继续努力。');
    assert.deepEqual(analyze(problems).findings.map((f) => `${f.rule}@${f.range.start.line}`), ['count-mismatch@1', 'sequence-gap@3']);
    assert.equal(applyEdits(problems, renumberEdits(analyze(problems).model)), problems.replace('三个方面', '两个方面').replace('三是', '二是'));
    const works = (count: string) => draft('一、2024年工作回顾', `1.生态环境持续改善。全年重点实施了${count}项治理工程：`, '（1）蓝天保卫战。', '（2）碧水保卫战。', '（3）净土保卫战。', '（4）农村环境整治。', '2.民生事业全面进步。全年新增就业5000人。', '二、2025年工作安排', '　　继续努力。');
    assert.deepEqual(analyze(works('四')).findings, []);
    assert.deepEqual(analyze(works('三')).findings.map((f) => `${f.rule}@${f.range.start.line}`), ['count-mismatch@1']);
    const parts = (count: string) => draft('1 建设内容', `平台由以下${count}个子系统组成。`, '1.1 停车资源数据库', '正文。', '1.2 泊位感知系统', '正文。', '1.3 统一支付系统', '正文。', '2 实施步骤', '2.1 前期准备', '正文。', '2.2 集中建设', '正文。');
    assert.deepEqual(analyze(parts('三')).findings, []);
    assert.deepEqual(analyze(parts('五')).findings.map((f) => `${f.rule}@${f.range.start.line}`), ['count-mismatch@1']);
  });

  it('counts the in-text list that opens a clause\'s body after its title (`5.1　验收分为两个阶段：（1）……；（2）……`)', () => {
    const clause = (count: string) => draft('第五条　验收', `5.1　验收分为${count}个阶段：（1）合同设备到货后进行初步验收；（2）试运行30日后进行最终验收。`, '5.2　验收不合格的，乙方应在15日内整改。');
    assert.deepEqual(analyze(clause('两')).findings, []);
    const three = clause('三');
    assert.deepEqual(analyze(three).findings.map((f) => `${f.rule}:${covered(three, f)}`), ['count-mismatch:验收分为三个阶段']);
  });

  it('speaks only of a list that starts right after it', () => {
    const text = draft('去年我们完成了三项改革任务。', '今年的形势依然严峻。', '一、甲', '二、乙');
    assert.deepEqual(findingsOf(text, RULE), []);
  });

  describe('recaps (以上四点意见, 做好上述三项工作)', () => {
    const speech = (recap: string, sections = 3) =>
      draft('下面，我讲几点意见。', ...['一、甲', '二、乙', '三、丙', '四、丁'].slice(0, sections).flatMap((h) => [h, '要抓好落实。']), recap);

    it('flags a speech\'s closing recap that counts one section more than there are', () => {
      const text = speech('同志们，以上四点意见，请大家认真抓好落实。');
      const [finding, ...rest] = findingsOf(text, RULE);
      assert.ok(finding);
      assert.equal(rest.length, 0);
      assert.equal(covered(text, finding), '以上四点意见');
      assert.equal(messageOf(finding), '此处称“以上四点意见”，前文实有3项（“一、”至“三、”），数量不一致');
      assert.equal(messageOf(finding, 'en'), 'The text sums up "以上四点意见", but 3 items precede it ("一、" to "三、").');
      assert.equal(finding.fixes?.[0]?.safe, false);
      assert.equal(applyFix(text, finding), text.replace('四点', '三点'));
    });

    it('reads the ways a recap is worded, and keeps quiet when the count is right', () => {
      for (const recap of ['以上我讲了三点意见，不妥之处请批评指正。', '以上就是我讲的三点意见。', '同志们，以上三个方面，请认真抓好落实。', '以上，我讲了三个方面的意见。', '做好上述三项工作，关键在于落实。', '前面讲的三点，归结起来就是抓落实。']) {
        assert.deepEqual(findingsOf(speech(recap), RULE), [], recap);
        assert.equal(findingsOf(speech(recap, 4), RULE).length, 1, recap);
      }
    });

    it('holds a recap that repeats the opening\'s words (`讲三点意见` … `以上三点意见`) to the parts, not to the last part\'s items', () => {
      const parts = (n: number) => ['一、甲', '二、乙', '三、丙', '四、丁'].slice(0, n).flatMap((h) => [h, '要抓好落实。']);
      const text = draft('下面，我讲三点意见。', ...parts(4), '（一）子。', '（二）丑。', '（三）寅。', '同志们，以上三点意见，请抓好落实。');
      assert.deepEqual(findingsOf(text, RULE).map((f) => covered(text, f)), ['讲三点意见', '以上三点意见']);
      const renumbered = applyEdits(text, renumberEdits(parseDocument(text)));
      assert.ok(renumbered.startsWith('下面，我讲四点意见。') && renumbered.includes('以上四点意见'), renumbered);
    });

    it('matches a recap to the series it sums up at the end of a section', () => {
      const text = draft('一、甲', '正文。', '二、强化责任担当', '第一，压紧压实责任。', '第二，持续改进作风。', '第三，严格督查考核。', '以上四点要求，请结合实际抓好落实。');
      const [finding] = findingsOf(text, RULE);
      assert.ok(finding);
      assert.match(messageOf(finding), /前文实有3项（“第一”至“第三”）/);
      assert.deepEqual(findingsOf(text.replace('以上四点', '以上三点'), RULE), []);
      // The same series in the same paragraph.
      assert.equal(findingsOf('一是抓学习；二是抓落实。以上三点要求，请认真落实。', RULE).length, 1);
      assert.deepEqual(findingsOf('一是抓学习；二是抓落实。以上两点要求，请认真落实。', RULE), []);
    });

    it('reads a closing recap after the speaker turns to the audience and says one sentence (同志们，……。以上三点意见)', () => {
      const text = draft('下面，我讲四点意见。', '一、甲', '要抓好落实。', '二、乙', '要抓好落实。', '三、丙', '要抓好落实。', '四、丁', '第一，要加强组织领导。第二，要强化督查问效。第三，要营造良好氛围。', '同志们，优化营商环境只有进行时，没有完成时。以上三点意见，请大家结合实际抓好贯彻落实。');
      const found = findingsOf(text, RULE);
      assert.deepEqual(found.map((f) => covered(text, f)), ['以上三点意见']);
      assert.match(messageOf(found[0]!), /前文实有4项（“一、”至“四、”）/);
      assert.deepEqual(findingsOf(text.replace('以上三点', '以上四点'), RULE), []);
      // Deep in a paragraph that does not address the audience, the recap sums up the sentences before it.
      assert.deepEqual(findingsOf(text.replace('同志们，优化营商环境', '全区上下优化营商环境'), RULE), []);
    });

    it('matches a recap to bare items right before it', () => {
      const text = draft('二、保障措施', '1.加强领导。', '2.强化保障。', '3.严格考核。', '以上四项措施，由办公室牵头落实。');
      assert.equal(findingsOf(text, RULE).length, 1);
      assert.deepEqual(findingsOf(text.replace('以上四项', '以上三项'), RULE), []);
    });

    it('holds a speaker\'s closing recap (以上我讲了, 以上就是我今天讲的) to the speech\'s parts, and names the list that ended last otherwise', () => {
      // The last part's series of four does not bear out `以上我讲了四点意见` after three parts.
      const closing = draft('一、甲', '正文。', '二、乙', '正文。', '三、丙', '第一，子。', '第二，丑。', '第三，寅。', '第四，卯。', '同志们，以上我讲了四点意见。');
      const [finding] = findingsOf(closing, RULE);
      assert.ok(finding);
      assert.match(messageOf(finding), /前文实有3项（“一、”至“三、”）/);
      assert.equal(findingsOf(closing.replace('同志们，以上我讲了四点意见', '同志们，以上就是我今天讲的四点意见'), RULE).length, 1);
      // Not what the speaker said (讲, 谈), even after `同志们，`: the series of four may be what it sums up.
      assert.deepEqual(findingsOf(closing.replace('同志们，以上我讲了四点意见', '以上四点要求'), RULE), []);
      assert.deepEqual(findingsOf(closing.replace('同志们，以上我讲了四点意见', '同志们，以上四点要求，请认真落实'), RULE), []);
      // Six suggestions under the last part, four parts: `上述五条建议` is reported against the suggestions.
      const report = draft('一、甲', '正文。', '二、乙', '正文。', '三、丙', '正文。', '四、对策建议', ...['（一）子', '（二）丑', '（三）寅', '（四）卯', '（五）辰', '（六）巳'].flatMap((h) => [h, '正文。']), '上述五条建议，供领导决策参考。');
      assert.match(messageOf(findingsOf(report, RULE)[0]!), /前文实有6项（“（一）”至“（六）”）/);
    });

    it('takes a recap after dash items, a table or a stated tally for one of them, and a recap leading on to what follows for a pointer back', () => {
      const sections = ['一、甲', '正文。', '二、乙', '正文。'];
      // Five `——` items right above: `以上五点体会`.
      assert.deepEqual(findingsOf(draft(...sections, '三、丙', '深刻体会到：', '——必须坚持甲；', '——必须坚持乙；', '——必须坚持丙；', '——必须坚持丁；', '——必须坚持戊。', '以上五点体会，是宝贵经验。'), RULE), []);
      assert.equal(findingsOf(draft(...sections, '三、丙', '深刻体会到：', '——必须坚持甲；', '——必须坚持乙；', '——必须坚持丙；', '——必须坚持丁。', '以上五点体会，是宝贵经验。'), RULE).length, 1);
      // A table's rows above it.
      assert.deepEqual(findingsOf(draft(...sections, '三、丙', '正文。', '序号　　任务　　牵头单位', '1　　甲　　办公室', '2　　乙　　财务科', '3　　丙　　人事科', '4　　丁　　法规科', '5　　戊　　信息科', '以上5项重点任务，由办公室牵头落实。'), RULE), []);
      // A tally stated before it: `指出了3个方面12个具体问题` … `上述12个问题中`.
      assert.deepEqual(findingsOf(draft('巡察组指出了3个方面12个具体问题。', ...sections, '三、丙', '正文。', '上述12个问题中，已完成整改10个。'), RULE), []);
      // Leading on to what follows, or with more than a closing paragraph or two after it: a pointer back.
      assert.deepEqual(findingsOf(draft(...sections, '三、丙', '正文。', '针对上述五个方面的问题，我将重点在以下三个方面下功夫：', '一是甲。', '二是乙。', '三是丙。'), RULE), []);
      assert.deepEqual(findingsOf(draft(...sections, '三、丙', '正文。', '做好上述五项工作，要把握好几点。', '要甲。', '要乙。', '要丙。', '要丁。'), RULE), []);
    });

    it('reads a recap after one short sentence of its paragraph, and reports a closing to the audience against the parts', () => {
      const text = draft('一、甲', '正文。', '二、乙', '正文。', '三、丙', '第一句话是甲。', '第二句话是乙。', '第三句话是丙。', '同志们，防汛责任重于泰山。以上四点意见，请认真落实。');
      const [finding] = findingsOf(text, RULE);
      assert.ok(finding);
      assert.match(messageOf(finding), /前文实有3项（“一、”至“三、”）/);
      // Otherwise the list nearest its count: `以上八个方面` after seven sub-items whose last holds five steps.
      const report = draft('二、重点工作', ...['（一）甲', '（二）乙', '（三）丙', '（四）丁', '（五）戊', '（六）己'].flatMap((h) => [h, '正文。']), '（七）庚', '1.子', '2.丑', '3.寅', '4.卯', '5.辰', '正文。', '以上八个方面，要统筹推进。', '三、保障措施');
      assert.match(messageOf(findingsOf(report, RULE)[0]!), /前文实有7项（“（一）”至“（七）”）/);
      // After a long sentence, it sums up that paragraph.
      assert.deepEqual(findingsOf(text.replace('防汛责任重于泰山。', '防汛责任重于泰山，各级各部门要时刻绷紧防汛这根弦，一刻也不能放松。'), RULE), []);
    });

    it('reads the leads 以上就是我今天讲的, 以上这三点, 刚才我讲的', () => {
      const speech = draft('一、甲', '正文。', '二、乙', '正文。', '三、丙', '正文。', '同志们，以上就是我今天讲的四点意见。');
      assert.equal(findingsOf(speech, RULE).length, 1);
      assert.equal(findingsOf(speech.replace('以上就是我今天讲的四点意见', '刚才我讲的四点意见'), RULE).length, 1);
      assert.equal(findingsOf(draft('二、乙', '第一，甲。', '第二，乙。', '第三，丙。', '第四，丁。', '以上这三点要求，请落实。', '三、丙'), RULE).length, 1);
    });

    it('keeps quiet when any list that ends before the recap bears it out', () => {
      // Four sub-items of the last section, three sections: `以上四点` may speak of either.
      const text = draft('一、甲', '正文。', '二、乙', '正文。', '三、丙', '（一）子', '正文。', '（二）丑', '正文。', '（三）寅', '正文。', '（四）卯', '正文。', '以上四点要求，请认真落实。');
      assert.deepEqual(findingsOf(text, RULE), []);
    });

    it('does not take a recap for one of the list it stands in, or of something not numbered', () => {
      const plan = (line: string) => draft('一、总体要求', '正文。', '二、重点任务', '（一）甲', '（二）乙', '（三）丙', '（四）丁', '（五）戊', '三、保障措施', line);
      // At the start of a later section, or in the first paragraph under its heading: it speaks of an earlier list.
      assert.deepEqual(findingsOf(plan('为确保上述五项重点任务落到实处，各地要加强组织领导。'), RULE), []);
      assert.deepEqual(findingsOf(draft('一、甲', '正文。', '二、乙', '（一）子', '（二）丑', '（三）寅', '（四）卯', '（五）辰', '三、强化督查考核。将上述五项重点任务纳入年度考核。'), RULE), []);
      // Within the list's own section, before its items.
      assert.deepEqual(findingsOf(draft('一、重点任务', '要把上述五项工作抓紧抓实。', '（一）甲', '（二）乙'), RULE), []);
      // Unnumbered paragraphs; 以上 after an amount (or more); no count.
      assert.deepEqual(findingsOf(draft('一、基本情况', '正文。', '二、乙', '项目绩效奖励，涉及42人。', '年终加班补助，涉及38人。', '春节慰问补助，涉及42人。', '以上三项合计28.64万元。'), RULE), []);
      // Deep in a paragraph, a recap sums up what that paragraph listed, not the series above.
      assert.deepEqual(findingsOf(draft('二、乙', '一是甲；二是乙。', '每名学员要提交一篇心得，每个小组要提交一篇报告，全班还要组织一次考试。以上3项考核内容，分别计入成绩。'), RULE), []);
      // A count stated before it in its paragraph: `共提出了17个具体问题……对上述17个问题进行梳理`.
      assert.deepEqual(findingsOf(draft('二、乙', '主要集中在四个方面：一是甲；二是乙；三是丙；四是丁。会上共提出了17个具体问题，要对上述17个问题逐一梳理。'), RULE), []);
      // A series far above the recap, in paragraphs that went on to other things.
      assert.deepEqual(findingsOf(draft('二、乙', '一是甲；二是乙。', ...Array(9).fill('其他正文。'), '以上三点，请认真落实。'), RULE), []);
      assert.deepEqual(findingsOf(draft('一、甲', '正文。', '二、乙', '正文。', '县级以上三个部门联合检查，50万元以上两个项目另行审批。'), RULE), []);
    });
  });
});
