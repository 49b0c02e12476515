/**
 * Finds values left unfilled from a template (`X%`, `XX同志`, `××`, `20XX年`,
 * `【待补】`) and vague stand-ins (`某单位`), respecting the never-flag list of
 * rules.md (`X光`, `3×4`, `二〇二五年`, `张某`, `某些`, titles quoting `×××`).
 */
import type { PlaceholderKind, PlaceholderSpan, ProcessField, VagueSpan } from '../model';
import { contentEnd, contentStart, isIdeograph, isWhiteSpace, lineRange } from '../text';
import type { UserPattern } from '../user-patterns';
import { isAsciiDigit, NOTHING_FOUND, TRIGGER } from './scan';

/**
 * What a pattern's accept test may look at beyond the match: computed once per line, on first use.
 * One instance serves every line (`reset`), as most lines with a trigger need none of it.
 */
class LineFacts {
  private separatorCache: boolean | undefined;
  private titlesCache: Array<readonly [number, number]> | undefined;
  text = '';

  reset(text: string): this {
    this.text = text;
    this.separatorCache = undefined;
    this.titlesCache = undefined;
    return this;
  }

  /** The line holds nothing but rule characters (`———`, `***`, `___`): a separator. */
  get separator(): boolean {
    return (this.separatorCache ??= /^[\s_＿*\-—]*$/.test(this.text));
  }

  /** 《…》 spans on the line, as [open, close] indices, in order. */
  get titles(): ReadonlyArray<readonly [number, number]> {
    if (!this.titlesCache) {
      const titles: Array<readonly [number, number]> = [];
      let open = -1;
      const brackets = /[《》]/g;
      for (let m = brackets.exec(this.text); m; m = brackets.exec(this.text)) {
        if (m[0] === '《') open = m.index;
        else if (open !== -1) {
          titles.push([open, m.index]);
          open = -1;
        }
      }
      this.titlesCache = titles;
    }
    return this.titlesCache;
  }
}

interface Pattern {
  readonly kind: PlaceholderKind;
  /** TRIGGER bits of which the line must hold one for the pattern to match. */
  readonly needs: number;
  /** TRIGGER bits of which the line must hold one besides (`月` for a date). */
  readonly also?: number;
  /** A quick test the line must pass before `regex` looks at every place in it. */
  readonly precheck?: RegExp;
  readonly regex: RegExp;
  /** Returns false to skip a match (a never-flag case). Looks only near the match: lines can be very long. */
  readonly accept?: (facts: LineFacts, start: number, end: number) => boolean;
}

/** Words in which X is real: X光, X射线, X轴, XX染色体, X线, X型, X波段. */
const REAL_X_WORDS = ['光', '射线', '线', '轴', '染色体', '型', '形', '波段', '连锁'];
/** `长×宽×高`: × between these is multiplication. */
const DIMENSIONS = new Set([...'长宽高深厚']);
/** Chinese numerals, ○ among them as writers use it for 〇: `二○○八年`. */
const CHINESE_NUMERALS = new Set([...'〇○零一二三四五六七八九十']);
/** Numerals that count (no zero: `○×○` may be circles left to fill). */
const COUNTING_NUMERALS = new Set([...'一二两三四五六七八九十']);
/** How far a tick is looked for around a single ×: the two marks are explained together. */
const TICK_REACH = 16;

/** True when the single × at `start` is a mark to make: after 打/划/画, alone in quotes, or with a tick near it. */
function isCrossMark(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  if (before === '打' || before === '划' || before === '画' || text.startsWith('表示', end)) return true;
  if ((before === '“' || before === '"') && (text[end] === '”' || text[end] === '"') && text[start - 2] !== '《') return true;
  const around = text.slice(Math.max(0, start - TICK_REACH), end + TICK_REACH);
  return around.includes('√') || around.includes('✓') || around.includes('✔');
}

/** True when the run [start,end) stands between letters or digits, as masked digits of a number do. */
function isMaskedWithin(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  return (isAsciiDigit(before) || isAsciiLetter(before)) && (isAsciiDigit(after) || isAsciiLetter(after));
}

/** What stands either side of a multiplication sign in a formula: a variable, a number, a bracket. */
const FORMULA_LEFT = /[A-Za-z0-9０-９)）]/;
const FORMULA_RIGHT = /[A-Za-z0-9０-９(（]/;

/** Plus signs joining the terms of a formula name (`1+N+X`). */
const PLUS = new Set(['+', '＋']);
/** A formula with X among its terms (`1+N+X`, `X+1`). */
const FORMULA_X = /[+＋][XxＸｘ](?![A-Za-z])|(?<![A-Za-z])[XxＸｘ][+＋]/;
/** What the X a formula explains counts: `X个县`, `X项措施`, `X类`. */
const FORMULA_PART = /[个项类种家支条所]/;

/** True when the X at [start, end) counts things, as a formula's X does (`X个县`; not `X个百分点` nor `第X条`). */
function countsFormulaParts(text: string, start: number, end: number): boolean {
  return FORMULA_PART.test(text[end] ?? '') && text[start - 1] !== '第' && !text.startsWith('个百分点', end);
}
/** How far back a formula explains an X. */
const FORMULA_REACH = 80;
/** Quotes closing a name (`“数据要素×”`). */
const CLOSING_QUOTES = new Set(['”', '’', '」', '"']);
/** How far around a match the accept tests look: lines can be very long. */
const WINDOW = 12;

function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiLetter(code) || isAsciiDigit(code);
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isDigit(code: number): boolean {
  return isAsciiDigit(code) || (code >= 0xff10 && code <= 0xff19);
}

/** True when a character passing `test`, then only white space, comes right before `at` (within WINDOW). */
function endsBefore(text: string, at: number, test: (code: number) => boolean): boolean {
  const low = Math.max(0, at - WINDOW);
  let i = at - 1;
  while (i >= low && isWhiteSpace(text.charCodeAt(i))) i--;
  return i >= low && test(text.charCodeAt(i));
}

/** True when only white space, then a character passing `test`, comes from `at` on (within WINDOW). */
function startsAfter(text: string, at: number, test: (code: number) => boolean): boolean {
  const high = Math.min(text.length, at + WINDOW);
  let i = at;
  while (i < high && isWhiteSpace(text.charCodeAt(i))) i++;
  return i < high && test(text.charCodeAt(i));
}

/**
 * A bracketed note left in drafting or review, read narrowly, for a final text says much in brackets.
 * The bracket ends in what is still to be done (`（数据待应急局提供）`, `（待补）`, `（数字待更新）`, `（引文出处待查）`,
 * `（送审稿，待领导审定）`), or asks about a passage (`（此段请疾控科补充……）`, `（此条是否保留，请科长定）`), or ends
 * asking for a check (`〔注：此处数字与上月通报不一致，请核〕`, `（发送范围请办公室再核）`). Not a status or a condition
 * (`（待县委常委会审定后印发）`, `（滑坡原因待查，初步判断……）`, `（待核定生产能力）`, `（属实/部分属实/待核实）`,
 * `（具体时间待定，另行通知）`), nor a request to the readers (`（请各单位认真核对）`, `（请于会前核对）`), nor an
 * article's note (`（本条主要规定……）`).
 */
const NOTE_TODO = /^(?:[^，,。；;、/（(]{0,12}[，,])?[^，,。；;、/]{0,8}(?<![有期等对接招款优虐善亏看尚亟仍])待(?:(?:(?!后)[\u4e00-\u9fff]){1,10}后?(?:提供|更新|补充|编号?)|(?:主要|分管)?领导审定|补|补充|附|录入|更新|完善|修改|改|核实|核对|核|查|确认)$|^TBD$/;
const NOTE_PASSAGE = /^(?:此段|此条|此节|此句|这段|这句)[^）)〕】]{0,30}?(?:请[^）)〕】]{0,12}?(?:补充|补|修改|改|核|确认|提供|压缩|精简|完善)|(?:要|需要?)(?:更新|核实|核对|修改|补充|重写)|是否(?:保留|删除|删去))/;
const NOTE_CHECK = /(?:(?<![申邀])请[\u4e00-\u9fff]{0,4}再核(?:一下|实|对(?:一[遍下])?)?|(?<![申邀])请核(?:一下)?|再核一下)$/;
/** `【待议】`, `【待核实】`, `【存疑：……】`: a point the drafters are still to settle, no template's blank (`【待补】` is one). */
const TO_SETTLE = /^(?:待(?:议|核实?|确认|商榷?|研究|斟酌|审定?|审核|讨论)|存疑)(?:[：:].*)?$/;
/** A date the readers are asked to keep (`请于3月5日前核实`); not `发布前`, `印发前`, the drafters' own moment. */
const DEADLINE = /[0-9０-９一二三四五六七八九十]+[月日]|(?<![布发])前/;
/**
 * The talk of a note, which a final text's brackets do not hold: `先写着`, `看领导意见`, `请主任定`, `还没报`, `报我`,
 * `找纪委要`, `请补上`, `再确认一下`, `存疑：`, a question about this very passage (`要不要在这里点名`, `是不是把……加进去`),
 * `以哪个为准？` left unanswered. (Speech a record or a letter reports is no note: see isReported.)
 */
const NOTE_TALK = /先写着|看领导意见|请(?:[\u4e00-\u9fff]{0,2}(?:主任|科长|处长|局长|领导))定$|还没(?:报|回话)|报我$|找[\u4e00-\u9fff]{1,6}要(?:[，,]|$)|请补上|请补齐|(?:核|确认|沟通|催|统一)一下$|^(?:存疑|疑问)[：:]|^再找|以哪个为准[？?]?$|请示(?:主任|领导|局长|科长|处长)$|(?:要不要|是不是|能不能|是否)[^）)〕】]{0,16}(?:这里|此处|这段|这条|加进|加上|写上|写进|放进|换个|换一个|删)/;
/**
 * Reported words in brackets: an interjection, a letter's or a speaker's own words, a journalist's question in a
 * press conference's script (`（青山日报记者提问：……？）`).
 */
const REPORTED_SPEECH = /^(?:[^：:）)]{0,8}插话|原话|原文|来信|质问|反映|(?:问|答)(?=[：:]))|反映|来信人|^[^：:）)]{0,20}(?:记者|代表|委员|网友|发言人)(?:提问|追问|问|答|回答)?[：:]|^[^：:）)]{0,20}提问[：:]/;
/** A quotation: reported too, unless the note talks about the words it quotes (isNote). */
const QUOTED = /[“”‘’"「」『』]/;

function isReported(content: string): boolean {
  return REPORTED_SPEECH.test(content) || QUOTED.test(content);
}
/** `【李局：亮点不够突出，再提炼】`, `【王主任批注：……】`, `【批注：……】`: a reviewer's comment. */
const NAMED_COMMENT = /^(?:[\u4e00-\u9fff]{0,2}(?:局长?|主任|科长?|处长?|书记|部长|县长|市长|镇长|区长|校长|院长|总)(?:批注|意见)?|[老小][\u4e00-\u9fff]|[\u4e00-\u9fff]{1,3}(?:处|科|办|室|部|委)|批注[0-9]{0,2}(?:[（(][^）)]{1,16}[）)])?|审读意见|修改意见|审改意见|审核意见)[：:]/;

/** After a `？` that stands for a number: a unit only a number takes (`达到？%`, `？万元`). */
const NUMBER_UNIT = /[%％万亿元倍]/;
/** After a `？`, a unit that may also open the next clause (`能到？月底`): a number only after `截至`, `共`, a digit. */
const COUNTED_UNIT = /[月日时个人次家项件处所名批]/;
const NUMBER_BEFORE = /[0-9至第约共计截含]/;
const CLOSING_QUOTE = /[”’」』"]/;

/** True when only white space stands between `at` and the line start or the end of a sentence. */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && isWhiteSpace(text.charCodeAt(i))) i--;
  return i < 0 || '。；！？'.includes(text[i]!);
}

/**
 * Something of the draft's own still to be settled: `（权重待定）`, `（数据待应急局最终核定）`, `（投放量待商务局报）`,
 * `（场次待文旅局核实）`, perhaps with the writer's aside after it (`（会议室待定，人多的话改到县委党校报告厅）`,
 * `（经费预算待财政局审核，去年是32万）`), or its time still to agree with others (`（时间待与集团党委办确认）`). The thing is one a draft states (a figure, a date, a list), not a
 * matter a final text reports as pending (`（设计变更待业主确认）`, `（具体时间待定，另行通知）`).
 */
