import * as assert from 'node:assert/strict';
import { covered, draft, findings, findingsOf, messageOf } from '../helpers';
import { analyze, DEFAULT_CONFIG } from '../../engine';

const findingsIn = (text: string, config: { finalMode: boolean }) => analyze(text, { ...DEFAULT_CONFIG, ...config }).findings;

/** [text, the span that must be flagged] from rules.md's placeholder table. */
const FLAGGED: Array<[string, string]> = [
  ['今年增长X%。', 'X'],
  ['比去年多了X个百分点。', 'X'],
  ['完成X亿元投资。', 'X'],
  ['由XX同志主持。', 'XX'],
  ['市委X书记指出。', 'X'],
  ['我们是XX高速沿线的县。', 'XX'],
  ['学习《XX》等文件。', 'XX'],
  ['XXX县人民政府', 'XXX'],
  ['××同志讲话', '××'],
  ['×××同志讲话', '×××'],
  ['Ｘ同志讲话', 'Ｘ'],
  ['20XX年工作总结', '20XX'],
  ['202X年工作要点', '202X'],
  ['会议定于X月X日召开。', 'X月X日'],
  ['航班计划XX:XX落地。', 'XX:XX'],
  ['会议定于xx月xx日召开。', 'xx月xx日'],
  ['依照第X条处理。', 'X'],
  ['联系人：____', '____'],
  ['联系人：＿＿', '＿＿'],
  ['联系人：***', '***'],
  ['签名：□□', '□□'],
  ['○○县人民政府', '○○'],
  ['全年完成【待补】。', '【待补】'],
  ['全年完成【请填写】。', '【请填写】'],
  ['全年完成[填写内容]。', '[填写内容]'],
  ['尊敬的{{姓名}}：', '{{姓名}}'],
  ['尊敬的${field}：', '${field}'],
  ['--书记讲话', '--'],
  // A code's characters left as X: four or more in a row are no real code's.
  ['统一社会信用代码：91510802MAXXXXXXXX', 'XXXXXXXX'],
  ['--副县长讲话', '--'],
  ['－－书记讲话', '－－'],
  // A title that leaves its own subject open is a template's, not a published one.
  ['按照《××县综合治理方案》执行。', '××'],
  ['印发《关于××的通知》。', '××'],
  // Fields named in brackets of any kind, as downloaded templates write them.
  ['【单位名称】20XX年度表彰大会主持词', '【单位名称】'],
  // A 【】 inside a sentence stands where words go, whatever it names.
  ['已形成以【主导产业一】、【主导产业二】为主导的产业体系。', '【主导产业一】'],
  ['深入践行“【校训】”精神。', '【校训】'],
  ['本招标项目已由【项目审批、核准或备案机关名称】批准建设。', '【项目审批、核准或备案机关名称】'],
  // A letter N for a count, as samples write it.
  ['应到人数：N人　　实到人数：30人', 'N'],
  ['同意N票，反对0票。', 'N'],
  ['放射科应配备个人剂量报警仪N台。', 'N'],
  // An ellipsis that is all a clause says: the sample left its content out.
  ['会议认为，……。会议强调，要抓好落实。', '……'],
  ['一是部分企业主体责任落实不到位；二是……；三是监管力量薄弱。', '……'],
  ['会议同意安排资金，用于……。', '……'],
  ['主要不足：……', '……'],
  // On a line with a policy's formula (`1+X证书`), a figure's X is still a blank.
  ['我们与12所高校共建“1+X证书”实训基地，毕业生就业率提高X个百分点。', 'X'],
  ['请副局长[姓名]同志宣读。', '[姓名]'],
  ['地点：[会议地点]', '[会议地点]'],
  ['关于申请{项目名称}建设资金的请示', '{项目名称}'],
  ['<主送机关>：', '<主送机关>'],
  ['该项目位于‹项目地点>，主要建设内容包括。', '‹项目地点>'],
  ['成立由〈牵头单位〉牵头的工作专班。', '〈牵头单位〉'],
  ['关于【倡议主题】的倡议书', '【倡议主题】'],
  // Other fillers: full-width stars, triangles, the numeral zero as a circle, two underscores before a date's unit.
  ['请＊＊同志讲话。', '＊＊'],
  ['记录：△△△', '△△△'],
  ['市委组织部副部长〇〇〇同志', '〇〇〇'],
  ['本人自2023年__月起担任副局长。', '__'],
  ['同比增长……%。', '……'],
  ['授予某单位等（　　）个集体“先进集体”称号。', '（　　）'],
  ['单击或点击此处输入文字。', '单击或点击此处输入文字。'],
  // A telephone number with its first digits written; a second run of X after a space.
  ['联系电话：0XXX-XXXXXXX', 'XXX'],
  ['联系电话：1XX XXXX XXXX', 'XX'],
  // A room's number with its first digit written.
  ['值班地点：应急值班室（3XX室）。', 'XX'],
  ['全年粮食产量【待统计】万吨。', '【待统计】'],
  // The serial of a code after its hyphen; X before a unit of measure in letters.
  ['项目编号：YXCG-2025-0XX', 'XX'],
  ['穿透力：不小于XXmm钢板。', 'XX'],
  ['网络举报：http://www.xxx12380.gov.cn', 'xxx12380'],
  // Letters for a circle.
  ['OO县人民政府', 'OO'],
];

/** rules.md's never-flag list. */
const NEVER: string[] = [
  '拍X光片检查。',
  'X射线检测设备',
  '沿X轴方向',
  'XX染色体',
  '3×4的矩阵',
  '双向2×2车道',
  '二〇二五年工作要点',
  '张某、李某因违规被处理。',
  '某些地方、某种情况、某个环节',
  '《邓小平接见×××同志时的谈话》',
  '升级Windows XP系统',
  'XXL号服装',
  'XXL、XL、L三种尺码',
  '补充维生素B1',
  '采购A3XX室外机两台。',
  // Brackets a finished text keeps: a 简报's columns, a label with its value, a title inside a title.
  '【本期导读】【工作动态】【典型案例】【下步工作】',
  '【时间】3月5日上午9时',
  '《关于〈中华人民共和国行政许可法〉的说明》',
  // The key to a table's symbols, digits masked in a record, a citation format described, a quoted ellipsis.
  '（注：带△的为新增项目，带＊的为省级重点项目）',
  '手机137＊＊＊＊2201',
  '修订稿中引用条文统一写作“第X条第X款”，不得简写为“X条X款”。',
  // A finished text that speaks of the blanks it quotes.
  '经纪机构对“第X条　其他约定事项”“违约金为总价款的X%”等需由当事人协商填写的内容未作填写即交由双方签署。',
  '草案第二十条"依照本办法第X条规定予以处罚"中引用的条款序号空缺，建议补正。',
  '每个样方按一×一米设置。',
  // A formula written with spaces around its signs.
  'FNPV = Σ（CI − CO）t ×（1 + ic）^(−t)',
  '总投资收益率（ROI）= EBIT ÷ TI × 100%',
  '　　　　= 7860 ÷（15860 − 2260 − 180）× 100%',
  '他说：“这件事……”',
  '型号A3XX的设备，编号12345XX。',
  '开展N95口罩检测，N型半导体，COVID-19防控，NO2浓度下降。',
  // `N个` as "several", a policy's way of speaking (`等N个新兴产业`): no letter for a number is flagged.
  '培育生物医药、新材料等N个新兴产业。',
  '二〇〇八年，一〇〇〇〇元',
  '任务艰巨……我们必须努力。',
  '为什么？因为……',
  '他说：“……我们一定能够完成任务。”',
  '佩戴N95口罩，开展N型半导体研究。',
  '形成“1名村支书+1名老党员+N名乡贤”模式。',
  '---',
  '***',
  '配发iPhone X手机',
  '安装Mac OS X系统',
  '开展X-ray检查',
  '配备X-γ辐射剂量率仪2台。',
  // Found on drafts of the kind users write (not in rules.md's list, same principle).
  '雷达工作在X波段。',
  '按“长×宽×高”计算体积。',
  '二○○八年以来，全县新建学校12所。',
  '整改率＝已整改隐患数÷发现隐患数×100%。',
  '形成“1+N+X”政策体系，即1个实施意见、N个专项配套政策和X个县（市、区）具体落实举措。',
  '是否完成任务（完成打“√”，未完成打“×”）',
  '正确的打√，错误的打×。',
  '表中“×”表示未完成。',
  '推行“1+X”证书制度，建立“X+1”工作机制。',
  '实施“数据要素×”三年行动。',
  '现值按P＝P0×(1＋k)^n计算，需水量Q1＝Σ(qi×Pi)/1000。',
  // Digits masked in a published record (a 行政处罚决定书's party), not blanks to fill.
  '身份证件号码：510802********3716',
  '联系电话：139****6218',
  '统一社会信用代码：91510802MA65X7KT2R',
];

