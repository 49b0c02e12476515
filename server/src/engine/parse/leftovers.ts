/**
 * Text that a downloaded sample or a template leaves behind: advertising and
 * watermark lines (`仅供学习 禁止外传`, `QQ群`, `关注公众号`) and fill-in
 * instructions (`（此处补充具体数据）`, `（略）`).
 */
import type { Heading, LeftoverSpan } from '../model';
import { contentEnd, contentStart, isIdeograph, lineRange, type SourceLine } from '../text';
import { SIGNED_DATE } from './headings';
import { TRIGGER, type TextScan } from './scan';

/**
 * Unmistakable advertising or watermark wording, flagged wherever it stands.
 * Every phrase holds a key of scan.ts's ADVERTISING_CONTEXT: keep the two in step.
 */
export const ADVERTISING =
  /仅供学习|付费下载|免费获取完整|范文[ \u3000]*篇[0-9]{1,2}(?![0-9])|下载[Ww]ord文档|本模板由[^，。\n]{1,24}提供|分享一篇[^。，\n]{0,16}范文|(?:本文档?|本篇|本范文|本模板|本方案|本资料|此文|以下内容)仅供参考|下载后可(?:编辑|修改|直接使用|直接套用)|获取更多(?:模板|范文|资料)|更多[\u4e00-\u9fff]{0,6}(?:范文|范本|模板)|下载更多|下载中心|本文(?:地址|链接)[：:]|模板合集|范文点评|收藏本站|模板[（(](?:通用版?|标准版|最新版|完整版|精选版?|可编辑)[）)]|欢迎转发|点个?[“"]在看[”"]|禁止外传|严禁外传|请勿外传|[QqＱｑ]{2}(?:交流)?群|会员群|微信群[：:]|关注(?:微信)?公众号|免费下载|下载地址|下载完整版|点击下载|下载全文|相关范文|范文网(?!站)|范文大全|范文之家|范文先生|本文来源|文章来源|来源于(?:网络|互联网)|(?<!数据|资料)来源[：:][^\n]{0,30}(?:网|\.(?:net|com|cn)\b|文库|文书库)|版权归|版权所有|侵删|原创首发|转载请注明|转载请保留|如需转载|订阅本站|本站(?:VIP|会员|声明|所有|观点)|相关(?:文档)?推荐|编辑推荐|热门推荐|相关阅读|精品文档|本文(?:为|系|是)(?:原创)?范文|本站为您(?:精心)?整理|相关文章[：:]|[_｜|][^_｜|\n]{0,10}文库网?$|回复[“"][^”"\n]{1,10}[”"](?:即可)?(?:获取|领取|下载)[^。\n]{0,10}(?:模板|范文|范本|资料|全文|[Ww]ord)|小编为(?:您|大家)(?:精心)?整理|免费领取|【(?:范文|范本|模板)】|下载本文|下载文档|推荐阅读[：:]|文库精选|下载券|扫码下载|海量文档|请勿(?:全文)?照搬|(?:删除|去除|去掉)水印|公众号后台回复|原创力文档|[Ww]ord版|范文模板|直接套用|建议收藏|精选\d{1,2}篇|范文[（(](?:最新|精选)|百度文库|VIP专享|扫描下方二维码|扫码关注|如有侵权|更多精彩|下载量|★{3,}|范文[｜|丨]|范文[^\n]{0,30}[（(]可(?:修改|编辑)[）)]/;
/**
 * A line that is nothing but what a PDF's or a web page's layout put there: a page number
 * (`— 3 —`, `第2页 共3页`, `本文共5页`, `3 / 12`, `还剩2页未读，继续阅读`), a post's end mark (`——本文完——`, `—— END ——`, `（全文完）`),
 * its counters (`阅读 1.2万　　赞 356　　在看 89　　写留言`) or the page's navigation (`返回顶部`,
 * `【字体：大 中 小】`, `当前位置：首页 > ……`, `发布时间：2025-03-18 来源：…… 浏览次数：1234`, `上一篇：……`).
 * Not `编辑：…… 审核：……`: a 简报's own 版记 names its editor so.
 * Tested on short lines that are not headings.
 */
const LAYOUT =
  /^[▼▲↑↓]*(?:[—\-－─]{1,2}\s*\d{1,3}\s*[—\-－─]{1,2}|[·•]\s*\d{1,3}\s*[·•]|[Pp]age\s*\d{1,3}(?:\s*of\s*\d{1,3})?|第[一二三四五六七八九十]{1,3}页|第\s*\d{1,3}\s*页\s*[,，/]?\s*(?:共\s*\d{1,3}\s*页)?|(?:本文档?)?共\s*\d{1,3}\s*页(?:[，,].{0,30})?|篇[一二三四五六七八九十]{1,2}|猜你喜欢[：:].{0,60}|[（(]本文共\s*\d{1,3}\s*页[，,][^（()）]{0,20}[）)]|\d{1,3}\s*\/\s*\d{1,3}|(?:【?(?:返回顶部|打印本页|关闭窗口|打印|关闭)】?[\s\u3000]*)+|扫一扫在手机上?(?:查看|打开)当前页面?|(?:上一篇|下一篇)[：:].{0,60}|首页[\s\u3000]*[>＞›»][^。，；]{0,80}|阅读原文|(?:END|End)|[^\n]{1,20}[\s\u3000]\d{4}-\d{1,2}-\d{1,2}[\s\u3000]+\d{1,2}:\d{2}[\s\u3000]*发表于.{1,6}|[★（(]?本文(?:共|约)\d+余?字[，,][ \u3000]?阅读(?:约需|约|大约需要|需要|需)\d+分钟(?:[，,][^★（()）]{0,12})?[★）)]?|还剩\s*\d{1,3}\s*页未读[，,]?[\s\u3000]*(?:继续阅读)?|(?:(?:阅读|赞|在看|点赞|分享|收藏|写留言|留言)[\s\u3000]*(?:\d+(?:\.\d+)?万?\+?)?[\s\u3000]+){2,}(?:阅读|赞|在看|点赞|分享|收藏|写留言|留言)(?:[\s\u3000]*\d+(?:\.\d+)?万?\+?)?|[（(](?:全文完|本文完)[）)]|[^\n]{1,40}\.(?:docx?|pdf|wps)(?:[\s\u3000]+共\s*\d{1,3}\s*页)?|\[(?:图片|二维码|视频|音频)\]|阅读\s*\d+(?:\.\d)?万?\+?|(?:阅读原文|分享|收藏|点赞|在看|赞)(?:[\s\u3000]+(?:阅读原文|分享|收藏|点赞|在看|赞))+|↑?点击上方.{0,16}(?:关注|设为星标).{0,24}|设为星标.{0,40}|(?:文档格式|上传者|下载积分)[：:].{0,80}|[^\n]{1,40}[｜|][ \u3000]*[Ww]ord可编辑|[—\-－─]{1,2}\s*(?:本文完|全文完|正文完|[Tt]he\s*[Ee]nd|END|End)\s*[—\-－─]{1,2}|长按(?:识别)?(?:下方|上方|图中)?(?:二维码|图片).{0,20}|往期(?:推荐|回顾|精彩)(?:[：:].{0,60})?|原创[\s\u3000].{0,40}(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})[\s\u3000]*\d{1,2}:\d{2}.{0,8}|【字体[：:].{0,12}|当前位置[：:].{0,40}|(?:发布时间|来源)[：:].{0,60}浏览次数[：:]\s*\d+.{0,20}|发布时间[：:]\s*\d{4}-\d{1,2}-\d{1,2}.{0,40}|收录于合集[\s\u3000]*#.{0,30}|[（(]点击图片可?查看大图[）)]|.{0,20}(?:举报|收藏|分享)[\s\u3000]*[|｜][\s\u3000]*(?:举报|收藏|分享).{0,20}|.{1,16}(?:网|站|文库)[\s\u3000]*[>＞›»][^。，；]{0,80}|更新时间[：:].{0,20}(?:作者|字数)[：:].{0,40}|.{1,30}范文[（(](?:通用|精选|最新)?\d{1,2}篇[）)]|范文[一二三四五六七八九十]{1,2}[：:].{0,40}|[·•][ \u3000]?.{2,40}(?:范文|范本|模板).{0,20}|.{1,10}文库[\s\u3000]+[A-Za-z0-9.\-]+\.(?:com|cn|net)(?:\.cn)?)[▼▲↑↓]*$/;
/** Longer than this, a line is text, not layout. */
const LAYOUT_MAX_LENGTH = 80;

/** Wording that is advertising only inside the block of such lines at the top of a download (a 简报's `内部资料　注意保存` is its own marking). */
const ADVERTISING_WEAK = /订阅|会员|权益|举报|倒卖|平台|分享|迭代|(?<!内部)资料|下载|扫码|公众号|群[：:]/;

/** How far down the advertising block at the top of a download may reach. */
const HEAD_BLOCK_LINES = 30;
/** Lines without advertising wording that end the block when they follow each other. */
const HEAD_BLOCK_GAP = 3;
/** Lines longer than this are body text, not a banner. */
const BANNER_MAX_LENGTH = 80;

/**
 * Instructions from a template: a bracketed note telling the writer what to put there or what to
 * cut (`（注：以下内容根据实际情况删减）`, `（以下生平请根据家属提供的材料填写）`, `（其他议定事项，逐条列出）`), or a field
 * named for filling in (`（单位名称）`, `（姓名、职务）`, `（受理机构）`, `（具体数据）`), or a choice left unmade
 * (`（此件公开/依申请公开/不予公开）`: a 附注 says one of them).
 * A speech's stage direction (`（此处停顿，等待掌声）`) is for the speaker, not the writer.
 */
const INSTRUCTION =
  /[（(](?:略|例[：:][^（()）\n]{2,60}|[^（()）\n]{0,20}以下(?:内容)?请(?:根据|结合|按照)[^（()）\n]{1,24}(?:调整|修改|填写|补充)(?=[）)])|(?<=[：:][ \u3000]{0,2}[（(])(?!待定|略|无|见|签字|签名|盖章|签章|由|请)[\u4e00-\u9fff]{2,8}(?=[）)](?:[。；;，,]|$))|(?:汇报|备案|签订|交货|发言|受检|验收|报送)(?:单位|部门|地点|事项|要点|时间|内容)(?=[）)])|(?:荣誉称号|表态口号|小标题|上级主管部门|委托部门|主会场地点|其他需要提供的资料)(?=[）)])|(?:此件)?(?:主动)?公开[/／|、]依申请公开(?:[/／|、]不予公开)?|此处(?!停顿|稍停|暂停|鼓掌|有?掌声)[^）)\n]{0,60}|(?:删除|删去)不适用[^（()）\n]{0,6}|[^（()）\n]{0,60}(?:删除|删去)本段|[^（()）\n]{0,20}[，,]写明[^（()）\n]{2,40}(?=[）)])|可(?:引用|列举|补充|增加)[^（()）\n]{2,30}(?=[）)])|根据[^（()）\n]{1,12}确定[^（()）\n]{0,20}(?=[）)])|(?:选择|任选)一[种项][：:][^（()）\n]{0,60}(?=[）)])|这里[^）)\n]{0,30}(?:填写|补充|插入)[^）)\n]{0,30}|[^（()）\n]{0,12}根据实际(?:情况)?[^（()）\n]{0,30}|注[：:][^（()）\n]{0,60}?(?:删减|删除|删去|调整|修改|选择|增减|自行|结合实际)[^（()）\n]{0,60}|[^（()）\n]{0,12}请(?:根据|按照|依据)[^（()）\n]{0,16}(?:材料|资料|情况)[^（()）\n]{0,4}(?:填写|补充|填入|完善)|[^（()）\n]{0,30}(?:请填写|自行填写|自行修改|酌情增减|可增减|按需填写|据实填写|选填|在此补充|在此填写|按此格式|可根据|示例|范例|参考格式|逐条列出|逐项列出|可续写|配图[：:]|结合本地实际表述)[^（()）\n]{0,20}|具体(?:数据|数字|金额|名称|人数|事例|数量|要求|内容|措施|做法|乡镇|县区|楼栋|问题|联系方式|地点|时间|位置|单位|部门|项目|人员)(?=[）)])|[\u4e00-\u9fff]{2,8}[，,](?:须|应|需)写明[^（()）\n]{2,30}(?=[）)])|(?:简要|可)?(?:填写|填入|补充|列出|列明|写明|简述|概述|列举)[^（()）\n]{4,40}(?=[）)])|填写(?!(?:说明|须知|要求)[）)])[^（()）\n]{2,3}(?=[）)])|结合[^（()）\n]{1,12}填写(?=[）)])|根据[^（()）\n]{1,10}选择[^（()）\n]{0,40}(?=[）)])|[^（()）\n]{0,8}可选[：:][^（()）\n]{0,60}(?=[）)])|[^（()）\n]{1,60}[，,](?:可多选|任选其一|择一|根据实际情况选择|可增减)(?=[）)])|可增减[：:][^（()）\n]{0,60}(?=[）)])|请?根据[^（()）\n]{1,10}实际(?:情况)?(?:增删|增减|删减|调整|修改|填写)[^（()）\n]{0,10}(?=[）)])|[^（()）\n]{0,40}遗留[^（()）\n]{0,20}删除(?=[）)])|[^（()）\n]{0,40}(?:按实际|据实)(?:列出|填写|列明)(?=[）)])|[^（()）\n]{0,20}单独打印[^（()）\n]{0,30}(?=[）)])|(?:参考)?范文(?=[）)])|结合[^（()）\n]{0,12}实际(?:情况)?[，,]?(?:列举|填写|补充|写明|简述|概述|提出)[^（()）\n]{2,24}(?=[）)])|[^（()）\n]{0,8}(?:姓名|名称|事由|全称|及职务)(?:及(?:日期|职务|地址|电话))?(?:[，,][^（()）\n]{0,16})?(?=[）)])|[^（()）\n]{0,8}按[^（()）\n]{1,12}填写(?=[）)])|请[^（()）\n]{0,12}补充[^（()）\n]{0,20}(?=[）)])|[^（()）\n]{0,30}(?:确定|提供|核实|落实|审定)后(?:补充|填写|补上|填入|补齐)(?=[）)])|[^（()）\n]{0,8}(?:事项[一二三四五六七八九十]?|答复意见)(?:[，,][^（()）\n]{0,40})?(?=[）)])|(?:填写)?(?:(?:单位|部门|机关|公司|学校|企业|项目|活动|会议|领导|受理|主管|承办|现任|拟任|复议|管辖|信访人|申请人|当事人|受送达人|收件人)?(?:名称|全称|姓名|性别|民族|出生年月|住址(?=、)|身份证号码?|工作单位|职务|电话号码|联系电话|电话|日期|地址|地点|机构|机关|法院)、?)+)[）)]/y;