const ITEM_TO_SETTLE = /^[\u4e00-\u9fff]{0,8}(?:数据|数字|时限|比例|权重|分值|场次|名单|人数|数量|金额|投放量|日期|会议室|经费|预算|电话|口径|出处|排名|指标|篇数|字数|表述|提法|措辞)[\u4e00-\u9fff]{0,2}待(?:最终)?[\u4e00-\u9fff]{0,8}?(?:定|核定|审核|报|核实|确认|提供|更新|补充|查)(?:[，,](?:确认是|也可能|可能|人多的话|去年是|如果|或者|还是|看情况|先)[^）)〕】]{0,24})?$|^[\u4e00-\u9fff]{0,4}(?:时间|地点)待[\u4e00-\u9fff]{2,10}(?:确认|定)[，,](?:也可能|可能|如果|或者|还是)[^）)〕】]{0,24}$|^(?:时间|日期|地点|场地)待与[\u4e00-\u9fff]{2,10}确认$/;
/**
 * The talk of a reviewer or a writer to the next one: `（这句太口语化，改一下）`, `（不点企业名，换个说法）`, `（刘处：这段再压一压）`,
 * `（小陈改到这里，后面还没动）`, `（以下两段顺序调换……）`, `（照抄去年的……）`, `（需更新，还是去年的版本）`, `（存疑，……）`,
 * `〔核：……〕`, `（第三条是否写？体育中考刚改革，怕被追问）` (a question talked over, not answered in the bracket as in
 * `（是否收费？否）`, `（是否接受现金？不接受）`),
 * `（……需注明出处和年份）`, `（……尚未核实）`, `（数字查台账）`, `（具体人数卫生室统计）`, `（……能否合并？——办公室 林）`, and the English of a review (`TBD`, `pending`, `to be updated`).
 */