describe('placeholder', () => {
  for (const [text, span] of FLAGGED) {
    it(`flags ${span} in ${text}`, () => {
      const found = findingsOf(text, 'placeholder');
      assert.ok(found.length >= 1, `nothing flagged in ${text}`);
      assert.equal(covered(text, found[0]!), span);
      assert.equal(found[0]!.severity, 'error');
    });
  }

  it('finds the same on short lines after a very long one, each character claimed once', () => {
    // The mask of characters already claimed (here: 20XX by the template year, so that its XX is
    // not found again) is shared by all lines and shrinks after a long one.
    const long = '各地要抓好落实。'.repeat(2500) + '依照20XX年文件，完成X%。';
    const short = '依照20XX年文件，完成X%，由XX同志负责。';
    const text = [short, long, short, long].join('\n');
    const found = findingsOf(text, 'placeholder').map((f) => `${f.range.start.line}:${covered(text, f)}`);
    assert.deepEqual(found, ['0:20XX', '0:X', '0:XX', '1:20XX', '1:X', '2:20XX', '2:X', '2:XX', '3:20XX', '3:X']);
  });

  it('flags each run of X in a contact line, a second one after a space too (unlike `iPhone X`)', () => {
    const text = '联系人：XXX　XXXXXXXX';
    assert.deepEqual(findingsOf(text, 'placeholder').map((f) => covered(text, f)), ['XXX', 'XXXXXXXX']);
  });

  it('flags the number of a document cited in the text, which the drafter looks up (not the registry)', () => {
    const text = '根据《关于开展安全生产大检查的通知》（××安委〔2025〕X号）要求，现将有关事项通知如下。';
    assert.deepEqual(findingsOf(text, 'placeholder').map((f) => covered(text, f)), ['××', 'X']);
    assert.deepEqual(findingsOf(text, 'placeholder-process'), []);
  });

  it('X.X% is one value', () => {
    const text = '同比增长X.X%。';
    assert.deepEqual(findingsOf(text, 'placeholder').map((f) => covered(text, f)), ['X.X']);
  });

  it('flags the notes a draft collects in drafting and review, as notes to act on and remove', () => {
    const notes = [
      ['全县共发生事故12起（数据待应急局提供）。', '（数据待应急局提供）'],
      ['（待领导审定）', '（待领导审定）'],
      ['联系电话：（待补）', '（待补）'],
      ['详见附件（待附）。', '（待附）'],
      ['（此段请疾控科补充：传染病防控等内容）', '（此段请疾控科补充：传染病防控等内容）'],
      ['（此条是否保留，请科长定）', '（此条是否保留，请科长定）'],
      ['增长12.5%〔注：此处数字与上月通报不一致，请核〕。', '〔注：此处数字与上月通报不一致，请核〕'],
      ['亮点突出。【李局：亮点不够突出，再提炼】', '【李局：亮点不够突出，再提炼】'],
      ['共查处案件【】件。', '【】'],
      ['【公开版：姓名、身份证号等个人信息已作匿名化处理——发布前请再核对一遍】', '【公开版：姓名、身份证号等个人信息已作匿名化处理——发布前请再核对一遍】'],
      ['参训人数达？？？人次。', '？？？'],
      ['数据截至？月。', '？'],
      ['（发送范围请办公室再核）', '（发送范围请办公室再核）'],
      ['（评估进度要不要在这里点名通报？）', '（评估进度要不要在这里点名通报？）'],
      ['（经费来源财政局还没回话，先写着）', '（经费来源财政局还没回话，先写着）'],
      ['【周处：退货这条的数字偏保守，按1000家写】', '【周处：退货这条的数字偏保守，按1000家写】'],
      ['【存疑：大塘村去年好像出了租金纠纷】', '【存疑：大塘村去年好像出了租金纠纷】'],
      ['（年龄数据待组织部更新）', '（年龄数据待组织部更新）'],
      ['（送审稿，待领导审定）', '（送审稿，待领导审定）'],
      ['（三）提升公共卫生能力。此处待补', '此处待补'],
      ['TODO 补充督导反馈的问题清单', 'TODO 补充督导反馈的问题清单'],
      // Things of the draft still to settle, with the writer's aside; a reviewer's talk; a colleague called on.
      ['各项指标权重（权重待定）如下。', '（权重待定）'],
      ['死亡人数同比下降（数据待应急局最终核定）。', '（数据待应急局最终核定）'],
      ['会议在县委第一会议室召开（会议室待定，人多的话改到县委党校报告厅）。', '（会议室待定，人多的话改到县委党校报告厅）'],
      ['总投资不少于80亿元（待定）。', '（待定）'],
      ['这一做法很有成效（这句太口语化，改一下）。', '（这句太口语化，改一下）'],
      ['个别企业仍然存在问题（不点企业名，换个说法）。', '（不点企业名，换个说法）'],
      ['（刘处：这段再压一压，太长了）', '（刘处：这段再压一压，太长了）'],
      ['（老张：拔河去年出过事，这个项目建议去掉）', '（老张：拔河去年出过事，这个项目建议去掉）'],
      ['（周主任：此数据与财务科核对后再定）', '（周主任：此数据与财务科核对后再定）'],
      ['【交警支队：城市道路这部分还要补电动自行车整治内容，请建设局一并考虑】', '【交警支队：城市道路这部分还要补电动自行车整治内容，请建设局一并考虑】'],
      ['（第三条是否写？体育中考刚改革，怕被追问）', '（第三条是否写？体育中考刚改革，怕被追问）'],
      ['〔这条跟去年通知一样，是否还要单列？〕', '〔这条跟去年通知一样，是否还要单列？〕'],
      ['〔核：积极分子是6名还是5名，有一名调走了〕', '〔核：积极分子是6名还是5名，有一名调走了〕'],
      ['〔此处加一个典型案例，最好是本县的〕', '〔此处加一个典型案例，最好是本县的〕'],
      ['（问责口径再和纪委沟通 pending）', '（问责口径再和纪委沟通 pending）'],
      ['（删）', '（删）'],
      ['【这条信息财政局说要撤，口径有争议】', '【这条信息财政局说要撤，口径有争议】'],
      ['【场地二选一，另一个是县体育广场，周三书记办公会定】', '【场地二选一，另一个是县体育广场，周三书记办公会定】'],
      ['【这段太长，建议压缩到300字以内——办公室张】', '【这段太长，建议压缩到300字以内——办公室张】'],
      ['[待确认：市级示范村是15个还是16个]', '[待确认：市级示范村是15个还是16个]'],
      ['全县共有示范村15个。@小刘 这里再核一下，跟季报对不上。', '@小刘 这里再核一下，跟季报对不上'],
      ['▲口径待统一：按年度还是按季度？', '▲口径待统一：按年度还是按季度？'],
      ['★加分上限是否也设50分？请考核办再斟酌', '★加分上限是否也设50分？请考核办再斟酌'],
      ['——小王注：附件指标表还没做，周五前补齐', '——小王注：附件指标表还没做，周五前补齐'],
      ['拟删：', '拟删：'],
      ['？？这个数财政局说要按决算口径', '？？'],
      // What Word leaves when a reviewed draft is pasted; questions and requests left for colleagues.
      ['全镇实现财政收入5.37亿元[LM1]，同比增长6.2%。', '[LM1]'],
      ['批注 [LM1]: 农业这块数字请农办提供最新的', '批注 [LM1]: 农业这块数字请农办提供最新的'],
      ['真抓实干，删除的内容: 全面完成了各项目标任务 各项事业取得了新进展。', '删除的内容: 全面完成了各项目标任务'],
      ['设置了格式: 字体: 仿宋_GB2312, 三号', '设置了格式: 字体: 仿宋_GB2312, 三号'],
      ['设置格式[王宁]: 缩进: 首行缩进:  2 字符', '设置格式[王宁]: 缩进: 首行缩进:  2 字符'],
      ['带动就业1.2万人？？。', '？？'],
      ['（表中数据截至11月底，12月数据待统计局反馈后更新——小陈）', '（表中数据截至11月底，12月数据待统计局反馈后更新——小陈）'],
      ['报送范围如下（以下报送范围参照第22期，请核对是否需增加市农业农村局）。', '（以下报送范围参照第22期，请核对是否需增加市农业农村局）'],
      ['种养结合类占16.2%（这段数据要更新）。', '（这段数据要更新）'],
      ['（初稿，请大家在文中直接加批注，周五前返回。——老李）', '（初稿，请大家在文中直接加批注，周五前返回。——老李）'],
      ['由工会负责（谁负责？）。', '（谁负责？）'],
      ['会期一天（会期一天还是一天半？工会定）。', '（会期一天还是一天半？工会定）'],
      ['财政收入3.2亿元（等财政所报数）。', '（等财政所报数）'],
      ['补助标准为每人每天100元（标准问一下财务部）。', '（标准问一下财务部）'],
      ['详见附件（附件还没做）。', '（附件还没做）'],
      ['【口号化太重】', '【口号化太重】'],
      // A point still to settle, not a template's blank (【待补】 is one).
      ['这一条【待议】。', '【待议】'],
      ['全县共建成示范村15个【待核实】。', '【待核实】'],
      ['【存疑：是否按年度口径】', '【存疑：是否按年度口径】'],
      // Questions left for a colleague, with talk after them rather than an answer.
      ['抽样比例为35%（这个比例是抽样的还是全镇的？需说明）。', '（这个比例是抽样的还是全镇的？需说明）'],
      ['由宣传部牵头（责任单位：宣传部/团委？需要协调，去年两家都说不归自己）。', '（责任单位：宣传部/团委？需要协调，去年两家都说不归自己）'],
      // Words struck out in review and not yet cut.
      ['今年~~全面完成了各项目标任务~~基本完成了任务。', '~~全面完成了各项目标任务~~'],
      ['张镇长意见：亮点不够突出，要加一个典型案例', '张镇长意见：亮点不够突出，要加一个典型案例'],
    ] as const;
    for (const [text, note] of notes) {
      const [finding] = findingsOf(text, 'placeholder');
      assert.ok(finding, text);
      assert.equal(covered(text, finding), note, text);
      // Read from its words, a note is a warning while drafting, and an error in final mode.
      assert.equal(finding.severity, 'warning');
      assert.equal(findingsIn(text, { finalMode: true }).find((f) => f.rule === 'placeholder')?.severity, 'error');
      assert.equal(messageOf(finding), `“${note}”是起草、审改中留下的标注，提交前须按标注处理并删去`);
    }
  });

  it('leaves alone what a final draft says in brackets (（待遇标准见附件）, （请于3月5日前核实）, 【编者按】, （此处停顿）)', () => {
    for (const text of [
      '提高待遇（待遇标准见附件）。', '质量有待提高（有待进一步明确）。', '请各单位认真核对（请于3月5日前核实本单位人员信息）。', '【编者按】本期刊发……', '【案例二】某县……', '（各组待命）', '（时间另行通知）', '你们说，这样做对吗？', '为什么？因为……',
      // A final text's statuses and conditions, requests to its readers, and notes on its articles.
      '纪要（待县委常委会审定后印发）', '（滑坡原因待查，初步判断与持续强降雨有关）', '（待核定生产能力）', '（属实/部分属实/待核实）', '（具体时间待定，另行通知）', '（待审批）', '（待公示期满后确认）', '（亟待完善）', '（尚待明确）',
      '（是否需要安排住宿，请在回执中注明）', '（请注明是否需要接站）', '（用于制作证书，请各单位认真核对）', '（请于会前核对）', '（经请示同意）', '（可申请核实）', '（邀请省内5名专家把关）',
      '（本条主要规定养犬登记的程序）', '（本条为新增）', '【本条要义】', '【县教育局：全面推行课后服务】', '【王局长：实干是最好的答卷】', '【温馨提示：请核对个人信息后提交】', '【填写说明】',
      '最低缴费年限是多少年？个人账户的钱可以给家人用吗？', '网友留言：“这个政策什么时候落地？？”', '此处增加了“不少于”三字，是为了与上位法表述一致。', '此处补植苗木300株。', '详见https://www.gov.cn/zhengce/。',
      // Words a record, a letter or a speech reports, statuses, questions answered in the bracket.
      '（插话：孙立平——“是不是可以先试点”）', '（刘总插话：现在已经压缩到两个部门、12个工作日。）', '（来信人反映两次测绘数据对不上，情况属实）', '（是不是接入智慧城管平台，你们商量一下）', '（时间再定）', '（设计变更待业主确认）', '（初步统计数，待财政局确认）', '（部分事实仍待核实）',
      '（是否收费？否）', '（青山日报记者提问：一季度制造业主要有哪些支撑因素？）', '（新华社记者：今年的促消费活动有哪些新安排？）', '【李县长：再难也要把路修到群众家门口】', '【问：异地就医能不能直接结算？】', '（来源——统计局）', '颜色、款式不限（请自定）。', '报名材料（格式自定，请核实）',
      '（是否接受现金？不接受）', '（两个地址不一致的，以哪个为准？经营场所以租赁合同载明的地址为准）', '（您今年是否有购买新能源汽车的打算？）', '全县GDP增长6.1%[1]。', '（台下：要！）', '（二选一）', '（执笔：陈思远）', '（通讯员 王晓丽）', '（此页无正文）', '会议时间：（待定）', '时间\t（待定）', '▲县委书记罗成讲话', '五星级（★★★★★）', '邮箱：qsxzbgbk@163.com', '详见[实施方案](plan.md)。', '（问题一：部分单位整改不到位）', '（问责情况见附件2）',
      '删除的条款以“（删除原第×条）”形式标注。', '文号统一写作“×政办发〔2025〕×号”格式。', '（根据录音整理，未经本人审阅）', '（以下简称“强村公司”）', '（征求意见稿）', '（暂定名）', '（含本数）', '（此件公开发布）', '——在全县教育大会上的讲话（有删节）', '【典型案例】', '你们说这样行不行？？大家说行！',
      '工期3~5天，温度20～25度。', '这里再加一条要求：务必按时完成。', '这里补一个情况。', '此处需要补充说明的是，方案已经修改。', '能不能达到？人民群众在看着。', '几天能到？个人可以查询进度。',
    ]) {
      assert.deepEqual(findingsOf(text, 'placeholder'), [], text);
    }
  });

  it('takes a date with X for its numbers for one value to fill in (X月X日, 20XX年X月X日, 2025年X月X日)', () => {
    for (const date of ['X月X日', '20XX年X月X日', '2025年X月X日', '2025年3月X日', '××××年××月××日']) {
      const text = `会议定于${date}上午召开。`;
      const [finding, ...rest] = findingsOf(text, 'placeholder');
      assert.ok(finding, date);
      assert.equal(rest.length, 0, date);
      assert.equal(covered(text, finding), date);
      assert.equal(messageOf(finding), `“${date}”是模板中尚未填写的内容，提交前须改为实际内容`);
    }
    // A filled-in date, or a product before a date, holds nothing to fill in.
    assert.deepEqual(findingsOf('会议定于2025年3月5日召开，3×4米展板一块。', 'placeholder'), []);
  });

  it('names the value with its unit in the message', () => {
    const [finding] = findingsOf('今年增长X%。', 'placeholder');
    assert.ok(messageOf(finding!).includes('X%'), messageOf(finding!));
  });

  it('names the word after a value without the particle that follows it, and lets 【待补】 speak for itself', () => {
    const [village] = findingsOf('○○村为全省示范村。', 'placeholder');
    assert.ok(messageOf(village!).includes('（○○村）'), messageOf(village!));
    const [todo] = findingsOf('全年完成【待补】紧紧围绕目标。', 'placeholder');
    assert.equal(messageOf(todo!), '“【待补】”是模板中尚未填写的内容，提交前须改为实际内容');
  });

  it('names 第X条 with its ordinal and unit, 第X党支部 whole, and a time XX:XX by itself', () => {
    const [article] = findingsOf('依据《中华人民共和国行政强制法》第X条第一款规定。', 'placeholder');
    assert.ok(messageOf(article!).includes('（第X条）'), messageOf(article!));
    // A longer name whole, not cut mid-word: `第X党支部`, not `第X党`.
    assert.ok(messageOf(findingsOf('由第X党支部负责。', 'placeholder')[0]!).includes('（第X党支部）'));
    const [time] = findingsOf('航班计划XX:XX落地。', 'placeholder');
    assert.equal(messageOf(time!), '“XX:XX”是模板中尚未填写的内容，提交前须改为实际内容');
  });

  for (const text of NEVER) {
    it(`never flags ${text}`, () => {
      const found = findings(text).filter((f) => f.rule.startsWith('placeholder'));
      assert.deepEqual(found.map((f) => `${f.rule}:${covered(text, f)}`), []);
    });
  }
});

