/**
 * The scan that tells the finders where to look (parse/scan.ts) must never
 * hide a finding: what each finder finds where the scan sends it is what it
 * finds looking everywhere. Checked on drafts built from the fragments the
 * finders care about (fast-check), and on the phrases each trigger stands for.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { findCounts } from '../../engine/parse/announcements';
import { ADVERTISING, findLeftovers } from '../../engine/parse/leftovers';
import { findPlaceholders, findProcessFields, findVagueStandIns } from '../../engine/parse/placeholders';
import { LineStarts, scanText, TRIGGER, type TextScan } from '../../engine/parse/scan';
import type { CountAnnouncement } from '../../engine/model';
import { findInlineOrdinals, findSeriesMembers } from '../../engine/parse/series';

/** Pieces of lines that reach every trigger and its neighbours, and ordinary text between them. */
const PIECES = [
  '一是', '二是', '十一是', '一二三是', '三要', '一抓', '一抓到底', '是否', '第一，', '第三', '第十二、', '其一', '其次', '其二十', '再次', '最后',
  '首先', '一方面', '另一方面', '我们一方面', '讲三点意见', '谈两点', '强调十二点', '以下三个方面', '三个方面：', '抓好五项工作', '做到“三个坚持”',
  '10点', '2项', '两个', '四点半', '点', '项', '个', '3条整改意见：', '两方面工作：', '4个方面问题', '三个特点。', '原因有三', '主要有二', '讲三句话', '送大家三句话', '句', '用四个词来概括', '第一句话是', '第二个词是', '以上', '上述', '以上我讲了', '县级', '三项合计', '问题', '讲三件事', '四部分内容：', '四个部分', '部分', '部', '第三个方面：', '下设6个工作组：', '三个步骤', '条', '方面', '方', '（1）', '(2)', '（一）', '1）', '（8:30—8:55）', '9：20)', '：1.摸清', '；2.施策', '1.5个', 'V2.0', '．', '①', '⑳', '⑴', '；⑵', '⒇', 'X%', 'XX同志', 'x', 'Ｘ', 'ｘ', '××', '3×4', '20XX年',
  '202X', '【待补】', '[填写内容]', '{{姓名}}', '${a}', '<%= b %>', '{% c %}', '___', '＿＿', '***', '□□', '○○', '--书记', '某单位', '张某', '张三', '李四同志', '比如王五', '赵六一',
  '〔2025〕×号', '〔20XX〕X号', '二〇XX年X月X日', '[2025]X号', '签发人：', '××××年××月××日', '仅供学习', '禁止外传', 'QQ群', 'ｑｑ群', '会员群', '微信群：', '关注公众号',
  '免费下载', '下载地址', '更多范文', '范文网', '本文来源', '来源：某某网', '版权归', '侵删', '原创首发', '版权所有', '转载请注明', '本站', '订阅本站', '相关推荐', '推荐', '相关阅读', '阅读', '第 2 页 共 3 页', '共3页', '页', '3', '本文共', '（此处补充数据）', '（略）', '（请填写）', '（此处（补充）', '(示例)', '（根据实际情况填写）',
  'a)', 'b）', 'ｃ)', 'ab)', '(a)', '\tb)', 'N人', 'N95', '本文地址：', '下载更多', '下载中心', '模板合集', '收藏本站', '模板（通用版）', '来源：文书库 a.net', '（填写会议形成的决议）', '（具体数量）', '（议定事项一）', '：……。', '是……；', '以【主导产业一】、',
  '，', '。', '：', '；', '、', ' ', '\u3000', '甲', '工作', '发展', '群众', '创新', '权益', '来源', '下', '文', '原', '公', '外', '仅',
];
const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((parts) => parts.join(''));

/** Every position of the line: what the finders did before the scan. */
function everywhere(text: string): number[] {
  return Array.from({ length: text.length + 1 }, (_, i) => i);
}

/** Starts at every position of every line. */
function startsEverywhere(lines: readonly string[]): LineStarts {
  const starts = new LineStarts();
  for (const text of lines) {
    for (const at of everywhere(text)) starts.add(at);
    starts.endLine();
  }
  return starts;
}

const ALL_TRIGGERS = Object.values(TRIGGER).reduce((bits, bit) => bits | bit, 0);