const REVIEW_TALK = /(?:核|问|查|顺|压|改|调整|确认|沟通|催|统一|补|找|看|对|过|要|捋|提炼)一下|建议(?:拆|移|挪|删|改为|改成|调|放|换)|挪到|移到|移至|挪至|调至|对吗[？?]|对不对[？?]|拆成|二选一，|压缩到|需重写|重写|写反了|再打磨|再提炼|再捋|稍长|太满|太硬|太平|太长|太散|太虚|太空|没写完|回头补|再补$|再填$|再写$|后再补|前再填|补一句|放这里|也可能推|初定|对不上|差一个零|还在做|好像是|前后不一致|(?<![申邀])请[\u4e00-\u9fff]{0,3}(?:主任|科长|处长|局长|领导|书记)定|[\u4e00-\u9fff]{1,2}自己定|挑一个|别写成|避免出现|先别发|过目|标黄|加批注|第[一二三四五六七八九十]稿|要不要|问问|还没(?:做|报|定|动|发|回|弄|写|来)|到时候|后补$|^后补|[，,]后补|等[\u4e00-\u9fff]{1,8}(?:报数|提供|回复|自己加|定|数)$|找[\u4e00-\u9fff]{1,6}再?确认|请[\u4e00-\u9fff]{1,10}再(?:确认|核实|核对)$|[，,]请[\u4e00-\u9fff]{1,8}(?:局|办|委|科|处|股|中心)(?:确认|核实|核对)$|^等[\u4e00-\u9fff]{1,6}报|粘不过来|新改的|红字部分|插在这里|放在这里|斧正|再想想|再看看|请核对是否|.{6,}——[\u4e00-\u9fff]{1,3}$|再顺|压缩到|建议合并|删一半|删掉|再温和|别激化|好像没|再问|抓紧|发我|看[\u4e00-\u9fff]{1,4}口径|待补[，,]|^[?？]|换个(?:说法|写法|提法)|换种说法|压一压|再压压|改到这里|还没动|顺序调换|照抄|^需更新|还是去年的|^存疑[，,]|^核[：:]|是否[^？?）)〕】]{1,16}[？?](?![否是有无不没可])(?=[^）)〕】]{5})|^(?:这条|这段|这句|这里|此条|此段)[^）)〕】]{0,20}是否[^？?）)〕】]{1,12}[？?]$|需注明出处|尚未核实$|报前再确认|再确认[！!]?$|\b(?:TBC|tbc|need (?:source|update|check)|pls)\b|请[\u4e00-\u9fff]{1,6}再补充|^(?:数字|数据|人数|金额|名单)查[\u4e00-\u9fff]{1,6}$|^具体(?:人数|数字|数据|金额|名单)[\u4e00-\u9fff]{1,8}(?:统计|提供)$|能否合并|可否合并|——[\u4e00-\u9fff]{1,4}[ \u3000][\u4e00-\u9fff]{1,2}$|不宜写|印发时删|换成|只写[\u4e00-\u9fff]{1,4}[，,]不写|用全称|统一用[“"]|词混用|算错|应该是[0-9]|以(?:现场|录音|原稿|讲话稿?|口播)为准$|听不清|已问过|举个[\u4e00-\u9fff]{0,4}例子|漏了|^可删$|^存疑$|^tbd$|^等[\u4e00-\u9fff]{1,6}(?:回来|签|批|定)|^已改|已看$|^[vV][0-9]{1,2}[ \u3000]+[\u4e00-\u9fff]|意见[：:][^）)〕】]{2,}(?:去掉|删|改)|^(?:来源|出处|口径|依据)[？?]$|^≠|^\+[\u4e00-\u9fff]|\b(?:TBD|pending|to be (?:updated|confirmed|checked)|check(?: with)?)\b/;
/** A change proposed to quoted words: `把“确保”改成“力争”`, `建议改为“……”`, `备选：“……”或“……”`, `删除了“全省领先”`. */
const QUOTED_REVISION = /改成[“"]|改为[“"]|不能写[“"]|^备选[：:]|或者[：:]|别写成|避免出现|删除了?[“"]|说得太满|不要写[“"]/;

/**
 * A colleague addressed by a short name (`（李：数据截至哪个月？）`, `（给兰姐：……）`), or signed by initials (`（已核 ly）`), a note
 * dated and signed (`（12.20 王：……）`, `（1.6赵已核）`), signed with an office and a surname (`（党建办 张：……）`) or with pinyin
 * initials (`（lj：……）`, `（zhb待qr）`).
 * Not a label (`（注：带△的为新增项目）`, `（按：……）`).
 */
const ADDRESSED = /^(?:给)?(?:[\u4e00-\u9fff](?:姐|哥)|(?![注按附例如即又另表图])[\u4e00-\u9fff])[：:]|[\u4e00-\u9fff][ \u3000][a-z]{2,3}$|^[0-9]{1,2}[.．/][0-9]{1,2}[ \u3000]?[\u4e00-\u9fff]{1,3}(?:[：:]|已核)|^[a-z]{2,3}[：:]|^[\u4e00-\u9fff]{2,4}[ \u3000][\u4e00-\u9fff]{1,2}[：:]|^[a-z]{2,4}待[a-z]{2}$|^[a-z]{2,4}[ \u3000][0-9]{1,2}[.．/][0-9]{1,2}[：:]|^[0-9]{3,4}[ \u3000][a-z]{2,4}[ \u3000]|^[0-9]{4}-[0-9]{2}-[0-9]{2}[ \u3000][\u4e00-\u9fff]{1,8}[：:]/;
/**
 * A question in a bracket left for a colleague: the `？` outside any quote, not answered after it in the
 * bracket (`（是否收费？否）`), not put to the readers (`（您今年是否有……打算？）`, a survey's item).
 */
function unansweredQuestion(content: string): boolean {
  const mark = Math.max(content.lastIndexOf('？'), content.lastIndexOf('?'));
  if (mark < 0 || /[您你]|大家|同志们|第[一二三四五六七八九十0-9]+题/.test(content)) return false;
  // Outside quotes: as many opening as closing quotes before it.
  const before = content.slice(0, mark);
  if ((before.match(/[“「『]/g) ?? []).length !== (before.match(/[”」』]/g) ?? []).length) return false;
  // After it, nothing, or the writer's talk (`工会定`, `核实`, `后面只写了三条，再想一条`, `……怕被追问`), not an answer
  // (`否`, `经营场所以租赁合同……载明的地址为准`).
  const after = content.slice(mark + 1).replace(/^[？?]+/, '');
  return after.trim().length === 0 || QUESTION_TALK.test(after) || /^[，,]?(?:是给|不是|还是|我)/.test(after);
}

const QUESTION_TALK = /定$|核实$|确认$|别用|别写|再[\u4e00-\u9fff]|一下|怕|拿不准|问问|不一样|不一致|对不上|请[\u4e00-\u9fff]{1,6}(?:定|看|把关)|需要?(?:说明|协调|明确)|上次|[都又]说/;

/** `（删）`, `（拟删）`: a passage marked for deletion. */
const MARKED_FOR_DELETION = /^(?:拟|建议)?删(?:去|除|掉)?$/;

/** After a reviewer's arrow or mark: a colleague named with a colon, or what to do with the passage. */
const ARROWED_REMARK = /^[\u4e00-\u9fff][：:]|^[\u4e00-\u9fff]{2,6}[ \u3000][\u4e00-\u9fff]{1,3}[：:]|移到|挪到|移至|放头条|对调|改成|改为|删去|删掉|合并|调整|补上|核一下|再核|一并调|也一起调/;

/** Characters one of which every note in brackets holds: most brackets (`（一）`, `（2025年）`) hold none. */
const NOTE_CHARACTERS = /[待请是核？?要不以能还先一存疑报找T改换压照需删pc下问到后等粘新红插放斧想顺合温别好再抓发看太建拆挪移稿过黄没做查统宜印全混算该听举漏可已意来≠+vVt]/;

/** An abbreviation named to say what it means: `“TBD”`, `TBD：待定（To Be Determined）`, `TBD为待定字段的缩写`. */
const NAMES_ABBREVIATION = /^[“"]TB[DC][”"]|^.?TB[DC](?:[：:]|为|是|即|指)[^。]{0,20}(?:缩写|To Be|待定)/;

function isNote(content: string): boolean {
  if (NAMES_ABBREVIATION.test(content)) return false;
  if (isSignedComment(content)) return true;
  // (A question outside its quotes, `（“三个坚决”还是“四个坚决”？后面只写了三条）`; a change to quoted words,
  // `（镇长：把“确保”改成“力争”）`, `（建议改为“新媒体矩阵”……——赵）`.)
  // (`（原话是“卡脖子”，要不要保留？——办公室 周）`: a signed question about the words reported.)
  if (REPORTED_SPEECH.test(content)) return /——/.test(content) && REVIEW_TALK.test(content);
  if (QUOTED.test(content)) return unansweredQuestion(content) || QUOTED_REVISION.test(content) || REVIEW_TALK.test(content);
  if (!NOTE_CHARACTERS.test(content)) return false;
  if (/^[？?]+$/.test(content) || MARKED_FOR_DELETION.test(content)) return true;
  if (NOTE_TODO.test(content) || NOTE_PASSAGE.test(content) || NOTE_TALK.test(content) || ITEM_TO_SETTLE.test(content) || REVIEW_TALK.test(content)) return true;
  if (ADDRESSED.test(content) || unansweredQuestion(content)) return true;
  return NOTE_CHECK.test(content) && !DEADLINE.test(content);
}

/**
 * A 【】 or [] comment that talks about the draft: it holds a comma or a question, and words a review uses
 * (`【这条信息财政局说要撤，口径有争议】`, `【交警支队：城市道路这部分还要补……】`, `【场地二选一，……，周三书记办公会定】`, `[统计口径：按户籍还是常住？……]`,
 * `【这段太长，建议压缩到300字以内——办公室张】`). A label (`【编者按】`, `【典型案例】`) holds neither.
 */
const SQUARE_REVIEW = /这段|这条|这里|这句|这部分|此处|还要补|口径|是否|还是|说要|要撤|删|合并|重复|对不上|不一致|会定$|领导定$|[待再]定$|待确认|注意控制|不超过[0-9]+字|^待|——[\u4e00-\u9fff ]{1,6}$|\bcheck\b|\bTBD\b/;

function isSquareComment(content: string): boolean {
  // (`【这里放一个反面案例，不点名，用“某单位”】`: about this very place, the quote its own.)
  if (/[，,？?]/.test(content) && content.length > 6 && SQUARE_REVIEW.test(content) && (!isReported(content) || /^(?:这里|此处)/.test(content))) return true;
  // `【口号化太重】`, `【自我评价不要太满——周】`, `【记录不全，听录音补】`, `[参考文献格式统一一下]`: a judgment or a
  // request on the text, signed or not (not a label, `【编者按】`, `【他山之石】`).
  return content.length > 4 && (SQUARE_JUDGMENT.test(content) || isNote(content));
}

const SQUARE_JUDGMENT = /太[重虚散长满多空平软]|不要太|别太|^急[！!]|[^\u4e00-\u9fff]?——[\u4e00-\u9fff]{1,4}$|不全|听录音|待议$/;

const REVIEW_WORD = /^(?:批注|审读意见|修改意见|审改意见|审核意见)/;
/** What a reviewer asks: `再提炼`, `压缩`, `删去`, `核对后再定`, `不够突出`, `偏长`, `写多了`, `按1000家写`. */
const REVISION = /再(?:提炼|压缩|精简|斟酌|核|改|想想|考虑|压|硬|软)|语气|多用|少用|改成|改为|修改|删|去掉|拿掉|压缩|精简|提炼|补充|核实|核对|再定$|斟酌|调整|无需调整|无误$|确认|不够|不突出|放前面|放后面|偏[长短多少高低大小保守]|太[软虚空泛长短平]|写多|写少|按.{1,10}写|点透|这段|这条|这句|这里/;

/** A reviewer's signed comment: the name before the title is a surname (`【李局：】`, not `【县教育局：】`). */
function isSignedComment(content: string): boolean {
  if (!NAMED_COMMENT.test(content)) return false;
  // (`【王局长：实干是最好的答卷】` heads a 简报's item with a leader's words; a reviewer asks for a change.)
  // (`（老张：……建议去掉）`: 老 or 小 before the surname.)
  const surname = /^[老小]/.test(content) ? content[1]! : content[0]!;
  const said = content.slice(content.search(/[：:]/) + 1);
  // (A title or an office alone, `镇长：`, `政治处：`, asks for a change in so many words: `（会场：有！）` does not.)
  return REVIEW_WORD.test(content) || ((SURNAMES.has(surname) || /^[\u4e00-\u9fff]{0,3}(?:长|处|科|办|室|部|委|主任|书记)[：:]/.test(content)) && (REVISION.test(said) || QUOTED_REVISION.test(said) || /避免|表述|建议/.test(said)));
}

const PATTERNS: readonly Pattern[] = [
  // Notes left in drafting or review, in round brackets or 〔〕: `（数据待统计局提供）`, `〔注：……请核〕`.
  {
    kind: 'note',
    needs: TRIGGER.paren | TRIGGER.documentNumber,
    regex: /[（(〔〈][^（()）〔〕〈〉\n]{1,60}[）)〕〉]/g,
    accept: ({ text }, start, end) => {
      const content = text.slice(start + 1, end - 1);
      // `〔此处加一个典型案例〕` (in round brackets, template-leftover's instruction); `不少于80亿元（待定）`, a
      // figure left unsettled in a sentence (not `（待定）` alone in a table's cell).
      if (text[start] === '〔' && /^此处(?:可)?(?:加|插|增加|再加|补)/.test(content)) return true;
      // (`〔待定〕`: a final text writes no such bracket in its sentences.)
      if (content === '待定') return text[start] === '〔' || /[0-9０-９元万亿%％人个家项次]/.test(text[start - 1] ?? '');
      // `（待定：是否补充市卫健委领导讲话内容）`: what is still to settle, spelt out.
      if (/^待定[：:]/.test(content)) return true;
      return isNote(content);
    },
  },
  // A note holding a bracket of its own: `（此条与第（四）点能否合并？——办公室 林）`.
  {
    kind: 'note',
    needs: TRIGGER.paren,
    regex: /[（(][^（()）\n]{1,30}[（(][^（()）\n]{1,8}[）)][^（()）\n]{1,40}[）)]/g,
    accept: ({ text }, start, end) => isNote(text.slice(start + 1, end - 1)),
  },
  // In 【】: a reviewer's comment, a request, or nothing at all (`【】件`). (`【待补】` is a template's: below.)
  {
    kind: 'note',
    needs: TRIGGER.square,
    regex: /【[^【】\n]{0,60}】/g,
    accept: ({ text }, start, end) => {
      const content = text.slice(start + 1, end - 1);
      if (content.trim().length === 0 || isSignedComment(content) || isSquareComment(content) || TO_SETTLE.test(content)) return true;
      return !isReported(content) && (NOTE_PASSAGE.test(content) || NOTE_TALK.test(content) || (NOTE_CHECK.test(content) && !DEADLINE.test(content)));
    },
  },
  // In ASCII square brackets, a comment that talks about the draft (`[待确认：……]`); not a Markdown link,
  // footnote or check box (`[文件](url)`, `[^1]`, `[x]`).
  {
    kind: 'note',
    needs: TRIGGER.square,
    regex: /\[(?![ xX^]?\])[^\[\]\n]{2,60}\](?![(\[:])/g,
    accept: ({ text }, start, end) => {
      const content = text.slice(start + 1, end - 1);
      return !content.startsWith('^') && (isSquareComment(content) || /^待(?:确认|核实|核|补|定)[：:]/.test(content) || /^(?:来源|出处|口径|依据)[？?]$|^≠/.test(content));
    },
  },
  // `？？？` for a value not known yet, `截至？月？日`, `？人次`.
  {
    kind: 'note',
    needs: TRIGGER.question,
    regex: /？+|\?{2,}/g,
    accept: ({ text }, start, end) => {
      // `到底截至几月几日？？”`: a question asked twice over, in a quote, is no value left out; nor is
      // a question running into the next clause (`能不能达到？人民群众在看着`).
      const before = text[start - 1] ?? '';
      const after = text[end] ?? '';
      if (NUMBER_UNIT.test(after) || (COUNTED_UNIT.test(after) && NUMBER_BEFORE.test(before))) return true;
      if (CLOSING_QUOTE.test(after)) return false;
      // `？？这个数财政局说要按决算口径`, `预案谁牵头？？`: a doubled mark opening a remark or ending a line.
      // `带动就业1.2万人？？。`: a figure put in doubt.
      // (`教学班？？个`: a number left out before its measure word.)
      if (end - start === 2 && COUNTED_UNIT.test(after)) return true;
      // `得分仅为58分？？，`, `经验做法??，`: a doubled mark before a comma is no sentence's.
      if (end - start === 2) return opensSentence(text, start) || after === '' || isWhiteSpace(after.charCodeAt(0)) || /^[，、；,;]/.test(after) || (FIGURE_END.test(before) && /^[。]/.test(after));
      // `责令其于？？？前拆除`: a date not known yet; `……抓落实上。？？？这里是否加一段……`: a note's mark opening it;
      // `……占比达到七成以上？？？这组数据说明……`: a figure put in doubt. (Not a respondent's words quoted: `……到底什么时候开？？？希望……`.)
      if (end - start > 2 && (/[于至到]$/.test(before) || opensSentence(text, start) || FIGURE_END.test(before) || /(?:以上|以下|左右)$/.test(text.slice(Math.max(0, start - 2), start)))) return true;
      return end - start > 2 && (!isIdeograph(after.charCodeAt(0)) || COUNTED_UNIT.test(after));
    },
  },
  // `约3.?万人`: a figure's digit left as a question mark.
  { kind: 'note', needs: TRIGGER.question, precheck: /[0-9][.．][?？]/, regex: /(?<=[0-9][.．])[?？](?=[万亿千百]?[人元户家个项%％])/g },
  // A sentence that is an instruction to whoever writes next: `此处加一段……`, `此处待补`, `TODO 补充……`.
  {
    kind: 'note',
    needs: TRIGGER.note,
    regex: /此处(?:填写[^。\n]{0,40}。?|待补充?|需补充(?!说明)|加一段|增加一段|补充一段|补一段|再加一段|插入(?:照片|图片|图表|表格))[^。\n]{0,40}。?|TODO\b[^（(【。\n]*|Note[:：][^。\n]{0,60}|此处[^。\n]{0,20}(?:找一下|补一下|核一下)[^。\n]{0,20}|此处(?:补|加|增加|插入)一个[^。\n]{0,60}。?|此段[^。？?\n]{0,12}[？?]|\/\/[^\n]*|(?:拟删[：:]?|建议删去[^。\n]{0,30}|措辞再斟酌[^。\n]{0,40}|NB[：:][^。\n]{0,40}|TBD\b|[Cc]heck with\b[^。\n]{0,40})/g,
    // (Not `TBD` named to define it: `标注“TBD”的字段`, `TBD：待定（To Be Determined）`, `TBD为待定字段的缩写`.)
    accept: ({ text }, start) => (opensSentence(text, start) || text.startsWith('TBD', start)) && !(text.startsWith('TBD', start) && NAMES_ABBREVIATION.test(text.slice(Math.max(0, start - 1), start + 24))),
  },
  // A Word comment's anchor pasted with the text: `5.37亿元[LM1]`, `[张1]`, `[zjl 3.12]` (not a footnote's `[1]`);
  // at a line's start with the comment after it.
  {
    kind: 'note',
    needs: TRIGGER.square,
    regex: /\[(?:[A-Za-z]{1,4}|[\u4e00-\u9fff]{1,3})[0-9]{1,3}\]|\[[a-z]{2,4}[ \t][0-9.]{1,6}\]/g,
  },
  // `‹此段往前挪……>>`, `<此处可加一个本市的正面典型……>`, `#这里要不要写上……#`: a remark about the passage.
  {
    kind: 'note',
    needs: TRIGGER.angle,
    regex: /[<‹][^<>‹›\n]{2,60}[>›]+|#[^#\n]{2,60}#/g,
    accept: ({ text }, start, end) => /^[<‹#]*[‹]?(?:此段|此处|此句|这段|这里|这句|此条|这条|需要|需)/.test(text.slice(start, end)) || isNote(text.slice(start + 1, end - 1)),
  },
  // A tracked change pasted inline: `删除的内容: 全面完成了……目标任务`, `插入的内容: 家长自愿参加`, to the next space.
  {
    kind: 'note',
    needs: TRIGGER.revision,
    precheck: /内容[:：]|已删除|已插入|删除[：:]|修订[：:]/,
    regex: /(?:删除的内容|已删除|插入的内容|已插入)[:：][ \t]?[^ \t\n。]{0,40}|(?:修订[：:]删除了?|删除[：:])[“"][^”"\n]{1,30}[”"]/g,
  },
  // `授予某单位等（　　）个集体`: a blank in brackets where a number goes.
  // (`（　　）`, brackets holding nothing but full-width blanks, wherever they stand.)
  { kind: 'blank', needs: TRIGGER.paren, precheck: /（[ \u3000]{2}/, regex: /（[ \u3000]{2,8}）/g },
  // `委托期限：自　　年　　月　　日起至　　年　　月　　日止`: a period's dates left blank in a sentence. (Not a
  // draft regulation's `本条例自　　年　　月　　日起施行`: the day it takes effect is set when it is adopted.)
  {
    kind: 'blank',
    needs: TRIGGER.year,
    precheck: /[自从至到][ \u3000]+年/,
    regex: /(?<=[自从至到])[ \u3000]{2,8}年[ \u3000]{1,6}月[ \u3000]{1,6}日/g,
    accept: ({ text }, _start, end) => !/^起(?:施行|实施|执行|生效)/.test(text.slice(end, end + 3)),
  },
  // What reviewers type in the syntax they know from code and markup, which no final text holds: `<!-- …… -->`,
  // `/* …… */`, `#TODO ……`, a diff's `[-确保-]{+力争+}`, HTML's `<s>特事特办</s>`, `===以下为新增===`, a transcript's `[inaudible]`.
  {
    kind: 'note',
    needs: TRIGGER.angle | TRIGGER.note | TRIGGER.square | TRIGGER.template | TRIGGER.revision,
    precheck: /<!--|\/\*|#TODO|\[-|\{\+|<(?:s|del|strike|ins)>|={3}|\[(?:inaudible|unclear|crosstalk)\]/,
    regex: /<!--[^\n]{0,120}?-->|\/\*[^\n]{0,120}?\*\/|#TODO\b[^\n]{0,80}|\[-[^\]\n]{1,40}-\]|\{\+[^}\n]{1,40}\+\}|<(s|del|strike|ins)>[^<\n]{1,60}<\/\1>|(?<!=)={3,8}[^=\n]{1,20}={3,8}(?!=)|\[(?:inaudible|unclear|crosstalk)\]/g,
    // (A rule of equals signs holds a review's words: `===以下为新增===`, not a heading's decoration `===第一部分===`.)
    accept: ({ text }, start, end) => text[start] !== '=' || /新增|删除|删去|修改|插入|以下|以上|结束|待定|原稿/.test(text.slice(start, end)),
  },
  // A line a reviewer opens with an arrow or a mark: `-->这段移到……`, `→张：“圆满完成”改成“进展顺利”`, `↓↓这篇放头条……`,
  // `✎ 县委农办 陈：……`, `>> 刘局：……`, at the line's start or after a sentence (not a flow written with arrows,
  // `隐患排查发现→认定……→……`).
  {
    kind: 'note',
    needs: TRIGGER.marker | TRIGGER.angle | TRIGGER.dash,
    precheck: /(?:^[\s\u3000]{0,8}|[。；！？!?\t][\s\u3000]{0,8})(?:-->|->|<-|→|↓|✎|>>)/,
    regex: /(?<=^[\s\u3000]{0,8}|[。；！？!?\t][\s\u3000]{0,8})(?:-->|->|<-{1,8}|→|↓{1,4}|✎|>>)[ \u3000]{0,4}[^\n]{2,120}/g,
    accept: ({ text }, start, end) => {
      const said = text.slice(start, end).replace(/^(?:-->|->|<-{1,8}|→|↓{1,4}|✎|>>)[ \u3000]{0,4}/, '');
      return ARROWED_REMARK.test(said) || NAMED_COMMENT.test(said);
    },
  },
  // In brackets a final text does not use: `「口径？」`, `｛企业名称用全称｝`, `〖……混用了，全文统一用“留守”〗`.
  {
    kind: 'note',
    needs: TRIGGER.square | TRIGGER.template,
    precheck: /[「｛{〖]/,
    regex: /「[^「」\n]{1,60}」|[｛{][^｛｝{}\n]{1,60}[｝}]|〖[^〖〗\n]{1,60}〗/g,
    accept: ({ text }, start, end) => isNote(text.slice(start + 1, end - 1)),
  },
  // An unchecked to-do typed at a line's start or in a table's cell: `[ ] 补上半年信访数据（……）`.
  { kind: 'note', needs: TRIGGER.square, precheck: /\[ \]/, regex: /(?<=^[\s\u3000]{0,8}|\t)\[ \][ \t]*[\u4e00-\u9fff][^\n\t]{1,60}/g },
  // A note's line that changes the text (`注：第（二）条“原则同意”改成“同意”，……`), or a question put by `Q：` with the talk of a review.
  {
    kind: 'note',
    needs: TRIGGER.note | TRIGGER.paren,
    precheck: /^[\s\u3000]{0,8}(?:注|Q)[：:]/,
    regex: /(?<=^[\s\u3000]{0,8})(?:注|Q)[：:][^\n]{2,120}/g,
    accept: ({ text }, start, end) => {
      const said = text.slice(start + 2, end);
      return text[start] === '注' ? /改成[“"]|改为[“"]/.test(said) : REVIEW_TALK.test(said);
    },
  },
  // `~~全面完成了各项目标任务~~`: words struck out in review (Markdown's strikethrough), still to be cut.
  { kind: 'note', needs: TRIGGER.revision, precheck: /~~/, regex: /~~(?!~)[^~\n]{1,80}~~/g },
  // `@小刘 这里再核一下`, `@所有人 请……`: a colleague called on, to the end of the sentence.
  {
    kind: 'note',
    needs: TRIGGER.at,
    regex: /@(?:[\u4e00-\u9fff]{1,6}|[A-Za-z]{2,12})(?=[\s\u3000，,：:])[^。\n]{0,60}/g,
    // (Not an e-mail address: `qsxzbgbk@163.com`.)
    accept: ({ text }, start) => !/[A-Za-z0-9_.\-]/.test(text[start - 1] ?? ''),
  },
  // (After the colleague called on: `@Lily pls confirm ……` is that one note.)
  // English a reviewer types: `TBC` after a figure, `pls confirm w/ 财政局 before sending`, `FYI：……`, `NB 这段……`,
  // `(per 市方案 should be 90%)`, `[NB: ……]`, `(ref: ……, pls fix)`. (Not `NB-IoT`, a network.)
  {
    kind: 'note',
    needs: TRIGGER.note,
    precheck: /TBC|tbc|tbd|pls|FYI|NB|per /,
    regex: /[（(\[](?:per|NB|FYI|pls)\b[^）)\]\n]{1,80}[）)\]]|(?<![A-Za-z])(?:pls|FYI)(?![A-Za-z])[^。\n]{0,80}|(?<![A-Za-z])NB(?=[ \u3000:：])[^。\n]{1,80}|(?<![A-Za-z])(?:TBC|tbc|tbd)(?![A-Za-z])/g,
    accept: ({ text }, start, end) => !NAMES_ABBREVIATION.test(text.slice(Math.max(0, start - 1), end + 24)),
  },
  // `▲口径待统一：……`, `★加分上限是否也设50分？……`, `※与议程表矛盾……`: a marked remark about the draft (not a photo's
  // caption, `▲县委书记讲话`, nor a rating, `★★★★★`); `——小王注：……`, `——李科长意见：……`.
  {
    kind: 'note',
    needs: TRIGGER.marker,
    regex: /[▲★※](?=[^。\n▲★※]{0,24}?(?:口径|是否|配图|另发|建议删|删去|矛盾|不一致|这条|这段|此处|再斟酌|待统一|压缩到|待[\u4e00-\u9fff]{0,6}审定|对得上|对不上|请[\u4e00-\u9fff]{0,6}(?:把关|斟酌|核)|还是|[？?]))[^。\n]{1,60}|——[\u4e00-\u9fff]{1,5}(?:注|意见|批注)[：:][^\n]{0,60}|——[ \u3000]?[\u4e00-\u9fff]{1,4}（[^）\n]{1,6}）[：:][^\n]{0,60}|——[ \u3000]?[\u4e00-\u9fff]{1,3}(?:秘书|主任|科长|局长|处长)[：:][^\n]{0,60}|——[ \u3000]?[^。\n]{0,30}(?:先放着|先放这里|定稿前再议|要不要|拿不准|没核|再过一遍|这行删|初稿|审阅前|请勿外发|第[一二三四五六七八九十]稿|建议删去|可以合并|请[\u4e00-\u9fff]{1,3}酌情)[^\n]{0,40}|※[^。\n]{0,40}——[老小]?[\u4e00-\u9fff]{1,2}$|▲这一?条[^。\n]{0,30}|——[ \u3000]?[\u4e00-\u9fff]{2,8}[0-9]{1,2}[.．/][0-9]{1,2}[：:][^\n]{0,60}|——[ \u3000]?[0-9]{3,4}[ \u3000][a-z]{2,4}[：:][^\n]{0,60}|——[ \u3000]?[A-Z]{2,3}\/[0-9]{1,2}[.．][0-9]{1,2}[ \u3000][^\n]{1,40}|——[ \u3000]?“[^”\n]{1,20}”[^。\n]{0,30}(?:对得上|对不上)[^\n]{0,20}/g,
  },
  // A date with X for any of its numbers is one value to fill in, not two or three.
  {
    kind: 'date',
    needs: TRIGGER.latinX | TRIGGER.times,
    also: TRIGGER.month,
    // An X or × right before 月 or 日: most lines with an X and a 月 hold no date to fill in.
    precheck: /[XxＸｘ×][月日]/,
    regex: /(?<![0-9A-Za-zＸｘ])(?:(?:(?:19|20)[0-9XxＸｘ]{2}|[XxＸｘ×]{2,4})年)?[0-9XxＸｘ×]{1,2}月[0-9XxＸｘ×]{1,2}日/g,
    accept: ({ text }, start, end) => /[XxＸｘ×]/.test(text.slice(start, end)),
  },
  // `YYYY年MM月DD日`, `MM月DD日`: a date's mask in letters.
  { kind: 'date', needs: TRIGGER.month, precheck: /[MmＭ]月/, regex: /(?:[YyＹ]{2,4}年)?[MmＭ]{1,2}月[DdＤ]{1,2}日/g },
  // Template years: 20XX年, 202X年, 19XX.
  // (`２０ＸＸ年` in full-width digits too.)
  { kind: 'template-year', needs: TRIGGER.latinX, regex: /(?<![0-9A-Za-z０-９])(?:(?:19|20|１９|２０)[XxＸｘ]{2}|(?:19|20)[0-9][XxＸｘ])(?![0-9A-Za-z])/g },
  {
    kind: 'latin-x',
    needs: TRIGGER.latinX,
    // `X.X%` and the time `XX:XX` are one value.
    // (`XXmm`, `Xkg`, `≥XmA`: before a unit of measure in letters, too.)
    regex: /(?<![A-Za-zａ-ｚＡ-Ｚ０-９])[XxＸｘ]+(?:[.:][XxＸｘ]+)?(?!(?!(?:mm|cm|km|mg|kg|ml|mL|mAh|mA|kV|kVA|kW|MW|MPa|kPa|dB|Hz|kHz|MHz|GHz|kHU|Mbps|Gbps|GB|TB|MB|ms|nm)(?![A-Za-z]))[A-Za-z0-9ａ-ｚＡ-Ｚ０-９])/g,
    accept: ({ text }, start, end) => {
      // After a digit only the rest of a telephone number left as X (`0XXX-XXXXXXX`, `1XX XXXX XXXX`), on a
      // line that gives one, or of a room's number (`3XX室`): not `3X`, `A3XX`.
      if (isAsciiDigit(text.charCodeAt(start - 1))) {
        if (end - start >= 2 && ROOM_UNIT.test(text.charAt(end)) && !isAsciiAlphanumeric(text.charCodeAt(start - 2))) return true;
        let digits = start - 1;
        while (digits > 0 && isAsciiDigit(text.charCodeAt(digits - 1))) digits--;
        // (`YXCG-2025-0XX`: the last part of a code's serial, after its hyphen.)
        if (end - start >= 2 && start - digits <= 4 && HYPHENS.has(text[digits - 1] ?? '') && !isAsciiAlphanumeric(text.charCodeAt(end))) return true;
        return end - start >= 2 && start - digits <= 4 && !isAsciiAlphanumeric(text.charCodeAt(digits - 1)) && TELEPHONE.test(text);
      }
      for (const word of REAL_X_WORDS) if (text.startsWith(word, end)) return false;
      // `3 x 4` is a product; `iPhone X`, `Mac OS X`, `X-ray` are names.
      // (Not after another X left blank: `联系人：XXX　XXXXXXXX`.)
      if (start >= 2 && isWhiteSpace(text.charCodeAt(start - 1)) && isAsciiLetter(text.charCodeAt(start - 2)) && !X_LETTERS.has(text[start - 2]!)) return false;
      // (`X-γ辐射剂量率仪`: X and gamma rays.)
      if (text[end] === '-' && ((isAsciiLetter(text.charCodeAt(end + 1)) && !X_LETTERS.has(text[end + 1]!)) || /[α-ω]/.test(text[end + 1] ?? ''))) return false;
      // `1+N+X` `1+X证书` `X+1`: a policy's formula, where X stands for "the others" by design.
      if (end - start === 1 && (PLUS.has(text[start - 1] ?? '') || PLUS.has(text[end] ?? ''))) return false;
      // `形成“1+N+X”政策体系，即……X个县（市、区）具体落实举措`: the formula's X, explained, counting its parts
      // (not a figure after it, `增长X%`, `X亿元`, nor `第X条`).
      if (end - start === 1 && countsFormulaParts(text, start, end) && FORMULA_X.test(text.slice(Math.max(0, start - FORMULA_REACH), start))) return false;
      return !(endsBefore(text, start, isAsciiDigit) && startsAfter(text, end, isAsciiDigit));
    },
  },
  // `91510802MAXXXXXXXX`: a code's characters left as X. Four or more in a row are no real code's.
  // (Alone, such a run is the pattern above's; here it touches a letter or a digit.)
  {
    kind: 'latin-x',
    needs: TRIGGER.latinX,
    regex: /[XＸ]{4,}/g,
    accept: ({ text }, start, end) => isAsciiAlphanumeric(text.charCodeAt(start - 1)) || isAsciiAlphanumeric(text.charCodeAt(end)),
  },
  // `http://www.xxx12380.gov.cn`: a site's name left as x's in a web address.
  // (`qhdxxxxx@163.com`: a mailbox's name left as x's.)
  { kind: 'latin-x', needs: TRIGGER.latinX, precheck: /(?:www\.|:\/\/)[xX]{3}|[xX]{4}[A-Za-z0-9._\-]{0,20}@/, regex: /(?<=www\.|:\/\/)[xX]{3,}[0-9A-Za-z\-]*|(?<![xX])[xX]{4,20}(?=[A-Za-z0-9._\-]{0,20}@)/g },
  // `应到N人`, `同意N票`, `N台`: a letter N for a count. (Not `N95`, `N型`, a formula's `1+N名乡贤`, nor a
  // policy's `N个新兴产业`, where N says "several".)
  {
    kind: 'latin-x',
    needs: TRIGGER.note,
    precheck: /N/,
    regex: /(?<![A-Za-z0-9+＋=\-－])N(?=[人名票台套次场天份件岁户元家项条所篇期批])/g,
  },
  {
    kind: 'times-sign',
    needs: TRIGGER.times,
    // `×.×%` is one value, as `X.X%` is.
    regex: /×+(?:\.×+)?/g,
    accept: (facts, start, end) => {
      const { text } = facts;
      // `3×4`, `2×2车道`: a multiplication sign between numbers.
      if (end - start === 1 && endsBefore(text, start, isDigit) && startsAfter(text, end, isDigit)) return false;
      // `长×宽×高`: a formula of dimensions; `已整改数÷发现数×100%`: a factor.
      if (end - start === 1 && DIMENSIONS.has(text[start - 1] ?? '') && DIMENSIONS.has(text[end] ?? '')) return false;
      // `一×一米`, `二×三米的样方`: between numerals written in Chinese.
      if (end - start === 1 && COUNTING_NUMERALS.has(text[start - 1] ?? '') && COUNTING_NUMERALS.has(text[end] ?? '')) return false;
      if (end - start === 1 && isDigit(text.charCodeAt(end))) return false;
      // `t ×（1 + ic）`, `EBIT ÷ TI × 100%`, `（…）× 100%`: a formula written with spaces around its signs.
      if (end - start === 1 && spacedProduct(text, start, end)) return false;
      // `P0×(1＋k)^n`, `Σ(qi×Pi)`, `(CI－CO)t×(1＋FIRR)`: a product of a formula's terms.
      if (end - start === 1 && FORMULA_LEFT.test(text[start - 1] ?? '') && FORMULA_RIGHT.test(text[end] ?? '')) return false;
      // `打“×”`, `正确的打√，错误的打×`, `“×”表示未完成`: the cross a form asks to be marked, beside its tick.
      if (end - start === 1 && isCrossMark(text, start, end)) return false;
      // `“数据要素×”行动`: a programme's name ending in the sign (it multiplies), closed by its quote.
      if (end - start === 1 && isIdeograph(text.charCodeAt(start - 1)) && CLOSING_QUOTES.has(text[end] ?? '')) return false;
      // `《邓小平接见×××同志时的谈话》`: a quoted title that really reads so.
      return !insideRealTitle(facts, start, end);
    },
  },
  // Blanks to write on: ____ ＿＿ ***, but not a separator line or Markdown emphasis.
  {
    kind: 'blank',
    needs: TRIGGER.blank,
    // (`____年__月`: two underscores before a date's unit are a blank too; `＊＊同志`: full-width stars.)
    regex: /_{3,}|_{2}(?=[年月日])|＿{2,}|[﹍﹎﹏]{2,}|\*{3,}|＊{2,}/g,
    accept: ({ text, separator }, start, end) => {
      if (separator) return false;
      if (text[start] === '*' || text[start] === '＊') {
        // `510802********3716`, `139****6218`: digits masked in a published record, not a blank.
        if (isMaskedWithin(text, start, end)) return false;
        // `***重点***` is bold italic in Markdown: text right inside a pair of runs.
        const opens = end < text.length && !isWhiteSpace(text.charCodeAt(end)) && text.indexOf('***', end) !== -1;
        const closes = start > 0 && !isWhiteSpace(text.charCodeAt(start - 1)) && text.lastIndexOf('***', start - 1) !== -1;
        if (opens || closes) return false;
      }
      return true;
    },
  },
  // Boxes and circles: □□, ○○ (U+25CB; 〇 U+3007 is a digit, and ○ next to a numeral is one too:
  // `二○○八年`, as many writers type it).
  {
    kind: 'box',
    needs: TRIGGER.box,
    // (`△△△`, and `〇〇〇同志` with the numeral zero, as some templates type the circle; `OO县` in letters.)
    regex: /□{2,}|○{2,}|△{2,}|〇{2,}|(?<![OＯ])[OＯ]{2,}(?=[省市县区镇乡村])/g,
    accept: ({ text }, start, end) =>
      !((text[start] === '○' || text[start] === '〇') && (CHINESE_NUMERALS.has(text[start - 1] ?? '') || CHINESE_NUMERALS.has(text[end] ?? '') || text[end] === '年')),
  },
  // `是否涉密：□是 □否`: a field's boxes, none ticked (a form sent out, a 回执, keeps them for whoever fills it in).
  // (One ticked among them, `□直接送达　☑电子送达`, is the choice made; a line that asks its reader to tick,
  // `（请在相应“□”内打“√”）：`, is a form's for whoever fills it in.)
  {
    kind: 'box',
    needs: TRIGGER.box,
    precheck: /□[\u4e00-\u9fff]{1,6}[ \u3000]*□/,
    regex: /(?<=[：:][ \u3000]{0,4})□[\u4e00-\u9fff]{1,6}(?:[ \u3000]*□[\u4e00-\u9fff]{1,6})+/g,
    accept: ({ text }) => !TICKED_BOX.test(text) && !ASKS_TO_TICK.test(text),
  },
  // Bracketed to-dos: 【待补】 【请填写】 [填写内容].
  {
    kind: 'bracketed-todo',
    needs: TRIGGER.square,
    regex: /【(?:选择|请选择|二选一|任选其一)[：:][^】\n]{0,80}】|【[^】\n]{0,24}】|\[[^\]\n]{0,24}\](?!\()|〖[^〗\n]{0,24}〗|［[^］\n]{0,24}］/g,
    // (Not a form's own `【填写说明】`.)
    accept: ({ text }, start, end) => {
      const written = text.slice(start, end);
      // `【选择：A.提交仲裁委员会仲裁；B.向人民法院起诉】`: a choice the drafter is to make.
      if (/^【(?:选择|请选择|二选一|任选其一)[：:]/.test(written)) return true;
      if (/待[补定填完确核议统提更]|填写|补充|请输入|此处|插入|键入|XX|xx|ＸＸ|结合[^】\]〗］]{0,6}实际|列举/.test(written)) return !/^.(?:填写|填表|填报)(?:说明|要求|须知).$/.test(written);
      // `【单位名称】`, `[姓名]`, `[会议地点]`: a field to fill in, named; not a label with its value after it
      // (`【时间】3月5日上午`), nor a Markdown reference link (`[名称][1]`).
      // `以【主导产业一】、【主导产业二】为主`, `已由【项目审批、核准或备案机关名称】以……批准`: a 【】 inside a sentence stands where words go (a label or a
      // column heads its line; a finished sentence has no 【】 in it).
      if (text[start] === '【' && /^【[\u4e00-\u9fff][\u4e00-\u9fff、]{1,15}[0-9]?】$/.test(written) && IN_SENTENCE_BEFORE.test(text[start - 1] ?? '') && IN_SENTENCE_AFTER.test(text[end] ?? '')) return true;
      // `[Company Name]`, `[Insert Date]`: an English template's fields.
      if (text[start] === '[' && ENGLISH_FIELD.test(written.slice(1, -1)) && text[end] !== '[' && text[end] !== ':') return true;
      if (!FIELD_NAME.test(written.slice(1, -1)) || text[end] === '[') return false;
      // (A label heads its line in 【】, its value after it; `［姓名］同志任……` is a name left out.)
      return !(text[start] === '【' && end - start <= 4 && start === contentStart(text) && end < contentEnd(text) && text[end] !== '同');
    },
  },
  // What Word shows in a template's empty field: `单击或点击此处输入文字。`, `单击此处输入日期。`.
  {
    kind: 'template-syntax',
    needs: TRIGGER.note,
    precheck: /此处/,
    regex: /(?:单击或点击|单击|点击|轻触)此处(?:以)?(?:输入|添加)(?:文字|文本|日期|内容|标题)。?/g,
  },
  // `同比增长……%`: an ellipsis where a figure goes.
  { kind: 'blank', needs: TRIGGER.blank, precheck: /…(?:[%％]|个百分点)/, regex: /…{2,}(?=[%％]|个百分点)/g },
  // `会议认为，……。`, `三是……；`, `用于……。`, `主要不足：……`: an ellipsis that is all a clause says, where the
  // sample left its content out (an ellipsis in a sentence, `任务艰巨……我们`, goes on into words; one that
  // ends a line after a word trails off, `因为……`).
  { kind: 'blank', needs: TRIGGER.blank, precheck: /……(?:[。；;]|$)/, regex: /(?<=[，：:])……(?=[。；;]|$)|(?<=[是为于了])……(?=[。；;])/g },
  // Template-engine fields: {{姓名}} ${field} <%= x %> {% x %}.
  { kind: 'template-syntax', needs: TRIGGER.template, regex: /\{\{[^{}\n]{0,40}\}\}|\$\{[^{}\n]{0,40}\}|<%=?[^%\n]{0,40}%>|\{%[^%\n]{0,40}%\}/g },
  // `<主送机关>`, `‹项目地点>`, `{项目名称}`, `〈牵头单位〉`: a field named in angle brackets or braces (not
  // a title inside a title, `《关于〈……条例〉的说明》`).
  {
    kind: 'bracketed-todo',
    needs: TRIGGER.angle | TRIGGER.template,
    regex: /[<‹〈{«＜][\u4e00-\u9fff、/]{1,16}[>›〉}»＞]/g,
    accept: ({ text }, start, end) => FIELD_NAME.test(text.slice(start + 1, end - 1)) && !(text[start] === '〈' && insideTitle(text, start)),
  },
  // `--书记`: a name left as dashes before a title.
  {
    kind: 'dash-name',
    needs: TRIGGER.dash,
    regex: /(?<![-－])[-－]{2,}(?=副?(?:书记|同志|局长|县长|市长|主任|部长|省长|区长|镇长|乡长|厅长|处长|科长|主席|委员|先生|女士))/g,
  },
];

/** The title of a 通报 or a decision on a case of misconduct, which names those it concerns only by ×. */
const CASE_REPORT_TITLE = /(?:违纪|违规|违法|失职|问题|案件?)[^》]{0,12}(?:的通报|处分决定|处理决定)$/;

/** True when [start,end) is a person's name elided (`×××同志`) in a 《…》 whose other content is real words. */
function insideRealTitle(facts: LineFacts, start: number, end: number): boolean {
  // The last title that opens before the match (titles are in order and do not nest).
  let low = 0;
  let high = facts.titles.length - 1;
  let title: readonly [number, number] | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (facts.titles[mid]![0] < start) {
      title = facts.titles[mid];
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  if (!title || end > title[1]) return false;
  // A published title elides a person's name: `接见×××同志`; a case's 通报 its units and people
  // (`《关于××市××局违规发放津补贴问题的通报》`). A title that leaves its own subject open (`《××县综合治理方案》`,
  // `《关于××的通知》`) is a template's.
  if (CASE_REPORT_TITLE.test(facts.text.slice(title[0] + 1, title[1]))) return true;
  if (!facts.text.startsWith('同志', end)) return false;
  const other = facts.text.slice(title[0] + 1, start) + facts.text.slice(end, title[1]);
  return /[\u4e00-\u9fff]/.test(other.replace(/[×Xx]/g, ''));
}

/** A box ticked: the choice among a field's boxes is made. */
const TICKED_BOX = /[☑☒■▣✓✔√]/;
/** A form's line asking whoever fills it in to tick a box: `请在相应“□”内打“√”`, `请勾选`. */
const ASKS_TO_TICK = /打[“"]?[√✓✔][”"]?|勾选|划[“"]?[√✓✔]/;

/** Around a 【】 that stands inside a sentence: a character, or a mark, that a sentence runs on across. */
const IN_SENTENCE_BEFORE = /[\u4e00-\u9fff、，“]/;
const IN_SENTENCE_AFTER = /[\u4e00-\u9fff、，”]/;
/** What a template names a field by: `单位名称`, `姓名、职务`, `会议地点`, `落款单位`. */
const FIELD_NAME = /^(?:[\u4e00-\u9fff]{0,6}(?:名称|全称|简称|姓名|名字|职务|职称|电话|号码|日期|时间|地点|地址|主题|标题|题目|单位|机关|部门|机构|金额|人数|事由|落款|负责人|联系人)(?:[、/]|$))+$/;

/** What an English template names a field by: `Name`, `Company Name`, `Insert Date`, `No.`. */
const ENGLISH_FIELD = /^(?:(?:Insert|Enter|Your)\s)?(?:No\.?|Number|(?:Company|Organi[sz]ation|Department|Unit|Project|Event|Contact)(?:\sName)?|Name|Full\sName|Date|Time|Phone(?:\sNumber)?|Tel\.?|Mobile|Address|Title|E-?mail|Position|Signature|Amount)$/i;

/** True when `at` stands inside a 《》 title (its 《 not closed before it). */
function insideTitle(text: string, at: number): boolean {
  const open = text.lastIndexOf('《', at);
  return open !== -1 && text.lastIndexOf('》', at) < open;
}

/** True when the × at `start` has a space beside it and a term of a formula on either side. */
function spacedProduct(text: string, start: number, end: number): boolean {
  if (text[start - 1] !== ' ' && text[end] !== ' ') return false;
  let left = start - 1;
  while (left >= 0 && text[left] === ' ') left--;
  let right = end;
  while (right < text.length && text[right] === ' ') right++;
  return SPACED_LEFT.test(text[left] ?? '') && SPACED_RIGHT.test(text[right] ?? '');
}
const SPACED_LEFT = /[0-9A-Za-z）)%]/;
const SPACED_RIGHT = /[0-9A-Za-z（(]/;

/** Hyphens joining the parts of a code (`YXCG-2025-0XX`). */
const HYPHENS = new Set(['-', '－']);
/** A line that gives a telephone number. */
const TELEPHONE = /电话|手机|传真|热线|联系方式/;

/** The letters a template writes for a value left out. */
const X_LETTERS = new Set([...'XxＸｘ']);

/** After a quoted form, the words that say it is one: `以“（删除原第×条）”形式标注`, `写作“×政办发〔2025〕×号”格式`. */
const NOTATION_AFTER = /^(?:的)?[\u4e00-\u9fff]{0,2}?(?:形式|格式|样式|字样|写法|方式)/;
/** Before a quoted form, the words that say it is one: `统一写作“第X条第X款”`, `不得简写为“X条X款”`. */
const NOTATION_BEFORE = /(?:写作|写为|写成|简写为|简称为|表述为|表示为|标注为|记为|统一为|统一采用)$/;
/** How far a quoted form reaches around its placeholder. */
const NOTATION_REACH = 30;

/** True when the match stands in quotes that show a form to write (the ×'s are the notation's own). */
function describesNotation(text: string, start: number, end: number): boolean {
  let open = start - 1;
  while (open >= 0 && start - open <= NOTATION_REACH && text[open] !== '“' && text[open] !== '”' && text[open] !== '"') open--;
  if (open < 0 || text[open] === '”' || start - open > NOTATION_REACH) return false;
  // (Straight quotes too: `统一采用"第X条第X款第X项"的引用格式`.)
  const close = text.indexOf(text[open] === '"' ? '"' : '”', end);
  if (close < 0 || close - end > NOTATION_REACH) return false;
  if (NOTATION_AFTER.test(text.slice(close + 1, close + 7)) || NOTATION_BEFORE.test(text.slice(Math.max(0, open - 4), open))) return true;
  // A finished text that speaks of the blanks it quotes: `对“第X条　其他约定事项”等需由当事人协商填写的内容未作填写`,
  // `"依照本办法第X条规定予以处罚"……中引用的条款序号空缺`.
  const after = text.slice(close + 1, close + 1 + BLANK_TALK_REACH);
  const sentence = after.slice(0, after.search(/[。；！？]|$/));
  return BLANK_TALK.test(sentence);
}

/** Words after a quote that say what it quotes was left blank (`存在“20XX年”“XX同志”等模板字样未替换`). */
const BLANK_TALK = /未作?填写|未填|需(?:由[^，。；]{0,8})?填写|空缺|留空|留白|空白[处栏]|补填|模板字样|未(?:替换|删除|删去)/;
/** How far after the quote such words are looked for, within its sentence. */
const BLANK_TALK_REACH = 40;

const ANY_PLACEHOLDER = PATTERNS.reduce((bits, pattern) => bits | pattern.needs, 0);

/**
 * `云政发〔2025〕×号`, `[2025]X号` on the 发文字号 line (alone, or with the 签发人 after it):
 * the registry's number, filled in when the document is issued. The same number cited in the
 * text (`（××安委〔2025〕X号）`) is the drafter's to look up: a placeholder.
 */
// The year too may be the template's (`〔20XX〕X号`): the registry writes both when it issues the document.
// 复议决定书 and 信访 replies write the serial with 第: `临府复决字〔2025〕第×号`.
// A serial left as white space (`临政办发〔2026〕  号`) is one not assigned yet too.
// (The year left blank too: `平政发〔　　〕　号`.)
const DOCUMENT_NUMBER = /[〔［[](\d{4}|(?:19|20)[0-9XxＸ]{2}|[ \u3000]{1,4})[〕］\]](?:\s*第?([×XxＸ]+|\d+)|([ \u3000]+))号/g;
const DOCUMENT_NUMBER_LINE = /^\s*[^\s，。；：,;:（）()《》“”]{0,16}[〔［[](?:\d{4}|(?:19|20)[0-9XxＸ]{2}|[ \u3000]{1,4})[〕］\]](?:\s*第?[×XxＸ\d]+|[ \u3000]+)号(?:\s+签发人[：:].*)?\s*$/;
/**
 * `签发人：` with nothing after it, on its own line or, as GB/T 9704-2012 §7.2.6 lays out
 * 上行文, on the 发文字号's line after white space.
 */
const EMPTY_SIGNER = /^(\s*|.*\s)(签发人[：:])\s*$/;

/**
 * A contact or author label with nothing after it, at the line's end or before the next label of a
 * form's line: `联系人：　　　　联系电话：`, `总结人：`, `联系人：林晓燕　　职务：科长　　联系电话：`, `（联系人：　　联系电话：）`. Not the labels
 * of those who sign or approve later (`审批人：`; `签发人：` is a process field of its own).
 */
const EMPTY_FIELD =
  /(?<![\u4e00-\u9fff])(?:联[ \u3000]?系[ \u3000]?人|联系电话|联系方式|办公电话|电[ \u3000]*话|手机号码|手机|电子邮箱|邮箱|传真|总结人|报告人|述职人|填报人|填表人|经办人|承办人|起草人|撰稿人?)[：:](?=[\s\u3000]*[）)]?[\s\u3000]*$|[\s\u3000]{2,}[^\s\u3000：:，。；]{1,8}[：:])/g;
/**
 * In a form that is the whole draft (its title at the top: the drafter fills it in and sends it up), the
 * fields of the person or the unit it is about: `姓名：　　　　`, `参加工作时间：`, `性别：　　民族：汉族`.
 */
const FORM_FIELD =
  /(?<![\u4e00-\u9fff])(?:姓[ \u3000]*名|性[ \u3000]*别|出生年月日?|民[ \u3000]*族|籍[ \u3000]*贯|政治面貌|学[ \u3000]*历(?:学位)?|学[ \u3000]*位|所在(?:单位|科室|部门|处室)|参加工作时间|入党时间|工作单位|现任职务|任教学科|职[ \u3000]*称|专业技术职务|身份证号码?|单位名称|所在单位)[：:](?=[\s\u3000]*$|[\s\u3000]{2,}[^\s\u3000：:，。；][^：:，。；]{0,9}[：:])/g;
const CONTACT_LABELS = [EMPTY_FIELD];
const WHOLE_FORM_LABELS = [EMPTY_FIELD, FORM_FIELD];
/** Longest line read for such labels: a form's line, not a paragraph. */
const FIELD_LINE_MAX = 80;

/** Each empty contact label of a short line, as a placeholder. */
export function findEmptyFields(text: string, line: number, inWholeForm = false): readonly PlaceholderSpan[] {
  if (text.length > FIELD_LINE_MAX || (!text.includes('：') && !text.includes(':'))) return NOTHING_FOUND;
  let found: PlaceholderSpan[] | undefined;
  for (const labels of inWholeForm ? WHOLE_FORM_LABELS : CONTACT_LABELS) {
    labels.lastIndex = 0;
    for (let m = labels.exec(text); m; m = labels.exec(text)) {
      (found ??= []).push({ kind: 'empty-field', text: m[0], range: lineRange(line, m.index, m.index + m[0].length), context: m[0] });
    }
  }
  return found && found.length > 1 ? found.sort((a, b) => a.range.start.character - b.range.start.character) : found ?? NOTHING_FOUND;
}

/** A 成文日期 line left as `××××年××月××日`, `20XX年X月X日`, `2026年　　月　　日` or `　　年　　月　　日`. */
const DATE_LINE = /^(\s*)((?:[×XxＸ]{2,4}|(?:19|20)[0-9XxＸ×]{2}|二[〇○][〇○零一二三四五六七八九XxＸ×]{2}|20[ \u3000]{1,4}|[ \u3000](?=年[ \u3000]))年(?:[×XxＸ0-9一二三四五六七八九十]{1,2}|[ \u3000]{1,4})月(?:[×XxＸ0-9一二三四五六七八九十]{1,3}|[ \u3000]{1,4})日)\s*$/;

/** The longest date DATE_LINE takes, `××××年××月××日`: a longer line is not one. */
const DATE_LENGTH = 11;

/** The line's length without the white space (`\s`) around it. */
function trimmedLength(text: string): number {
  let start = 0;
  let end = text.length;
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return end - start;
}

/** `triggers` are the line's TRIGGER bits (scan.ts): most lines hold no field and are done at once. */
export function findProcessFields(text: string, line: number, triggers: number): readonly ProcessField[] {
  if (!(triggers & (TRIGGER.year | TRIGGER.signer | TRIGGER.documentNumber))) return NOTHING_FOUND;
  const found: ProcessField[] = [];
  const date = triggers & TRIGGER.year && trimmedLength(text) <= DATE_LENGTH ? DATE_LINE.exec(text) : null;
  if (date && /[×XxＸ]|[年月][ \u3000]/.test(date[2]!)) {
    const start = date[1]!.length;
    return [{ kind: 'date', text: date[2]!, range: lineRange(line, start, start + date[2]!.length) }];
  }
  const signer = triggers & TRIGGER.signer ? EMPTY_SIGNER.exec(text) : null;
  if (signer) {
    const start = signer[1]!.length;
    found.push({ kind: 'signer', text: signer[2]!, range: lineRange(line, start, start + signer[2]!.length) });
  }
  if (!(triggers & TRIGGER.documentNumber) || !DOCUMENT_NUMBER_LINE.test(text)) return found;
  DOCUMENT_NUMBER.lastIndex = 0;
  for (let m = DOCUMENT_NUMBER.exec(text); m; m = DOCUMENT_NUMBER.exec(text)) {
    const [, year, written, blank] = m as unknown as [string, string, string | undefined, string | undefined];
    if (/[XxＸ]/.test(year) || year.trim() === '') found.push({ kind: 'document-year', text: year, range: lineRange(line, m.index + 1, m.index + 1 + year.length) });
    if (blank !== undefined) {
      const at = m.index + m[0].length - 1 - blank.length;
      found.push({ kind: 'document-number', text: m[0], range: lineRange(line, at, at + blank.length) });
      continue;
    }
    const serial = written!;
    if (/^\d+$/.test(serial)) continue;
    const start = m.index + m[0].lastIndexOf(serial);
    found.push({ kind: 'document-number', text: serial, range: lineRange(line, start, start + serial.length) });
  }
  return found;
}

/**
 * Placeholders in one line. `triggers` are the line's TRIGGER bits (scan.ts);
 * `reserved` spans (process fields) are not placeholders; `extra` are the
 * user's own patterns.
 */
/**
 * What Word or WPS leaves when a reviewed draft is pasted as text, a line of its own: a comment
 * (`批注 [LM1]: ……`, `[张1]张科：……`), a tracked change (`删除的内容: ……`, `设置了格式: 字体: 仿宋_GB2312`, `Deleted: 2024年`), the
 * comment box's `发表评论` and its `王晓丽  10-15 16:32` signature.
 */
const WORD_RESIDUE = /(?:(?:删除的内容|已删除|插入的内容|已插入|设置了格式|带格式的|带格式表格|已移动|已移走|Deleted|Inserted|Formatted)[：:]|(?:设置格式|删除|插入)\[[^\]\n]{1,12}\][：:]|批注[ \t]*\[[^\]\n]{1,12}\][：:]?|\[(?:[A-Za-z]{1,4}|[\u4e00-\u9fff]{1,3})[0-9]{1,3}\](?=[\u4e00-\u9fff：:])|发表评论$|[\u4e00-\u9fff]{2,4}[ \t\u3000]发表评论[：:]|[\u4e00-\u9fff]{0,2}(?:镇长|局长|书记|主任|科长|处长|县长|校长|部长)意见[：:])[^\n]*|[\u4e00-\u9fff]{2,4}[ \t\u3000]+[0-9]{1,2}-[0-9]{1,2}[ \t\u3000]+[0-9]{1,2}:[0-9]{2}$/y;
const RESIDUE_OPENERS = new Set([...'删已插设带批发[DIF'].map((c) => c.charCodeAt(0)));
/** The longest comment box signature line (`王晓丽  10-15 16:32`). */
const SIGNATURE_LINE = 20;

/** The Word residue opening the line's content at `start`, as [start, end), if any. */
function wordResidue(text: string, start: number): [number, number] | undefined {
  // Most lines open with none of these and are no short line ending in a digit: done at once.
  // (`赵敏 发表评论：……`: a name, then the comment box's words; `张镇长意见：……`: a leader's comment passed on.)
  if (!RESIDUE_OPENERS.has(text.charCodeAt(start)) && !(text.length - start <= SIGNATURE_LINE + 4 && isAsciiDigit(text.charCodeAt(contentEnd(text) - 1))) && !signedAtStart(text, start)) return undefined;
  const end = contentEnd(text);
  WORD_RESIDUE.lastIndex = start;
  const m = WORD_RESIDUE.exec(text.slice(0, end));
  return m ? [start, start + m[0].length] : undefined;
}

const FA = '发'.charCodeAt(0);
const YI = '意'.charCodeAt(0);

/** True when a name of two to four characters opens the line before `发表评论` or `意见：`. */
function signedAtStart(text: string, start: number): boolean {
  for (let k = start + 2; k <= start + 5; k++) {
    const code = text.charCodeAt(k);
    if (code === FA && text.startsWith('发表评论', k)) return true;
    if (code === YI && text.startsWith('意见', k) && (text[k + 2] === '：' || text[k + 2] === ':')) return true;
  }
  return false;
}

/**
 * A reviewer's remark typed as a line of its own between paragraphs: `明年打算部分小周负责，周四下班前发我邮箱`,
 * `问题部分是不是写得太直白了？领导把关一下`, `对策建议这部分太散，建议按……三条重写`, `纪要印发前给各分管领导过目`,
 * `待校长办公会研究后再定是否写进来`. Short, with no sentence's end, no label's colon and no table's tab; it says
 * what to do with the draft (REMARK_DEED), or asks or judges (REMARK_ASK) about a part of it (REMARK_PART).
 */
const REMARK_DEED = /发我|把关一下|过目$|流水账|重写$|删掉$|说删|重复了|对调(?:位置|顺序|一下)?(?:$|[ \u3000]*——)|打印[一二两三四五0-9]份|待[\u4e00-\u9fff]{2,10}(?:研究|确认|商定)后再定|[？?][^—]*——[\u4e00-\u9fff]{1,3}$/;
const REMARK_ASK = /是不是|能否|可否|太(?:虚|散|直白|空|长|软|平)了?|再补[一二两三0-9]?[条句段点个]|负责[，,]/;
const REMARK_PART = /这部分|这一?段|这条|这句|这里|[\u4e00-\u9fff]{2,4}部分/;
/**
 * A line asking about this very place (`这里要不要放个视频？放的话就说……，不放就删。`), or a colleague's question about it,
 * signed at its start (`小陈：这条是不是去年已经完成了？完成了就删掉。`).
 */
const ASKS_ABOUT_PLACE = /^(?:这里|此处|这段|这条)[^。？?\n]{0,20}(?:要不要|是否|是不是|能不能)[^？?\n]{0,20}[？?]/;
const SIGNED_ASKS_ABOUT_PLACE = /^(?:[老小][\u4e00-\u9fff]|[\u4e00-\u9fff]{1,2}(?:主任|局长|科长|处长|秘书|副?(?:镇长|县长|区长|乡长|书记)))[：:](?:这里|此处|这段|这条|这个(?=[^。？?\n]{0,12}(?:提法|说法|数|口径|表述)))[^。？?\n]{0,30}[？?]|^回[：:][^\n]{2,60}——[\u4e00-\u9fff]{2,8}[ \u3000]?[0-9]{1,2}[.．][0-9]{1,2}$/;
const QUESTION_LINE_MAX = 80;
/** A line that may be such a remark: no sentence's end, no colon, no tab, no question to the readers. */
const REMARK_SHAPE = /^[^。；;：:\t！!]{6,60}$/;
const REMARK_READERS = /[您你]|大家|同志们/;
/**
 * A remark signed after the paragraph's last sentence: `……不少于10篇。请宣传部看一下篇数是否合适——小周`. It asks
 * for a look, a check or a change (not a quotation's attribution, `……——习近平`).
 */
const SIGNED_TAIL = /[^。！!\n]{4,40}——[\u4e00-\u9fff]{1,3}$/;
const TAIL_TALK = /看一下|是否|请[\u4e00-\u9fff]{1,6}(?:核|确认|看|改|补)|核实|核对|合适|再改|删去|错了|应为|要写明|[？?]/;

/**
 * The reviewer's remark the line at `start` is (a line that is no heading: `ownLine`), or ends with, as a note:
 * see REMARK_SHAPE and SIGNED_TAIL.
 */
export function findRemark(text: string, line: number, start: number, ownLine: boolean): PlaceholderSpan | undefined {
  const end = contentEnd(text);
  const content = text.slice(start, end);
  if (ownLine && content.length <= QUESTION_LINE_MAX && (ASKS_ABOUT_PLACE.test(content) || SIGNED_ASKS_ABOUT_PLACE.test(content))) {
    return { kind: 'note', text: content, range: lineRange(line, start, end), context: contextOf(text, start, end, 'note') };
  }
  if (ownLine && REMARK_SHAPE.test(content) && !REMARK_READERS.test(content) && (REMARK_DEED.test(content) || (REMARK_ASK.test(content) && REMARK_PART.test(content)))) {
    return { kind: 'note', text: content, range: lineRange(line, start, end), context: contextOf(text, start, end, 'note') };
  }
  // (A signature of one to three characters after a dash: looked for at the line's end only.)
  if (!signedEnd(text, end)) return undefined;
  const stop = text.lastIndexOf('。', end - 1);
  if (stop < start || end - stop > SIGNED_TAIL_REACH) return undefined;
  const tail = text.slice(stop + 1, end);
  return SIGNED_TAIL.test(tail) && TAIL_TALK.test(tail) ? { kind: 'note', text: tail, range: lineRange(line, stop + 1, end), context: contextOf(text, stop + 1, end, 'note') } : undefined;
}

/**
 * A reviewer's words typed into the sentence itself, right after what they are about: `……增长45.6%好像不对`,
 * `……356万元 请财政局确认，具体如下`, `……30%以上 目标值跟省里对一下；`, `……（县林业局） 参会人员名单再核一下，刘局好像请假了`,
 * and a question about this very figure or passage between its sentences: `整改率98.6%，这个数是全年的还是1-11月的？`,
 * `……。这里要不要提一下防汛？`. A final text puts no such words after a figure without a comma, nor asks so about itself
 * (a speech's question answered at once, `这个数据是不是说明……？不是！`, is its own). The expression opens each kind
 * with its own words, so that it passes quickly over lines without them; what must stand before them (a figure, a
 * space after one) is checked in code (remarkStart).
 */
const INLINE_REMARK = /好像(?:不对|有误|错了|不准|不太对)|请[\u4e00-\u9fff]{2,8}(?:确认|核实|核对)(?=[，,。；;]|$)|(?:对|核|确认|问|查)一下(?:[，,][^。；;\n]{0,20})?/g;
/** Tried only on a line with a question mark. */
const INLINE_QUESTION =
  /这个(?:数|数字|数据|比例|排名)[^。？?！!\n]{0,16}(?:了|吗)[？?]|(?:这个(?:数|数字|数据|比例|比重|提法|说法|表述|口径|时间|日期)|这里|此处)[^。？?！!\n]{0,20}?(?:还是|是不是|对吗|对不对|要不要|是否)[^。？?\n]{0,16}[？?](?![^。\n]{0,2}(?:不是|没有|当然|显然|答案|不能|不会))/g;
/** A line a transcript or a Q&A opens with its speaker: `问：`, `记者：`, `青川日报记者：`. */
const REPORTED_LINE = /^(?:问|答|提问|[^：:，。]{0,10}(?:记者|代表|委员|网友|发言人))[：:]/;
const REPORTED_LINE_REACH = 16;
const INLINE_PATTERNS = [INLINE_REMARK, INLINE_QUESTION];
const INLINE_PATTERNS_NO_QUESTION = [INLINE_REMARK];
/** What a remark may stand right after: a figure, its unit, a closing bracket. */
const FIGURE_BEFORE = /[0-9%％）)元万亿人户家]/;
/** What a request or a check may stand after, a space between: a figure, a bracket, a word. */
const WORD_BEFORE = /[0-9%％）)元万亿人户家\u4e00-\u9fff]/;
/** The longest clause a `……对一下` remark opens with: `参会人员名单再核一下`. */
const CHECK_CLAUSE_MAX = 10;

/**
 * Where the remark `m` starts, or -1 when what stands before it shows it is the text's own: `好像` right after a figure
 * (a space between allowed); `请……确认` after a figure, or after a word with a space between; `……对一下` opening a clause
 * of its own the same way; a question about `这个数`, `这里` after a comma or a sentence's end.
 */
function remarkStart(text: string, at: number, first: string): number {
  const spaced = (i: number) => text[i] === ' ' || text[i] === '\u3000';
  if (first === '好') return FIGURE_BEFORE.test(text[at - 1] ?? '') || (spaced(at - 1) && FIGURE_BEFORE.test(text[at - 2] ?? '')) ? at : -1;
  if (first === '这' || first === '此') return /[，,。；;]/.test(text[at - 1] ?? '') || (spaced(at - 1) && FIGURE_BEFORE.test(text[at - 2] ?? '')) ? at : -1;
  // `请……确认` at once; `……对一下` from its clause's first word, the words back to the figure or the space before it.
  let from = at;
  if (first !== '请') {
    while (from > 0 && at - from < CHECK_CLAUSE_MAX && isIdeograph(text.charCodeAt(from - 1))) from--;
    if (at - from < 2) return -1;
  }
  if (/[0-9%％元]/.test(text[from - 1] ?? '')) return from;
  return spaced(from - 1) && WORD_BEFORE.test(text[from - 2] ?? '') ? from : -1;
}
/** `……已完成。这里序号跳了，后面顺延`: a remark left unfinished after the paragraph's last sentence, about this very place. */
const UNSIGNED_TAIL = /^(?:这里|此处|这段|这条|这句)[^。！!\n]{2,30}$/;
const UNSIGNED_TAIL_TALK = /跳了|顺延|错了|重复|删|核|补|改|压一压|太长|精简|压缩/;

/**
 * A request after the paragraph's last sentence or bracket, signed with a name or initials after a space:
 * `……按季度拨付到位。金额跟财政局再对一下 吴`, `……6630）联系人电话换成办公室座机 3/6 hs`.
 */
const SPACE_SIGNED_TAIL = /^[\u4e00-\u9fff][^。！!？?\n]{3,40}?[ \u3000]+(?:[0-9]{1,2}[/.][0-9]{1,2}[ \u3000]+)?(?:[a-z]{2,3}|[\u4e00-\u9fff])$/;
const SPACE_SIGNED_TALK = /对一下|核一下|再核|换成|改成|改为|删掉|补上/;

/** True when the text up to `end` ends in lower-case initials, or in one character after a space. */
function endsSignedAfterSpace(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  if (last >= 0x61 && last <= 0x7a) return true;
  const before = text.charCodeAt(end - 2);
  return before === 0x20 || before === 0x3000;
}

/** A reviewer's words inside a sentence (INLINE_REMARK) or after its last one (UNSIGNED_TAIL), as notes. */
export function findInlineRemarks(text: string, line: number, start: number, triggers: number): PlaceholderSpan[] {
  const found: PlaceholderSpan[] = [];
  // A question a transcript reports (`问：……这个数是全年的还是1—11月的？`) is the reporter's.
  if (REPORTED_LINE.test(text.slice(start, start + REPORTED_LINE_REACH))) return found;
  for (const regex of triggers & TRIGGER.question ? INLINE_PATTERNS : INLINE_PATTERNS_NO_QUESTION) {
    regex.lastIndex = start;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      const from = remarkStart(text, m.index, m[0][0]!);
      if (from < 0) continue;
      const end = m.index + m[0].length;
      found.push({ kind: 'note', text: text.slice(from, end), range: lineRange(line, from, end), context: contextOf(text, from, end, 'note') });
    }
  }
  if (found.length > 1) found.sort((a, b) => a.range.start.character - b.range.start.character);
  const end = contentEnd(text);
  const stop = text.lastIndexOf('。', end - 1);
  if (stop >= start && end - stop <= SIGNED_TAIL_REACH) {
    const tail = text.slice(stop + 1, end);
    if (UNSIGNED_TAIL.test(tail) && UNSIGNED_TAIL_TALK.test(tail)) found.push({ kind: 'note', text: tail, range: lineRange(line, stop + 1, end), context: contextOf(text, stop + 1, end, 'note') });
  }
  // (Only a line that ends in initials, or in a name after a space, is tried: most end in a mark.)
  if (!endsSignedAfterSpace(text, end)) return found;
  const close = Math.max(stop, text.lastIndexOf('）', end - 1));
  if (close >= start && end - close <= SIGNED_TAIL_REACH && !found.some((f) => f.range.end.character > close)) {
    const tail = text.slice(close + 1, end);
    if (SPACE_SIGNED_TAIL.test(tail) && SPACE_SIGNED_TALK.test(tail)) found.push({ kind: 'note', text: tail, range: lineRange(line, close + 1, end), context: contextOf(text, close + 1, end, 'note') });
  }
  return found;
}