describe('placeholder in a 回执', () => {
  it('leaves the blanks of a form others fill in (测评表, 报名表) to them, but not those of the drafter\'s 统计表', () => {
    const form = ['附件', '', '民主评议党员测评表', '', '党支部名称：________________　　测评时间：____年__月__日', '1　　王立新　　□优秀　□合格　□基本合格　□不合格'].join('\n');
    assert.deepEqual(findingsOf(['一、工作安排', '请各支部认真组织。', '二、有关要求', '按时报送。', '', form].join('\n'), 'placeholder'), []);
    assert.equal(findingsOf(['全县项目统计表', '完成投资：____万元'].join('\n'), 'placeholder').length, 1);
  });

  it('leaves the blanks and check boxes of a form to whoever returns it, but not its ○○ or X', () => {
    const form = ['附件2', '', '联络员回执', '', '填报单位（盖章）：＿＿＿＿＿＿', '是否参会：□是　□否', '办公电话：________'].join('\n');
    // A form titled just 回执 (or 回　执) is one too.
    assert.deepEqual(findingsOf(['一、工作要求', '请按时报送。', '', '回　执', '', '单位名称：＿＿＿＿＿＿＿＿', '是否参加：□是 □否'].join('\n'), 'placeholder'), []);
    const text = ['一、工作要求', '请于3月25日前报送回执。', '', form].join('\n');
    assert.deepEqual(findingsOf(text, 'placeholder'), []);
    assert.equal(findingsOf(text + '\n○○县联络员：XX', 'placeholder').length, 2);
    // A 回执 appended after the text (`附：报名回执`) is one too.
    assert.deepEqual(findingsOf(['一、注意事项', '请按时报名。', '', '附：报名回执', '姓名：＿＿＿＿＿＿　性别：□男　□女', '联系电话：＿＿＿＿＿＿＿＿'].join('\n'), 'placeholder'), []);
    // Before the form, a blank is the drafter's.
    assert.equal(findingsOf(['一、工作要求', '联系人：＿＿＿＿。', '', form].join('\n'), 'placeholder').length, 1);
  });
});

