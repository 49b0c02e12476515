/**
 * The stdio server, driven as an editor drives it.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticRequest,
  CompletionRequest,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  HoverRequest,
  WorkspaceSymbolRequest,
  DiagnosticSeverity,
  FoldingRangeRequest,
  SymbolKind,
  type CodeAction,
  type Diagnostic,
  type DocumentSymbol,
} from 'vscode-languageserver-protocol/node';
import { readSample } from '../helpers';
import { SERVER_MAIN, TestClient } from './lsp-client';
import { PRE_SUBMISSION_CHECK, type PreSubmissionCheckResult } from '../../lsp/protocol';

const SEED = readSample('seed-speech.txt');
const SEED_URI = 'file:///drafts/seed-speech.gw';

/** [code, one-based line] of each diagnostic, in order. */
const where = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.code}@${d.range.start.line + 1}`);

function replaceLine(text: string, line: number, replacement: string): string {
  const lines = text.split('\n');
  lines[line] = replacement;
  return lines.join('\n');
}

describe('language server over stdio', function () {
  this.timeout(20000);
  let client: TestClient;

  afterEach(async () => {
    await client?.dispose();
  });

  it('prints usage and exits 2 without a transport argument', () => {
    const result = spawnSync(process.execPath, [SERVER_MAIN], { encoding: 'utf8' });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--stdio/);
  });

  it('pushes the seed speech findings with source, code and documentation link', async () => {
    client = new TestClient();
    const init = await client.initialize();
    assert.equal(init.capabilities.documentSymbolProvider !== undefined, true);
    assert.equal(init.capabilities.diagnosticProvider, undefined, 'no pull diagnostics for a push-only client');
    await client.open(SEED_URI, SEED);
    const diagnostics = await client.diagnostics(SEED_URI);
    assert.equal(diagnostics.filter((d) => d.code === 'template-leftover').length, 8);
    assert.equal(diagnostics.filter((d) => d.code === 'placeholder').length, 21);
    assert.deepEqual(where(diagnostics.filter((d) => d.code === 'mixed-style')), ['mixed-style@23'], '首先，其次，第三， noted');
    assert.equal(diagnostics.find((d) => d.code === 'mixed-style')!.severity, 3, 'as information only');
    assert.equal(diagnostics.length, 30, where(diagnostics).join(' '));
    for (const d of diagnostics) {
      assert.equal(d.source, 'gongwen');
      assert.match(d.codeDescription!.href, new RegExp(`docs/rules/${d.code}\\.md$`));
    }
    const first = diagnostics.find((d) => d.code === 'placeholder')!;
    assert.deepEqual(first.range, { start: { line: 17, character: 67 }, end: { line: 17, character: 68 } });
    assert.equal(first.severity, 1);
    assert.match(first.message, /X同志/);
  });

  it('answers documentSymbol with the hierarchical outline and folding ranges', async () => {
    client = new TestClient();
    await client.initialize();
    await client.open(SEED_URI, SEED);
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, {
      textDocument: { uri: SEED_URI },
    })) as DocumentSymbol[];
    assert.deepEqual(
      symbols.map((s) => s.name.slice(0, 2)),
      ['一、', '二、', '三、', '四、'],
    );
    assert.deepEqual(
      symbols.map((s) => (s.children ?? []).filter((c) => /^（/.test(c.name)).length),
      [0, 3, 5, 4],
    );
    assert.deepEqual(symbols[0]!.children!.map((c) => c.name.slice(0, 2)), ['首先', '其次', '第三']);
    assert.notEqual(symbols[0]!.kind, symbols[1]!.children![0]!.kind, 'levels have distinct icons');
    const folds = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: SEED_URI } });
    assert.deepEqual(
      folds!.map((f) => [f.startLine + 1, f.endLine + 1]),
      [[19, 23], [24, 28], [29, 35], [36, 42], [41, 42]],
    );
  });

  it('shows a compilation\'s speeches as parts, each with its speaker beside its title', async () => {
    client = new TestClient();
    await client.initialize();
    const speech = (speaker: string) => ['在全县经济工作会议上的讲话', speaker, '同志们：', '一、统一思想', '正文。', '二、狠抓落实', '正文。', ''];
    const uri = 'file:///drafts/compilation.gw';
    await client.open(uri, [...speech('县委书记　张明'), ...speech('县长　李强')].join('\n'));
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(
      symbols.map((s) => [s.name, s.detail, s.kind, (s.children ?? []).length]),
      [
        ['在全县经济工作会议上的讲话', '县委书记 张明', SymbolKind.File, 2],
        ['在全县经济工作会议上的讲话', '县长 李强', SymbolKind.File, 2],
      ],
    );
  });

  it('follows edits: deleting 三、 gives sequence-gap on 四、; 讲三点意见 gives count-mismatch', async () => {
    client = new TestClient();
    await client.initialize();
    await client.open(SEED_URI, SEED);
    await client.diagnostics(SEED_URI);
    // Delete the heading line 29 (三、…) with an incremental change.
    await client.change(SEED_URI, [{ range: { start: { line: 28, character: 0 }, end: { line: 29, character: 0 } }, text: '' }]);
    let diagnostics = await client.diagnostics(SEED_URI, (d) => d.some((x) => x.code === 'sequence-gap'));
    const gap = diagnostics.find((d) => d.code === 'sequence-gap')!;
    assert.equal(gap.range.start.line, 34, 'on 四、, now line 35');
    assert.match(gap.message, /“三、”/);
    // Change 讲四点意见 to 讲三点意见 (the 四 on line 18).
    const col = SEED.split('\n')[17]!.indexOf('讲四点意见') + 1;
    await client.change(SEED_URI, [{ range: { start: { line: 17, character: col }, end: { line: 17, character: col + 1 } }, text: '三' }]);
    diagnostics = await client.diagnostics(SEED_URI, (d) => d.some((x) => x.code === 'count-mismatch'));
    assert.ok(where(diagnostics).includes('count-mismatch@18'));
  });

  it('flags typed numbering slips: duplicate, punctuation, bracket, lone item', async () => {
    client = new TestClient();
    await client.initialize();
    // （三） → （二） under 二、: a duplicated （二）.
    let text = replaceLine(SEED, 27, SEED.split('\n')[27]!.replace('（三）', '（二）'));
    text = replaceLine(text, 18, SEED.split('\n')[18]!.replace('一、', '一．'));
    text = replaceLine(text, 38, SEED.split('\n')[38]!.replace('（二）', '(二)'));
    await client.open(SEED_URI, text);
    const diagnostics = await client.diagnostics(SEED_URI);
    const codes = where(diagnostics).filter((w) => !/^(placeholder|template-leftover|mixed-style)@/.test(w));
    assert.deepEqual(codes, ['ordinal-punctuation@19', 'sequence-duplicate@28', 'ordinal-bracket@39']);
    const lone = 'file:///drafts/lone.gw';
    await client.open(lone, '一、总体要求\n（一）工作目标\n正文。\n二、重点任务\n（一）抓好落实\n（二）加强督查\n');
    assert.deepEqual(where(await client.diagnostics(lone)), ['lone-item@2']);
  });

  it('offers quick fixes and fix-all that change only the mark', async () => {
    client = new TestClient();
    await client.initialize();
    const uri = 'file:///drafts/fix.gw';
    await client.open(uri, '一．总体要求\n（一）、工作目标\n（二)基本原则\n二、重点任务\n');
    const diagnostics = await client.diagnostics(uri);
    assert.deepEqual(where(diagnostics), ['ordinal-punctuation@1', 'ordinal-punctuation@2', 'ordinal-bracket@3']);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostics[0]!.range,
      context: { diagnostics: [diagnostics[0]!], only: ['quickfix'] },
    })) as CodeAction[];
    assert.equal(actions.length, 1);
    assert.equal(actions[0]!.title, '改为“一、”');
    assert.deepEqual(actions[0]!.edit!.changes![uri], [
      { range: { start: { line: 0, character: 1 }, end: { line: 0, character: 2 } }, newText: '、' },
    ]);
    const fixAll = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.equal(fixAll.length, 1);
    assert.equal(fixAll[0]!.kind, 'source.fixAll.gongwen');
    assert.equal(fixAll[0]!.edit!.changes![uri]!.length, 3);
  });

  it('serves pull diagnostics to clients that declare them', async () => {
    client = new TestClient({
      capabilities: { textDocument: { diagnostic: { dynamicRegistration: false }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } } },
    });
    const init = await client.initialize();
    assert.ok(init.capabilities.diagnosticProvider);
    await client.open(SEED_URI, SEED);
    const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: SEED_URI } });
    assert.equal(report.kind, 'full');
    assert.equal(report.kind === 'full' && report.items.length, 30);
  });

  it('reads settings live: a rule turned off disappears without a restart', async () => {
    let settings: unknown = { rules: {} };
    client = new TestClient({ settings: () => settings });
    await client.initialize();
    await client.open(SEED_URI, SEED);
    await client.diagnostics(SEED_URI, (d) => d.length === 30);
    settings = { rules: { placeholder: 'off', 'template-leftover': 'hint', 'mixed-style': 'off' } };
    await client.configurationChanged();
    const diagnostics = await client.diagnostics(SEED_URI, (d) => d.length === 8);
    assert.ok(diagnostics.every((d) => d.code === 'template-leftover' && d.severity === 4));
  });

  it('checks only the languages in gongwen.languages, and plain text only when it is Chinese', async () => {
    let settings: unknown = {};
    client = new TestClient({ settings: () => settings });
    await client.initialize();
    await client.open('file:///a.txt', '一、甲\n三、丙\n', 'plaintext');
    await client.open('file:///b.txt', 'Release XX notes\n1、 first\n', 'plaintext');
    await client.open('file:///c.tex', '一、甲\n三、丙\n', 'latex');
    assert.deepEqual(where(await client.diagnostics('file:///a.txt')), ['sequence-gap@2']);
    assert.deepEqual(await client.diagnostics('file:///b.txt'), []);
    assert.deepEqual(await client.diagnostics('file:///c.tex'), []);
    settings = { languages: ['gongwen'] };
    await client.configurationChanged();
    assert.deepEqual(await client.diagnostics('file:///a.txt', (d) => d.length === 0), []);
  });

  it('speaks English when the editor runs in English', async () => {
    client = new TestClient({ locale: 'en-US' });
    await client.initialize();
    await client.open('file:///en.gw', '一、甲\n二、乙\n四、丁\n');
    const [gap] = await client.diagnostics('file:///en.gw');
    assert.match(gap!.message, /^Skipped number: after "二、" comes "三、", not "四、" \(practice\)\.$/);
  });

  it('says once that a document above gongwen.maxFileSize is not checked, and skips it', async () => {
    client = new TestClient({ settings: () => ({ maxFileSize: 1000 }) });
    await client.initialize();
    const big = '增长X%。'.repeat(400);
    await client.open('file:///big.gw', big);
    const message = await client.message((m) => m.includes('gongwen.maxFileSize'));
    assert.match(message, /big\.gw/);
    assert.deepEqual(await client.diagnostics('file:///big.gw'), []);
    await client.change('file:///big.gw', [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '再' }]);
    await client.diagnostics('file:///big.gw', (_, p) => p.version === 2);
    assert.equal(client.messages.filter((m) => m.includes('gongwen.maxFileSize')).length, 1);
  });

  it('clears diagnostics when a document closes, and still answers afterwards', async () => {
    client = new TestClient();
    await client.initialize();
    await client.open('file:///x.gw', '增长X%。');
    await client.diagnostics('file:///x.gw', (d) => d.length === 1);
    await client.close('file:///x.gw');
    await client.diagnostics('file:///x.gw', (d) => d.length === 0);
    const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: 'file:///x.gw' } });
    assert.deepEqual(symbols, []);
  });
});

describe('editing help over stdio', function () {
  this.timeout(20000);
  let client: TestClient;

  afterEach(async () => {
    await client?.dispose();
  });

  const TEXT = '下面我讲三点意见。\n一、甲\n（一）子\n（三）丑\n二、乙\n三、丙\n四、丁\n';

  it('offers renumbering as a quick fix and applies it as one edit through workspace/applyEdit', async () => {
    client = new TestClient();
    await client.initialize();
    const uri = 'file:///renumber.gw';
    await client.open(uri, TEXT);
    const diagnostics = await client.diagnostics(uri);
    assert.deepEqual(where(diagnostics), ['count-mismatch@1', 'sequence-gap@4']);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostics[1]!.range,
      context: { diagnostics: [diagnostics[1]!] },
    })) as CodeAction[];
    const renumber = actions.find((a) => a.command?.command === 'gongwen.renumber')!;
    assert.equal(renumber.title, '这一组序号重新编号');
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'gongwen.renumber', arguments: [uri] });
    assert.equal(client.appliedEdits.length, 1);
    const change = (client.appliedEdits[0] as { edit: { documentChanges: Array<{ edits: Array<{ newText: string }> }> } }).edit.documentChanges[0]!;
    assert.deepEqual(change.edits.map((e) => e.newText), ['四', '二']);
  });

  it('checks the attachment note: a renumber action for its numbers, fix-all for its marks', async () => {
    client = new TestClient();
    await client.initialize();
    const uri = 'file:///drafts/notice.gw';
    const text = ['关于开展安全生产大检查的通知', '各乡镇：', '　　一、检查范围', '　　二、工作要求', '', '　　附件：1.工作方案；', '　　　　　2、分工表', '　　　　　4.排查清单', '', '　　　　　　　　　　　　　　　　　　江州县人民政府办公室'].join('\n');
    await client.open(uri, text);
    const diagnostics = await client.diagnostics(uri);
    assert.deepEqual(where(diagnostics), ['heading-trailing-punctuation@6', 'ordinal-punctuation@7', 'sequence-gap@8']);
    const gap = diagnostics[2]!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: gap.range, context: { diagnostics: [gap] } })) as CodeAction[];
    assert.ok(actions.some((a) => a.command?.command === 'gongwen.renumber'), JSON.stringify(actions.map((a) => a.title)));
    const fixAll = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.deepEqual(fixAll[0]!.edit!.changes![uri]!.map((e) => [e.range.start.line, e.newText]), [[5, ''], [6, '.']]);
  });

  it('deletes all advertising lines of a downloaded sample in one action', async () => {
    client = new TestClient();
    await client.initialize();
    await client.open(SEED_URI, SEED);
    const diagnostics = await client.diagnostics(SEED_URI);
    const leftover = diagnostics.find((d) => d.code === 'template-leftover')!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: SEED_URI },
      range: leftover.range,
      context: { diagnostics: [leftover] },
    })) as CodeAction[];
    const all = actions.find((a) => a.title.startsWith('删除全文'));
    assert.ok(all, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(all.title, '删除全文 8 行遗留文字（广告、水印、页码、页眉等）');
    const edits = all.edit!.changes![SEED_URI]!;
    assert.deepEqual(edits.map((e) => e.range.start.line + 1), [1, 2, 3, 4, 5, 7, 8, 9]);
    assert.ok(edits.every((e) => e.newText === '' && e.range.end.line === e.range.start.line + 1), 'whole lines, nothing else');
  });

  it('offers each option of a choice left in brackets as its own fix, none preferred, and leaves it out of fix-all', async () => {
    client = new TestClient();
    await client.initialize();
    const uri = 'file:///choice.gw';
    await client.open(uri, '　　每（周/月）至少组织一次安全检查，检查情况（书面）报区安委办。\n');
    const [choice, ...others] = await client.diagnostics(uri);
    assert.equal(others.length, 0);
    assert.equal(choice?.code, 'template-leftover');
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: choice!.range, context: { diagnostics: [choice!] } })) as CodeAction[];
    const keep = actions.filter((a) => a.title.startsWith('只保留'));
    assert.deepEqual(keep.map((a) => a.title), ['只保留“周”', '只保留“月”']);
    assert.ok(keep.every((a) => !a.isPreferred), 'which option applies is the writer\'s to say');
    assert.deepEqual(keep[1]!.edit!.changes![uri], [{ range: choice!.range, newText: '月' }]);
    const fixAll = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.ok(fixAll.every((a) => !a.edit?.changes?.[uri]?.some((e) => e.newText === '周' || e.newText === '月')), JSON.stringify(fixAll));
  });

  it('offers to change a wrong count, and says so when there is no list at the cursor to renumber', async () => {
    client = new TestClient();
    await client.initialize();
    const uri = 'file:///count.gw';
    await client.open(uri, '同志们：\n下面，我讲三点意见。\n一、甲\n二、乙\n');
    const [count] = await client.diagnostics(uri);
    assert.equal(count?.code, 'count-mismatch');
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: count!.range,
      context: { diagnostics: [count!] },
    })) as CodeAction[];
    const fix = actions.find((a) => a.title === '改为“讲两点意见”');
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(fix.isPreferred, false, 'an item may be what is missing: not the preferred fix');
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'gongwen.renumber', arguments: [uri, { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }] });
    assert.match(await client.message((m) => m.includes('光标处')), /光标处没有成组的序号/);
    assert.equal(client.appliedEdits.length, 0);
  });

  it('completes the next ordinal and explains an ordinal on hover', async () => {
    client = new TestClient();
    await client.initialize();
    const uri = 'file:///assist.gw';
    await client.open(uri, '一、甲\n（一）子\n（二）丑\n（');
    const completions = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 3, character: 1 } });
    const items = Array.isArray(completions) ? completions : completions!.items;
    assert.equal(items[0]!.label, '（三）');
    assert.match(items[0]!.detail!, /第二层序号，接在“（二）丑”之后/);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 1 } });
    assert.match((hover!.contents as { value: string }).value, /一、 › （二）/);
    assert.match((hover!.contents as { value: string }).value, /本组共 2 项，这是第 2 项/);
    assert.equal(Array.isArray(completions) ? undefined : completions!.isIncomplete, true, 'asked again as the ordinal is typed');
    // A number out of its place: the hover names the one that belongs there, as the problem does.
    const skipped = 'file:///skipped.gw';
    await client.open(skipped, '一、甲\n二、乙\n四、丁\n');
    const out = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: skipped }, position: { line: 2, character: 0 } });
    assert.match((out!.contents as { value: string }).value, /这是第 3 项，按顺序应为“三、”/);
  });

  it('answers the pre-submission check in final mode: unfilled process fields become errors', async () => {
    client = new TestClient();
    await client.initialize();
    const uri = 'file:///final.gw';
    await client.open(uri, '市政府文件\n〔2025〕×号\n一、总体要求\n今年增长X%。\n二、工作措施\n');
    const diagnostics = await client.diagnostics(uri);
    assert.equal(diagnostics.find((d) => d.code === 'placeholder-process')?.severity, DiagnosticSeverity.Information, 'a note while drafting');
    const report = await client.connection.sendRequest<PreSubmissionCheckResult>(PRE_SUBMISSION_CHECK, { uri });
    assert.ok(report.checked);
    const items = report.items.map((i) => `${i.group}:${String(i.diagnostic.code)}:${i.diagnostic.severity}@${i.diagnostic.range.start.line}`);
    assert.deepEqual(items, [`placeholder:placeholder-process:${DiagnosticSeverity.Error}@1`, `placeholder:placeholder:${DiagnosticSeverity.Error}@3`]);
    const unknown = await client.connection.sendRequest<PreSubmissionCheckResult>(PRE_SUBMISSION_CHECK, { uri: 'file:///not-open.gw' });
    assert.equal(unknown.checked, false);
  });

  it('finds headings across open drafts by their Chinese text', async () => {
    client = new TestClient();
    await client.initialize();
    await client.open(SEED_URI, SEED);
    const symbols = await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '督查' });
    assert.deepEqual((symbols as Array<{ name: string }>).map((s) => s.name), ['（五）强化督查抓落实']);
  });
});

describe('.gongwenrc.json shared by an office', function () {
  this.timeout(20000);
  let client: TestClient;
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-rc-'));
    fs.mkdirSync(path.join(dir, 'drafts'));
  });

  afterEach(async () => {
    await client?.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const draftUri = () => pathToFileURL(path.join(dir, 'drafts', '讲话.gw')).toString();
  const TEXT = '一、甲\n二、乙\n四、丁\n今年增长X%。\n';

  it('applies the nearest file above a draft, over the editor settings, and follows its changes', async () => {
    fs.writeFileSync(path.join(dir, '.gongwenrc.json'), JSON.stringify({ rules: { placeholder: 'off', 'sequence-gap': 'error' } }));
    client = new TestClient({ settings: () => ({ rules: { 'sequence-gap': 'hint' } }) });
    await client.initialize();
    await client.open(draftUri(), TEXT);
    const diagnostics = await client.diagnostics(draftUri());
    assert.deepEqual(where(diagnostics), ['sequence-gap@3']);
    assert.equal(diagnostics[0]!.severity, 1, 'the office file wins over the editor setting');
    fs.writeFileSync(path.join(dir, '.gongwenrc.json'), JSON.stringify({ rules: {} }));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: pathToFileURL(path.join(dir, '.gongwenrc.json')).toString(), type: 2 }],
    });
    const after = await client.diagnostics(draftUri(), (d) => d.length === 2);
    assert.deepEqual(where(after), ['sequence-gap@3', 'placeholder@4']);
    assert.equal(after[0]!.severity, 4, 'back to the editor setting');
  });

  it('says once that a broken file is not applied, and keeps checking with the editor settings', async () => {
    fs.writeFileSync(path.join(dir, '.gongwenrc.json'), '{ "rules": { "placeholder": "off", }');
    client = new TestClient();
    await client.initialize();
    await client.open(draftUri(), TEXT);
    const message = await client.message((m) => m.includes('.gongwenrc.json'));
    assert.match(message, /无法读取/);
    assert.match(message, /第 1 行第 \d+ 列附近格式有误/, 'where the file is broken, in Chinese');
    assert.deepEqual(where(await client.diagnostics(draftUri())), ['sequence-gap@3', 'placeholder@4']);
    await client.change(draftUri(), [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
    await client.diagnostics(draftUri(), (_, p) => p.version === 2);
    assert.equal(client.messages.filter((m) => m.includes('.gongwenrc.json')).length, 1);
  });

  it('offers to open the file when the editor can show documents', async () => {
    fs.writeFileSync(path.join(dir, '.gongwenrc.json'), '{ "rules": { "placeholder": "off", }');
    client = new TestClient({ chooseAction: '打开文件', capabilities: { window: { showDocument: { support: true } }, textDocument: { publishDiagnostics: {} } } });
    await client.initialize();
    await client.open(draftUri(), TEXT);
    await client.message((m) => m.includes('.gongwenrc.json'));
    assert.deepEqual(client.offeredActions, [['打开文件']]);
    for (let waited = 0; client.shownDocuments.length === 0 && waited < 5000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    assert.equal(client.shownDocuments[0], pathToFileURL(path.join(dir, '.gongwenrc.json')).toString());
    // At the place where the file is broken: the trailing comma's `}` on line 1.
    assert.equal(client.shownSelections[0]?.start.line, 0);
    assert.ok((client.shownSelections[0]?.start.character ?? 0) > 0);
  });

  it('names an invalid value and applies the rest of the file', async () => {
    fs.writeFileSync(path.join(dir, '.gongwenrc.json'), JSON.stringify({ rules: { placeholder: 'off', 'sequence-gap': 'loud' } }));
    client = new TestClient();
    await client.initialize();
    await client.open(draftUri(), TEXT);
    const message = await client.message((m) => m.includes('rules.sequence-gap'));
    assert.match(message, /已忽略/);
    assert.deepEqual(where(await client.diagnostics(draftUri())), ['sequence-gap@3']);
  });
});

describe('user placeholder patterns over stdio', function () {
  this.timeout(20000);
  let client: TestClient;
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-patterns-'));
  });

  afterEach(async () => {
    await client?.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('names an invalid pattern by its setting, and uses the valid ones', async () => {
    client = new TestClient({ settings: () => ({ placeholders: { extraPatterns: ['(?<=情况)【', '【待定】'] } }) });
    await client.initialize();
    await client.open('file:///patterns.gw', '完成情况【待定】。');
    const message = await client.message((m) => m.includes('gongwen.placeholders.extraPatterns'));
    assert.match(message, /\(\?<=情况\)【/);
    const diagnostics = await client.diagnostics('file:///patterns.gw', (d) => d.length === 1);
    assert.equal(diagnostics[0]!.code, 'placeholder');
  });

  it('in an untrusted workspace, does not run the patterns of its .gongwenrc.json until it is trusted', async () => {
    fs.writeFileSync(path.join(dir, '.gongwenrc.json'), JSON.stringify({ placeholders: { extraPatterns: ['〈[^〉]*〉'] }, rules: { 'lone-item': 'off' } }));
    const uri = pathToFileURL(path.join(dir, 'draft.gw')).toString();
    client = new TestClient({ initializationOptions: { trusted: false } });
    await client.initialize();
    await client.open(uri, '负责人〈甲乙〉。\n一是加强领导。\n');
    assert.deepEqual(await client.diagnostics(uri), [], 'the rest of the file still applies: lone-item is off');
    await client.connection.sendNotification('gongwen/workspaceTrusted');
    const trusted = await client.diagnostics(uri, (d) => d.length === 1);
    assert.equal(trusted[0]!.code, 'placeholder');
  });
});


describe('ignoring a flagged value over stdio', function () {
  this.timeout(20000);
  let client: TestClient;
  afterEach(async () => client?.dispose());

  const TEXT = '全年完成投资X亿元以上，增长X%。\n请某单位做好准备。\n';
  const URI = 'file:///drafts/ignore.gw';
  const quickFixes = async (diagnostic: Diagnostic) =>
    (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    })) as CodeAction[];

  it('offers to stop flagging a value in its clause, for the editor that runs gongwen.ignoreText, and the setting then silences it alone', async () => {
    let settings: unknown = {};
    client = new TestClient({ initializationOptions: { ignoreCommand: true }, settings: () => settings });
    await client.initialize();
    await client.open(URI, TEXT);
    const diagnostics = await client.diagnostics(URI, (d) => d.length === 3);
    const [first, , vague] = diagnostics;
    const actions = await quickFixes(first!);
    assert.deepEqual(
      actions.map((a) => [a.title, a.command?.command, a.command?.arguments]),
      [['不再提示“全年完成投资X亿元以上”（加入忽略列表）', 'gongwen.ignoreText', [URI, '全年完成投资X亿元以上', '全年完成投资X亿元以上']]],
    );
    assert.equal((await quickFixes(vague!))[0]!.command!.arguments![1], '请某单位做好准备');
    // What the client writes into the settings: the same mark in the other clause is still flagged.
    settings = { placeholders: { ignore: [actions[0]!.command!.arguments![1]] } };
    await client.configurationChanged();
    const left = await client.diagnostics(URI, (d) => d.length === 2);
    assert.deepEqual(left.map((d) => `${d.code}@${d.range.start.line + 1}:${d.range.start.character}`), ['placeholder@1:14', 'placeholder-vague@2:1']);
  });

  it('does not offer it to other editors, which do not have the command', async () => {
    client = new TestClient();
    await client.initialize();
    await client.open(URI, TEXT);
    const diagnostics = await client.diagnostics(URI, (d) => d.length === 3);
    assert.deepEqual(await quickFixes(diagnostics[0]!), []);
  });
});

describe('turning a check off over stdio', function () {
  this.timeout(20000);
  let client: TestClient;
  afterEach(async () => client?.dispose());

  const TEXT = '一、甲\n二、乙\n四、丁\n（一）子\n增长X%。\n';
  const URI = 'file:///drafts/turn-off.gw';
  const quickFixes = async (diagnostics: Diagnostic[]) =>
    (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI },
      range: { start: diagnostics[0]!.range.start, end: diagnostics[diagnostics.length - 1]!.range.end },
      context: { diagnostics, only: ['quickfix'] },
    })) as CodeAction[];

  it('offers, last and once per rule, to turn the rule off, for the editor that runs gongwen.turnOffRule; the setting then silences that rule alone', async () => {
    let settings: unknown = {};
    client = new TestClient({ initializationOptions: { turnOffRuleCommand: true }, settings: () => settings });
    await client.initialize();
    await client.open(URI, TEXT);
    const diagnostics = await client.diagnostics(URI, (d) => d.length === 3);
    assert.deepEqual(diagnostics.map((d) => d.code), ['sequence-gap', 'lone-item', 'placeholder']);
    const gap = await quickFixes([diagnostics[0]!, diagnostics[0]!]);
    assert.deepEqual(gap.at(-1)!.command, { title: '关闭“序号跳号”检查（sequence-gap）', command: 'gongwen.turnOffRule', arguments: [URI, 'sequence-gap', '序号跳号'] });
    assert.equal(gap.filter((a) => a.command?.command === 'gongwen.turnOffRule').length, 1, 'one action for the rule, however many of its findings are selected');
    assert.equal(gap[0]!.title, '这一组序号重新编号', 'the fixes come first');
    const all = await quickFixes(diagnostics);
    assert.deepEqual(
      all.filter((a) => a.command?.command === 'gongwen.turnOffRule').map((a) => a.title),
      ['关闭“序号跳号”检查（sequence-gap）', '关闭“同级只有一项”检查（lone-item）', '关闭“模板内容未填写”检查（placeholder）'],
    );
    // What the client writes into the settings.
    settings = { rules: { 'sequence-gap': 'off' } };
    await client.configurationChanged();
    const left = await client.diagnostics(URI, (d) => d.length === 2);
    assert.deepEqual(left.map((d) => d.code), ['lone-item', 'placeholder']);
  });

  it('names the rule in English for an English editor', async () => {
    client = new TestClient({ locale: 'en', initializationOptions: { turnOffRuleCommand: true } });
    await client.initialize();
    await client.open(URI, TEXT);
    const diagnostics = await client.diagnostics(URI, (d) => d.length === 3);
    const actions = await quickFixes([diagnostics[1]!]);
    assert.equal(actions.at(-1)!.title, 'Turn off the check "A list of one item" (lone-item)');
  });

  it('does not offer it to other editors, which do not have the command', async () => {
    client = new TestClient();
    await client.initialize();
    await client.open(URI, TEXT);
    const diagnostics = await client.diagnostics(URI, (d) => d.length === 3);
    assert.ok((await quickFixes(diagnostics)).every((a) => a.command?.command !== 'gongwen.turnOffRule'));
  });
});