/** The longest signed tail after a paragraph's last sentence. */
const SIGNED_TAIL_REACH = 48;
const DASH = '—'.charCodeAt(0);

/** True when `——` and one to three characters end the text at `end`. */
function signedEnd(text: string, end: number): boolean {
  for (let name = 1; name <= 3; name++) if (text.charCodeAt(end - name - 1) === DASH && text.charCodeAt(end - name - 2) === DASH) return true;
  return false;
}

export function findPlaceholders(
  text: string,
  line: number,
  triggers: number,
  reserved: readonly ProcessField[],
  extra: readonly UserPattern[],
  start: number = contentStart(text),
): readonly PlaceholderSpan[] {
  const residue = start < text.length ? wordResidue(text, start) : undefined;
  if (extra.length === 0 && !(triggers & ANY_PLACEHOLDER) && !residue) return NOTHING_FOUND;
  const found: PlaceholderSpan[] = [];
  try {
    if (residue) {
      claims.claim(residue[0], residue[1]);
      found.push({ kind: 'note', text: text.slice(residue[0], residue[1]), range: lineRange(line, residue[0], residue[1]), context: contextOf(text, residue[0], residue[1], 'note') });
    }
    collect(text, line, triggers, reserved, extra, found);
  } finally {
    claims.clear();
    // A line is a slice of the document: holding it would keep the whole text alive.
    lineFacts.reset('');
  }
  return inOrder(found) ? found : found.sort((a, b) => a.range.start.character - b.range.start.character);
}