describe('placeholder: a contact left out in an attachment', () => {
  it('flags it in a 方案 sent with the notice, not in a form sent for others to fill in', () => {
    const text = ['关于开展消防演练的通知', '各单位：', '　　请按方案开展演练。', '附件：1.演练方案', '　　　2.报名表', '附件1', '演练方案', '一、演练目的', '提高应急处置能力。', '二、演练要求', '确保安全。', '联系人：　　联系电话：', '附件2', '报名表', '单位名称：＿＿＿＿＿＿', '联系人：　　联系电话：'].join('\n');
    assert.deepEqual(findingsOf(text, 'placeholder').map((f) => `${f.range.start.line}:${covered(text, f)}`), ['11:联系人：', '11:联系电话：']);
  });
});

describe('placeholder in a form that is the whole draft', () => {
  const form = (...rows: string[]) => draft('南屏市2025年度优秀教师推荐表', '推荐单位（盖章）：南屏市第一中学', ...rows);

  it('flags the fields left empty and the blanks of a form the drafter fills in and sends up, not its signing lines', () => {
    const text = form('姓名：　　　　', '性别：　　　　民族：汉族', '参加工作时间：　　　　　　学　　历：研究生', '学历学位：＿＿＿＿＿＿', '负责人签字：＿＿＿＿', '民族：汉族');
    const found = findingsOf(text, 'placeholder');
    assert.deepEqual(found.map((f) => `${f.range.start.line}:${covered(text, f)}`), ['2:姓名：', '3:性别：', '4:参加工作时间：', '5:＿＿＿＿＿＿']);
    assert.equal(messageOf(found[0]!), '“姓名：”后尚未填写，提交前须补上');
    // A group's label over its indented fields is no empty field.
    assert.deepEqual(findingsOf(form('学历学位：', '　　全日制教育：大学　　毕业院校：江州大学'), 'placeholder'), []);
    // A form pasted with every line indented: its fields are still read.
    const indented = form('　　姓名：　　　　', '　　民族：汉族', '　　学历学位：', '　　　　全日制教育：大学');
    assert.deepEqual(findingsOf(indented, 'placeholder').map((f) => covered(indented, f)), ['姓名：']);
  });

  it('leaves the same form\'s fields to whoever fills them when it comes after a text (an attachment, a 回执)', () => {
    const text = ['关于推荐2025年度优秀教师的通知', '请各校按时报送。', '', '南屏市2025年度优秀教师推荐表', '姓名：　　　　', '学历学位：＿＿＿＿＿＿'].join('\n');
    assert.deepEqual(findingsOf(text, 'placeholder'), []);
    // Under a download's line, the form still opens the draft.
    assert.equal(findingsOf(['优秀教师推荐表模板.docx（Word版可编辑，下载后直接填写）', '南屏市2025年度优秀教师推荐表', '姓名：　　　　', '民族：汉族'].join('\n'), 'placeholder').length, 1);
    // A form sent out blank, nothing in it filled, is for whoever fills it in.
    assert.deepEqual(findingsOf(['南屏市2025年度优秀教师推荐表', '姓名：　　　　', '学历学位：＿＿＿＿＿＿'].join('\n'), 'placeholder'), []);
  });
});

