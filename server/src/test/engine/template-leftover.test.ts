import * as assert from 'node:assert/strict';
import { applyEdits, applyFix, covered, draft, findings, findingsOf, messageOf } from '../helpers';
import { formatMessage, MESSAGES } from '../../engine';

const RULE = 'template-leftover';

describe(RULE, () => {
  for (const instruction of ['（此处补充具体数据）', '（略）', '（根据实际情况填写）', '（这里填写本人分管的主要工作及成效）', '（以下生平请根据家属提供的材料填写）', '（具体乡镇）', '（现任职务）', '（复议机关）', '（单位意见，须写明推荐结论及公示情况）']) {
    it(`flags the instruction ${instruction}`, () => {
      const text = `今年主要指标完成情况${instruction}。`;
      const [finding, ...rest] = findingsOf(text, RULE);
      assert.ok(finding);
      assert.equal(rest.length, 0);
      assert.equal(covered(text, finding), instruction);
    });
  }

  it('leaves alone a notice\'s own request to its readers (（请各单位于3月5日前填写报名表）)', () => {
    assert.deepEqual(findingsOf('参加培训的人员名单请报县委组织部（请各单位于3月5日前填写报名表）。', RULE), []);
  });

  for (const ad of ['仅供学习 禁止外传', '欢迎加入QQ群：123456', '会员群：', '关注公众号获取更多范文', '来源：某某范文网', '免费下载更多资料', '本材料来源于网络，仅供参考，请勿外传。']) {
    it(`flags the advertising line ${ad} anywhere`, () => {
      const text = draft('关于做好工作的通知', '各单位：', ad, '现将有关事项通知如下。');
      const found = findingsOf(text, RULE);
      assert.equal(found.length, 1);
      assert.equal(found[0]!.range.start.line, 2);
    });
  }

  for (const ad of ['关注“红色文秘”公众号，回复“会议通知”获取更多模板', '更多精品范文请关注……', '欢迎转发，觉得有用请点个“在看”', '（全文约1300字，下载后可直接使用）']) {
    it(`flags the sharing line ${ad} of a download`, () => {
      const text = draft('关于召开全县重点项目推进会的通知', '各乡镇：', '现将有关事项通知如下。', ad, '　　县发改局');
      assert.deepEqual(findingsOf(text, RULE).map((f) => f.range.start.line), [3]);
    });
  }

  it('flags a writing tip or a note on the template standing on its own line, and leaves a form\'s own notes alone', () => {
    const tips = [
      '【写作提示：开幕词重在说明会议任务、提出会议要求，篇幅不宜过长。】',
      '注：此部分可结合本单位实际增减',
      '以下为参考格式，请根据本支部实际情况修改完善',
      '（以上议程仅供参考，请根据会议实际调整）',
      '注：批复应一文一事，针对请示事项逐项答复，态度要明确。',
      '【范文点评：商洽函属平行文，措辞应谦和得体，多用“商请”“恳请”等词语。】',
      '（请示应当一文一事，只主送一个上级机关，不得同时抄送下级机关）',
      '（发文机关署名应使用全称或者规范化简称，成文日期右空四字编排，加盖印章）',
    ];
    for (const tip of tips) {
      const text = draft('一、会议议程', '　　1.县长讲话。', tip, '二、有关要求');
      const found = findingsOf(text, RULE);
      assert.deepEqual(found.map((f) => covered(text, f)), [tip], tip);
      assert.ok(messageOf(found[0]!).includes('模板'), messageOf(found[0]!));
    }
    // A form's filling instructions and a table's notes are the document's own.
    assert.deepEqual(findingsOf(draft('【填写说明】', '1.本表由申报单位填写。', '注：本表一式三份。', '注：以上数据截至2025年底。'), RULE), []);
  });

  for (const ad of ['本文地址：www.gwxz-fanwen.com/han/20250312.html', '下载更多医院管理制度，请搜索“医院管理文库”', '人事资料网·表格下载中心　www.rszl-biaoge.cn', '更多办公文书模板，请访问办公文书库', '更多人事表格模板，请收藏本站，每日更新', '来源：办公文书库 bgwsk.net', '【会员免费】办公室常用文书模板合集之会议纪要（标准格式）', '商洽函模板（通用版）', '（本文档仅供参考，使用时请结合本单位实际修改完善）']) {
    it(`flags the download's line ${ad} in the body`, () => {
      const text = draft('关于召开全县重点项目推进会的通知', '各乡镇：', '现将有关事项通知如下。', ad, '　　县发改局');
      assert.deepEqual(findingsOf(text, RULE).map((f) => f.range.start.line), [3]);
    });
  }

  it('flags a sample\'s fields and instructions in brackets (（填写会议形成的决议）, （具体数量）, （议定事项一）, （答复意见）), not a title\'s own (（补充通知）, （征求意见稿）)', () => {
    for (const [line, field] of [
      ['会议决定：（填写会议形成的决议）', '（填写会议形成的决议）'],
      ['5.其他措施：（补充本院其他处置措施）', '（补充本院其他处置措施）'],
      ['拟购置设备（具体数量）台。', '（具体数量）'],
      ['1.（议定事项一）；', '（议定事项一）'],
      ['二、（商洽事项二，如：商请贵单位协助提供场地及相关设施设备）', '（商洽事项二，如：商请贵单位协助提供场地及相关设施设备）'],
      ['一、（答复意见）', '（答复意见）'],
    ] as const) {
      const text = draft('一、会议情况', line);
      assert.deepEqual(findingsOf(text, RULE).map((f) => covered(text, f)), [field], line);
    }
    for (const title of ['关于调整城区停车收费标准的通知（补充通知）', '青溪县城市管理条例（征求意见稿）', '关于2025年度财政预算执行情况的报告（书面）']) assert.deepEqual(findingsOf(title, RULE), [], title);
  });

  it('flags every line of the advertising block at the top, and offers to delete a line', () => {
    const text = draft('仅供学习 禁止外传', '现在订阅立享全部资料', '', '在全县工作会议上的讲话', '同志们：');
    const found = findingsOf(text, RULE);
    assert.deepEqual(found.map((f) => f.range.start.line), [0, 1]);
    assert.equal(applyFix(text, found[1]!), draft('仅供学习 禁止外传', '', '在全县工作会议上的讲话', '同志们：'));
  });

  it('flags the page numbers of a PDF in their other forms (·3·, Page 3 of 9, 第三页) and the title it repeats at the top of each page', () => {
    const footers = draft('一、总体要求', '各地要高度重视。', '·3·', 'Page 3 of 9', '第三页', '二、工作措施', '各地要加强领导。');
    assert.deepEqual(findingsOf(footers, RULE).map((f) => f.range.start.line), [2, 3, 4]);
    const pages = draft('清源县农业农村局', '2024年工作总结和2025年工作打算', '', '一、主要成效', '全年粮食产量稳定。', '', '— 1 —', '', '清源县农业农村局2024年工作总结和2025年工作打算', '', '二、存在问题', '短板依然突出。', '', '清源县农业农村局', '2025年1月10日');
    const found = findingsOf(pages, RULE);
    assert.deepEqual(found.map((f) => f.range.start.line), [6, 8]);
    assert.match(messageOf(found[1]!), /“清源县农业农村局2024年工作总结和2025年工作打算”是复制 PDF 时每页重复出现的页眉/);
    // Deleting a page's number takes the blank lines the page break left with it.
    assert.equal(applyFix(pages, found[0]!).split('\n').slice(4, 7).join('|'), '全年粮食产量稳定。||清源县农业农村局2024年工作总结和2025年工作打算');
    // The office's name over its 函's title, far from any page number, is the document's own; so is its signature.
    assert.deepEqual(findingsOf(draft('云溪县交通运输局', '', '云交函〔2026〕17号', '', '云溪县交通运输局', '关于第56号提案的答复函', '正文。'), RULE), []);
  });

  it('flags a template\'s notes on what to cut (（注：……删减）) and the fields it names for filling in (（单位名称）, （姓名）)', () => {
    const text = draft('（单位名称）：', '　　（注：以下内容根据实际情况删减，项目总数一般不少于6项）', '　　（以下内容根据实际情况删减）', '　　联系人：（姓名），电话：（电话号码）。', '　　（注：本表数据来源于县统计局。）', '　　（此件公开发布）', '　　单位名称（盖章）：');
    assert.deepEqual(findingsOf(text, RULE).map((f) => covered(text, f)), ['（单位名称）', '（注：以下内容根据实际情况删减，项目总数一般不少于6项）', '（以下内容根据实际情况删减）', '（姓名）', '（电话号码）']);
  });

  it('flags a template\'s options left side by side (（此件公开/依申请公开/不予公开）), and says to keep one', () => {
    const text = draft('请各乡镇抓好落实。', '　　（此件公开/依申请公开/不予公开）', '　　（主动公开、依申请公开）');
    const found = findingsOf(text, RULE);
    assert.deepEqual(found.map((f) => covered(text, f)), ['（此件公开/依申请公开/不予公开）', '（主动公开、依申请公开）']);
    assert.ok(messageOf(found[0]!).includes('只保留适用的一项'), messageOf(found[0]!));
    assert.ok(messageOf(found[0]!, 'en').includes('keep only the one that applies'));
    assert.deepEqual(findingsOf(draft('请各乡镇抓好落实。', '　　（此件公开发布）', '　　（此件依申请公开）'), RULE), []);
  });

  it('flags a download page\'s title and footer lines (精品文档, Word版可编辑, 范文（最新版）, 直接套用, 如有侵权)', () => {
    const text = draft('【精品文档】Word版可编辑 | 乡镇人居环境整治方案范文', '县委书记在全县安全生产工作会议上的讲话范文（最新版）', '一、总体要求', '要搭建档案管理平台，推进数据共享，把版面编好。', '二、主要任务', '如有侵权请联系删除');
    assert.deepEqual(findingsOf(text, RULE).map((f) => f.range.start.line), [0, 1, 5]);
  });

  it('reports a download\'s own words inside a paragraph where they stand, and leaves an office\'s sentences alone', () => {
    const prose = draft('一、工作', '　　近年来，县工商联还建立了民营企业服务QQ群和微信群，及时推送各类惠企政策，帮助企业解决实际困难和问题，取得了良好效果，得到了企业普遍好评，各方面反映都很好。', '　　办公室同志离权力近、接触机密多，涉密文件一律按规定流转，内部资料一律禁止外传，对外提供材料必须履行审批手续，确保万无一失，这是铁的纪律，任何人不得违反。');
    assert.deepEqual(findingsOf(prose, RULE), []);
    const pasted = draft('一、工作', '　　这篇讲话稿来自公文范文网，全文较长，内容丰富，结构完整，适合各级领导干部在工作会议上使用，可以直接修改使用。本文来源于网络，如有侵权请联系删除，谢谢大家的支持与厚爱！');
    const found = findingsOf(pasted, RULE);
    assert.deepEqual(found.map((f) => covered(pasted, f)), ['范文网', '本文来源', '如有侵权']);
    // Not the whole paragraph: no fix deletes it.
    assert.ok(found.every((f) => !f.fixes), 'no line deletion for words inside a paragraph');
  });

  it('takes a 简报\'s own marking (内部资料　注意保存) for no banner: only a source line below is reported', () => {
    const bulletin = draft('内部资料　注意保存', '', '　　青川县政务工作简报', '第12期（总第156期）', '　　本期目录', '　　县政府召开防汛工作会议', '', '　　县政府召开防汛工作会议', '　　来源：青川县人民政府网');
    assert.deepEqual(findingsOf(bulletin, RULE).map((f) => f.range.start.line), [8]);
  });

  it('flags the page footers, copyright lines and site notes a download carries in its body', () => {
    const debris = [
      '第2页 共3页',
      '第 1 页 共 3 页',
      '本文共5页，约4200字',
      '©2025 公文范文大全 版权所有',
      '—— 本文由公文写作助手整理，转载请注明出处 ——',
      '声明：本站所有文章均为学习交流之用，不代表本站观点。',
      '↓↓↓ 更多精彩内容请订阅本站VIP ↓↓↓',
      '↓↓↓ 下载完整版请点击下方链接 ↓↓↓',
      '【相关推荐】单位上半年工作总结范文3篇',
    ];
    for (const line of debris) {
      const text = draft('在全县工作会议上的讲话', '同志们：', '今年以来，全县上下共同努力。', line, '各单位要抓好落实。');
      assert.deepEqual(findingsOf(text, RULE).map((f) => f.range.start.line), [3], line);
    }
    // The same words in ordinary sentences are not debris.
    const body = draft('在全县工作会议上的讲话', '同志们：', '要推荐一批优秀干部，加强阅读推广，本站点（水文站）汛期加密观测，材料共印3页。');
    assert.deepEqual(findingsOf(body, RULE), []);
  });

  it('flags the page numbers and web-page navigation a paste carries, as such', () => {
    for (const line of ['— 3 —', '- 12 -', '3 / 12', '返回顶部', '【打印本页】', '【打印本页】【关闭窗口】', '阅读原文', '阅读 3217', '分享 收藏 点赞 在看', '点击上方蓝字关注我们', '长按识别二维码关注', '往期推荐', '原创 澜江应急 澜江应急管理 2025年05月28日 18:06 云南', '【字体：大 中 小】', '当前位置：首页 > 政务公开 > 通知公告', '发布时间：2025-03-18 来源：江州市人民政府办公室 浏览次数：1234', '首页 > 政务公开 > 通知公告', '扫一扫在手机打开当前页', '上一篇：关于做好春耕生产工作的通知', '下一篇：无']) {
      const text = draft('关于做好防汛工作的通知', '各乡镇人民政府：', line, '现将有关事项通知如下。');
      const found = findingsOf(text, RULE);
      assert.deepEqual(found.map((f) => f.range.start.line), [2], line);
      assert.ok(messageOf(found[0]!).includes('页码、导航文字'), messageOf(found[0]!));
    }
    // A long line is quoted up to a space or a clause mark, not into a clock time.
    const stamp = findingsOf(draft('关于做好防汛工作的通知', '发布时间：2025-04-08 16:20　来源：青川县科学技术局　浏览次数：1236'), RULE);
    assert.ok(messageOf(stamp[0]!).includes('“发布时间：2025-04-08…”'), messageOf(stamp[0]!));
    // In a sentence, the same words are text.
    const body = draft('关于做好防汛工作的通知', '各乡镇要在第3页所列时间前完成排查，不得关闭监测站点，浏览量较大的页面要及时更新。', '首页的栏目设置要合理，上一篇报道已经说明。');
    assert.deepEqual(findingsOf(body, RULE), []);
  });

  it('leaves the stage direction of a speech alone', () => {
    assert.deepEqual(findingsOf('这是全县人民共同奋斗的结果（此处停顿，等待掌声）。', RULE), []);
  });

  it('reports an advertising line once: the placeholders in it go with it', () => {
    const text = draft('在全县工作会议上的讲话', '文章来源：XX范文网', '同志们：');
    assert.deepEqual(findings(text).map((f) => `${f.rule}@${f.range.start.line}`), [`${RULE}@1`]);
  });

  it('does not treat ordinary words as advertising in the body', () => {
    const text = draft('在全县工作会议上的讲话', '同志们：', '要做好党报党刊订阅工作，搭建政务服务平台，推动资源分享。', '各县（市、区）要抓好落实。');
    assert.deepEqual(findingsOf(text, RULE), []);
    // A reply's own `以上意见仅供参考。` is no sample's note; `本方案仅供参考，下载后可编辑使用。` is.
    assert.deepEqual(findingsOf(draft('关于征求意见的复函', '以上意见仅供参考。'), RULE), []);
    assert.equal(findingsOf(draft('一、总体要求', '本方案仅供参考，下载后可编辑使用。'), RULE).length, 1);
  });

  it('leaves alone a cut marked in a quoted speech (……（略）……), and flags （具体数据）', () => {
    assert.deepEqual(findingsOf('县委书记强调：“要把制造业作为立县之本，……（略）……以工业经济的稳定增长支撑全县经济大盘。”', RULE), []);
    const text = '全年完成投资（具体数据）亿元。';
    assert.deepEqual(findingsOf(text, RULE).map((f) => covered(text, f)), ['（具体数据）']);
  });

  it('leaves alone an attachment left out of the published text (附件：……（略）)', () => {
    assert.deepEqual(findingsOf(draft('一、表彰决定', '附件：先进个人名单（略）'), RULE), []);
    assert.equal(findingsOf(draft('一、主要成效', '主要成效（略）。'), RULE).length, 1);
  });

  it('leaves alone a work group, an official account or a download an office points its units to; a group advertised is still flagged', () => {
    const notice = draft('一、工作要求', '各单位联络员确定后，请加入“全县环境整治联络员”QQ群（群号：786423519），便于工作对接。');
    assert.deepEqual(findingsOf(notice, RULE), []);
    assert.deepEqual(findingsOf(draft('一、工作要求', '统计表电子版可登录县委宣传部门户网站“通知公告”栏目免费下载。'), RULE), []);
    assert.deepEqual(findingsOf(draft('一、工作要求', '市民可扫码关注公众号参与投票。'), RULE), []);
    assert.equal(findingsOf(draft('一、工作要求', '更多范文资料请加QQ群786423519。'), RULE).length, 1);
    assert.equal(findingsOf(draft('一、工作要求', '更多范文请关注公众号。'), RULE).length, 1);
  });

  it('leaves alone a news outlet cited as a source in brackets, not a template site', () => {
    assert.deepEqual(findingsOf(draft('一、媒体报道', '我县防汛工作获中央媒体关注。（来源：新华网）'), RULE), []);
    assert.equal(findingsOf(draft('一、媒体报道', '（来源：公文范文网）'), RULE).length, 1);
    assert.equal(findingsOf(draft('一、媒体报道', '文章来源：中国范文网'), RULE).length, 1);
  });
  it('quotes a long banner up to a clause mark, not cut inside a word', () => {
    const text = draft('一、总体要求', '本文档下载后可编辑修改，更多范文请关注公众号“公文小助手”。');
    const [banner] = findingsOf(text, RULE);
    assert.equal(messageOf(banner!), '“本文档下载后可编辑修改…”是下载范文时带入的广告或水印文字，正式稿中应删除');
  });

  it('flags the notes of a sample to its drafter on their own lines (（写作提示：……）, 【小编提示】, 定稿时删除此行, 待……提供后附后)', () => {
    const notes = [
      '（写作提示：开头部分简要交代读书班的背景、目的和安排，一般控制在300字以内。）',
      '【小编提示】以下岗位设置仅供参考，各单位可根据活动性质自行修改，删除不适用的内容。',
      '【温馨提示】签订前请根据单位实际修改目标数值，打印时请删除本行及页眉广告。',
      '（议程顺序待王主任请示陈区长后再定，定稿时删除此行）',
      '（说明：以下条款可根据企业实际情况增删，适用于公司与车间、部门、班组之间逐级签订。）',
      '（注：附件1选区划分表、附件2工作日程安排表待镇人大办提供后附后）',
    ];
    for (const note of notes) {
      const text = draft('一、会议议程', '　　1.县长讲话。', note, '二、有关要求');
      assert.deepEqual(findingsOf(text, RULE).map((f) => covered(text, f)), [note], note);
    }
    // A notice's own notes to its readers stay.
    const own = draft('一、会议议程', '　　1.县长讲话。', '（注：具体时间另行通知）', '温馨提示：会议期间请将手机调至静音状态。', '【编者按】本期刊发县委书记在全县经济工作会议上的讲话。', '（以下简称“市场监管局”）');
    assert.deepEqual(findingsOf(own, RULE), []);
  });

  it('flags a long note left where text goes (（此处结合本单位实际，列举……）)', () => {
    const text = '举办读书班是锤炼过硬作风的有效途径。（此处结合本单位实际，列举近年来作风建设方面存在的1-2个突出问题。）读书班既是学习班，也是熔炉。';
    assert.deepEqual(findingsOf(text, RULE).map((f) => covered(text, f)), ['（此处结合本单位实际，列举近年来作风建设方面存在的1-2个突出问题。）']);
  });

  it('flags a post\'s end mark and its follow line (——本文完——, —— END ——, 点击上方蓝字“……”关注我们……)', () => {
    for (const line of ['——本文完——', '—— END ——', '-- 全文完 --', '点击上方蓝字“志愿服务模板库”关注我们，每天分享实用文案']) {
      const text = draft('关于做好防汛工作的通知', '各乡镇人民政府：', '现将有关事项通知如下。', line, '　　县应急局');
      assert.deepEqual(findingsOf(text, RULE).map((f) => f.range.start.line), [3], line);
    }
    // A dash in a sentence is no end mark.
    assert.deepEqual(findingsOf(draft('一、总体要求', '——坚持人民至上。'), RULE), []);
  });

  it('flags a sample\'s own words about itself and its site (本文为范文, 删除水印, 公众号后台回复, 更多……范本)', () => {
    for (const line of ['温馨提示：本文为范文，仅供参考，请结合实际修改后使用。', '（此文档可编辑，双击页眉可删除水印）', '—— 更多招标文件范本、评标办法模板，请在公众号后台回复“招标”获取 ——']) {
      const text = draft('关于召开全县重点项目推进会的通知', '各乡镇：', '现将有关事项通知如下。', line, '　　县发改局');
      const found = findingsOf(text, RULE);
      assert.deepEqual(found.map((f) => f.range.start.line), [3], line);
      assert.ok(messageOf(found[0]!).includes('广告或水印'), messageOf(found[0]!));
    }
    // An office's contract template and a 水印 of its own are no download's.
    assert.deepEqual(findingsOf(draft('一、工作要求', '　　各单位要使用省住建厅制定的合同范本，在印发的文件上加盖水印。'), RULE), []);
  });

  it('flags the titles a download page lists under 相关范文推荐, up to the blank line', () => {
    const text = draft('谈话对象签字：　　　　　谈话人签字：', '', '相关范文推荐：', '1.新任职干部集体廉政谈话讲话稿（精选3篇）', '2.党风廉政建设约谈提纲范文', '', '附件：谈话记录表');
    assert.deepEqual(findingsOf(text, RULE).map((f) => f.range.start.line), [2, 3, 4]);
  });

  it('flags options left in brackets for the writer to choose from, with a fix for each, and leaves units and a 回执\'s options alone', () => {
    const text = draft(
      '　　建设资金来自（财政资金/国有企业自筹资金）。',
      '　　3.3本次招标（接受/不接受）联合体投标。',
      '　　3.每（周/月）至少组织一次安全检查。',
      '　　7.1评标办法为（经评审的最低投标价法/综合评估法）。',
      '（尊敬的/亲爱的）各位领导、各位来宾，（女士们、先生们/同志们、朋友们）：',
    );
    const found = findingsOf(text, RULE);
    assert.deepEqual(found.map((f) => covered(text, f)), ['（财政资金/国有企业自筹资金）', '（接受/不接受）', '（周/月）', '（经评审的最低投标价法/综合评估法）', '（尊敬的/亲爱的）', '（女士们、先生们/同志们、朋友们）']);
    assert.deepEqual(found[5]!.fixes!.map((fix) => formatMessage(MESSAGES, fix.title, 'zh')), ['只保留“女士们、先生们”', '只保留“同志们、朋友们”']);
    assert.equal(messageOf(found[1]!), '“（接受/不接受）”是模板中并列的备选项，定稿时应只保留适用的一项');
    const monthly = found[2]!;
    assert.deepEqual(monthly.fixes!.map((fix) => formatMessage(MESSAGES, fix.title, 'zh')), ['只保留“周”', '只保留“月”']);
    assert.deepEqual(monthly.fixes!.map((fix) => formatMessage(MESSAGES, fix.title, 'en')), ['Keep only "周"', 'Keep only "月"']);
    assert.equal(applyEdits(text, monthly.fixes![1]!.edits).split('\n')[2], '　　3.每月至少组织一次安全检查。');
    assert.ok(found.every((f) => f.fixes!.every((fix) => !fix.safe)), 'which option applies is the writer\'s to say');
    // Units, and a frequency that is one (`（次/周）`), are no options.
    assert.deepEqual(findingsOf(draft('　　地价（元/平方米）、产值（万元/公顷）、检查频次（次/周）均按统计口径填报。'), RULE), []);
    // A 回执's options are for whoever returns it.
    assert.deepEqual(findingsOf(draft('　　请于3月5日前报名。', '', '附：报名回执', '姓名：　　　　住宿（需要/不需要）'), RULE), []);
  });

  it('flags shorter options where they fill a slot (after a colon, a space or 通过), not the categories named after a noun', () => {
    const text = draft('　　（四）建设性质：（新建/改扩建）。', '　　演练时间：2025年5月8日　（上午/下午）9:00。', '　　您通过（信函/网络平台/当面）提交的申请已收悉。');
    assert.deepEqual(findingsOf(text, RULE).map((f) => covered(text, f)), ['（新建/改扩建）', '（上午/下午）', '（信函/网络平台/当面）']);
    const categories = draft('附件：第三季度来信分类统计表（属实/部分属实/不属实）', '| 序号 | 整改状态（已销号/待销号/整改中） |');
    assert.deepEqual(findingsOf(categories, RULE), []);
  });

  it('flags notes about the template itself and a writing tip\'s points (注：……本范本……, 【……通用模板……】, 1.开头……)', () => {
    const notes = draft(
      '【依申请公开答复书通用模板（予以公开类）】',
      '（讲话稿范文，仅供参考，使用时请结合本地实际修改）',
      '【写作要点】慰问信一般由标题、称谓、正文、结尾和落款五部分组成。',
      '1.开头点明慰问时机和慰问对象，表达节日问候；',
      '2.结尾展望新的一年，送上祝福。',
      '致全县离退休老干部的新春慰问信',
      '注：以上时间节点可根据本单位实际情况调整。',
      '注：结尾部分可根据会议要求调整。',
      '注：签约前请将本范本中的下划线部分全部填写完整，并删除本注释。',
    );
    assert.deepEqual(findingsOf(notes, RULE).map((f) => f.range.start.line), [0, 1, 2, 3, 4, 6, 7, 8]);
    // The items a tip is about are the text's own: `1.生鲜区……` under `【写作提示：问题描述应客观具体】`.
    const items = draft('【写作提示：问题描述应客观具体】', '　　1.生鲜区部分预包装食品超过保质期仍在销售。', '　　2.冷藏展示柜温度记录不完整。');
    assert.deepEqual(findingsOf(items, RULE).map((f) => f.range.start.line), [0]);
    // A final text's note to its readers stays: `注：各单位可根据实际情况调整时间。`.
    assert.deepEqual(findingsOf(draft('　　一、时间安排', '　　3月10日前完成自查。', '注：各地可根据实际情况调整时间。'), RULE), []);
  });

  it('flags a template\'s tips and labels on their own lines, its title with download figures, and a bracket asking for the drafter\'s own content', () => {
    const template = draft(
      '2024年度个人工作总结范文（通用模板）★★★★★ 下载量：12万+',
      '欢迎辞范文｜适用于接待考察团、代表团（可修改）',
      '【新闻通稿模板】使用说明：标题不超过30字，正文控制在800字以内。',
      '【导语】（一句话概括新闻五要素）',
      '【正文】',
      '【提示：本部分建议写3—5条，每条不超过100字】',
      '【注意：如申请人为法人或其他组织，请将“您”改为“你单位”】',
      '【结尾可根据宴请、座谈等不同场合选用】',
      '（以下根据不同情形选择适用，删除不适用的段落）',
      '（签名）',
      '2025年1月10日',
    );
    assert.deepEqual(findingsOf(template, RULE).map((f) => f.range.start.line), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const problem = '（一）理论学习方面。（结合实际列举具体问题）。';
    assert.deepEqual(findingsOf(problem, RULE).map((f) => covered(problem, f)), ['（结合实际列举具体问题）']);
    // A finished text keeps its own words: a form's signing label, a sentence that works 结合实际 into it.
    assert.deepEqual(findingsOf(draft('申请人（签名）：王明', '各单位要结合实际，列举具体问题清单。', '【编者按】本期刊发三篇经验材料。'), RULE), []);
  });

  it('flags a form\'s field left with all its options, with a fix for each, and a 信访人\'s address left to fill; not units nor a 回执\'s options', () => {
    const text = '密　　级：无　　紧急程度：特急/加急/平急';
    const [finding, ...rest] = findingsOf(text, RULE);
    assert.equal(rest.length, 0);
    assert.equal(covered(text, finding!), '特急/加急/平急');
    assert.deepEqual(finding!.fixes!.map((f) => applyEdits(text, f.edits)), ['密　　级：无　　紧急程度：特急', '密　　级：无　　紧急程度：加急', '密　　级：无　　紧急程度：平急']);
    assert.deepEqual(findingsOf('公开属性：主动公开/依申请公开/不予公开', RULE).length, 1);
    assert.deepEqual(findingsOf('送达地址：（信访人地址）', RULE).length, 1);
    assert.deepEqual(findingsOf(draft('计价单位：元/平方米', '主办：市委宣传部/市文明办', '参会回执', '是否住宿：需要/不需要'), RULE), []);
  });

  it('leaves alone the office signing under a date still to fill (not a running header), and a 送达回证\'s 签收日期', () => {
    const text = draft('青山县安全生产委员会办公室', '关于第三季度安全生产大检查情况的通报', '　　各乡镇：', '　　现将检查情况通报如下。', '　　　　　　　　青山县安全生产委员会办公室', '　　　　　　　　20XX年X月X日');
    assert.deepEqual(findingsOf(text, RULE), []);
    const receipt = draft('送达回证', '受送达人签名：＿＿＿＿＿＿', '签收日期：＿＿＿＿年＿＿月＿＿日');
    assert.deepEqual(findingsOf(receipt, 'placeholder'), []);
  });

  it('ends the advertising block at the top where three lines without such wording follow each other: a short 委托书 under it is the document', () => {
    const text = draft('授权委托书范本（通用版）_公文范文网', '发布时间：2024-11-05　　【下载】【收藏】', '授权委托书', '委托单位：云溪县农业农村局', '受托人：周明远　　职务：科员', '　　特此委托。', '附：受托人身份证复印件', '　　更多授权委托书范文请访问 www.gwfanwen.net　本文档仅供学习交流，禁止外传。');
    assert.deepEqual(findingsOf(text, RULE).map((f) => f.range.start.line), [0, 1, 7]);
  });

  it('flags a sample site\'s words about itself (本站为您精心整理, 小编为大家整理, 免费领取, 【范文】, 下载本文, 请勿全文照搬)', () => {
    for (const line of ['导读：本站为您精心整理了机关事业单位通用授权委托书范本。', '下面是小编为大家整理的邀请函范文，欢迎阅读借鉴！', '扫码关注“党建范文库”公众号，回复“述职”免费领取50篇述职报告模板。', '【范文】庆祝建党104周年表彰大会主持词（精选）', '下载本文　　收藏　　纠错', '（全文完。本文为原创范文，请勿全文照搬。）']) {
      const text = draft('关于做好工作的通知', '各单位：', line, '现将有关事项通知如下。');
      assert.deepEqual(findingsOf(text, RULE).map((f) => f.range.start.line), [2], line);
    }
  });

  it('flags a sample\'s instructions in brackets (（按最高学历填写）, （请使用部门补充……）, （简要概述……）, （结合……实际，提出……）, （……确定后补充）, （落款单位名称及日期……）)', () => {
    for (const instruction of ['（按最高学历填写）', '（请使用部门补充面料成分及克重要求）', '（简要概述全年党建工作总体成效，50字左右）', '（结合上级部署和本单位实际，提出2至3条具体措施）', '（具体点位请县农业农村局协助确定后补充）', '（落款单位名称及日期，加盖公章）']) {
      const text = `工作情况${instruction}。`;
      assert.deepEqual(findingsOf(text, RULE).map((f) => covered(text, f)), [instruction]);
    }
    // A requirement to the readers is no instruction to the drafter.
    assert.deepEqual(findingsOf('交流材料（篇幅控制在2500字以内）请于5月10日前报送。', RULE), []);
  });

  it('flags a sample\'s tips on their own lines (（以下为正文）, 写作要点：……, 温馨提示：主持词中……), not a notice\'s own 温馨提示', () => {
    for (const line of ['（以下为正文）', '写作要点：邀请函应写明活动的目的、时间、地点。', '温馨提示：主持词中领导姓名、职务请务必与会议通知核对一致。']) {
      const text = draft('表彰大会主持词', line, '同志们：');
      assert.deepEqual(findingsOf(text, RULE).map((f) => f.range.start.line), [1], line);
    }
    assert.deepEqual(findingsOf(draft('关于春节期间燃放烟花爆竹的通告', '温馨提示：请广大市民文明燃放，注意安全。'), RULE), []);
  });

  it('leaves a quotient in a formula alone (得分=（评标基准价/投标报价）×30)', () => {
    assert.deepEqual(findingsOf('投标报价得分=（评标基准价/投标报价）×30。', RULE), []);
  });

  it('flags a 公众号 post\'s chrome (原创 with a dated byline, ↑点击上方……设为星标, ▼往期推荐▼ with its titles, END, 阅读原文 在看 点赞, [图片], [二维码])', () => {
    const post = draft('原创　公文笔记本　2025-06-20 07:00', '↑点击上方“公文笔记本”，设为星标，第一时间获取范文', '关于巡察整改的报告', '一、整改工作开展情况', '按要求逐项整改。', '[图片]', 'END', '▼往期推荐▼', '巡察整改专题民主生活会对照检查材料（模板）', '2025年党组理论学习中心组学习计划', '', '▼长按识别下方二维码，加入公文写作交流群▼', '[二维码]', '阅读原文　　在看　　点赞　　分享');
    assert.deepEqual(findingsOf(post, RULE).map((f) => f.range.start.line), [0, 1, 5, 6, 7, 8, 9, 11, 12, 13]);
  });

  it('flags a web page\'s title, path and 相关文章 list, and a request to follow an account for a template', () => {
    const page = draft('介绍信格式范本（带存根，可直接打印）_第一文库网', '首页　›　实用范文　›　证明/介绍信　　　　阅读：8652次　　[打印本页]　[加入收藏]', '介绍信', '兹介绍周明远同志前往贵单位联系工作。', '微信扫一扫，关注“第一文库”公众号，回复“介绍信”获取Word模板', '相关文章：', '· 党员组织关系介绍信范本（2025版）', '· 收入证明模板（银行贷款用）');
    assert.deepEqual(findingsOf(page, RULE).map((f) => f.range.start.line), [0, 1, 4, 5, 6, 7]);
    // An office's own request to follow its account is no download's.
    assert.deepEqual(findingsOf(draft('一、宣传引导', '请关注“云溪发布”公众号，回复“社保”获取办事指南。'), RULE), []);
  });

  it('flags an example and a choice to make in brackets (（例：……）, （……，选填一项）, （……可在此补充）)', () => {
    for (const instruction of ['（例：因腰椎间盘突出需住院治疗，请附医院诊断证明）', '（事假/病假/年休假/婚假/产假/探亲假/丧假，选填一项）', '（如有其他需要说明的事项，可在此补充）']) {
      const text = `请假事由${instruction}。`;
      assert.deepEqual(findingsOf(text, RULE).map((f) => covered(text, f)), [instruction]);
    }
  });

  it('flags a form\'s field left with （是/否） after its colon, with a fix for each; not the same words after a noun', () => {
    const text = '是否跨县（市）用车：（是/否）';
    const [finding, ...rest] = findingsOf(text, RULE);
    assert.deepEqual(rest, []);
    assert.equal(covered(text, finding!), '（是/否）');
    assert.equal(applyFix(text, finding!), '是否跨县（市）用车：是');
    assert.deepEqual(findingsOf('人员是否到位（是/否）', RULE), []);
  });

  it('flags a field standing where its value goes (交货地点：（交货地点）, ×××：（发言要点）, （汇报单位）), not a signature\'s （签字）', () => {
    for (const [text, field] of [['交货地点：（交货地点）。', '（交货地点）'], ['×××：（发言要点）', '（发言要点）'], ['会议听取了（汇报单位）关于工作的汇报。', '（汇报单位）'], ['参会人员（以上人员按职务排序，请根据会议签到表据实填写）', '（以上人员按职务排序，请根据会议签到表据实填写）']] as const) {
      assert.deepEqual(findingsOf(text, RULE).map((f) => covered(text, f)), [field], text);
    }
    assert.deepEqual(findingsOf('承诺人：（签字）', RULE), []);
    assert.deepEqual(findingsOf('编号：（由局办公室填写）', RULE), []);
  });

  it('flags a bare field standing where the sentence needs its words (结合（地区）实际, 对照（上级党委）要求, 、（相关乡镇）, 秉承“（校训）”), not brackets after the words they explain', () => {
    for (const [text, field] of [
      ['结合（地区）实际，制定本方案。', '（地区）'],
      ['对照（上级党委）要求，工作中还存在一些差距。', '（上级党委）'],
      ['为深入贯彻落实（上级文件或会议精神），特召开本次座谈会。', '（上级文件或会议精神）'],
      ['成立由（县政府主要领导）任组长的领导小组。', '（县政府主要领导）'],
      ['县发改局、县经信局、（相关乡镇）负责同志一行赴外地考察。', '（相关乡镇）'],
      ['秉承“（校训）”的校训，扎根边疆。', '（校训）'],
    ] as const) {
      assert.deepEqual(findingsOf(text, RULE).map((f) => covered(text, f)), [field], text);
    }
    for (const text of ['由各县（市、区）政府负责落实。', '按照党委（党组）的统一部署。', '根据《条例（试行）》规定。', '包括（但不限于）以下内容。', '在安排表中标注为“（待定）”，届时另行通知。', '对照（一）（二）两项要求逐条整改。']) {
      assert.deepEqual(findingsOf(text, RULE), [], text);
    }
  });

  it('flags a download\'s (范文) title, its counters, its intro and end mark, its ★ tips and the points of a tip under the date', () => {
    const text = draft(
      '关于青川县道路项目进度滞后的情况说明（范文）',
      '★本文共2800余字，阅读约需7分钟，建议先收藏再阅读★',
      '今天分享一篇基层宣讲稿范文，结构清晰、语言接地气，大家可以结合本地实际修改完善。',
      '★写作提示：开头宜开门见山，用身边变化引入主题。',
      '　　特此说明。',
      '青川县交通运输局',
      '2025年3月5日',
      '★ 写作要点：',
      '1. 证明须使用单位全称，加盖单位公章；',
      '2. 开具日期一般写开具当日。',
      '（全文完）',
      '还剩2页未读，继续阅读',
      '阅读 1.2万　　赞 356　　在看 89　　写留言',
    );
    assert.deepEqual(findingsOf(text, RULE).map((f) => f.range.start.line), [0, 1, 2, 3, 7, 8, 9, 10, 11, 12]);
    assert.equal(covered(text, findingsOf(text, RULE)[0]!), '（范文）');
    // Numbered items under a tip within the document are its own, unless they are about parts of the text.
    const within = draft('【写作要点】', '1.生鲜区要分区摆放；', '　　正文。', '青川县商务局', '2025年3月5日');
    assert.deepEqual(findingsOf(within, RULE).map((f) => f.range.start.line), [0]);
  });

  it('flags more of a download\'s and a form\'s leftovers (本模板由……提供, QQ交流群, reading time, a page behind a paywall, （删去不适用项）, 注：……请删除本说明, （提示：……撰写……）)', () => {
    const text = draft(
      '关于表彰2025年度先进集体的决定',
      '（本文共2页，第2页需开通VIP会员后查看）',
      '本文约3000字，阅读需要8分钟',
      '本模板由稻壳儿（docer.com）提供，仅限个人学习使用，商用请购买授权',
      'QQ交流群：826451379（已满）　2群：735810264',
      '（提示：述职报告应以第一人称撰写，全文控制在3000字以内。）',
      '注：本表可根据需要调整行高，填报时请删除本说明。',
      '完成情况：已完成/正在推进（删去不适用项）',
    );
    assert.deepEqual(findingsOf(text, RULE).map((f) => f.range.start.line), [1, 2, 3, 4, 5, 6, 7]);
    // An attachment's pages given in the note, and a notice's reminder to its readers, are the document's own.
    assert.deepEqual(findingsOf(draft('附件：1.青川县重点项目可行性研究报告', '（共46页）', '（提示：请参会人员携带身份证）'), RULE), []);
  });

  it('flags a post\'s lines opening with emoji, a 范文 site\'s sample heading and tool bar, a template\'s note on itself, a file\'s download details', () => {
    const lines = [
      '👆点击上方蓝字“公文写作大本营”关注我们，每天分享实用公文模板！',
      '⭐设为星标，第一时间收到推送，不错过每一篇干货⭐',
      '💡小编提示：议程一般按照“宣布开会—表彰—领导讲话”的顺序排列。',
      '✍️写作小贴士：交流发言单位一般选择3至5个。',
      '▍模板正文',
      '会议邀请函范文 篇1',
      '下载Word文档　|　复制全文　|　收藏本文',
      '【模板使用说明：本模板中人名、电话均为示例，使用时请替换为实际信息。】',
      '【模板说明】本模板适用于机关部门之间商洽工作。',
      '主题党日活动方案模板（附写作要点）｜Word可编辑',
      '文档格式：.docx　页数：4页　下载积分：5　上传者：dangjian_2023',
    ];
    const text = draft('全县表彰大会议程', ...lines, '一、宣布开会');
    assert.deepEqual(findingsOf(text, RULE).map((f) => f.range.start.line), lines.map((_, i) => i + 1));
    // An office's own item titled after the group it sets up is no download's banner.
    assert.deepEqual(findingsOf(draft('青川县政务信息', '关于建立全县乡村振兴信息员QQ交流群的提示', '　　各乡镇信息员请于3月5日前加入。'), RULE), []);
  });

  it('flags every bracket of options in a template that says its options are to be chosen from, and more instructions', () => {
    const declared = draft('【模板说明】使用时请根据实际情况选择括号内选项，选定后删除其余选项及括号。', '关于开展（大气/水/土壤）污染防治联合检查的函', '　　请于（上旬/中旬/下旬）派（2/3/4）名同志参加。');
    assert.deepEqual(findingsOf(declared, RULE).slice(1).map((f) => covered(declared, f)), ['（大气/水/土壤）', '（上旬/中旬/下旬）', '（2/3/4）']);
    assert.deepEqual(findingsOf(draft('关于开展（大气/水/土壤）污染防治联合检查的函', '　　核实情况（属实/部分属实/不属实）均已登记。'), RULE), []);
    for (const instruction of ['（填写审批人）', '（结合当月主题填写）', '（根据活动形式选择：支部活动室/红色教育基地）', '（活动形式可选：参观红色教育基地/开展志愿服务，可增减）', '（其他职责，可增减）', '（应急保障用车/执法执勤用车，根据实际情况选择）']) {
      const text = `须事先报${instruction}审批。`;
      assert.deepEqual(findingsOf(text, RULE).map((f) => covered(text, f)), [instruction], instruction);
    }
    const offices = '第十一条　公务用车实行单车核算。（财务科室）每年进行分析，超出标准的，（归口管理部门）应当书面说明原因。';
    assert.deepEqual(findingsOf(offices, RULE).map((f) => covered(offices, f)), ['（财务科室）', '（归口管理部门）']);
    assert.deepEqual(findingsOf('关于调整收费标准的通知（补充通知）', RULE), []);
  });

  it('flags a 文库 page\'s paywall lines and a sample\'s instructions to whoever drafts, not a form\'s requests to whoever fills it in', () => {
    const lines = ['篇一', '本文档由用户上传，仅供参考，如需完整版请付费下载', '本文档共2页，当前为第1页　｜　字数：约1100字', '免费获取完整文档，请点击右上角“下载”按钮', '猜你喜欢：给公安局的表扬信｜给学校的表扬信', '说明：本文书格式供参考使用，正式制作时请删除括号内的提示文字。'];
    const text = draft('表扬信', ...lines, '青川县公安局：');
    assert.deepEqual(findingsOf(text, RULE).map((f) => f.range.start.line), lines.map((_, i) => i + 1));
    for (const instruction of ['（姓名、性别、民族、出生年月、住址、联系电话）', '（当事人为法人或者其他组织的，写明名称、住所）', '（可引用1—2条群众留言）', '（列明学习篇目）', '（根据上级通知确定主题，请勿自行拟定）', '（选择一种：由党组书记主持起草／由办公室起草）', '（如属部分公开，写明理由；如全部公开，删除本段）']) {
      const line = `申请人：${instruction}`;
      assert.deepEqual(findingsOf(line, RULE).map((f) => covered(line, f)), [instruction], instruction);
    }
    assert.deepEqual(findingsOf('住所（住址）：青川县东坝街道建设路18号', RULE), []);
    const form = draft('关于征求意见的通知', '　　请各单位认真填写附件。', '附件', '专题民主生活会征求意见表', '对班子成员个人的意见建议（请注明姓名）：');
    assert.deepEqual(findingsOf(form, RULE), []);
  });

  it('flags an instruction that holds a bracket of its own, and a longer one opening with 可列举', () => {
    for (const instruction of ['（填写证明用途，如办理因私出国（境）证件、入学政审等）', '（可列举具体学习内容，如学习贯彻党的二十届三中全会精神、党纪学习教育等）']) {
      const text = `本证明仅用于${instruction}，不作他用。`;
      assert.deepEqual(findingsOf(text, RULE).map((f) => covered(text, f)), [instruction], instruction);
    }
    assert.deepEqual(findingsOf('各县（市、区）要结合实际（包括各乡（镇）的情况）抓好落实。', RULE), []);
  });

  it('flags a sample\'s note to delete itself (……删除本说明, 本行打印前删除) and a 文库 page\'s download bar', () => {
    for (const line of ['（本合同为示范文本，使用时请删除本说明及各条款中的提示文字）', '（会议记录整理完毕后交支部书记审阅签字，本行打印前删除）', '下载文档到电脑，查找使用更方便　　¥3.00　　还剩1页未读，继续阅读']) {
      const text = draft('会议记录', line, '时间：2025年3月5日');
      assert.deepEqual(findingsOf(text, RULE).map((f) => f.range.start.line), [1], line);
    }
  });

  it('flags more of a download\'s lines and a sample\'s instructions (字数和阅读时间, 推荐阅读, 文库精选……下载券, a file name with its pages, 扫码下载APP, ★建议：……★, （温馨提示：……一般包括……）, （第三部分可结合……）, （以下内容请根据……调整）, field names)', () => {
    for (const line of ['（本文共1860字，阅读约需5分钟）', '推荐阅读：｜表态发言范文30篇合集｜', '文库精选 | 先进个人推荐报告（通用模板）　　下载券：2　　浏览量：3.2万', '志愿服务活动方案（通用版）.docx　　共3页', '扫码下载APP，海量文档免费看', '★建议：表态发言一般控制在3分钟以内★', '（温馨提示：推荐报告一般包括基本情况、主要事迹、推荐意见三部分）', '公文写作研习社　2025-03-12 07:30　发表于江苏', '（第三部分可结合本单位实际工作调整，其余略）']) {
      const text = draft('表态发言', line, '尊敬的各位领导：');
      assert.deepEqual(findingsOf(text, RULE).map((f) => f.range.start.line), [1], line);
    }
    for (const instruction of ['（讲话结束后主持人作总结，以下内容请根据县长讲话要点调整）', '（荣誉称号）', '（上级主管部门）']) {
      const text = `授予${instruction}。`;
      assert.deepEqual(findingsOf(text, RULE).map((f) => covered(text, f)), [instruction], instruction);
    }
  });
});

describe(`${RULE}: options left in a sentence, a 文库 page's chrome, instructions to cut what is left over`, () => {
  const leftovers = (text: string) => findingsOf(text, RULE).map((f) => covered(text, f));
  for (const [sentence, options] of [
    ['本机关决定准予/不予行政许可，核发许可证。', '准予/不予'],
    ['验收组一致同意该项目通过/不通过竣工验收。', '通过/不通过'],
    ['验收结论为“合格/基本合格/不合格”。', '合格/基本合格/不合格'],
    ['采取会议评审/网络评审方式。', '会议评审/网络评审'],
    ['你单位提出食品经营许可/食品生产许可申请。', '食品经营许可/食品生产许可'],
    ['我叫王某，男/女，汉族。', '男/女'],
    ['现为共青团员/群众，在县医院工作。', '共青团员/群众'],
  ] as const) {
    it(`flags ${options}, none chosen`, () => {
      assert.deepEqual(leftovers(draft('关于项目验收的意见', '县发改局：', sentence, '特此函告。')), [options]);
    });
  }

  it('leaves units, names joined by a slash and a legend in brackets alone', () => {
    for (const sentence of ['PM2.5平均浓度为28微克/立方米，设计速度80公里/小时，路网密度8.2公里/平方公里。', '主办：市委宣传部/市文明办。', '信访件分类统计（属实/部分属实/不属实）如下。', '按县乡1:1比例承担。']) {
      assert.deepEqual(leftovers(draft('关于项目验收的意见', '县发改局：', sentence, '特此函告。')), [], sentence);
    }
  });

  for (const line of ['安全文库网 > 应急管理 > 事故报告范文', '更新时间：2024-11-02　作者：安全员小李　字数：2150', '生产安全事故快报范文（通用5篇）', '范文一：建筑施工高处坠落事故快报', 'VIP会员立享8折　|　举报　|　收藏　|　分享', '收录于合集 #干部教育培训 36个', '（点击图片可查看大图）', '书香文库　wenku.shuxiang8.com', '相关文档推荐：专家邀请函范文5篇｜项目评审会议通知模板']) {
    it(`flags the page's line ${line}`, () => {
      assert.deepEqual(leftovers(draft('关于做好工作的通知', '各单位：', '　　现将有关事项通知如下。', line, '　　请认真贯彻执行。')), [line]);
    });
  }

  it('flags a writing tip however long, instructions to replace the examples or cut what is left over, and a field after 于 or 从', () => {
    const tip = '【写作提示】入党志愿书是申请人向党组织表达入党意愿的正式文书，一般包括对党的认识、入党动机、个人经历、今后努力方向等内容，字数以1500字左右为宜，最终须由本人手写誊抄。';
    assert.deepEqual(leftovers(draft('入党志愿书', tip, '敬爱的党组织：', '　　我志愿加入中国共产党。')), [tip]);
    for (const [line, found] of [
      ['[填写说明：本意见由验收组讨论形成，组长签字后生效；蓝色字为示例，请替换]', '[填写说明：本意见由验收组讨论形成，组长签字后生效；蓝色字为示例，请替换]'],
      ['　　评审专家须遵守以下纪律（请根据评审工作实际增删条款）。', '（请根据评审工作实际增删条款）'],
      ['　　技术参数如下（以下参数为2022年CT项目采购需求遗留内容，请设备科核对后删除）。', '（以下参数为2022年CT项目采购需求遗留内容，请设备科核对后删除）'],
      ['　　成　员：（镇领导班子其他成员、各村书记，按实际列出）', '（镇领导班子其他成员、各村书记，按实际列出）'],
      ['　　泵站配电设施接地不规范，请于（整改期限）整改到位。', '（整改期限）'],
      ['　　所需资金从（资金来源）中列支。', '（资金来源）'],
    ] as const) {
      assert.deepEqual(leftovers(draft('关于项目验收的意见', '县发改局：', '　　经验收，意见如下。', line, '特此函告。')), [found], line);
    }
  });
});