function inOrder(spans: readonly PlaceholderSpan[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i - 1]!.range.start.character > spans[i]!.range.start.character) return false;
  return true;
}

/**
 * The characters of the line being searched that a field or an earlier match
 * has claimed: a mask, not a list, as lines can hold thousands of matches.
 * One mask serves every line; only what was claimed is cleared after each.
 */
const KEPT_MASK_LENGTH = 4096;

class ClaimMask {
  private mask = new Uint8Array(KEPT_MASK_LENGTH);
  private readonly spans: number[] = [];

  isFree(start: number, end: number): boolean {
    if (this.spans.length > 0) for (let i = start; i < end; i++) if (this.mask[i]) return false;
    return true;
  }

  claim(start: number, end: number): void {
    if (this.mask.length < end) this.mask = new Uint8Array(Math.max(end, this.mask.length * 2));
    this.mask.fill(1, start, end);
    this.spans.push(start, end);
  }

  clear(): void {
    if (this.mask.length > KEPT_MASK_LENGTH) {
      // One very long line must not keep a mask its size alive in the server.
      this.mask = new Uint8Array(KEPT_MASK_LENGTH);
    } else {
      for (let i = 0; i < this.spans.length; i += 2) this.mask.fill(0, this.spans[i], this.spans[i + 1]);
    }
    this.spans.length = 0;
  }
}

