/**
 * The server under the bad inputs of design.md, over stdio: it answers
 * correctly afterwards every time.
 */
import * as assert from 'node:assert/strict';
import { DidChangeTextDocumentNotification, DocumentSymbolRequest, FoldingRangeRequest, type DocumentSymbol } from 'vscode-languageserver-protocol/node';
import { readSample } from '../helpers';
import { TestClient } from './lsp-client';

/** The server still answers, and answers right: a fresh draft gets its finding. */
async function stillAnswers(client: TestClient, tag: string): Promise<void> {
  const uri = `file:///probe-${tag}.gw`;
  await client.open(uri, '一、甲\n二、乙\n四、丁\n');
  const diagnostics = await client.diagnostics(uri);
  assert.deepEqual(diagnostics.map((d) => d.code), ['sequence-gap'], `after ${tag}`);
  assert.equal(client.exited, false, `the server died after ${tag}`);
}

describe('server robustness over stdio', function () {
  // A guard against hangs, not a timing.
  this.timeout(120000);
  let client: TestClient;

  beforeEach(async () => {
    client = new TestClient();
    await client.initialize();
  });

  afterEach(async () => {
    await client.dispose();
  });

  const inputs: Array<[string, () => string]> = [
    ['empty', () => ''],
    ['binary', () => Array.from({ length: 20000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('')],
    ['10 MB', () => '一、甲\n（一）乙。增长X%。\n'.repeat(650_000).slice(0, 10_000_000)],
    ['a 1 MB line', () => '增长X%，'.repeat(200_000)],
    ['lone surrogates', () => '一、甲\ud800\n二、\udc00乙\n'],
    ['CRLF and CR', () => '一、甲\r\n（一）子\r（二）丑\r\n二、乙'],
    ['a BOM', () => '\ufeff一、甲\n二、乙\n'],
    ['mixed indentation', () => '\u3000\u3000一、甲\n  \t\u00a0（一）乙\n\u3000 （二）丙\n'],
  ];
  for (const [name, make] of inputs) {
    it(`survives ${name}`, async () => {
      const uri = `file:///bad-${name.replace(/\W/g, '-')}.gw`;
      await client.open(uri, make());
      await client.diagnostics(uri);
      await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
      await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
      await stillAnswers(client, name);
    });
  }

  it('survives rapid open, change and close of many documents, and a change to a closed one', async () => {
    for (let i = 0; i < 60; i++) {
      const uri = `file:///rapid-${i}.gw`;
      await client.open(uri, `${'一二三'[i % 3]}、甲\n增长X%。\n`);
      await client.change(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '再' }]);
      if (i % 2 === 0) await client.close(uri);
    }
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: 'file:///never-opened.gw', version: 9 },
      contentChanges: [{ text: '一、甲' }],
    });
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: 'file:///rapid-0.gw', version: 9 },
      contentChanges: [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: '甲' }],
    });
    await stillAnswers(client, 'rapid changes');
  });

  it('keeps the outline and folding of a huge draft bounded', async () => {
    const uri = 'file:///huge.gw';
    const sections = Array.from({ length: 3000 }, (_, i) => `一、第${i}部分\n（一）甲\n（二）乙\n`).join('');
    await client.open(uri, sections);
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    const count = (list: DocumentSymbol[]): number => list.reduce((n, s) => n + 1 + count(s.children ?? []), 0);
    assert.ok(count(symbols) <= 5000, `${count(symbols)} symbols`);
    const folds = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    assert.ok(folds!.length <= 5000);
    await stillAnswers(client, 'a huge draft');
  });

  it('keeps pace with fast typing in a long draft: changes made during an analysis fold into one push of the newest text', async () => {
    const uri = 'file:///compilation.gw';
    // A compilation of speeches, about 600,000 characters: every analysis takes a while.
    const speech = readSample('seed-speech.txt');
    const text = Array.from({ length: Math.ceil(600_000 / speech.length) }, () => speech).join('\n');
    await client.open(uri, `今年增长\n${text}`);
    await client.diagnostics(uri, (_, p) => p.version === 1);
    // `X%` typed at the end of the first line, keystroke by keystroke, without waiting for squiggles:
    // the keystrokes reach the server together, as they do while it is busy with the last analysis.
    // (Sent one write each, they reached the server on one CI machine each after the last push was
    // written, and so each was rightly pushed: the folding was never put to the test.)
    const keystrokes = ['，', '约', 'X', '%', '。', '\n'];
    const last = client.changeAtOnce(
      uri,
      keystrokes.map((key, i) => [{ range: { start: { line: 0, character: 4 + i }, end: { line: 0, character: 4 + i } }, text: key }]),
    );
    const final = await client.diagnostics(uri, (_, p) => p.version === last, 60000);
    assert.ok(
      final.some((d) => d.code === 'placeholder' && d.range.start.line === 0 && d.range.start.character === 6),
      'the newest text is checked: X% on the first line',
    );
    const afterTyping = client.publishedVersions.get(uri)!.filter((v) => v > 1);
    assert.ok(afterTyping.length < keystrokes.length, `pushed versions ${afterTyping.join(', ')}: the ones in between are not analysed`);
    assert.deepEqual([...afterTyping].sort((a, b) => a - b), afterTyping, 'versions arrive in order');
  });

  it('holds findings on the line being typed still, and shows them once typing pauses', async () => {
    const uri = 'file:///typing.gw';
    await client.open(uri, '今年增长，\n各地要落实。\n');
    await client.diagnostics(uri);
    // Typing X in the middle of the first line: mid-word, a placeholder half typed.
    const version = await client.change(uri, [{ range: { start: { line: 0, character: 4 }, end: { line: 0, character: 4 } }, text: 'X' }]);
    const whileTyping = await client.diagnostics(uri, (_, p) => p.version === version);
    assert.deepEqual(whileTyping, [], 'no squiggle flashes while typing');
    const settled = await client.diagnostics(uri, (d) => d.length === 1);
    assert.equal(settled[0]!.code, 'placeholder');
  });
});