describe('scan: where the finders look', () => {
  it('splits lines on LF, CRLF and lone CR, as editors do', () => {
    assert.deepEqual(scanText('一、\r\n二、\r三、\n\n').lines.map((l) => l.text), ['一、', '二、', '三、', '', '']);
    assert.deepEqual(scanText('').lines.map((l) => l.text), ['']);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('甲', '\n', '\r', '\r\n', '乙乙'), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        assert.deepEqual(scanText(text).lines.map((l) => l.text), text.split(/\r\n|\r|\n/));
      }),
      { numRuns: 500 },
    );
  });

  it('sends the series finder to every place a member starts', () => {
    fc.assert(
      fc.property(line, fc.nat(3), (text, offset) => {
        const scan = scanText(text);
        const from = Math.min(offset, text.length);
        const found = findSeriesMembers(text, 0, from, undefined, scan);
        assert.deepEqual(found, findSeriesMembers(text, 0, from, undefined, { ...scan, series: startsEverywhere([text]) }));
      }),
      { numRuns: 2000 },
    );
  });

  it('sends the announcement finder to every place a count starts', () => {
    fc.assert(
      fc.property(line, (text) => {
        const scan = scanText(text);
        const counts = (from: TextScan) => {
          const announcements: CountAnnouncement[] = [];
          const recaps: CountAnnouncement[] = [];
          findCounts(text, 0, 0, undefined, from, announcements, recaps);
          return { announcements, recaps };
        };
        assert.deepEqual(counts(scan), counts({ ...scan, counts: startsEverywhere([text]) }));
      }),
      { numRuns: 2000 },
    );
  });

  it('lets the placeholder, field and stand-in finders skip only lines that hold nothing for them', () => {
    fc.assert(
      fc.property(line, (text) => {
        const triggers = scanText(text).triggers[0]!;
        const fields = findProcessFields(text, 0, triggers);
        assert.deepEqual(fields, findProcessFields(text, 0, ALL_TRIGGERS));
        assert.deepEqual(findPlaceholders(text, 0, triggers, fields, []), findPlaceholders(text, 0, ALL_TRIGGERS, fields, []));
        assert.deepEqual(findVagueStandIns(text, 0, triggers), findVagueStandIns(text, 0, ALL_TRIGGERS));
      }),
      { numRuns: 2000 },
    );
  });

  it('sends the in-text ordinal finder to every bracket and circled number', () => {
    fc.assert(
      fc.property(line, fc.nat(3), (text, offset) => {
        const scan = scanText(text);
        const from = Math.min(offset, text.length);
        const found = findInlineOrdinals(text, 0, from, undefined, scan);
        assert.deepEqual(found, findInlineOrdinals(text, 0, from, undefined, { ...scan, openers: startsEverywhere([text]) }));
      }),
      { numRuns: 2000 },
    );
  });

  it('marks every line with advertising wording, and the leftovers found are the same', () => {
    for (const phrase of ['仅供学习', '本方案仅供参考', '下载后可编辑', '【精品文档】', 'Word版可编辑', '范文模板，直接套用！（建议收藏）', '工作总结范文（精选3篇）', '讲话范文（最新版）', '原创力文档', '百度文库', 'VIP专享文档', '扫描下方二维码关注我们', '如有侵权请联系删除', '更多精彩范文', '严禁外传', 'QQ群', '会员群', '微信群：', '关注微信公众号', '免费下载', '下载地址', '更多范文', '范文网', '本文来源', '来源：范文大全网', '版权归原作者', '侵删', '原创首发', '版权所有', '转载请注明出处', '请订阅本站VIP', '本站声明', '相关范文', '【相关推荐】', '编辑推荐', '相关阅读', '下载完整版', '范文先生网']) {
      const text = `各位同志，${phrase}，我们要抓好落实。`;
      assert.ok(ADVERTISING.test(text), phrase);
      assert.ok(scanText(text).triggers[0]! & TRIGGER.advertising, `no advertising trigger for ${phrase}`);
    }
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 40 }), (lines) => {
        const scan = scanText(lines.join('\n'));
        scan.lines.forEach((l, i) => {
          if (ADVERTISING.test(l.text)) assert.ok(scan.triggers[i]! & TRIGGER.advertising, l.text);
        });
        // Looking everywhere: every line may hold anything, and a bracket may open at any place.
        const everywhereScan = { ...scan, triggers: scan.lines.map(() => ALL_TRIGGERS), openers: startsEverywhere(scan.lines.map((l) => l.text)) };
        assert.deepEqual(findLeftovers(new Map(), scan), findLeftovers(new Map(), everywhereScan));
      }),
      { numRuns: 500 },
    );
  });
});