const claims = new ClaimMask();
const lineFacts = new LineFacts();

function collect(
  text: string,
  line: number,
  triggers: number,
  reserved: readonly ProcessField[],
  extra: readonly UserPattern[],
  found: PlaceholderSpan[],
): void {
  for (const f of reserved) claims.claim(f.range.start.character, f.range.end.character);
  const facts = lineFacts.reset(text);
  for (const pattern of extra) {
    for (const [start, end] of pattern.matches(text)) {
      if (!claims.isFree(start, end)) continue;
      claims.claim(start, end);
      found.push({ kind: 'user', text: text.slice(start, end), range: lineRange(line, start, end), context: contextOf(text, start, end) });
    }
  }
  for (const pattern of PATTERNS) {
    if (!(triggers & pattern.needs) || (pattern.also !== undefined && !(triggers & pattern.also))) continue;
    if (pattern.precheck && !pattern.precheck.test(text)) continue;
    pattern.regex.lastIndex = 0;
    for (let m = pattern.regex.exec(text); m; m = pattern.regex.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].length === 0) {
        pattern.regex.lastIndex++;
        continue;
      }
      if (!claims.isFree(start, end)) continue;
      if (pattern.accept && !pattern.accept(facts, start, end)) continue;
      if (pattern.kind !== 'note' && describesNotation(text, start, end)) continue;
      claims.claim(start, end);
      found.push({ kind: pattern.kind, text: m[0], range: lineRange(line, start, end), context: contextOf(text, start, end, pattern.kind) });
    }
  }
}