describe('placeholder: whose blanks are whose', () => {
  it('leaves an attached 申报书 and a section marked for others (`（请被调研单位填写）`) to them, up to the next section', () => {
    const notice = ['关于申报2025年度科技计划项目的通知', '各有关单位：', '　　请按要求申报。', '　　联系人：　　　　联系电话：0796-8835402', '附件1', '2025年度青山县科技计划项目申报书', '项目名称：＿＿＿＿＿＿＿＿', '联系人：　　　　电子邮箱：'].join('\n');
    assert.deepEqual(findingsOf(notice, 'placeholder').map((f) => `${f.range.start.line}:${covered(notice, f)}`), ['3:联系人：']);
    const outline = ['一、调研内容', '（一）基本情况。', '二、基础数据（请被调研单位填写）', '1.全乡行政村＿＿个，已建站点＿＿个。', '2.快递业务量＿＿万件。', '三、有关要求', '（一）请于X月X日前报送材料。'].join('\n');
    assert.deepEqual(findingsOf(outline, 'placeholder').map((f) => `${f.range.start.line}:${covered(outline, f)}`), ['6:X月X日']);
  });

  it('flags `电　　话：` left empty, and the 学　　历 and 所在科室 of a form being filled in', () => {
    const text = ['公务员年度考核登记表', '姓　　名：林晓东　　性　　别：男', '政治面貌：中共党员　　学　　历：　　　　', '参加工作时间：2011.07　　所在科室：　　　　'].join('\n');
    assert.deepEqual(findingsOf(text, 'placeholder').map((f) => covered(text, f)), ['学　　历：', '所在科室：']);
    const sheet = '主办单位：县政府办公室秘书二科　　拟　　稿：陈思远　　电　　话：　　　　';
    assert.deepEqual(findingsOf(sheet, 'placeholder').map((f) => covered(sheet, f)), ['电　　话：']);
  });

  it('leaves the blanks of a sample form sent as an attachment to those who keep it, but not those of a draft that is the attachment', () => {
    const notice = ['关于假期值班安排的通知', '各科室：', '　　请做好值班记录。', '　　附件：值班记录（样表）', '江州市生态环境局办公室', '2025年9月26日', '附件', '值班记录（样表）', '值班日期：＿＿＿＿年＿＿月＿＿日　　天气：＿＿＿＿', '交接班情况：＿＿＿＿＿＿＿＿'].join('\n');
    assert.deepEqual(findingsOf(notice, 'placeholder'), []);
    const own = ['附件2', '20XX年度全县优秀人民警察推荐审批表', '姓　　名：________', '性　　别：____'].join('\n');
    assert.deepEqual(findingsOf(own, 'placeholder').map((f) => covered(own, f)), ['20XX', '________', '____']);
  });

  it('leaves a field marked for others (`陪同人员（接待单位填写）：`) and the lines under `——以下由承办单位填写——` to them', () => {
    const field = draft('来访人数：6人', '陪同人员（接待单位填写）：＿＿＿＿＿＿＿＿', '用餐安排：工作餐＿＿次');
    assert.deepEqual(findingsOf(field, 'placeholder').map((f) => `${f.range.start.line}:${covered(field, f)}`), ['2:＿＿']);
    const form = draft('督办要求：请于7月20日前报送整改方案。', '督查室联系人：＿＿＿＿', '——————以下由承办单位填写——————', '办理情况：＿＿＿＿＿＿＿＿', '办结日期：＿＿＿＿年＿＿月＿＿日', '（以下由督查室填写）', '审核人：＿＿＿＿＿＿');
    assert.deepEqual(findingsOf(form, 'placeholder').map((f) => `${f.range.start.line}:${covered(form, f)}`), ['1:＿＿＿＿']);
  });

  it('flags the dates of a period left blank in a sentence, not a draft regulation\'s day of taking effect', () => {
    const term = '委托期限：自　　年　　月　　日起至　　年　　月　　日止。';
    assert.deepEqual(findingsOf(term, 'placeholder').map((f) => covered(term, f)), ['　　年　　月　　日', '　　年　　月　　日']);
    assert.deepEqual(findingsOf('第二十二条　本条例自　　年　　月　　日起施行。', 'placeholder'), []);
  });

  it('leaves the blanks of a 自查表 sent with a notice to the units that fill it in', () => {
    const notice = ['关于开展专项监督检查的通知', '各乡镇：', '　　请各单位对照附件开展自查。', '　　附件：专项监督检查自查表', '云溪县纪委监委', '2025年10月8日', '附件', '专项监督检查自查表', '存在问题及整改措施：＿＿＿＿＿＿＿＿'].join('\n');
    assert.deepEqual(findingsOf(notice, 'placeholder'), []);
  });

  it('leaves a blank form sent out to its applicants, though the office\'s own details under it are filled in', () => {
    const form = ['云溪县政府信息公开申请表', '编号：＿＿＿＿＿＿', '申请人类型：□公民　□法人或者其他组织', '姓名：＿＿＿＿＿＿　证件号码：＿＿＿＿＿＿＿＿', '通信地址：＿＿＿＿＿＿＿＿', '联系电话：＿＿＿＿＿＿', '所需政府信息的名称、文号：', '＿＿＿＿＿＿＿＿＿＿＿＿', '获取信息的方式：□邮寄　□电子邮件', '申请人签名：＿＿＿＿＿＿', '申请日期：　　年　　月　　日', '', '填表说明：', '请用黑色签字笔填写。', '本表可复印使用。', '', '', '受理机关：云溪县人民政府办公室', '通信地址：云溪县XX路XX号'].join('\n');
    assert.deepEqual(findingsOf(form, 'placeholder').map((f) => `${f.range.start.line}:${covered(form, f)}`), ['18:XX', '18:XX']);
  });

  it('leaves the fields of the other party of a contract the first party drafts to it', () => {
    const contract = draft('政府采购合同', '甲方（采购人）：云溪县教育体育局', '地址：云溪县XX路XX号', '乙方（供应商）：＿＿＿＿＿＿＿＿', '统一社会信用代码：＿＿＿＿＿＿＿＿', '开户银行：＿＿＿＿　　账号：＿＿＿＿＿＿', '　　经甲乙双方协商一致，订立本合同。合同金额为人民币＿＿＿＿元。');
    assert.deepEqual(findingsOf(contract, 'placeholder').map((f) => `${f.range.start.line}:${covered(contract, f)}`), ['2:XX', '2:XX', '6:＿＿＿＿']);
  });

  it('leaves a 发文稿纸\'s 文号 and dates to those who sign and issue it', () => {
    const sheet = ['青山县人民政府办公室发文稿纸', '文　　号：青政办发〔2025〕　　号', '签　　发：', '标　　题：关于做好春季森林防火工作的通知', '县人民政府办公室', '2025年　月　日'].join('\n');
    assert.deepEqual(findingsIn(sheet, { finalMode: true }).filter((f) => f.rule === 'placeholder-process'), []);
  });
});

describe('placeholder: a choice, a quoted blank, a story', () => {
  it('flags `？？？` for a date not known yet and opening a note, and a request to a named office to confirm', () => {
    const date = '责令其于？？？前自行拆除。';
    assert.deepEqual(findingsOf(date, 'placeholder').map((f) => covered(date, f)), ['？？？']);
    const note = '把更多精力用在抓落实上。？？？这里是否加一段作风建设的具体要求';
    assert.equal(findingsOf(note, 'placeholder').length, 1);
    for (const request of ['（拆除期限请城管局执法大队再确认）', '（目标数与政府工作报告保持一致，请发改局确认）']) {
      const text = `全年新增就业1.2万人${request}。`;
      assert.deepEqual(findingsOf(text, 'placeholder').map((f) => covered(text, f)), [request], request);
    }
    // A question asked in a sentence, a notice's request to its readers: no notes.
    assert.deepEqual(findingsOf('能不能按时完成？？？我们必须回答好这个问题。（请各单位认真核对）', 'placeholder'), []);
  });

  it('flags a bracketed choice left in a sentence: 【选择：A.……；B.……】', () => {
    const text = '协商不成的，【选择：A.提交南屏仲裁委员会仲裁；B.向甲方所在地人民法院起诉】。';
    assert.deepEqual(findingsOf(text, 'placeholder').map((f) => covered(text, f)), ['【选择：A.提交南屏仲裁委员会仲裁；B.向甲方所在地人民法院起诉】']);
  });

  it('leaves blanks quoted to speak of them (`“20XX年”“XX同志”等模板字样未替换`, `留有“＿＿＿”空白栏`)', () => {
    assert.deepEqual(findingsOf('部分稿件中仍存在“20XX年”“XX同志”等模板字样未替换、个别报表留有“＿＿＿”空白栏等问题。', 'placeholder'), []);
    assert.equal(findingsOf('请于“20XX年”前完成。', 'placeholder').length, 1);
  });

  it('leaves the untold time of a story quoted as told (`“某年某月，一支商队……”`), not a template\'s `于某年某月召开`', () => {
    assert.deepEqual(findingsOf('老一辈人常讲起一个故事：“某年某月，一支商队在暴雨中迷了路，是清迈的一户人家收留了他们。”', 'placeholder-vague'), []);
    assert.equal(findingsOf('会议于某年某月在县政府召开。', 'placeholder-vague').length, 1);
  });
});