/**
 * A line of its own telling the writer how to write or what to keep: `【写作提示：开幕词重在……】`,
 * `注：此部分可结合本单位实际增减`, `以下为参考格式，请根据……修改完善`, `（以上议程仅供参考，请根据会议实际调整）`,
 * `注：批复应一文一事……`, `（写作提示：……）`, `【小编提示】……`, `（说明：以下条款可根据企业实际情况增删……）`, `（……，定稿时删除此行）`,
 * `（注：附件2待镇人大办提供后附后）`. Not a form's own `【填写说明】` nor a table's `注：本表一式三份`.
 * Sticky: tried at the line's content start.
 */
const INSTRUCTION_LINE =
  /(?:[【（(](?:写作|撰写|编写|使用|范文)(?:提示|要点|说明|指导|技巧|点评|评析)[：:】]|【(?:模板|范本|范文)(?:使用)?说明[】：:]|(?:小编提示|写作小贴士|小贴士)[：:]|[▍▌][ \u3000]?(?:模板|范文)?正文$|【小编[\u4e00-\u9fff]{0,2}】|[（(【][^\n]{0,80}?(?:删除|删去)(?:本|此)(?:行|说明)|[（(【][^\n]{0,80}?本行[^\n]{0,8}(?:删除|删去)|(?:说明|注)[：:][^\n]{0,60}(?:删除|删去)[^\n]{0,12}(?:提示|说明)文字|注[：:][^\n]{0,80}?(?:删除|删去)(?:本|此)(?:行|说明)|[（(](?:提示|写作提示|温馨提示)[：:][^）)\n]{0,60}(?:撰写|写作|字以内|字左右|第一人称)[^）)\n]{0,40}[）)]$|[（(]注[：:][^（）()]{0,60}(?:提供|确定|审定)后(?:附后|补附|再附|附上|补上)|注[：:](?:此部分|本部分|此段|本段|以上内容|以下内容|本模板|本范文)|注[：:][^，。]{0,6}(?:批复|请示|通知|通报|报告|纪要|讲话稿?|开幕词|闭幕词|致辞|总结|方案|函)(?:应|要|一般|需|须)|以下为?(?:参考格式|参考模板|参考范文|范文格式|模板格式)|注[：:][^。\n]{0,16}可(?:根据|结合)本单位实际|注[：:](?:开头|结尾|主体|正文|标题|落款)部分|注[：:][^。\n]{2,12}可根据[^。\n]{0,12}(?:增减|删减)|注[：:][^\n]{0,40}(?:本范本|本注释|本提示)|注[：:](?:如|若)[^。\n]{0,20}(?:应当?|须)写明|[（(【][^）)】\n]{0,12}(?:范文|范本|模板)[^）)】\n]{0,4}[，,]?仅供参考|【[^】\n]{0,30}(?:模板|范本)[^】\n]{0,30}】(?:$|使用说明|说明[：:])|[（(【](?:(?:说明|提示|注)[：:])?(?:此部分|本部分|第[一二三四五六七八九十]部分|以上(?:议程|内容|格式)|以下[\u4e00-\u9fff]{0,6})[^）)】]{0,30}(?:仅供参考|可结合|可根据|根据实际)|[（(](?:请示|批复|复函|函|纪要|通知|通报|报告|发文机关署名|成文日期|附件说明|主送机关|抄送机关)(?:应当|应|须|不得|一般)[^（）()]{4,80}[）)]$|【(?:提示|注意|说明|温馨提示|编者提示)[：:][^】\n]{2,80}】$|【[^】\n]{0,40}(?:可根据|可结合|酌情)[^】\n]{0,30}(?:选用|增减|删减|调整|修改)】$|[（(【][^）)】\n]{0,40}(?:删除|删去)不适用|【(?:导语|正文|标题|副标题|主标题|结尾|结束语|开头|开头语|主体|落款|引言)】|[（(](?:签名|签字|本人签名)[）)]$|[（(【]以下为正文[）)】]$|[（(]温馨提示[：:][^）)\n]{0,30}(?:本模板|本范文|一般包括|一般控制|以[^）)\n]{1,12}为宜|可结合实际)|[★☆][ \u3000]?(?:建议|提示|注意|温馨提示|写作提示|写作要点|撰写提示)[：:]|(?:写作|撰写)(?:提示|要点|技巧)[：:]|温馨提示[：:][^。\n]{0,12}(?:主持词|委托书|讲话稿|发言稿|述职报告|邀请函|倡议书)|[\[【（(](?:填写|使用)说明[：:][^\]】）)\n]{0,80}(?:示例|请替换|请删除|删除本)|【注】[^\n]{0,10}(?:根据|按照)[^\n]{0,20}(?:填写|补充))/y;