/**
 * Units and titles a placeholder commonly stands before: `X%`, `X个百分点`, `XX同志` (at most four
 * characters); else the one or two characters of the word after it, not taking a particle or a
 * preposition that begins the next phrase (`○○村为` is `○○村`).
 */
const ATTACHED_WORD =
  /(?:个百分点|百分点|亿元|万元|元|[%％‰]|个|名|人|家|项|次|年|月|日|号|同志|书记|县长|市长|局长|主任|部长|高速|有限公司|公司|集团|社区|街道|中心|县|市|省|区|镇|乡|村|局|委|办|厅|处|科|所|院|校|厂|部|楼|室|层|栋|(?![的地得了着过为是在和与及或并而也都就要将对从把被向于以之其这那等紧任])[\u4e00-\u9fff](?:(?![的地得了着过为是在和与及或并而也都就要将对从把被向于以之其这那等任])[\u4e00-\u9fff])?)/y;

/** How long a title or a quote a placeholder stands in is quoted whole in the message. */
const QUOTED_CONTEXT = 24;

/** Placeholders that name themselves: `【待补】`, `{{姓名}}`. Their context is themselves. */
const SELF_EXPLAINING = new Set<PlaceholderKind>(['bracketed-todo', 'template-syntax', 'date', 'note']);

