/**
 * The outline as writers expect it (corpus/outline): testers who did not look at the checker wrote
 * drafts of many genres and, for each, the outline a careful editor expects in the Outline view
 * (NAME.outline.txt: line, depth, kind, text; one node a line). Ten plain drafts (outline-aNN: a 讲话,
 * a 政府工作报告 in four levels, a 方案 with two attachments, a 管理办法 of 章/节/条/项/目, a 纪要, a
 * 述职报告, a 调研报告 with tables and notes, an 应急预案 with its 目录 and decimal clauses, 工作要点
 * numbered through their parts, a 讲话汇编) and ten as users paste them (outline-bNN: Markdown, Word's
 * numbering with tabs, full-width digits, wrapped titles, a 公众号 article with emoji, a 招标公告, an
 * 答记者问, a 主持词, a 讲话提纲, a 通知 with a form), and ten of rarer shapes (outline-cNN: a 合同, a 团体标准
 * with 附录A, a 章程, a 调研论文, a 会议记录 by speakers, a 简报 of four items, a 政策问答 of `问1：`…`问15：`,
 * an 评分细则, a Markdown 工作手册, a Markdown 讲话 with bold headings). A node matches by its line and kind (a
 * series member also by its word), then its depth is compared. The wrong depths allowed are the 政策问答's: its tester
 * nested each answer's points under its question, where the checker keeps them under the section.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, buildOutline, type OutlineNode, type TextFormat } from '../../engine';
import { REPO_ROOT } from '../helpers';

const OUTLINE = join(REPO_ROOT, 'corpus', 'outline');
/** Found today: floors and ceilings that a change must not cross (tighten them when the checker does better). */
const MATCHED_AT_LEAST = 1109;
const WRONG_DEPTH_AT_MOST = 20;
const EXTRA_AT_MOST = 0;

type NodeKind = 'heading' | 'series' | 'part';

interface ExpectedNode {
  readonly line: number;
  readonly depth: number;
  readonly kind: NodeKind;
  readonly text: string;
}

// A numbered label (`问3：`, `案例二：`, `第二阶段：`) is a heading to the reader.
const KINDS: Record<OutlineNode['kind'], NodeKind> = { heading: 'heading', 'series-member': 'series', part: 'part', label: 'heading' };

/** A series member is told from the others on its line by its word: `一是`, `第二`, `首先`, `另一`. */
function keyOf(node: ExpectedNode): string {
  return node.kind === 'series' ? `${node.line}|series|${node.text.replace(/[*#\s\u3000]/g, '').slice(0, 2)}` : `${node.line}|${node.kind}`;
}

function flatten(nodes: readonly OutlineNode[], depth = 1, into: ExpectedNode[] = []): ExpectedNode[] {
  for (const node of nodes) {
    into.push({ line: node.selectionRange.start.line + 1, depth, kind: KINDS[node.kind], text: node.name });
    flatten(node.children, depth + 1, into);
  }
  return into;
}

const drafts = readdirSync(OUTLINE)
  .filter((f) => /^outline-[a-z]\d+\.(?:txt|md)$/.test(f))
  .sort()
  .map((file) => {
    const format: TextFormat = file.endsWith('.md') ? 'markdown' : 'plain';
    const expected = readFileSync(join(OUTLINE, file.replace(/\.(?:txt|md)$/, '.outline.txt')), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line): ExpectedNode => {
        const [at, depth, kind, ...text] = line.split('\t');
        return { line: Number(at), depth: Number(depth), kind: kind!.trim() as NodeKind, text: text.join('\t').trim() };
      });
    return { file, format, text: readFileSync(join(OUTLINE, file), 'utf8'), expected };
  });

describe('the outline as writers expect it (corpus/outline)', () => {
  it('has thirty drafts with 1,141 nodes expected', () => {
    assert.equal(drafts.length, 30);
    assert.equal(drafts.reduce((sum, d) => sum + d.expected.length, 0), 1141);
  });

  it(`shows at least ${MATCHED_AT_LEAST} of them, at most ${WRONG_DEPTH_AT_MOST} at a wrong depth, and at most ${EXTRA_AT_MOST} node nobody expects`, () => {
    let matched = 0;
    const wrongDepth: string[] = [];
    const missed: string[] = [];
    const extra: string[] = [];
    for (const { file, format, text, expected } of drafts) {
      const actual = new Map<string, ExpectedNode>();
      for (const node of flatten(buildOutline(analyze(text, undefined, format).model))) if (!actual.has(keyOf(node))) actual.set(keyOf(node), node);
      const wanted = new Map(expected.map((node) => [keyOf(node), node]));
      for (const [key, node] of wanted) {
        const got = actual.get(key);
        if (!got) missed.push(`${file}:${node.line} ${node.kind} ${node.text}`);
        else if (got.depth !== node.depth) wrongDepth.push(`${file}:${node.line} ${node.text}: depth ${got.depth}, not ${node.depth}`);
        else matched++;
      }
      for (const [key, node] of actual) if (!wanted.has(key)) extra.push(`${file}:${node.line} ${node.kind} ${node.text}`);
    }
    assert.ok(matched >= MATCHED_AT_LEAST, `${matched} shown where expected; missed:\n${missed.join('\n')}`);
    assert.ok(wrongDepth.length <= WRONG_DEPTH_AT_MOST, wrongDepth.join('\n'));
    assert.ok(extra.length <= EXTRA_AT_MOST, extra.join('\n'));
  });
});