/**
 * A bare field in brackets standing where the sentence needs its words: `结合（地区）实际`, `对照（上级党委）要求`,
 * `贯彻落实（上级文件或会议精神）`, `由（县政府主要领导）任组长`, `县发改局、（相关乡镇）负责同志`, `秉承“（校训）”`.
 * Not a finished text's brackets, which follow the words they explain (`各县（市、区）`, `党委（党组）`, `包括（但不限于）`),
 * nor a status it quotes (`标注为“（待定）”`).
 */
const BARE_FIELD = /[（(](?![一二三四五六七八九十]+[）)])(?!但|不|含|即|如|或|待|拟|暂|试行|草案|征求意见稿|以下|下同|简称|原|略)[\u4e00-\u9fff]{2,10}[）)]/y;
/** An office named as a field, opening a clause: `。（财务科室）每年……`, `，（归口管理部门）应当……`. */
const OFFICE_FIELD = /(?:科室|部门|单位|机关|机构|中心|小组)[）)]$/;
/** What stands before such a field: a verb or preposition that takes it as its object (`请于（整改期限）整改`, `从（资金来源）中列支`), or a list's 、. */
const FIELD_SLOT_BEFORE = /(?:结合|对照|落实|贯彻|由|根据|按照|依据|依照|围绕|参照|对标|于|从|、)$/;