describe('placeholder: a reviewer\'s remark without brackets', () => {
  const report = (...lines: string[]) => draft('青川县2025年工作总结', '县委、县政府：', '　　现将我县工作情况报告如下。', ...lines);

  it('flags a remark typed as a line of its own between paragraphs, and one signed after a paragraph\'s last sentence', () => {
    for (const remark of ['明年打算部分小周负责，周四下班前发我邮箱', '问题部分是不是写得太直白了？领导把关一下', '对策建议这部分太散，建议按“钱、人、机制”三条重写', '纪要印发前给各分管领导过目', '待校长办公会研究后再定是否写进来', '请小马打印三份，周三上会前送书记办公室']) {
      const text = report('　　全年完成固定资产投资45亿元。', remark, '　　下一步，我们将继续努力。');
      assert.deepEqual(findingsOf(text, 'placeholder').map((f) => `${f.range.start.line}:${covered(text, f)}`), [`4:${remark}`], remark);
    }
    const signed = report('（三）做好宣传报道。全年推送稿件不少于10篇。请宣传部看一下篇数是否合适——小周');
    assert.deepEqual(findingsOf(signed, 'placeholder').map((f) => covered(signed, f)), ['请宣传部看一下篇数是否合适——小周']);
  });

  it('leaves a final text\'s short lines alone: a question to readers, a label, a quotation\'s attribution, a title', () => {
    const text = report(
      '　　全年完成固定资产投资45亿元。',
      '问：这部分资金是不是专款专用？',
      '您对这部分服务是不是满意？',
      '　　正如总书记所说，绿水青山就是金山银山。我们要牢记嘱托——习近平',
      '附件：重点项目这部分投资情况表',
      '青川县人民政府',
      '2025年12月30日',
    );
    assert.deepEqual(findingsOf(text, 'placeholder'), []);
  });

  it('flags a reviewer\'s words typed into a sentence, after a figure or between sentences, and a signed question on a line of its own', () => {
    for (const [line, note] of [
      ['　　全年支出临时救助资金1286万元，同比增长45.6%好像不对。', '好像不对'],
      ['　　2025年需安排森林防火专项经费356万元 请财政局确认，具体如下。', '请财政局确认'],
      ['　　到2025年底，全市居民健康素养水平达到30%以上 目标值跟省里对一下；到2027年底达到35%。', '目标值跟省里对一下'],
      ['　　冯涛（县林业局） 参会人员名单再核一下，刘局好像请假了', '参会人员名单再核一下，刘局好像请假了'],
      ['　　排查企业1263家，整改率98.6%，这个数是全年的还是1-11月的？排查出的重大隐患已全部整改。', '这个数是全年的还是1-11月的？'],
      ['　　全年未发生较大及以上安全事故。这里要不要提一下防汛？', '这里要不要提一下防汛？'],
      ['　　整改情况：已完成。这里序号跳了，后面顺延', '这里序号跳了，后面顺延'],
      ['　　每个县（市、区）至少建成2个健康主题公园。这一条经费从哪出？要写明——刘', '这一条经费从哪出？要写明——刘'],
      ['去年批了多少？要写进来做对比——小周', '去年批了多少？要写进来做对比——小周'],
    ] as const) {
      const text = report(line, '　　下一步，我们将继续努力。');
      assert.deepEqual(findingsOf(text, 'placeholder').map((f) => covered(text, f)), [note], line);
    }
    const final = report('　　2025年需安排森林防火专项经费356万元，请财政局予以支持。', '　　这个数据是不是说明我们的工作已经做好了？不是！差距还很大。', '　　不忘初心，方得始终——习近平');
    assert.deepEqual(findingsOf(final, 'placeholder'), []);
  });

  it('flags notes in 〔〕 and 【】 that move, rewrite or limit, and a figure left out before its measure word', () => {
    for (const [line, note] of [
      ['县专项行动领导小组将于3月10日在〔待定〕召开动员部署会。', '〔待定〕'],
      ['临应急〔2025〕12号（文号待办公室编）', '（文号待办公室编）'],
      ['整改情况：正在推进，整改时限（整改时限待定）。', '（整改时限待定）'],
      ['总投资1.86亿元（议定事项第三条表述待主要领导审定）。', '（议定事项第三条表述待主要领导审定）'],
      ['2025年第5期（期号对吗？上期已经是第5期了）', '（期号对吗？上期已经是第5期了）'],
      ['【此段移至第二部分】全市民政系统干部队伍结构仍需优化。', '【此段移至第二部分】'],
      ['【组织部要求不超过3000字，注意控制】', '【组织部要求不超过3000字，注意控制】'],
      ['坚持马上就改【改为“立行立改”】；对需要一段时间解决的问题，明确阶段目标。', '【改为“立行立改”】'],
      ['整改情况：已完成〔此条整改尚未完成，不能写“已完成”〕。', '〔此条整改尚未完成，不能写“已完成”〕'],
      ['【王主任：第三部分语气再硬一点，多用“要”“必须”，少用“希望”】', '【王主任：第三部分语气再硬一点，多用“要”“必须”，少用“希望”】'],
      ['为市民节约办事时间近2000个工作日。▲配图另发', '▲配图另发'],
      ['调研组已将有关情况转交相关部门。▲建议删去，与主题关系不大', '▲建议删去，与主题关系不大'],
      ['——以上第三段的数据我没核，老刘你再过一遍，改完把这行删了。', '——以上第三段的数据我没核，老刘你再过一遍，改完把这行删了。'],
      ['现有教学班？？个、在校学生1126人。', '？？'],
      ['Deleted: 2024年', 'Deleted: 2024年'],
    ] as const) {
      assert.deepEqual(findingsOf(line, 'placeholder').map((f) => covered(line, f)), [note], line);
    }
  });

  it('flags a field\'s boxes none ticked, a blank bracket of ASCII spaces, listed sample names, and more review notes', () => {
    for (const [line, value] of [
      ['是否涉密：□是 □否', '□是 □否'],
      ['单次维修费用（    ）元以上的，须事先报批。', '（    ）'],
      ['【批注1（市生态环境局 何工）：适用范围应排除核设施核事故，建议补充一句。】', '【批注1（市生态环境局 何工）：适用范围应排除核设施核事故，建议补充一句。】'],
      ['〔审核意见：上文列了四类，此处写“三个等级”有误，请改正。〕', '〔审核意见：上文列了四类，此处写“三个等级”有误，请改正。〕'],
      ['应急管理局负责统筹协调（职责待县应急管理局反馈后补充）。', '（职责待县应急管理局反馈后补充）'],
      ['接报后1小时内上报。★请核实：省级要求为1小时还是2小时★', '★请核实：省级要求为1小时还是2小时★'],
      ['——初稿，罗局审阅前请勿外发（小周 3月3日）', '——初稿，罗局审阅前请勿外发（小周 3月3日）'],
    ] as const) {
      assert.deepEqual(findingsOf(line, 'placeholder').map((f) => covered(line, f)), [value], line);
    }
    const listed = '兹介绍我部张三（干部一科科长）、李四（干部一科副科长）等2名同志前往你处。';
    assert.deepEqual(findingsOf(listed, 'placeholder-vague').map((f) => covered(listed, f)), ['张三', '李四']);
    // A 回执's boxes are for whoever returns it; a reporter's question is the reporter's; a code span in Markdown is no blank.
    assert.deepEqual(findingsOf(draft('请于3月5日前报名。', '', '附：报名回执', '是否住宿：□是 □否'), 'placeholder'), []);
    const interview = draft('青川县新闻发布会实录', '主持人：请记者提问。', '　　发布人：全年增长8.3%。', '问：全市规模以上工业增加值增长8.3%。这个数是全年的还是1—11月的？', '答：是全年的。');
    assert.deepEqual(findingsOf(interview, 'placeholder'), []);
    assert.deepEqual(analyze('# 题\n\n单独一行的`目录`（`目　录`）之后列出标题。\n', undefined, 'markdown').findings, []);
  });

  it('flags dated, signed and pinyin-signed notes, English ones, doubled and tripled question marks, and a colleague\'s question about the place', () => {
    for (const [line, note] of [
      ['全县粮食产量达到42.6万吨（12.20 王：产量与统计快报不一致，以快报为准）。', '（12.20 王：产量与统计快报不一致，以快报为准）'],
      ['已完成规范性文件审核（1.6赵已核）。', '（1.6赵已核）'],
      ['正如古人所说（党建办 张：此处引文请核对原文出处），民为邦本。', '（党建办 张：此处引文请核对原文出处）'],
      ['对养犬人（gx：“养狗人”统一改为“养犬人”）加强教育。', '（gx：“养狗人”统一改为“养犬人”）'],
      ['给予最高500万元奖励（zhb待qr）。', '（zhb待qr）'],
      ['管网漏损率为14.8%(need source)，明显高于控制目标。', '(need source)'],
      ['6月底前（TBC）完成清理。', '（TBC）'],
      ['涉及形式主义的占比达到七成以上？？？这组数据说明问题。', '？？？'],
      ['得分仅为58分？？，排名末位。', '？？'],
      ['学习借鉴了杭州等城市的经验做法??，并公开征求意见。', '??'],
      ['受灾人口约3.?万人。', '?'],
      ['紧急转移安置群众1.26万人 这个数比昨天少了？ 其中集中安置0.4万人。', '这个数比昨天少了？'],
      ['这里要不要放个视频？放的话就说“请看短片”，不放就删。', '这里要不要放个视频？放的话就说“请看短片”，不放就删。'],
      ['小陈：这条是不是去年已经完成了？完成了就删掉。', '小陈：这条是不是去年已经完成了？完成了就删掉。'],
      ['航班均在3小时以内 @Lily pls confirm flight times', '@Lily pls confirm flight times'],
      ['【急！今天下午4点前报市委办】', '【急！今天下午4点前报市委办】'],
      ['——这一段要不要放到第二部分？先放这里，定稿前再议。', '——这一段要不要放到第二部分？先放这里，定稿前再议。'],
    ] as const) {
      const text = report('　　全年工作稳步推进。', line);
      assert.deepEqual(findingsOf(text, 'placeholder').map((f) => covered(text, f)), [note], line);
    }
    // An abbreviation named to define it is no note.
    const defined = report('　　接口字段清单中标注“TBD”的字段为预留扩展字段（TBD为待定字段的缩写，见附录）。', 'TBD：待定（To Be Determined）。本方案中指已预留的字段。');
    assert.deepEqual(findingsOf(defined, 'placeholder'), []);
    // A respondent's words quoted with their marks, an e-mail address, and a speaker's own line are left as they are.
    const final = report('　　有受访者写道：说了好几年的社区食堂到底什么时候开？？？希望给个准信。', '　　联系邮箱：qsxzbgbk@163.com', '刘主任：我完全同意这个方案。');
    assert.deepEqual(findingsOf(final, 'placeholder'), []);
  });

  it('flags the blanks of a form that is the draft under its attachment label, not those of a form a notice sends out', () => {
    const own = draft('附件2', '20XX年度全县优秀人民警察推荐审批表', '姓　　名：________', '性　　别：____');
    assert.deepEqual(findingsOf(own, 'placeholder').map((f) => f.range.start.line).filter((l) => l >= 2), [2, 3]);
    const sent = draft('关于做好XXXX年度考核登记表填报工作的通知', '　　现将登记表印发给你们，请组织工作人员认真填写。', '附件', 'XXXX年度考核登记表', '姓名：__________　性别：______');
    assert.deepEqual(findingsOf(sent, 'placeholder').filter((f) => f.range.start.line === 4), []);
    // A form the notice asks its readers to fill in, by name: its cells are theirs; another table attached is the drafter's.
    const roster = draft('关于做好国庆节期间值班工作的通知', '　　请各单位认真填写附件《国庆节期间值班安排表》，于9月25日前报送。', '附件', '国庆节期间值班安排表', '10月1日｜________｜________');
    assert.deepEqual(findingsOf(roster, 'placeholder'), []);
    const other = roster.replace('附件\n国庆节期间值班安排表', '附件\n各单位值班电话一览表');
    assert.equal(findingsOf(other, 'placeholder').length, 2);
  });

  it('flags an English template\'s fields and Word\'s [键入文字], not a Markdown link or a label', () => {
    for (const field of ['[Company Name]', '[Insert Date]', '[Name]', '[No.]', '[键入文字]']) {
      const text = `致：${field}`;
      assert.deepEqual(findingsOf(text, 'placeholder').map((f) => covered(text, f)), [field], field);
    }
    assert.deepEqual(findingsOf('详见[Name](https://example.gov.cn)和[Date][1]。', 'placeholder'), []);
  });

  it('flags notes holding a bracket of their own, a figure to look up, a time still to agree with another office', () => {
    for (const [line, note] of [
      ['在行政中心地下停车场停放。（此条与第（四）点能否合并？——办公室 林）', '（此条与第（四）点能否合并？——办公室 林）'],
      ['全年起草各类文稿余篇（数字查台账），累计约80万字。', '（数字查台账）'],
      ['共涉及学生人（具体人数卫生室统计），主要症状为腹痛。', '（具体人数卫生室统计）'],
      ['2025年6月下旬至7月上旬（时间待与集团党委办确认）', '（时间待与集团党委办确认）'],
    ] as const) {
      assert.deepEqual(findingsOf(line, 'placeholder').map((f) => covered(line, f)), [note], line);
    }
    assert.deepEqual(findingsOf('（设计变更待业主确认）', 'placeholder'), []);
  });
});

