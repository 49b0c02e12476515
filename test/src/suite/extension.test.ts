/**
 * What a user sees in a real VS Code with the extension loaded.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { codeOf, FIXTURES, fixtureUri, gongwenDiagnostics, until, waitForDiagnostics, where } from './util';

const EXTENSION_ID = 'gongwen.gongwen';

async function openFixture(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(name));
  return vscode.window.showTextDocument(document);
}

async function symbolsOf(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  return until(
    async () => (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [],
    (symbols) => symbols.length > 0,
    `the outline of ${uri.fsPath}`,
  );
}

describe('Gongwen in VS Code', () => {
  before(async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed in this VS Code`);
    await extension.activate();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('runs in a real VS Code', () => {
    assert.match(vscode.version, /^1\.\d+\.\d+/);
  });

  it('flags the seed speech: advertising lines and unfilled values, and no numbering error or warning', async () => {
    const editor = await openFixture('seed-speech.txt');
    assert.equal(editor.document.languageId, 'plaintext');
    const diagnostics = await waitForDiagnostics(editor.document.uri, (d) => d.length === 30, '30 findings on the seed speech');
    const codes = new Set(diagnostics.map(codeOf));
    assert.deepEqual([...codes].sort(), ['mixed-style', 'placeholder', 'template-leftover']);
    const note = diagnostics.find((d) => codeOf(d) === 'mixed-style')!;
    assert.equal(note.severity, vscode.DiagnosticSeverity.Information, '首先，其次，第三， is only noted');
    const first = diagnostics.find((d) => codeOf(d) === 'placeholder')!;
    assert.equal(editor.document.getText(first.range), 'X');
    assert.equal(first.range.start.line, 17);
    assert.equal(first.severity, vscode.DiagnosticSeverity.Error);
    const leftovers = diagnostics.filter((d) => codeOf(d) === 'template-leftover').map((d) => d.range.start.line + 1);
    assert.deepEqual(leftovers, [1, 2, 3, 4, 5, 7, 8, 9]);
    const code = first.code as { value: string; target: vscode.Uri };
    assert.match(code.target.toString(), /docs\/rules\/placeholder\.md$/);
  });

  it('shows the seed speech outline: 一、…四、 with 0, 3, 5 and 4 subsections and the series', async () => {
    const editor = await openFixture('seed-speech.txt');
    const symbols = await symbolsOf(editor.document.uri);
    assert.deepEqual(
      symbols.map((s) => s.name.slice(0, 2)),
      ['一、', '二、', '三、', '四、'],
    );
    assert.deepEqual(
      symbols.map((s) => s.children.filter((c) => c.name.startsWith('（')).length),
      [0, 3, 5, 4],
    );
    assert.deepEqual(
      symbols[0]!.children.map((c) => c.name),
      ['首先，要在思想认识上适应新常态', '其次，要在能力担当上适应新常态', '第三，要在方式方法上适应新常态'],
    );
    const folds = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', editor.document.uri);
    assert.ok(folds.some((f) => f.start === 18 && f.end === 22), 'the first section folds');
  });

  it('applies a quick fix that changes the text, and undo brings it back', async () => {
    const editor = await openFixture('slips.gw');
    const document = editor.document;
    const original = document.getText();
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.length > 0, 'findings on slips.gw');
    assert.deepEqual(where(diagnostics), ['ordinal-punctuation@3']);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      diagnostics[0]!.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a) => a.kind?.value === 'quickfix' && /1\./.test(a.title));
    assert.ok(fix?.edit, `no quick fix among: ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(document.lineAt(2).text, '1.主要指标');
    await waitForDiagnostics(document.uri, (d) => d.length === 0, 'no findings after the fix');
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), original);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('follows edits: a skipped heading is flagged as soon as it is typed', async () => {
    const editor = await openFixture('slips.gw');
    const document = editor.document;
    await editor.edit((b) => b.replace(new vscode.Range(5, 0, 5, 2), '三、'));
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.some((x) => codeOf(x) === 'sequence-gap'), 'sequence-gap');
    assert.ok(where(diagnostics).includes('sequence-gap@6'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('contributes its commands, and restarting the server keeps the findings coming', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['gongwen.restartServer', 'gongwen.showOutput']) assert.ok(commands.includes(id), `${id} is missing`);
    await vscode.commands.executeCommand('gongwen.restartServer');
    const editor = await openFixture('slips.gw');
    await waitForDiagnostics(editor.document.uri, (d) => d.length === 1, 'findings after a restart');
  });

  it('applies a settings change without reloading: a rule turned off disappears', async () => {
    const editor = await openFixture('seed-speech.txt');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (d) => d.length === 30, 'the seed speech findings');
    const config = vscode.workspace.getConfiguration('gongwen');
    try {
      await config.update('rules', { placeholder: 'off', 'mixed-style': 'off' }, vscode.ConfigurationTarget.Global);
      const after = await waitForDiagnostics(uri, (d) => d.length === 8, 'only the leftovers once placeholder is off');
      assert.ok(after.every((d) => codeOf(d) === 'template-leftover'));
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitForDiagnostics(uri, (d) => d.length === 30, 'the placeholders back');
  });

  it('checks an untitled gongwen document', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'gongwen', content: '一、甲\n二、乙\n四、丁\n今年增长X%。\n' });
    await vscode.window.showTextDocument(document);
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.length === 2, 'findings on an untitled draft');
    assert.deepEqual(where(diagnostics), ['sequence-gap@3', 'placeholder@4']);
    assert.deepEqual(gongwenDiagnostics(document.uri).map((d) => document.getText(d.range)), ['四、', 'X']);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('steps through placeholders: the next one is selected, so typing replaces it', async () => {
    const editor = await openFixture('seed-speech.txt');
    await waitForDiagnostics(editor.document.uri, (d) => d.length === 30, 'the seed speech findings');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('gongwen.nextPlaceholder');
    assert.equal(editor.selection.start.line, 17);
    assert.equal(editor.document.getText(editor.selection), 'X');
    await vscode.commands.executeCommand('gongwen.nextPlaceholder');
    assert.equal(editor.selection.start.line, 21);
    assert.equal(editor.document.getText(editor.selection), 'XX');
    await vscode.commands.executeCommand('gongwen.previousPlaceholder');
    assert.equal(editor.selection.start.line, 17);
    await editor.edit((b) => b.replace(editor.selection, '李勇'));
    assert.ok(editor.document.lineAt(17).text.includes('刚才，李勇同志'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('selects only the missing name of 某某同志, so that typing a name keeps 同志, and puts the cursor after an empty 联系人：', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'gongwen', content: '会议由某某同志主持，某单位负责会务。\n联系人：\n' });
    const editor = await vscode.window.showTextDocument(document);
    await waitForDiagnostics(document.uri, (d) => d.length === 3, 'two vague stand-ins and an empty contact');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('gongwen.nextPlaceholder');
    assert.equal(document.getText(editor.selection), '某某');
    await vscode.commands.executeCommand('gongwen.nextPlaceholder');
    assert.equal(document.getText(editor.selection), '某单位');
    await vscode.commands.executeCommand('gongwen.nextPlaceholder');
    assert.ok(editor.selection.isEmpty && editor.selection.active.isEqual(new vscode.Position(1, 4)), `cursor at ${editor.selection.active.line}:${editor.selection.active.character}`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('runs the pre-submission check: placeholders, leftovers and process fields grouped, in final mode', async () => {
    await openFixture('seed-speech.txt');
    type Report = { checked: boolean; entries: Array<{ group: string; rule: string; range: vscode.Range }> };
    const report = await vscode.commands.executeCommand<Report>('gongwen.preSubmissionCheck');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.ok(report?.checked);
    const count = (group: string) => report.entries.filter((e) => e.group === group).length;
    assert.deepEqual([count('placeholder'), count('leftover'), count('numbering')], [21, 8, 0]);
    const clean = await vscode.workspace.openTextDocument({ language: 'gongwen', content: '一、甲\n二、乙\n' });
    await vscode.window.showTextDocument(clean);
    const allClear = await vscode.commands.executeCommand<Report>('gongwen.preSubmissionCheck');
    assert.deepEqual(allClear?.entries, []);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('reopens the pre-submission list at the first item from the cursor on, so fixing goes on where it left off', async () => {
    const editor = await openFixture('seed-speech.txt');
    type Report = { checked: boolean; entries: Array<{ range: vscode.Range }> };
    const from = new vscode.Position(20, 0);
    editor.selection = new vscode.Selection(from, from);
    const report = await vscode.commands.executeCommand<Report>('gongwen.preSubmissionCheck');
    const expected = report!.entries
      .map((e) => e.range.start)
      .filter((start) => !start.isBefore(from))
      .sort((a, b) => a.compareTo(b))[0]!;
    // Accepting the active item without moving in the list goes to it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const at = await until(() => vscode.window.activeTextEditor?.selection.start, (start) => start !== undefined && start.line !== from.line, 'the cursor to go to the item');
    assert.deepEqual([at!.line, at!.character], [expected.line, expected.character]);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('checks a draft pasted into a new tab even when the editor takes it for another language', async () => {
    // Language detection takes a pasted Chinese draft for Ini: the extension sets it to 公文 and checks it.
    const pasted = '在全县经济工作会议上的讲话\n同志们：\n今年全县地区生产总值增长X%，各项工作取得新进展。\n一、统一思想\n全县上下要认清形势。\n三、狠抓落实\n各部门要抓好落实。\n';
    const document = await vscode.workspace.openTextDocument({ language: 'ini', content: pasted });
    await vscode.window.showTextDocument(document);
    const languageOf = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === document.uri.toString())?.languageId;
    await until(languageOf, (language) => language === 'gongwen', 'the pasted draft to be set to the gongwen language');
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.length === 2, 'findings on the pasted draft');
    assert.deepEqual(diagnostics.map(codeOf).sort(), ['placeholder', 'sequence-gap']);
    // Code with Chinese comments stays what it is.
    const code = await vscode.workspace.openTextDocument({ language: 'ini', content: '[server]\n; 服务器地址\nhost = 127.0.0.1\nport = 8080\ntimeout = 30\nretries = 3\n' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(code.languageId, 'ini');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('restarts the language server when it is killed, reports it, and keeps checking', async function () {
    const api = vscode.extensions.getExtension<{ serverProcessId(): Promise<number>; readonly restarts: number }>(EXTENSION_ID)!.exports;
    const before = api.restarts;
    const pid = await api.serverProcessId();
    process.kill(pid, 'SIGKILL');
    await until(() => api.restarts, (n) => n === before + 1, 'the client to notice the crash and restart the server');
    const restarted = await until(() => api.serverProcessId().catch(() => -1), (p) => p > 0 && p !== pid, 'a new server process');
    assert.notEqual(restarted, pid);
    const editor = await openFixture('slips.gw');
    await waitForDiagnostics(editor.document.uri, (d) => d.length === 1, 'findings from the restarted server');
  });

  it('renumbers after a section is inserted, as one undoable edit, and completes and explains ordinals', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'gongwen',
      content: '下面我讲两点意见。\n一、甲\n（一）子\n（三）丑\n二、新增\n二、乙\n',
    });
    const editor = await vscode.window.showTextDocument(document);
    await waitForDiagnostics(document.uri, (d) => d.some((x) => codeOf(x) === 'sequence-gap'), 'the numbering slips');
    await vscode.commands.executeCommand('gongwen.renumberDocument');
    await until(() => document.getText(), (t) => t.startsWith('下面我讲三点意见。'), 'the renumbered text');
    assert.equal(document.getText(), '下面我讲三点意见。\n一、甲\n（一）子\n（二）丑\n二、新增\n三、乙\n');
    await vscode.commands.executeCommand('undo');
    assert.equal(document.lineAt(5).text, '二、乙', 'one undo restores every number');
    assert.equal(document.lineAt(0).text, '下面我讲两点意见。');
    await editor.edit((b) => b.insert(new vscode.Position(6, 0), '（'));
    const completions = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      document.uri,
      new vscode.Position(6, 1),
    );
    assert.ok(completions.items.some((i) => i.label === '（一）'), completions.items.map((i) => i.label).join(' '));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(2, 1));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /一、 › （一）/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  /** Runs the "Stop flagging …" quick fix of the first placeholder finding; returns the phrase it ignores. */
  async function ignoreFirstPlaceholder(uri: vscode.Uri): Promise<string> {
    const diagnostic = gongwenDiagnostics(uri).find((d) => codeOf(d) === 'placeholder');
    assert.ok(diagnostic, 'a placeholder finding');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const ignore = actions.find((a) => a.command?.command === 'gongwen.ignoreText');
    assert.ok(ignore?.command?.arguments, `no ignore action among: ${actions.map((a) => a.title).join(', ')}`);
    assert.match(ignore.title, /^(?:不再提示“.+”（加入忽略列表）|Stop flagging ".+" \(add it to the ignore list\))$/);
    await vscode.commands.executeCommand(ignore.command.command, ...ignore.command.arguments);
    return String(ignore.command.arguments[2]);
  }

  it('stops flagging a value meant as written: the quick fix adds its clause to the workspace folder\'s ignore list', async () => {
    const editor = await openFixture('seed-speech.txt');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (d) => d.length === 30, 'the seed speech findings');
    const settingsFolder = path.join(FIXTURES, '.vscode');
    const hadSettings = fs.existsSync(settingsFolder);
    const config = () => vscode.workspace.getConfiguration('gongwen', uri);
    try {
      const phrase = await ignoreFirstPlaceholder(uri);
      const left = await waitForDiagnostics(uri, (d) => d.length === 29, 'one finding fewer');
      assert.deepEqual(config().inspect<string[]>('placeholders.ignore')?.workspaceFolderValue, [phrase]);
      assert.equal(config().inspect<string[]>('placeholders.ignore')?.globalValue, undefined, 'the user settings are left alone');
      // Only that clause: the same marks elsewhere are still flagged.
      assert.ok(left.filter((d) => codeOf(d) === 'placeholder').length >= 10);
    } finally {
      await config().update('placeholders.ignore', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
      if (!hadSettings) fs.rmSync(settingsFolder, { recursive: true, force: true });
    }
    await waitForDiagnostics(uri, (d) => d.length === 30, 'the finding back once the entry is removed');
  });

  /** A draft in a temporary folder outside the workspace, a .gongwenrc.json beside it; both removed after `use`. */
  async function withDraftBesideRc(rcText: string, draftText: string, use: (draft: vscode.TextDocument, rcPath: string) => Promise<void>): Promise<void> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-rc-'));
    try {
      const rcPath = path.join(dir, '.gongwenrc.json');
      fs.writeFileSync(rcPath, rcText);
      fs.writeFileSync(path.join(dir, 'draft.gw'), draftText);
      const draft = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(dir, 'draft.gw')));
      await vscode.window.showTextDocument(draft);
      await use(draft, rcPath);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  it('writes the entry into the .gongwenrc.json that holds the ignore list for the draft, keeping its layout', async () => {
    const rcText = '{\n    "rules": { "lone-item": "off" },\n    "placeholders": {\n        "ignore": ["型号X"]\n    }\n}\n';
    await withDraftBesideRc(rcText, '全年完成投资X亿元以上，增长X%。\n', async (draft, rcPath) => {
      await waitForDiagnostics(draft.uri, (d) => d.length === 2, 'both unfilled values');
      const phrase = await ignoreFirstPlaceholder(draft.uri);
      assert.equal(phrase, '全年完成投资X亿元以上');
      const written = fs.readFileSync(rcPath, 'utf8');
      assert.deepEqual(JSON.parse(written), { rules: { 'lone-item': 'off' }, placeholders: { ignore: ['型号X', '全年完成投资X亿元以上'] } });
      assert.match(written, /^\{\n {4}"rules"/, 'indented as the file was');
      const left = await waitForDiagnostics(draft.uri, (d) => d.length === 1, 'the other value still flagged');
      assert.equal(left[0]!.range.start.character, 14);
      assert.equal(vscode.workspace.getConfiguration('gongwen').inspect<string[]>('placeholders.ignore')?.globalValue, undefined);
    });
  });

  /** Runs the "Turn off the check …" quick fix on the first finding of `rule`. */
  async function turnOffFirst(uri: vscode.Uri, rule: string): Promise<void> {
    const diagnostic = gongwenDiagnostics(uri).find((d) => codeOf(d) === rule);
    assert.ok(diagnostic, `a ${rule} finding`);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const turnOff = actions.find((a) => a.command?.command === 'gongwen.turnOffRule');
    assert.ok(turnOff?.command?.arguments, `no turn-off action among: ${actions.map((a) => a.title).join(', ')}`);
    // Last of the actions on findings (VS Code puts whole-document ones, such as deleting all leftover lines, after them).
    assert.ok(actions.slice(actions.indexOf(turnOff) + 1).every((a) => !a.diagnostics?.length), actions.map((a) => a.title).join(', '));
    assert.match(turnOff.title, new RegExp(`^(?:关闭“.+”检查（${rule}）|Turn off the check ".+" \\(${rule}\\))$`));
    await vscode.commands.executeCommand(turnOff.command.command, ...turnOff.command.arguments);
  }

  it('turns a check off for the workspace folder from any of its findings', async () => {
    const editor = await openFixture('seed-speech.txt');
    const uri = editor.document.uri;
    const before = await waitForDiagnostics(uri, (d) => d.length === 30, 'the seed speech findings');
    const leftovers = before.filter((d) => codeOf(d) === 'template-leftover').length;
    assert.equal(leftovers, 8, 'the seed speech has its advertising lines');
    const settingsFolder = path.join(FIXTURES, '.vscode');
    const hadSettings = fs.existsSync(settingsFolder);
    const config = () => vscode.workspace.getConfiguration('gongwen', uri);
    try {
      await turnOffFirst(uri, 'template-leftover');
      const left = await waitForDiagnostics(uri, (d) => d.length === 30 - leftovers, 'the leftovers no longer flagged');
      assert.ok(left.every((d) => codeOf(d) !== 'template-leftover'));
      assert.deepEqual(config().inspect('rules')?.workspaceFolderValue, { 'template-leftover': 'off' });
      assert.equal(config().inspect('rules')?.globalValue, undefined, 'the user settings are left alone');
    } finally {
      await config().update('rules', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
      if (!hadSettings) fs.rmSync(settingsFolder, { recursive: true, force: true });
    }
    await waitForDiagnostics(uri, (d) => d.length === 30, 'the findings back once the setting is removed');
  });

  it('turns a check off in the .gongwenrc.json that sets the rules for the draft', async () => {
    const rcText = '{\n\t"rules": { "lone-item": "warning" },\n\t"placeholders": { "ignore": [] }\n}\n';
    await withDraftBesideRc(rcText, '一、甲\n（一）子\n二、乙\n四、丙\n', async (draft, rcPath) => {
      await waitForDiagnostics(draft.uri, (d) => where(d).join() === 'lone-item@2,sequence-gap@4', 'the lone item and the gap');
      await turnOffFirst(draft.uri, 'lone-item');
      await waitForDiagnostics(draft.uri, (d) => where(d).join() === 'sequence-gap@4', 'the gap alone');
      const written = fs.readFileSync(rcPath, 'utf8');
      assert.deepEqual(JSON.parse(written), { rules: { 'lone-item': 'off' }, placeholders: { ignore: [] } });
      assert.match(written, /^\{\n\t"rules"/, 'indented as the file was');
      assert.equal(vscode.workspace.getConfiguration('gongwen').inspect('rules')?.globalValue, undefined);
    });
  });

  it('follows a .gongwenrc.json outside the workspace when it is edited and saved in the editor', async () => {
    await withDraftBesideRc('{ "rules": {} }\n', '一、甲\n（一）子\n二、乙\n', async (draft, rcPath) => {
      await waitForDiagnostics(draft.uri, (d) => where(d).join() === 'lone-item@2', 'the lone item');
      const rc = await vscode.workspace.openTextDocument(vscode.Uri.file(rcPath));
      const edit = new vscode.WorkspaceEdit();
      edit.replace(rc.uri, new vscode.Range(rc.positionAt(0), rc.positionAt(rc.getText().length)), '{ "rules": { "lone-item": "off" } }\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.ok(await rc.save());
      await waitForDiagnostics(draft.uri, (d) => d.length === 0, 'no finding once the file turns lone-item off');
    });
  });
});