/** How far an instruction holding a bracket of its own may reach. */
const NESTED_REACH = 64;

/**
 * An instruction holding one bracket of its own (`（填写证明用途，如办理因私出国（境）证件、入学政审等）`): read as
 * INSTRUCTION reads the others, with the inner pair masked.
 */
function nestedInstruction(text: string, at: number): RegExpExecArray | null {
  const limit = Math.min(text.length, at + NESTED_REACH);
  let depth = 0;
  let nested = false;
  for (let i = at; i < limit; i++) {
    const c = text[i];
    if (c === '（' || c === '(') {
      depth++;
      nested ||= depth === 2;
      if (depth > 2) return null;
    } else if (c === '）' || c === ')') {
      depth--;
      if (depth > 0) continue;
      if (!nested || i === at) return null;
      const masked = text.slice(0, at + 1) + text.slice(at + 1, i).replace(/[（(]/g, '［').replace(/[）)]/g, '］') + c;
      INSTRUCTION.lastIndex = at;
      const m = INSTRUCTION.exec(masked);
      if (!m || m.index + m[0].length !== i + 1) return null;
      m[0] = text.slice(at, i + 1);
      return m;
    }
  }
  return null;
}

/** Emoji and pictographs after a post's words (`……不错过每一篇干货⭐`). */
const TRAILING_SYMBOLS = /(?:[\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d]|[\ud83c-\ud83e][\udc00-\udfff])+$/;

/** How many characters of emoji and pictographs (`👆`, `⭐`, `✍️`, `💡`) open the text at `at`. */
export function leadingSymbols(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code >= 0xd83c && code <= 0xd83e) i += 2;
    else if ((code >= 0x2600 && code <= 0x27bf) || (code >= 0x2b00 && code <= 0x2bff) || code === 0xfe0f || code === 0x200d) i++;
    else break;
  }
  return i - at;
}