describe('placeholder: a contact left out', () => {
  it('flags a contact or author label with nothing after it, and names it', () => {
    const text = ['关于召开全县重点项目推进会的通知', '各乡镇：', '　　请准时参会。', '　　联系人：　　　　联系电话：', '', '总结人：'].join('\n');
    const found = findingsOf(text, 'placeholder');
    assert.deepEqual(found.map((f) => covered(text, f)), ['联系人：', '联系电话：', '总结人：']);
    assert.equal(messageOf(found[0]!), '“联系人：”后尚未填写，提交前须补上');
    assert.equal(messageOf(found[0]!, 'en'), 'Nothing follows "联系人："; fill it in before submitting.');
  });

  it('flags an empty contact label at the end of a form\'s line, after filled ones', () => {
    const text = '联 系 人：林晓燕　　职务：设备科科长　　联系电话：';
    assert.deepEqual(findingsOf(text, 'placeholder').map((f) => covered(text, f)), ['联系电话：']);
    // In brackets under a signature: `（联系人：　　联系电话：）`.
    const bracketed = '　　（联系人：　　联系电话：）';
    assert.deepEqual(findingsOf(bracketed, 'placeholder').map((f) => covered(bracketed, f)), ['联系人：', '联系电话：']);
  });

  it('leaves filled labels, labels for others to sign, and a 回执\'s fields alone', () => {
    assert.deepEqual(findingsOf(['　　联系人：周明　　联系电话：0571-88776655', '审批人：', '签发人：王立'].join('\n'), 'placeholder'), []);
    assert.deepEqual(findingsOf(['一、工作要求', '请按时报送。', '', '参会回执', '', '单位名称：', '联系人：　　　　联系电话：'].join('\n'), 'placeholder'), []);
    assert.deepEqual(findingsOf(['一、工作要求', '请按时报送。', '', '附件3', '', '汛期险情灾情报告表', '', '填报人：　　　　　　　联系电话：'].join('\n'), 'placeholder'), []);
  });
});