/** The placeholder with the word that gives it meaning: `X%`, `XX高速`, `X个百分点`, `《XX》`. */
function contextOf(text: string, start: number, end: number, kind?: PlaceholderKind): string {
  if (kind && SELF_EXPLAINING.has(kind)) return text.slice(start, end);
  // `XX:XX`: a time of day says what it is.
  if (text.slice(start, end).includes(':')) return text.slice(start, end);
  // `第X条第一款`: the ordinal with its unit, `第X条`; a longer name whole, `第X党支部`.
  if (text[start - 1] === '第' && /[\u4e00-\u9fff]/.test(text[end] ?? '')) {
    const name = /^(?:[条款项章节次届批期名位号个]|[^\s，。；：、,;:（）()“”《》的和与及]{1,3})/.exec(text.slice(end))![0];
    return text.slice(start - 1, end + name.length);
  }
  // `《XX县乡村振兴规划》`, `“X·XX”事故`: the title or the quote whole, when it closes soon.
  const opener = text[start - 1];
  if (opener === '《' || opener === '“') {
    const close = text.indexOf(opener === '《' ? '》' : '”', end);
    if (close !== -1 && close - start <= QUOTED_CONTEXT) return text.slice(start - 1, close + 1);
  }
  const before = opener === '《' || opener === '“' ? start - 1 : start;
  ATTACHED_WORD.lastIndex = end;
  let after = ATTACHED_WORD.test(text) ? ATTACHED_WORD.lastIndex : end;
  if (before < start && (text[after] === '》' || text[after] === '”')) after++;
  return text.slice(before, after);
}

/** What a room's or a building's number stands before: `3XX室`, `12XX号房`. */
const ROOM_UNIT = /^[室房号栋幢层]$/;

/** The last character of a figure with its unit: `1.2万人`, `45%`, `3.2亿元`. */
const FIGURE_END = /[0-9０-９%％万亿元人户家个项次]$/;

/** Surnames: `张某` `李某某` `欧阳某某` are lawful anonymisation, not stand-ins. */
const SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
  ...'常乔温牛樊葛邢安齐易乐聂章鲁庞兰殷施甘左颜倪牟符蓝柴伍鲍祝骆包岳梅谷单俞关焦凌詹窦洪阮卓蒙苗成麦翟宁车褚盛项季尚饶栾柯禹甄申滕艾邬全席农佘禤亓農卜冉巫涂计米晏连柏解扈查宫游卫贝戚邰霍裴缪虞阎闵蔺',
]);
/** Two-character surnames, judged by the two characters before 某. */
const COMPOUND_SURNAMES = new Set(['欧阳', '上官', '司马', '诸葛', '东方', '皇甫', '慕容', '令狐', '夏侯', '公孙', '尉迟', '长孙', '宇文', '司徒', '端木', '独孤', '南宫', '西门', '申屠', '轩辕']);

const VAGUE = /某某|某年某月(?:某日)?|某月某日|某(?=单位|部门|县|市|省|区|乡|镇|村|公司|企业|局|厅|委|同志)/g;
/** The level before a unit left out on purpose: 市某局, 县某镇, 省某厅. */
const ADMINISTRATIVE_LEVELS = new Set([...'省市县区乡镇']);
/** Words that give an example told without its name: 如某区……, 例如某镇……. */
const EXAMPLE_WORDS = ['如', '例如', '比如', '譬如'];
/** Words the noun after 某 begins without standing for a name: `某市民`, `某局部地区`, `某区间内`. */
/** After 某, what makes it a word of its own (`某些`, `某方面`), no one's name (`王某种植`, `李某个人` are). */
const SOME_WORD = /^(?:些|方面)/;
const NOT_A_STAND_IN = /^(?:市民|市场|村民|委员|省份|局部|局面|区间|区域)/;

/** True when the text names a person by surname and 某 (`王某`, `李某某`, `欧阳某`), as case reports do. */
function anonymisesPerson(text: string): boolean {
  for (let i = text.indexOf('某'); i !== -1; i = text.indexOf('某', i + 1)) {
    // `对于某些企业`, `关于某方面`, `于某年某月`: 某 as a word's or a date's, after a preposition that is also a surname.
    if (SOME_WORD.test(text.slice(i + 1, i + 3)) || text.startsWith('某年某月', i) || text.startsWith('某月某日', i)) continue;
    if (i > 0 && (SURNAMES.has(text[i - 1]!) || (i > 1 && COMPOUND_SURNAMES.has(text.slice(i - 2, i))))) return true;
  }
  return false;
}

/**
 * The names a template gives as samples (`组长：张三（街道党工委书记）`, `张三　柳林镇党委副书记`, `李四同志`),
 * standing alone where a name is filled in, or called 同志 (`请王五同志负责联络`), or listed (`兹介绍张三等×名同志`, `我部张三（……）、李四（……）`): not in a name (`张三丰`)
 * or a story told with them (`比如张三借了李四的钱`: a Chinese character before any of them on the line).
 */
const SAMPLE_NAME = /(张三|李四|王五|赵六)(?=同志|等|[^\u4e00-\u9fff]|$)/g;
/** After a sample name, what lists it as a person whatever stands before it: `介绍张三等×名同志`, `我部张三（干部一科科长）、李四（……）`. */
const LISTED_AFTER = /^(?:同志|等|[（(、])/;

function sampleNames(text: string, line: number): readonly VagueSpan[] {
  const found: VagueSpan[] = [];
  SAMPLE_NAME.lastIndex = 0;
  for (let m = SAMPLE_NAME.exec(text); m; m = SAMPLE_NAME.exec(text)) {
    const listed = LISTED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2));
    if (!listed && m.index > 0 && isHan(text.charCodeAt(m.index - 1))) return NOTHING_FOUND;
    found.push({ text: m[0], range: lineRange(line, m.index, m.index + m[0].length), sampleName: true });
  }
  return found.length > 0 ? found : NOTHING_FOUND;
}

const isHan = (code: number) => code >= 0x4e00 && code <= 0x9fff;

/** The longest quoted case name looked at. */
const CASE_NAME_MAX = 60;

/** True when `at` stands in quotes naming a case: `“某某医院设备科长受贿案”`, `“……行政处罚”案`. */
function inQuotedCase(text: string, at: number): boolean {
  const open = text.lastIndexOf('“', at);
  if (open < 0 || text.lastIndexOf('”', at) > open) return false;
  const close = text.indexOf('”', at);
  if (close < 0 || close - open > CASE_NAME_MAX) return false;
  return text[close - 1] === '案' || text[close + 1] === '案';
}

/** True when `at` opens a quoted sentence that goes on past a comma: a story told, not a form to fill. */
function opensQuotedStory(text: string, at: number): boolean {
  if (text[at - 1] !== '“') return false;
  const close = text.indexOf('”', at);
  const quoted = text.slice(at, close < 0 ? undefined : close);
  return /[，,]/.test(quoted) && /[。！？!?…]$/.test(quoted) && quoted.length > 12;
}

export function findVagueStandIns(text: string, line: number, triggers: number): readonly VagueSpan[] {
  if (!(triggers & (TRIGGER.vague | TRIGGER.sampleName))) return NOTHING_FOUND;
  const samples = triggers & TRIGGER.sampleName ? sampleNames(text, line) : NOTHING_FOUND;
  if (!(triggers & TRIGGER.vague)) return samples;
  const found: VagueSpan[] = [];
  const anonymous = anonymisesPerson(text);
  VAGUE.lastIndex = 0;
  for (let m = VAGUE.exec(text); m; m = VAGUE.exec(text)) {
    const start = m.index;
    // `王某某` is a person made anonymous; `于某年某月` a date untold.
    const date = m[0].startsWith('某年') || m[0].startsWith('某月');
    if (!date && start > 0 && SURNAMES.has(text[start - 1]!)) continue;
    if (!date && start > 1 && COMPOUND_SURNAMES.has(text.slice(start - 2, start))) continue;
    // `外省某县委组织部原副部长王某……`, `某县某街道办事处……问题。……孙某某……`: a case told with its
    // person made anonymous (王某, lawful) makes its places anonymous the same way, in its paragraph.
    if (anonymous) continue;
    // `“某某公司诉某县市场监督管理局行政处罚案”`: a published case's name, anonymous as published.
    if (inQuotedCase(text, start)) continue;
    // `讲起一个故事：“某年某月，一支商队在暴雨中迷了路……”`: a story quoted as it is told, its time untold.
    if (m[0].startsWith('某年') && opensQuotedStory(text, start)) continue;
    let end = start + m[0].length;
    if (m[0] === '某' && NOT_A_STAND_IN.test(text.slice(end, end + 2))) continue;
    // `市某局将专项经费……`, `如某区2家企业……`: an audit or a case names the level, or gives an
    // example, and leaves the unit out on purpose; a template's stand-in stands alone (某某局, 某县).
    if (m[0] === '某' && (ADMINISTRATIVE_LEVELS.has(text[start - 1] ?? '') || EXAMPLE_WORDS.some((w) => text.startsWith(w, start - w.length)))) continue;
    // Take the noun with it: 某单位, 某某同志.
    const noun = /^(?:单位|部门|县|市|省|区|乡|镇|村|公司|企业|局|厅|委|同志)/.exec(text.slice(end));
    if (noun) end += noun[0].length;
    found.push({ text: text.slice(start, end), range: lineRange(line, start, end) });
  }
  return samples.length === 0 ? found : [...samples, ...found].sort((a, b) => a.range.start.character - b.range.start.character);
}