/** A bracket in a form sent out asking whoever fills it in: `（请注明姓名）`, `（可不署名）`. */
const FOR_WHOEVER_FILLS = /^[（(](?:请|可|如)/;

/** A writing tip's own line, whose numbered points may follow on the lines under it. */
const TIP_HEADER = /^(?:[【（(]|[★☆][ \u3000]?)(?:写作|撰写|编写|使用|范文)(?:提示|要点|说明|指导|技巧)/;
/**
 * A point of such a tip, on a part of the text to write: `1.开头点明慰问时机……；` (not the items the tip is about: `1.生鲜区……`).
 * Under a tip below the document's date, every numbered point is the tip's: the document has ended.
 */
const TIP_POINT = /^[0-9]{1,2}[.．、](?:开头|主体|正文|结尾|标题|落款|称谓|导语|首段|末段|第[一二三四五六]部分)/;
const ANY_POINT = /^[0-9]{1,2}[.．、]/;

/** A template's options, all still there: `（此件公开/依申请公开/不予公开）`. */
const OPTIONS_LEFT = /公开[/／|、]依申请公开/;

/**
 * Shorter options (`（上午/下午）`, `（新建/改扩建）`, `通过（信函/网络平台/当面）`) are a choice only where they fill a
 * slot: after a label's colon, a space, a bracket or a preposition. Right after a noun they name its
 * categories (`核实情况（属实/部分属实/不属实）`, `整改状态（已销号/待销号）`).
 */
const SHORT_OPTIONS = /[（(][\u4e00-\u9fff]{2,16}(?:[/／][\u4e00-\u9fff]{2,16})+[）)]/y;
const OPTIONS_SLOT_BEFORE = /(?:[^\u4e00-\u9fff]|通过|采取|采用|按照|以)$|^$/;
/**
 * A template that says its bracketed options are to be chosen from (`使用时请根据实际情况选择括号内选项`, `（……，根据实际情况选择）`):
 * there every bracket of options is a choice, however short its terms and wherever it stands (`（局/委/办）`, `（2/3/4）`).
 */
const CHOICES_DECLARED = /选择括号内|选择一种[：:]|括号内(?:的)?选项|删除其余选项|根据实际情况选择|根据[^（()）\n]{1,10}选择[：:]/;
const ANY_OPTIONS = /[（(][\u4e00-\u9fff0-9][\u4e00-\u9fff0-9，,。]{0,15}(?:[/／][\u4e00-\u9fff0-9][\u4e00-\u9fff0-9，,。]{0,15})+[）)]/y;

/** An operator beside bracketed terms: `=（评标基准价/投标报价）×30` is a formula. */
const FORMULA_AFTER = /^[×÷*＊+＋−－]$/;
const FORMULA_BEFORE = /^[=＝÷]$/;

/** Options standing alone after a form's label, none chosen: `紧急程度：特急/加急/平急`. */
const FIELD_OPTIONS = /[：:][ \u3000]*([\u4e00-\u9fff]{2,8}(?:[/／][\u4e00-\u9fff]{2,8}){1,4})(?=[ \u3000\t]|$)/g;

/** The longest option a choice in a sentence offers. */
const INLINE_OPTION_MAX = 8;
const NEGATIONS = new Set(['不', '非', '未']);
const SEXES = /^(?:男[/／]女|女[/／]男)$/;
const STANDINGS = new Set(['中共党员', '中共预备党员', '共青团员', '群众', '民主党派']);

/**
 * Options a template leaves in a sentence, a slash between them and no bracket round them: one and its
 * negation (`通过/不通过`, `接受/不接受`, `准予/不予`), options sharing their last words (`会议评审/网络评审`,
 * `食品经营许可/食品生产许可`, `合格/基本合格/不合格`), `男/女`, a political standing (`共青团员/群众`). Not a unit
 * (`微克/立方米`), names joined by a slash (`市委宣传部/市文明办`), nor a legend in brackets (`（属实/部分属实/不属实）`).
 */
function inlineChoices(text: string): Array<{ text: string; at: number; options: string[] }> {
  const choices: Array<{ text: string; at: number; options: string[] }> = [];
  let from = 0;
  for (let slash = nextSlash(text, 0); slash !== -1; slash = nextSlash(text, from)) {
    let left = slash;
    while (left > 0 && slash - left < INLINE_OPTION_MAX && isIdeograph(text.charCodeAt(left - 1))) left--;
    from = slash + 1;
    const before = text.slice(left, slash);
    const after = optionAfter(text, slash);
    if (before.length === 0 || after.length === 0) continue;
    const pair = optionPair(before, after);
    if (!pair) continue;
    const options = [pair[0], pair[1]];
    let end = slash + 1 + pair[1].length;
    // More options after the second: `合格/基本合格/不合格`.
    while (/[/／]/.test(text[end] ?? '')) {
      const more = optionPair(options[0]!, optionAfter(text, end));
      if (!more) break;
      options.push(more[1]);
      end = end + 1 + more[1].length;
    }
    const at = slash - pair[0].length;
    // (A legend in brackets names categories: `（属实/部分属实/不属实）`; after a figure, a unit: `8.2公里/平方公里`.)
    if (/[（(0-9０-９]/.test(text[at - 1] ?? '') || /[）)]/.test(text[end] ?? '') || options.some((o) => UNIT_OPTION.test(o))) continue;
    choices.push({ text: text.slice(at, end), at, options });
    from = end;
  }
  return choices;
}

/** The ideographs after the slash at `slash`, as far as an option reaches. */
function optionAfter(text: string, slash: number): string {
  let end = slash + 1;
  while (end < text.length && end - slash - 1 < INLINE_OPTION_MAX && isIdeograph(text.charCodeAt(end))) end++;
  return text.slice(slash + 1, end);
}

function nextSlash(text: string, from: number): number {
  const ascii = text.indexOf('/', from);
  const wide = text.indexOf('／', from);
  return ascii === -1 ? wide : wide === -1 ? ascii : Math.min(ascii, wide);
}

/** The two options around a slash, `before` ending the first and `after` opening the second, or undefined. */
function optionPair(before: string, after: string): [string, string] | undefined {
  if (SEXES.test(before.slice(-1) + '/' + after.slice(0, 1))) return [before.slice(-1), after.slice(0, 1)];
  for (const standing of STANDINGS) {
    if (!before.endsWith(standing)) continue;
    for (const other of STANDINGS) if (other !== standing && after.startsWith(other)) return [standing, other];
  }
  // One and its negation: `通过/不通过`, `准予/不予`.
  if (NEGATIONS.has(after[0]!)) {
    const rest = after.slice(1);
    for (let n = Math.min(rest.length, before.length); n >= 1; n--) {
      if (!before.endsWith(rest.slice(0, n))) continue;
      const first = n === 1 ? before.slice(-2) : before.slice(-n);
      return first.length >= 2 || n > 1 ? [first, after.slice(0, n + 1)] : undefined;
    }
    return undefined;
  }
  // Sharing their last two or more words: `会议评审/网络评审`, `食品经营许可/食品生产许可`.
  for (let shared = Math.min(4, before.length); shared >= 2; shared--) {
    const tail = before.slice(-shared);
    for (let lead = 1; lead <= 4 && lead + shared <= after.length; lead++) {
      if (after.slice(lead, lead + shared) !== tail) continue;
      const first = before.slice(-Math.min(before.length, lead + shared));
      return [first, after.slice(0, lead + shared)];
    }
  }
  // The first option the others' last words (`合格/基本合格`).
  for (let lead = 1; lead <= 4 && lead + before.length <= after.length; lead++) {
    if (before.length >= 2 && after.slice(lead, lead + before.length) === before) return [before, after.slice(0, lead + before.length)];
  }
  return undefined;
}

/** A unit of measure among bracketed terms: `（万元/公顷）` gives a rate, not a choice. */
const UNIT_OPTION = /^(?:[万亿千]?元|平方(?:米|公里|千米)|公顷|[万千]?亩|[万千]?吨|千克|公斤|[千厘毫]?米|公里|[万]?人次?|小时|分钟|[万]?户|万?千瓦时?|立方米)$/;

/**
 * Options in brackets, one of which the sentence needs: `（接受/不接受）`, `建设资金来自（财政资金/国有企业自筹资金）`,
 * `（女士们、先生们/同志们、朋友们）`, `每（周/月）`, a form's field left with `（是/否）` `（有/无）` after its colon (shorter ones: SHORT_OPTIONS). Not a unit (`（元/平方米）`, `（万元/公顷）`, `（次/周）`): a term of one
 * character (no 每 before it) or a unit's name (UNIT_OPTION).
 */
const OPTIONS =
  /[（(](?:([\u4e00-\u9fff]{1,6})[/／](?:不|未|非)\1|[\u4e00-\u9fff](?:[\u4e00-\u9fff]|、(?=[\u4e00-\u9fff])){3,15}(?:[/／][\u4e00-\u9fff](?:[\u4e00-\u9fff]|、(?=[\u4e00-\u9fff])){3,15})+|(?<=每[（(])(?:日|天|周|旬|月|季度?|半年|年)(?:[/／](?:日|天|周|旬|月|季度?|半年|年))+|(?<=[：:][ \u3000]{0,4}[（(])(?:是[/／]否|有[/／]无|男[/／]女))[）)]/y;

/**
 * The advertising block at the top: from the first line, which must carry
 * advertising wording, to the last banner line with such wording, provided it
 * holds unmistakable wording at least once and nothing in it reads as a
 * heading or body text.
 */
function headBlockEnd(lines: readonly SourceLine[], isHeading: (line: number) => boolean): number {
  let last = -1;
  let strong = false;
  // Lines since the last with advertising wording: a banner's title or date may stand between such
  // lines, not a document (a short 委托书 whose lines are all short, a download's footer under it).
  let plain = 0;
  const limit = Math.min(lines.length, HEAD_BLOCK_LINES);
  for (let i = 0; i < limit; i++) {
    const text = lines[i]!.text.trim();
    if (text.length === 0) continue;
    if (isHeading(i) || text.length > BANNER_MAX_LENGTH || plain === HEAD_BLOCK_GAP) break;
    // The block is a banner only if the download starts with it.
    if (last === -1 && !ADVERTISING.test(text) && !ADVERTISING_WEAK.test(text)) break;
    if (ADVERTISING.test(text)) {
      strong = true;
      last = i;
      plain = 0;
    } else if (ADVERTISING_WEAK.test(text)) {
      last = i;
      plain = 0;
    } else {
      plain++;
    }
  }
  return strong ? last : -1;
}

/**
 * An advertising line short enough to be a banner: deleted whole, so what it holds (`文章来源：XX范文网`)
 * is not reported besides. A long paragraph with such wording keeps its other findings.
 */
export function isBanner(leftover: LeftoverSpan, line: SourceLine): boolean {
  if (leftover.kind === 'layout' || leftover.kind === 'running-header') return true;
  // The advertising words of a paragraph are reported where they stand: the paragraph is no banner.
  return leftover.kind === 'advertising' && leftover.text.length <= BANNER_MAX_LENGTH && coversLine(leftover, line);
}

/** True when the leftover is the whole of its line's content, not words inside a paragraph. */
export function coversLine(leftover: LeftoverSpan, line: SourceLine): boolean {
  return leftover.text.length === contentEnd(line.text) - contentStart(line.text);
}

/** A download page's list of other samples (an advertising line): `相关范文推荐：`, `【相关阅读】`. */
const RELATED_HEADER = /^[【▼]?(?:相关范文(?:推荐|阅读)?|相关(?:推荐|阅读|文章)|热门推荐|编辑推荐|往期(?:推荐|回顾|精彩))[】▼]?[：:]?$/;
/** Longest title such a list gives: a sample's name, not a sentence. */
const RELATED_TITLE_MAX = 40;

/** `（略）`: something left out. */
const OMITTED = /^[（(]略[）)]$/;

/**
 * What an office's own notice says when it names a group, an account or a download: the units
 * addressed, its own website, the people of a training, a title of its own (`关于建立……QQ交流群的提示`). A download's
 * banner says none of it.
 */
const OFFICIAL_CONTEXT = /^[\s\u3000]*关于|各(?:单位|部门|乡镇|街道|县|区|市|地|成员单位)|联络员|信息员|通讯员|工作群|群号|门户网站|政府网站|官方网站|网站.{0,12}栏目|参训|学员|市民|群众/;
const ADVERTISING_ALL = new RegExp(ADVERTISING.source, 'g');
/** Advertising words an office also writes: a work group, its official account, a form to download. */
const SERVICE_WORDS = /^(?:[QqＱｑ]{2}(?:交流)?群|微信群[：:]|关注(?:微信)?公众号|扫码关注|扫描下方二维码|免费下载|下载地址|点击下载)$/;
/** A line that reads as prose: clauses (，) and a sentence's end, unlike a banner's words. */
function isProse(text: string): boolean {
  return text.includes('，') && /[。！？][\s\u3000]*$/.test(text);
}

/** Advertising words a paragraph of an office's own may hold in its sentences. */
const PROSE_WORDS = /^(?:禁止外传|严禁外传|请勿外传|[QqＱｑ]{2}(?:交流)?群|会员群|微信群[：:]|关注(?:微信)?公众号|扫码关注|版权所有|相关推荐|编辑推荐|热门推荐|相关阅读|建议收藏)$/;
/** A template site named as a source (`来源：公文范文网`), unlike a news outlet. */
const TEMPLATE_SITE = /范文|文库|文档|资料|写作|秘书|公文网/;

/**
 * `各单位联络员确定后，请加入“全县环境整治联络员”QQ群（群号：786423519）`, `统计表可登录县委宣传部
 * 门户网站“通知公告”栏目免费下载`: an office's instruction whose only advertising-like words are
 * such services; `（来源：新华网）` citing an outlet.
 */
function isOfficialNotice(text: string): boolean {
  const words = text.match(ADVERTISING_ALL) ?? [];
  if (words.length === 0) return false;
  if (words.every((word) => word.startsWith('来源') && isCitedSource(text, word))) return true;
  return OFFICIAL_CONTEXT.test(text) && words.every((word) => SERVICE_WORDS.test(word));
}

/** True when the `来源：……网` match stands in brackets as a citation (`（来源：新华网）`) of a site that is no template site. */
function isCitedSource(text: string, word: string): boolean {
  const at = text.indexOf(word);
  const opener = text[at - 1];
  if (opener !== '（' && opener !== '(') return false;
  const close = text.indexOf(opener === '（' ? '）' : ')', at);
  return close !== -1 && !TEMPLATE_SITE.test(text.slice(at, close));
}

/** Longest title a page's running header repeats. */
const RUNNING_TITLE_MAX = 40;
/** Lines at the top that may hold the title a running header repeats (an office's name may come first). */
const TITLE_LINES = 2;

/**
 * The lines at the top a PDF's running header may repeat on each page: the title, or the office's
 * name over it (`清源县农业农村局` / `2024年工作总结和2025年工作打算`), short and without a sentence in them.
 */
function runningTitles(lines: readonly SourceLine[]): Map<string, number> {
  const titles = new Map<string, number>();
  const top: Array<[string, number]> = [];
  for (const line of lines) {
    const text = line.text.trim();
    if (text === '') continue;
    if (text.length < 4 || text.length > RUNNING_TITLE_MAX || /[。；;！!？?，,：:]/.test(text)) break;
    top.push([text, line.index]);
    if (top.length >= TITLE_LINES) break;
  }
  for (const [text, index] of top) titles.set(text, index);
  // A title set on two lines runs as one at the top of each page.
  if (top.length === TITLE_LINES) titles.set(top[0]![0] + top[1]![0], top[1]![1]);
  return titles;
}

/** How near a page number a running header stands (lines, blank ones counted). */
const PAGE_BREAK_REACH = 4;

/** A template's date line under its signature, not filled in yet: `20XX年X月X日`, `20××年×月×日`, `____年__月__日`. */
const TEMPLATE_DATE = /^(?:[0-9]{2}[0-9XxＸ×]{2}|[XxＸ×]{2,4}|[_＿\s\u3000]+)年[0-9XxＸ×_＿\s\u3000]{1,4}月[0-9XxＸ×_＿\s\u3000]{1,4}日$/;

/** True when the next non-empty line after `index` is a date: the line at `index` is a signature. */
function signsOff(lines: readonly SourceLine[], index: number): boolean {
  for (let i = index + 1; i < lines.length; i++) {
    const text = lines[i]!.text;
    // The date under a signature: a line repeating the office's name above it signs the document.
    if (text.trim() !== '') return SIGNED_DATE.test(text.trim()) || TEMPLATE_DATE.test(text.trim());
  }
  return true;
}

/**
 * The scan (scan.ts) says which lines may hold advertising and where brackets open. `partLines`
 * are the lines that begin parts (a compilation's next speech has the title of the first);
 * `attachmentLines` those of attachment notes and the first lines of each attachment, where `（略）`
 * says an attachment is left out; `receiptLines` those of a 回执, whose options (`（需要/不需要）`) are
 * for whoever returns it.
 */
export function findLeftovers(
  headingAt: ReadonlyMap<number, Heading>,
  scan: TextScan,
  partLines: ReadonlySet<number> = new Set(),
  attachmentLines: ReadonlySet<number> = new Set(),
  receiptLines: ReadonlySet<number> = new Set(),
): LeftoverSpan[] {
  const found: LeftoverSpan[] = [];
  const lines = scan.lines;
  const blockEnd = headBlockEnd(lines, (i) => headingAt.has(i));
  // Whether the template says its options are to be chosen: read once, and only where a bracket of options needs it.
  let declared: boolean | undefined;
  const choicesDeclared = () => (declared ??= lines.some((l) => l.text.includes('选') && CHOICES_DECLARED.test(l.text)));
  const titles = runningTitles(lines);
  const headers: LeftoverSpan[] = [];
  // Under a download page's `相关范文推荐：`, the titles it lists, up to a blank line.
  let relatedTitles = false;
  // Under a writing tip's own line (`【写作要点】……`), the points it numbers (`1.开头点明……；`).
  let tipPoints = false;
  // Past the date under the signature: a tip there follows the whole document.
  let signed = false;
  let tipAfterSignature = false;
  for (const line of lines) {
    const bits = scan.triggers[line.index]!;
    const inBlock = line.index <= blockEnd;
    const text = line.text;
    const short = text.length <= LAYOUT_MAX_LENGTH;
    if (!signed && short && text.trimEnd().endsWith('日')) signed = SIGNED_DATE.test(text.trim()) || TEMPLATE_DATE.test(text.trim());
    if (tipPoints) {
      const from = contentStart(text);
      if ((tipAfterSignature ? ANY_POINT : TIP_POINT).test(text.slice(from))) {
        found.push({ kind: 'instruction', text: text.slice(from, contentEnd(text)), range: lineRange(line.index, from, contentEnd(text)) });
        continue;
      }
      tipPoints = false;
    }
    if (relatedTitles) {
      const title = text.trim();
      if (title.length > 0 && title.length <= RELATED_TITLE_MAX && !/[。；;]/.test(title)) {
        const from = contentStart(text);
        found.push({ kind: 'advertising', text: text.slice(from, contentEnd(text)), range: lineRange(line.index, from, contentEnd(text)) });
        continue;
      }
      relatedTitles = false;
    }
    // A form's field left with all its options (`紧急程度：特急/加急/平急`, `公开属性：主动公开/依申请公开/不予公开`).
    if (short && !receiptLines.has(line.index) && (text.includes('/') || text.includes('／'))) {
      FIELD_OPTIONS.lastIndex = 0;
      for (let m = FIELD_OPTIONS.exec(text); m; m = FIELD_OPTIONS.exec(text)) {
        const options = m[1]!.split(/[/／]/);
        // A choice's options share their last word (`特急/加急/平急`, `同意/不同意`); two names joined by a
        // slash do not (`主办：市委宣传部/市文明办`).
        if (options.some((o) => UNIT_OPTION.test(o)) || !options.every((o) => o.endsWith(options[0]!.slice(-1)))) continue;
        const at = m.index + m[0].length - m[1]!.length;
        found.push({ kind: 'choice', text: m[1]!, range: lineRange(line.index, at, at + m[1]!.length), options });
      }
    }
    // Options left in a sentence, none chosen: `本机关决定准予/不予行政许可`, `采取会议评审/网络评审方式`.
    if (!receiptLines.has(line.index) && (text.includes('/') || text.includes('／')) && !text.includes('\t') && !text.includes('|')) {
      for (const choice of inlineChoices(text)) {
        // (Not again where a form's field was found with its options: `公开属性：主动公开/依申请公开/不予公开`.)
        const overlaps = found.some((f) => f.range.start.line === line.index && f.range.start.character < choice.at + choice.text.length && choice.at < f.range.end.character);
        if (!overlaps) found.push({ kind: 'choice', text: choice.text, range: lineRange(line.index, choice.at, choice.at + choice.text.length), options: choice.options });
      }
    }
    // A writing tip is one however long it runs: `【写作提示】入党志愿书是……，字数以1500字左右为宜……`.
    if (!short && (bits & TRIGGER.square || bits & TRIGGER.paren) && TIP_HEADER.test(text.slice(contentStart(text)))) {
      const from = contentStart(text);
      found.push({ kind: 'instruction', text: text.slice(from, contentEnd(text)), range: lineRange(line.index, from, contentEnd(text)) });
      tipPoints = true;
      tipAfterSignature = signed;
      continue;
    }
    if (!inBlock && !short && !(bits & (TRIGGER.advertising | TRIGGER.paren))) continue;
    const start = contentStart(text);
    const end = contentEnd(text);
    if (end <= start) continue;
    if (short && !headingAt.has(line.index)) {
      // The whole line, dashes included: `- 12 -` is a page number, not a list item.
      const from = text.length - text.trimStart().length;
      const layout = text.slice(from, end);
      // (`👆点击上方蓝字……`, `⭐设为星标……⭐`, `💡小编提示：……`: a post's emoji before its words.)
      const symbols = leadingSymbols(text, from);
      if (LAYOUT.test(layout) || (symbols > 0 && LAYOUT.test(text.slice(from + symbols, end).replace(TRAILING_SYMBOLS, '')))) {
        found.push({ kind: 'layout', text: layout, range: lineRange(line.index, from, end) });
        // (`▼往期推荐▼`: the titles listed under it go with it.)
        relatedTitles = RELATED_HEADER.test(layout);
        continue;
      }
      // A writing tip or a note about the template, the whole line: `【写作提示：……】`, `注：此部分可结合本单位实际增减`.
      INSTRUCTION_LINE.lastIndex = start;
      let instructionLine = INSTRUCTION_LINE.test(text);
      const opening = leadingSymbols(text, start);
      if (!instructionLine && opening > 0) {
        INSTRUCTION_LINE.lastIndex = start + opening;
        instructionLine = INSTRUCTION_LINE.test(text);
      }
      if (instructionLine) {
        found.push({ kind: 'instruction', text: text.slice(start, end), range: lineRange(line.index, start, end) });
        tipPoints = TIP_HEADER.test(text.slice(start, end));
        tipAfterSignature = tipPoints && signed;
        continue;
      }
      // The title again at the top of a page, where no part begins; not a signature (the office's
      // name over the date) nor the last line. Kept for a look at the page numbers around it.
      const titleLine = titles.get(layout);
      if (titleLine !== undefined && line.index > titleLine && !partLines.has(line.index) && !signsOff(lines, line.index)) {
        headers.push({ kind: 'running-header', text: layout, range: lineRange(line.index, from, end) });
        continue;
      }
    }
    if (!inBlock && !(bits & (TRIGGER.advertising | TRIGGER.paren))) continue;
    if (inBlock || (bits & TRIGGER.advertising && ADVERTISING.test(text) && !isOfficialNotice(text))) {
      // A sentence of the office's own may say `内部资料一律禁止外传` or `建立了服务QQ群和微信群`.
      if (!inBlock && isProse(text) && (text.match(ADVERTISING_ALL) ?? []).every((word) => PROSE_WORDS.test(word))) continue;
      if (inBlock || end - start <= BANNER_MAX_LENGTH) {
        found.push({ kind: 'advertising', text: text.slice(start, end), range: lineRange(line.index, start, end) });
        relatedTitles = RELATED_HEADER.test(text.slice(start, end));
        continue;
      }
      // A paragraph is no banner: only a download's own wording in it is reported, where it stands.
      ADVERTISING_ALL.lastIndex = 0;
      for (let m = ADVERTISING_ALL.exec(text); m; m = ADVERTISING_ALL.exec(text)) {
        if (!PROSE_WORDS.test(m[0])) found.push({ kind: 'advertising', text: m[0], range: lineRange(line.index, m.index, m.index + m[0].length) });
      }
      continue;
    }
    // Every instruction opens with （ or (: try it only where one stands.
    let cursor = 0;
    for (let i = scan.openers.first(line.index); i < scan.openers.end(line.index); i++) {
      const at = scan.openers.starts[i]!;
      if (at < cursor) continue;
      INSTRUCTION.lastIndex = at;
      OPTIONS.lastIndex = at;
      const instruction = INSTRUCTION.exec(text) ?? nestedInstruction(text, at);
      let options = instruction ? null : OPTIONS.exec(text);
      if (!instruction && !options) {
        SHORT_OPTIONS.lastIndex = at;
        options = SHORT_OPTIONS.exec(text);
        if (options && !OPTIONS_SLOT_BEFORE.test(text.slice(Math.max(0, at - 2), at))) options = null;
        if (!options) {
          ANY_OPTIONS.lastIndex = at;
          options = ANY_OPTIONS.exec(text);
          if (options && !choicesDeclared()) options = null;
        }
      }
      if (options && options[0].slice(1, -1).split(/[/／]/).some((o) => UNIT_OPTION.test(o))) options = null;
      let field: RegExpExecArray | null = null;
      if (!instruction && !options) {
        BARE_FIELD.lastIndex = at;
        field = BARE_FIELD.exec(text);
        const quoted = (text[at - 1] === '“' || text[at - 1] === '"') && field !== null && /[”"]/.test(text.charAt(at + field[0].length));
        const officeAtStart = field !== null && /[，,。；;]$/.test(text.slice(0, at)) && OFFICE_FIELD.test(field[0]);
        if (field && !quoted && !officeAtStart && !FIELD_SLOT_BEFORE.test(text.slice(Math.max(0, at - 2), at))) field = null;
      }
      // `得分=（评标基准价/投标报价）×30`: a quotient in a formula, not a choice.
      if (options && (FORMULA_AFTER.test(text.charAt(at + options[0].length)) || FORMULA_BEFORE.test(text.slice(Math.max(0, at - 1), at)))) options = null;
      const m = instruction ?? options ?? field;
      if (!m) continue;
      cursor = at + m[0].length;
      // `附件：先进个人名单（略）`, `2.××名单（略）` under it, `（略）` under an attachment's title: an
      // attachment left out of the published text, as is usual.
      // And `“要把制造业作为立县之本……（略）……”`: a speech quoted with a cut, marked as such.
      if (OMITTED.test(m[0]) && (text.startsWith('附件', start) || attachmentLines.has(line.index) || text.startsWith('……', cursor) || text.startsWith('……', at - 2))) continue;
      const range = lineRange(line.index, at, cursor);
      if (options && !receiptLines.has(line.index)) found.push({ kind: 'choice', text: m[0], range, options: m[0].slice(1, -1).split(/[/／]/) });
      // (`（请注明姓名）` in a form sent out, a 回执: a request to whoever fills it in.)
      else if (!options && !(receiptLines.has(line.index) && FOR_WHOEVER_FILLS.test(m[0]))) found.push({ kind: OPTIONS_LEFT.test(m[0]) ? 'choice' : 'instruction', text: m[0], range });
    }
  }
  // A running header stands by a page number (`— 3 —`): the title met again elsewhere (an office's
  // name over its title, a 函's heading block) is the document's own.
  if (headers.length > 0) {
    const pageLines = found.filter((f) => f.kind === 'layout').map((f) => f.range.start.line);
    const near = headers.filter((h) => pageLines.some((p) => Math.abs(p - h.range.start.line) <= PAGE_BREAK_REACH));
    found.push(...near);
    found.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  }
  return found;
}