describe('placeholder-vague', () => {
  for (const [text, span] of [
    ['由某某同志负责。', '某某同志'],
    ['某单位负责人', '某单位'],
    ['某部门牵头', '某部门'],
    ['某县发生了事故。', '某县'],
  ] as const) {
    it(`flags ${span}`, () => {
      const [finding, ...rest] = findingsOf(text, 'placeholder-vague');
      assert.ok(finding);
      assert.equal(rest.length, 0);
      assert.equal(covered(text, finding), span);
      assert.equal(finding.severity, 'warning');
    });
  }

  it('does not flag lawful anonymisation or 某些', () => {
    assert.deepEqual(findingsOf('张某某、李某违反规定，某些单位问题突出。', 'placeholder-vague'), []);
    assert.deepEqual(findingsOf('欧阳某某、上官某某、佘某某违反规定。', 'placeholder-vague'), []);
    assert.deepEqual(findingsOf('原股长卫某某、职工贝某某与定点医药机构人员内外勾结。', 'placeholder-vague'), []);
    // A published case's name, anonymous as published; a stand-in in quotes that names no case is still one.
    assert.deepEqual(findingsOf('办理了“某某公司诉某县市场监督管理局行政处罚案”等疑难案件。', 'placeholder-vague'), []);
    assert.deepEqual(findingsOf('组织观看“某某医院设备科长受贿案”警示片。', 'placeholder-vague'), []);
    assert.equal(findingsOf('请“某某同志”于周五前报送。', 'placeholder-vague').length, 1);
  });

  it('takes the places in a case told with its person made anonymous (王某) for anonymous too, in that paragraph', () => {
    assert.deepEqual(findingsOf('外省某县委组织部原副部长王某违规收受礼金。', 'placeholder-vague'), []);
    assert.deepEqual(findingsOf('李某某、王某某二人被处理，某单位负责人被问责。', 'placeholder-vague'), []);
    assert.deepEqual(findingsOf('五、江州市某县某街道办事处顶风违纪问题。2025年1月，该办事处主任孙某某……', 'placeholder-vague'), []);
    // Another paragraph with no one made anonymous is a template's.
    assert.equal(findingsOf('张某被处理。\n某单位要抓好落实。', 'placeholder-vague').length, 1);
    // Also when the sentence opens with the place.
    assert.deepEqual(findingsOf('某县某单位干部王某违规收受礼金。', 'placeholder-vague'), []);
    // `对于某些企业`: 于 before 某些 is the word 对于, no one made anonymous; `于某` alone is.
    assert.equal(findingsOf('对于某些企业担心的问题，由某单位负责答复。', 'placeholder-vague').length, 1);
    assert.deepEqual(findingsOf('经查，于某利用职务便利为某公司谋取利益。', 'placeholder-vague'), []);
  });

  it('takes a unit left out after its level (市某局) or in an example (如某区……) for anonymous on purpose, as audit reports write', () => {
    assert.deepEqual(findingsOf('市某局将专项业务经费286.40万元调剂用于其他支出。', 'placeholder-vague'), []);
    assert.deepEqual(findingsOf('部分项目存在围标串标问题，如某区2家企业通过围标方式中标，例如某镇2名村干部虚报冒领。', 'placeholder-vague'), []);
    // A stand-in on its own is still one.
    assert.equal(findingsOf('请某局牵头落实。', 'placeholder-vague').length, 1);
  });

  it('flags a template\'s sample names where a name is filled in (组长：张三（……）, 李四同志), not a story told with them', () => {
    const list = ['组　长：张三（街道党工委书记）', '副组长：李四（街道办事处主任）', '王五　柳林镇党委副书记', '请赵六同志负责联络。'].join('\n');
    const found = findingsOf(list, 'placeholder-vague');
    assert.deepEqual(found.map((f) => covered(list, f)), ['张三', '李四', '王五', '赵六']);
    assert.ok(messageOf(found[0]!).includes('示例姓名'), messageOf(found[0]!));
    assert.ok(messageOf(found[0]!, 'en').includes('sample name'));
    assert.deepEqual(findingsOf('比如张三借了李四的钱，到期不还，李四可以起诉。', 'placeholder-vague'), []);
    assert.deepEqual(findingsOf('张三丰是武当派的创始人，王五一节前到岗。', 'placeholder-vague'), []);
  });

  it('does not take 某市民, 某局部地区, 某区间 for stand-ins of 某市, 某局, 某区', () => {
    assert.deepEqual(findingsOf('某市民反映，某局部地区积水严重，某区间内车速过快。', 'placeholder-vague'), []);
  });
  it('leaves the blanks of a line for signing to the signer: （签名并按指印）：＿＿＿＿, 签字：____', () => {
    const agreement = ['当事人声明：我们已认真阅读本协议全部内容。', '甲方（签名并按指印）：＿＿＿＿＿＿＿＿　　　　年　　月　　日', '人民调解员（签名）：＿＿＿＿＿＿＿＿　＿＿＿＿＿＿＿＿', '甲方签字：________'].join('\n');
    assert.deepEqual(findings(agreement), []);
    // A seal's note before other text is no field for signing: `（盖章）联系人：____` is a blank left unfilled.
    assert.deepEqual(findings('申报单位：青溪县文化和旅游局（盖章）联系人：____。').map((f) => f.rule), ['placeholder']);
  });
  it('leaves a form\'s blanks to whoever fills it in, its title opening with a year or a quoted name', () => {
    for (const title of ['2025年“技能澜江”职业技能大赛开幕式参会回执', '“技能澜江”职业技能大赛参赛报名表']) {
      const form = [title, '', '单位名称：____________', '联系人：____________　联系电话：____________', '身份证号\t□□□□□□□□□□□□□□□□□□'].join('\n');
      assert.deepEqual(findings(form), [], title);
    }
  });
});

describe('placeholder: review marks typed as code, markup, arrows and English', () => {
  const notesOf = (text: string) =>
    analyze(text, { ...DEFAULT_CONFIG, finalMode: true }).findings.filter((f) => f.rule === 'placeholder').map((f) => covered(text, f));
  for (const [line, note] of [
    ['县财政安排资金1800万元。<!-- 城管局：收运这项我们不牵头 -->', '<!-- 城管局：收运这项我们不牵头 -->'],
    ['资金由县乡两级共同承担。/* 财政：口径待定，先按1:1写 */', '/* 财政：口径待定，先按1:1写 */'],
    ['#TODO 补考核办法的文号', '#TODO 补考核办法的文号'],
    ['我们要[-确保-]力争完成任务。', '[-确保-]'],
    ['我们要{+力争+}完成任务。', '{+力争+}'],
    ['坚持<s>特事特办</s>依法办理。', '<s>特事特办</s>'],
    ['===以下为新增===', '===以下为新增==='],
    ['这个事情我[inaudible]就讲过。', '[inaudible]'],
    ['-->这段移到“四、保障措施”第（三）条里', '-->这段移到“四、保障措施”第（三）条里'],
    ['早稻已播种。→张：“圆满完成”改成“进展顺利”', '→张：“圆满完成”改成“进展顺利”'],
    ['>> 刘局：总投资要和附件1的合计一致', '>> 刘局：总投资要和附件1的合计一致'],
    ['专项资金1800万元 TBC，主要用于物资储备。', 'TBC'],
    ['pls confirm w/ 财政局 before sending', 'pls confirm w/ 财政局 before sending'],
    ['覆盖率达到85%(per 市方案 should be 90%)，', '(per 市方案 should be 90%)'],
    ['「口径？」全年增长12%。', '「口径？」'],
    ['｛企业名称用全称｝', '｛企业名称用全称｝'],
    ['上半年受理群众信访\t[ ] 补上半年信访数据', '[ ] 补上半年信访数据'],
    ['按季度拨付到位。金额跟财政局再对一下 吴', '金额跟财政局再对一下 吴'],
    ['（0331 hjm 列席单位漏了县税务局）', '（0331 hjm 列席单位漏了县税务局）'],
    ['[cxl 4.9: 去年同期数补上]', '[cxl 4.9: 去年同期数补上]'],
    ['巡查责任人已公布。　——水利局老何3.14：按普查口径是127座', '——水利局老何3.14：按普查口径是127座'],
  ] as const) {
    it(`flags ${note}`, () => {
      assert.deepEqual(notesOf(draft('关于做好防汛工作的报告', '县政府：', '　　今年以来，我县防汛工作有序推进。', line, '特此报告。')), [note]);
    });
  }

  it('leaves a flow written with arrows, a Markdown draft\'s HTML comment, a version number, NB-IoT and a rule of equals signs alone', () => {
    for (const line of ['隐患排查发现→认定为重大事故隐患→挂牌督办→整改落实。', '平台采用NB-IoT技术，志愿者通过“i志愿”平台（V3.2版）扫码签到。', '===第一部分===', '>>相关链接：我县农村公路建设大事记', '（投标人是否已下载，以系统记录为准）']) {
      assert.deepEqual(notesOf(draft('关于做好防汛工作的报告', '县政府：', '　　今年以来，我县防汛工作有序推进。', line, '特此报告。')), [], line);
    }
    const md = draft('# 防汛通知', '', '各乡镇要做好物资储备。<!-- 待补：市应急管理局提供储备数量 -->', '', '特此通知。');
    assert.deepEqual(analyze(md, { ...DEFAULT_CONFIG, finalMode: true }, 'markdown').findings, []);
  });
});

describe('placeholder: values in units and mailboxes, and boxes that are no blanks', () => {
  const values = (line: string) => analyze(draft('关于采购设备的请示', '县财政局：', '　　现将有关事项请示如下。', line, '妥否，请批示。')).findings.filter((f) => f.rule === 'placeholder').map((f) => f.message.args?.['text']);
  it('flags X before a unit in letters (≥XmA, ≥XXXkHU) and a mailbox of x\'s', () => {
    assert.deepEqual(values('　　最大管电流≥XmA，阳极热容量≥XXXkHU。'), ['X', 'XXX']);
    assert.deepEqual(values('　　回执发送至qhdxxxxx@163.com。'), ['xxxxx']);
  });

  it('leaves a field\'s boxes alone once one is ticked, or when the form asks its reader to tick, and a case\'s 通报 named by ×', () => {
    assert.deepEqual(values('　　送达方式：□直接送达　□邮寄送达　☑电子送达'), []);
    assert.deepEqual(values('　　评议人类别（请在相应“□”内打“√”）：□县领导　□县直部门负责人'), []);
    assert.deepEqual(values('　　是否涉密：□是 □否'), ['□是 □否']);
    assert.deepEqual(values('　　案例研讨：《关于××市××局违规发放津补贴问题的通报》。'), []);
    assert.deepEqual(values('　　请学习《关于××县综合治理的方案》。').length, 1);
  });
});
