/**
 * `gongwen check` as a user runs it: the built command (server/out/cli/main.js)
 * spawned on drafts written to a temp folder, in UTF-8, UTF-8 with BOM, GBK and
 * GB18030, with its text and JSON output and its exit codes.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const MAIN = path.join(REPO_ROOT, 'server', 'out', 'cli', 'main.js');
const SEED = path.join(REPO_ROOT, 'samples', 'seed-speech.txt');

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout without the summary line: one `path:line:col rule message` per finding. */
  readonly findingLines: string[];
  readonly summary: string;
}

/** Runs `node main.js …` in `cwd`, in a Chinese environment unless `env` says otherwise. */
function gongwen(args: readonly string[], cwd: string, env: Record<string, string> = {}): Run {
  const result = spawnSync(process.execPath, [MAIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...env },
    timeout: 30_000,
  });
  if (result.error) throw result.error;
  const lines = result.stdout.split('\n').filter((line) => line !== '');
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    findingLines: lines.slice(0, -1),
    summary: lines[lines.length - 1] ?? '',
  };
}

interface JsonOutput {
  files: Array<{
    path: string;
    encoding: string | null;
    error?: string;
    skipped?: string;
    findings: Array<{ line: number; column: number; endLine: number; endColumn: number; rule: string; severity: string; message: string }>;
  }>;
  summary: { files: number; errors: number; warnings: number; information: number; hints: number; blocking: number; unreadable: number };
}

function json(run: Run): JsonOutput {
  return JSON.parse(run.stdout) as JsonOutput;
}

/** The GBK (or GB18030) bytes of a text, made by iconv (part of glibc). */
function iconv(text: string, to: 'GBK' | 'GB18030'): Buffer {
  const result = spawnSync('iconv', ['-f', 'UTF-8', '-t', to], { input: text });
  if (result.error) {
    throw new Error(`iconv is needed to make the GBK test drafts and could not run: ${result.error.message}`);
  }
  assert.equal(result.status, 0, `iconv -t ${to} failed: ${result.stderr.toString()}`);
  return result.stdout;
}

/** A draft with nothing to report. */
const CLEAN = [
  '关于加强安全生产工作的通知',
  '',
  '一、总体要求',
  '坚持安全第一、预防为主。',
  '二、主要任务',
  '（一）落实责任。各单位要明确分工。',
  '（二）加强检查。各部门要定期排查。',
  '',
].join('\n');

/** A draft with two unfilled placeholders (errors): XX at 3:2, 20XX at 3:10. */
const UNFILLED = ['一、总体要求', '坚持安全第一、预防为主。', '请XX同志牵头，于20XX年底前完成。', '二、主要任务', '各部门要定期排查。', ''].join('\n');

/** A draft whose only finding is a vague stand-in (a warning of placeholder-vague) at 2:2. */
const VAGUE = ['一、总体要求', '由某某同志负责。', '二、主要任务', '各部门要定期排查。', ''].join('\n');

/** A draft whose only finding is a download-site leftover (a warning of template-leftover) at 1:1. */
const LEFTOVER = ['仅供学习 禁止外传', '一、总体要求', '坚持安全第一。', '二、主要任务', '各部门要定期排查。', ''].join('\n');

/** A draft whose document number is still to be assigned (placeholder-process: information, an error in final mode) at 1:9. */
const PROCESS = ['某政〔2025〕×号', '', '关于加强安全生产工作的通知', '', '一、总体要求', '坚持安全第一、预防为主。', '二、主要任务', '各部门要定期排查。', ''].join('\n');

/** A draft whose only finding is a skipped number (a warning of sequence-gap) at 3:1. */
const GAP = ['一、总体要求', '坚持安全第一。', '三、主要任务', '各部门要定期排查。', ''].join('\n');

describe('gongwen check (command line)', function () {
  this.timeout(60_000);
  let dir: string;

  before(() => {
    assert.ok(fs.existsSync(MAIN), `${MAIN} is missing: run "npx tsc -b" first`);
  });

  beforeEach(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-cli-')));
  });

  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const write = (name: string, content: string | Buffer): string => {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    return file;
  };

  describe('the seed speech', () => {
    it('reports the placeholder on line 18, column 68 as file:line:col rule message, and exits 1', () => {
      const run = gongwen(['check', 'samples/seed-speech.txt'], REPO_ROOT);
      assert.equal(run.status, 1, run.stderr);
      assert.equal(run.stderr, '');
      const line = run.findingLines.find((l) => l.startsWith('samples/seed-speech.txt:18:68 '));
      assert.ok(line, run.stdout);
      assert.match(line, /^samples\/seed-speech\.txt:18:68 placeholder “X”.*X同志/);
      for (const l of run.findingLines) assert.match(l, /^samples\/seed-speech\.txt:\d+:\d+ [a-z-]+ \S/);
      assert.match(run.summary, /^共 1 个文件，发现 (\d+) 处问题（错误 \d+ 处、警告 \d+ 处.*），尚有 \d+ 处须改正，改正后方可提交。$/);
      assert.equal(Number(/发现 (\d+) 处/.exec(run.summary)?.[1]), run.findingLines.length);
    });

    it('prints paths as given, relative to the working folder', () => {
      const fromSamples = gongwen(['check', 'seed-speech.txt'], path.dirname(SEED));
      assert.ok(fromSamples.findingLines.some((l) => l.startsWith('seed-speech.txt:18:68 placeholder ')), fromSamples.stdout);
      const absolute = gongwen(['check', SEED], dir);
      assert.ok(absolute.findingLines.some((l) => l.startsWith(`${SEED}:18:68 placeholder `)), absolute.stdout);
    });

    it('gives the same findings in JSON, with one-based positions', () => {
      const run = gongwen(['check', '--format', 'json', 'samples/seed-speech.txt'], REPO_ROOT);
      assert.equal(run.status, 1);
      const out = json(run);
      assert.equal(out.files.length, 1);
      assert.equal(out.files[0].path, 'samples/seed-speech.txt');
      assert.equal(out.files[0].encoding, 'utf-8');
      const x = out.files[0].findings.find((f) => f.line === 18 && f.column === 68);
      assert.deepEqual(x && { ...x, message: undefined }, {
        line: 18,
        column: 68,
        endLine: 18,
        endColumn: 69,
        rule: 'placeholder',
        severity: 'error',
        message: undefined,
      });
      const text = gongwen(['check', 'samples/seed-speech.txt'], REPO_ROOT);
      assert.deepEqual(
        out.files[0].findings.map((f) => `samples/seed-speech.txt:${f.line}:${f.column} ${f.rule} ${f.message}`),
        text.findingLines,
      );
    });
  });

  describe('encodings', () => {
    it('reads a UTF-8 draft', () => {
      write('draft.txt', UNFILLED);
      const run = gongwen(['check', 'draft.txt'], dir);
      assert.equal(run.status, 1, run.stderr);
      assert.deepEqual(
        run.findingLines.filter((l) => l.includes(' placeholder ')).map((l) => l.split(' ').slice(0, 2).join(' ')),
        ['draft.txt:3:2 placeholder', 'draft.txt:3:10 placeholder'],
      );
      assert.equal(json(gongwen(['check', '--format=json', 'draft.txt'], dir)).files[0].encoding, 'utf-8');
    });

    it('reads a UTF-8 draft with a byte order mark, without shifting the first line', () => {
      write('plain.txt', LEFTOVER + UNFILLED);
      write('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(LEFTOVER + UNFILLED, 'utf8')]));
      const plain = json(gongwen(['check', '--format', 'json', 'plain.txt'], dir)).files[0];
      const bom = json(gongwen(['check', '--format', 'json', 'bom.txt'], dir)).files[0];
      assert.equal(bom.encoding, 'utf-8-bom');
      assert.deepEqual(bom.findings, plain.findings);
      assert.ok(bom.findings.some((f) => f.rule === 'template-leftover' && f.line === 1 && f.column === 1));
    });

    it('reads a GBK draft (as GB18030) with the same findings and messages as its UTF-8 version', () => {
      write('utf8.txt', UNFILLED);
      write('gbk.txt', iconv(UNFILLED, 'GBK'));
      assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(path.join(dir, 'gbk.txt'))));
      const run = gongwen(['check', '--format', 'json', 'utf8.txt', 'gbk.txt'], dir);
      assert.equal(run.status, 1, run.stderr);
      assert.equal(run.stderr, '');
      const [utf8, gbk] = json(run).files;
      assert.equal(gbk.path, 'gbk.txt');
      assert.equal(gbk.encoding, 'gb18030');
      assert.deepEqual(gbk.findings, utf8.findings);
      assert.ok(gbk.findings.some((f) => f.rule === 'placeholder' && f.message.includes('XX同志')));

      const text = gongwen(['check', 'gbk.txt'], dir);
      assert.ok(text.findingLines.includes('gbk.txt:3:2 placeholder “XX”是模板中尚未填写的内容（XX同志），提交前须改为实际内容'), text.stdout);
    });

    it('reads GB18030 four-byte characters, counting columns in UTF-16 units as the editor does', () => {
      // 𠀀 (U+20000) is not in GBK: GB18030 encodes it in four bytes, UTF-16 in two units.
      const text = '𠀀请XX同志牵头。\n';
      write('gb18030.txt', iconv(text, 'GB18030'));
      const run = gongwen(['check', '--format', 'json', 'gb18030.txt'], dir);
      const [file] = json(run).files;
      assert.equal(file.encoding, 'gb18030');
      const placeholder = file.findings.find((f) => f.rule === 'placeholder');
      assert.deepEqual(placeholder && [placeholder.line, placeholder.column, placeholder.endColumn], [1, 4, 6]);
    });

    it('reads UTF-16 drafts with a byte order mark', () => {
      const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(UNFILLED, 'utf16le')]);
      const be = Buffer.from(le);
      be.swap16();
      write('le.txt', le);
      write('be.txt', be);
      const out = json(gongwen(['check', '--format', 'json', 'le.txt', 'be.txt'], dir));
      assert.deepEqual(
        out.files.map((f) => [f.encoding, f.findings.filter((x) => x.rule === 'placeholder').map((x) => `${x.line}:${x.column}`)]),
        [
          ['utf-16le', ['3:2', '3:10']],
          ['utf-16be', ['3:2', '3:10']],
        ],
      );
    });

    it('refuses a file that is neither UTF-8 nor GBK, naming it, and still checks the others (exit 2)', () => {
      write('garbled.txt', Buffer.concat([iconv('一、总体要求\n', 'GBK'), Buffer.from([0x81, 0x20, 0xff, 0x0a])]));
      write('draft.txt', UNFILLED);
      const run = gongwen(['check', 'garbled.txt', 'draft.txt'], dir);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /无法检查“garbled\.txt”：既不是 UTF-8、UTF-16 也不是 GBK\/GB18030 编码/);
      assert.ok(run.findingLines.some((l) => l.startsWith('draft.txt:3:2 placeholder ')), run.stdout);
      assert.ok(!run.stdout.includes('garbled.txt:'));
      assert.match(run.summary, /尚有 2 处须改正，改正后方可提交。另有 1 个文件无法读取，未能检查。$/);

      const out = json(gongwen(['check', '--format', 'json', 'garbled.txt', 'draft.txt'], dir));
      assert.equal(out.files[0].path, 'garbled.txt');
      assert.equal(out.files[0].encoding, null);
      assert.match(out.files[0].error ?? '', /garbled\.txt/);
      assert.equal(out.summary.unreadable, 1);
      assert.equal(out.summary.files, 1);
    });

    it('refuses a Word document or other binary file with a clear message', () => {
      write('draft.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
      write('binary.txt', Buffer.from('一、\u0000\u0001\u0002', 'utf8'));
      const run = gongwen(['check', 'draft.docx', 'binary.txt'], dir, { LANG: 'en_US.UTF-8' });
      assert.equal(run.status, 2);
      assert.match(run.stderr, /Cannot check "draft\.docx": it is a Word, WPS or PDF document.*save it as \.txt first/);
      assert.match(run.stderr, /Cannot check "binary\.txt": it contains binary data/);
      // An image named .txt is binary data too, not text in an unknown encoding.
      write('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xc8, 0xff]));
      assert.match(gongwen(['check', 'image.txt'], dir).stderr, /无法检查“image\.txt”：文件含有二进制数据，不是文本文件/);
    });

    it('sets aside a .txt or .md without Chinese, as the editor does, and checks a .gw all the same', () => {
      write('notes.txt', 'Hello world\n1. First item\n3. Third item\nDear XX, please fill ____.\n');
      const run = gongwen(['check', 'notes.txt'], dir);
      assert.equal(run.status, 0);
      assert.match(run.stderr, /“notes\.txt”中没有中文，不是公文稿件，未检查/);
      assert.equal(run.findingLines.length, 0);
      write('notes.gw', 'XX\n');
      assert.equal(gongwen(['check', 'notes.gw'], dir).status, 1);
      const out = json(gongwen(['check', '--format', 'json', 'notes.txt'], dir));
      assert.match(out.files[0].skipped ?? '', /没有中文/);
    });
  });

  describe('files and folders', () => {
    it('checks the drafts of a folder and its subfolders, skipping node_modules, dot-folders and other files', () => {
      write('drafts/a.txt', UNFILLED);
      write('drafts/b.md', UNFILLED);
      write('drafts/c.gw', CLEAN);
      write('drafts/d.gongwen', VAGUE);
      write('drafts/sub/e.TXT', iconv(UNFILLED, 'GBK'));
      write('drafts/sub/deeper/f.txt', CLEAN);
      write('drafts/notes.json', '{"XX": 1}');
      write('drafts/draft.docx', 'XX');
      write('drafts/node_modules/pkg/readme.md', UNFILLED);
      write('drafts/.git/x.txt', UNFILLED);
      write('drafts/sub/.cache/y.md', UNFILLED);
      const run = gongwen(['check', '--format', 'json', 'drafts'], dir);
      assert.equal(run.status, 1, run.stderr);
      const out = json(run);
      assert.deepEqual(
        out.files.map((f) => f.path),
        ['drafts/a.txt', 'drafts/b.md', 'drafts/c.gw', 'drafts/d.gongwen', 'drafts/sub/deeper/f.txt', 'drafts/sub/e.TXT'],
      );
      assert.deepEqual(
        out.files.map((f) => f.encoding),
        ['utf-8', 'utf-8', 'utf-8', 'utf-8', 'utf-8', 'gb18030'],
      );
      const all = out.files.flatMap((f) => f.findings);
      assert.deepEqual(out.summary, {
        files: 6,
        errors: all.filter((f) => f.severity === 'error').length,
        warnings: all.filter((f) => f.severity === 'warning').length,
        information: all.filter((f) => f.severity === 'information').length,
        hints: all.filter((f) => f.severity === 'hint').length,
        blocking: all.filter((f) => f.severity === 'error').length,
        unreadable: 0,
      });
      assert.equal(out.summary.errors, 6); // two placeholders in each of a.txt, b.md and sub/e.TXT

      const text = gongwen(['check', 'drafts'], dir);
      assert.equal(text.status, 1);
      assert.match(text.summary, /^共 6 个文件，发现 \d+ 处问题（错误 6 处、警告 \d+ 处/);
    });

    it('checks the working folder given as "."', () => {
      write('a.txt', CLEAN);
      write('sub/b.md', CLEAN);
      const run = gongwen(['check', '.'], dir);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout, '2 个文件均已检查，未发现问题，可以提交。\n');
    });

    it('checks a file named twice once', () => {
      write('a.txt', UNFILLED);
      const out = json(gongwen(['check', '--format', 'json', 'a.txt', './a.txt', '.'], dir));
      assert.deepEqual(
        out.files.map((f) => f.path),
        ['a.txt'],
      );
    });

    it('analyses Markdown drafts as Markdown: code blocks are left out', () => {
      const text = ['一、总体要求', '坚持安全第一。', '', '```', '请XX同志牵头', '```', '', '二、主要任务', '各部门要定期排查。', ''].join('\n');
      write('draft.md', text);
      write('draft.txt', text);
      const out = json(gongwen(['check', '--format', 'json', 'draft.md', 'draft.txt'], dir));
      assert.deepEqual(
        out.files.map((f) => f.findings.filter((x) => x.rule === 'placeholder').length),
        [0, 1],
      );
    });

    it('counts lines of a CRLF draft as the editor does', () => {
      write('crlf.txt', UNFILLED.replace(/\n/g, '\r\n'));
      const run = gongwen(['check', 'crlf.txt'], dir);
      assert.ok(run.findingLines.some((l) => l.startsWith('crlf.txt:3:2 placeholder ')), run.stdout);
    });

    it('names a file that does not exist on stderr, checks the others, and exits 2', () => {
      write('a.txt', CLEAN);
      const run = gongwen(['check', 'missing.txt', 'a.txt'], dir);
      assert.equal(run.status, 2);
      assert.equal(run.stderr, '找不到“missing.txt”：没有这个文件或文件夹。\n');
      assert.equal(run.summary, '1 个文件已检查，未发现问题，但检查不完整，暂不能确认可以提交。另有 1 个文件无法读取，未能检查。');

      const out = json(gongwen(['check', '--format', 'json', 'missing.txt', 'a.txt'], dir));
      assert.deepEqual(
        out.files.map((f) => [f.path, f.encoding, f.error !== undefined]),
        [
          ['missing.txt', null, true],
          ['a.txt', 'utf-8', false],
        ],
      );
      assert.equal(out.summary.unreadable, 1);
    });

    it('exits 2 when nothing was checked', () => {
      fs.mkdirSync(path.join(dir, 'empty'));
      const run = gongwen(['check', 'empty'], dir);
      assert.equal(run.status, 2);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /文件夹“empty”中没有可检查的文件/);
      assert.match(run.stderr, /没有检查任何文件。/);
      assert.equal(gongwen(['check', 'nothing-here.txt'], dir).status, 2);
    });
  });

  describe('exit codes', () => {
    it('exits 0 on a clean draft, with the all-clear line', () => {
      write('clean.txt', CLEAN);
      const run = gongwen(['check', 'clean.txt'], dir);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout, '1 个文件已检查，未发现问题，可以提交。\n');
      assert.equal(run.stderr, '');
    });

    it('exits 0 when only warnings remain, and 1 when an error does', () => {
      write('vague.txt', VAGUE);
      write('unfilled.txt', UNFILLED);
      const vague = gongwen(['check', 'vague.txt'], dir);
      assert.equal(vague.status, 0);
      assert.deepEqual(
        vague.findingLines.map((l) => l.split(' ').slice(0, 2).join(' ')),
        ['vague.txt:2:2 placeholder-vague'],
      );
      assert.equal(vague.summary, '共 1 个文件，发现 1 处问题（警告 1 处），没有必须改正的问题，其余各处请酌情处理后提交。');
      assert.equal(gongwen(['check', 'vague.txt', 'unfilled.txt'], dir).status, 1);
    });

    it('--final: warnings of placeholder-vague and template-leftover block too, others do not', () => {
      write('vague.txt', VAGUE);
      write('leftover.txt', LEFTOVER);
      write('gap.txt', GAP);
      assert.equal(gongwen(['check', 'vague.txt', 'leftover.txt', 'gap.txt'], dir).status, 0);
      const final = gongwen(['check', '--final', 'vague.txt'], dir);
      assert.equal(final.status, 1);
      assert.equal(final.summary, '共 1 个文件，发现 1 处问题（警告 1 处），尚有 1 处须改正，改正后方可提交。');
      assert.equal(gongwen(['check', 'leftover.txt', '--final'], dir).status, 1);
      const gap = gongwen(['check', '--final', 'gap.txt'], dir);
      assert.ok(gap.findingLines.some((l) => l.startsWith('gap.txt:3:1 sequence-gap ')), gap.stdout);
      assert.equal(gap.status, 0);
      const out = json(gongwen(['check', '--final', '--format', 'json', 'vague.txt', 'leftover.txt', 'gap.txt'], dir));
      assert.equal(out.summary.blocking, 2);
    });

    it('--final: the engine final mode, in which unfilled process fields are errors', () => {
      write('process.txt', PROCESS);
      const draft = gongwen(['check', '--format', 'json', 'process.txt'], dir);
      assert.equal(draft.status, 0);
      assert.deepEqual(
        json(draft).files[0].findings.map((f) => [f.rule, f.severity, f.line, f.column]),
        [['placeholder-process', 'information', 1, 9]],
      );
      const final = gongwen(['check', '--final', 'process.txt'], dir);
      assert.equal(final.status, 1);
      assert.ok(final.findingLines.some((l) => l.startsWith('process.txt:1:9 placeholder-process ')), final.stdout);
      assert.match(final.summary, /（错误 1 处），尚有 1 处须改正，改正后方可提交。$/);
    });
  });

  describe('usage', () => {
    const usageError = (args: string[], pattern: RegExp) => {
      const run = gongwen(args, dir);
      assert.equal(run.status, 2, `${args.join(' ')}: ${run.stdout}`);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, pattern);
      assert.match(run.stderr, /gongwen --help/);
    };

    it('exits 2 with a message on stderr when the command line is wrong', () => {
      usageError([], /缺少命令/);
      usageError(['lint', 'a.txt'], /未知命令“lint”/);
      usageError(['check'], /请给出要检查的文件或文件夹/);
      usageError(['check', '--frmat', 'json', 'a.txt'], /未知选项“--frmat”/);
      usageError(['check', '--format', 'xml', 'a.txt'], /选项“--format”的取值“xml”无效/);
      usageError(['check', 'a.txt', '--format'], /选项“--format”缺少取值/);
      usageError(['check', '--locale', 'fr', 'a.txt'], /选项“--locale”的取值“fr”无效/);
    });

    it('--help and --version', () => {
      const help = gongwen(['--help'], dir);
      assert.equal(help.status, 0);
      assert.match(help.stdout, /用法：gongwen check/);
      assert.match(help.stdout, /--format text\|json/);
      assert.match(help.stdout, /--final/);
      assert.match(gongwen(['check', '-h'], dir, { LANG: 'en_US.UTF-8' }).stdout, /^Usage: gongwen check/);
      const version = gongwen(['--version'], dir);
      assert.equal(version.status, 0);
      const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
      assert.equal(version.stdout, `${pkg.version}\n`);
    });

    it('speaks English when LANG or LC_ALL says so, or when --locale en is given', () => {
      write('unfilled.txt', UNFILLED);
      write('clean.txt', CLEAN);
      const en = gongwen(['check', 'unfilled.txt', 'clean.txt'], dir, { LANG: 'en_US.UTF-8' });
      assert.match(en.summary, /^2 files checked, \d+ problems \(2 errors(, \d+ warnings?)?\); 2 must be fixed: not ready to submit\.$/);
      assert.ok(en.findingLines.includes('unfilled.txt:3:2 placeholder "XX" is a template value left unfilled (XX同志); replace it before submitting.'), en.stdout);
      assert.equal(gongwen(['check', 'clean.txt'], dir, { LANG: 'zh_CN.UTF-8', LC_ALL: 'en_GB.UTF-8' }).stdout, '1 file checked, no problems found: ready to submit.\n');
      assert.equal(gongwen(['check', 'clean.txt'], dir, { LANG: 'C.UTF-8' }).stdout, '1 个文件已检查，未发现问题，可以提交。\n');
      assert.equal(gongwen(['check', '--locale', 'en', 'clean.txt'], dir).stdout, '1 file checked, no problems found: ready to submit.\n');
      assert.equal(gongwen(['check', '--locale=zh', 'clean.txt'], dir, { LANG: 'en_US.UTF-8' }).stdout, '1 个文件已检查，未发现问题，可以提交。\n');
    });
  });

  describe('.gongwenrc.json', () => {
    it('applies the nearest rc file to the drafts below it', () => {
      write('office/.gongwenrc.json', JSON.stringify({ rules: { placeholder: 'off' } }));
      write('office/unfilled.txt', UNFILLED);
      write('office/sub/unfilled.md', UNFILLED);
      write('other/unfilled.txt', UNFILLED);
      const out = json(gongwen(['check', '--format', 'json', 'office', 'other'], dir));
      assert.deepEqual(
        out.files.map((f) => [f.path, f.findings.filter((x) => x.rule === 'placeholder').length]),
        [
          ['office/sub/unfilled.md', 0],
          ['office/unfilled.txt', 0],
          ['other/unfilled.txt', 2],
        ],
      );
      assert.equal(gongwen(['check', 'office'], dir).status, 0);
    });

    it('a nearer rc file wins, and can raise a warning to an error', () => {
      write('.gongwenrc.json', JSON.stringify({ rules: { placeholder: 'off' } }));
      write('strict/.gongwenrc.json', JSON.stringify({ rules: { 'placeholder-vague': 'error' } }));
      write('strict/vague.txt', VAGUE);
      write('strict/unfilled.txt', UNFILLED);
      const run = gongwen(['check', 'strict'], dir);
      assert.equal(run.status, 1);
      assert.ok(run.findingLines.some((l) => l.startsWith('strict/vague.txt:2:2 placeholder-vague ')), run.stdout);
      assert.ok(run.findingLines.some((l) => l.startsWith('strict/unfilled.txt:3:2 placeholder ')), run.stdout);
    });

    it('reports an rc file that cannot be parsed once, checks with the defaults, and exits 2', () => {
      write('office/.gongwenrc.json', '{ "rules": { "placeholder": "off", } ');
      write('office/a.txt', UNFILLED);
      write('office/b.txt', CLEAN);
      const run = gongwen(['check', 'office'], dir);
      assert.equal(run.status, 2);
      const reports = run.stderr.split('\n').filter((l) => l.includes('.gongwenrc.json'));
      assert.equal(reports.length, 1, run.stderr);
      // Where the JSON breaks, in Chinese: not JSON.parse's English.
      assert.match(reports[0], /^无法使用“office\/\.gongwenrc\.json”（第 1 行第 \d+ 列附近格式有误），其中的设置未生效，暂按默认设置检查。$/);
      // The defaults apply: the placeholders the broken file meant to silence are reported.
      assert.ok(run.findingLines.some((l) => l.startsWith('office/a.txt:3:2 placeholder ')), run.stdout);
      assert.match(run.summary, /有 1 个 \.gongwenrc\.json 无法使用，已按默认设置检查。$/);
    });

    it('"finalMode": true in an rc file works as --final for the drafts below it', () => {
      write('final/.gongwenrc.json', JSON.stringify({ finalMode: true }));
      write('final/vague.txt', VAGUE);
      write('final/process.txt', PROCESS);
      write('drafting/vague.txt', VAGUE);
      write('drafting/process.txt', PROCESS);
      assert.equal(gongwen(['check', 'drafting'], dir).status, 0);
      const run = gongwen(['check', '--format', 'json', 'final', 'drafting'], dir);
      assert.equal(run.status, 1);
      const out = json(run);
      assert.equal(out.summary.blocking, 2); // final/process.txt (an error) and final/vague.txt (a blocking warning)
      assert.deepEqual(
        out.files.map((f) => [f.path, f.findings.map((x) => `${x.rule}:${x.severity}`)]),
        [
          ['final/process.txt', ['placeholder-process:error']],
          ['final/vague.txt', ['placeholder-vague:warning']],
          ['drafting/process.txt', ['placeholder-process:information']],
          ['drafting/vague.txt', ['placeholder-vague:warning']],
        ],
      );
    });

    it('applies the placeholder patterns of an rc file and names an invalid one once', () => {
      write('.gongwenrc.json', JSON.stringify({ placeholders: { extraPatterns: ['【待定】', '(['], ignore: ['XX同志'] } }));
      write('a.txt', ['一、总体要求', '时间【待定】，请XX同志牵头。', '二、主要任务', '各部门要定期排查。', ''].join('\n'));
      write('b.txt', CLEAN);
      const run = gongwen(['check', 'a.txt', 'b.txt'], dir);
      assert.equal(run.status, 1);
      assert.deepEqual(
        run.findingLines.map((l) => l.split(' ').slice(0, 2).join(' ')),
        ['a.txt:2:3 placeholder'],
      );
      assert.deepEqual(run.stderr.split('\n').filter(Boolean).length, 1, run.stderr);
      assert.match(run.stderr, /^“\.gongwenrc\.json”中 placeholders\.extraPatterns 的正则表达式“\(\[”写法有误，已跳过；其余模式照常使用。\n$/);
    });

    it('reports unknown keys and bad values once, and applies the rest', () => {
      write('.gongwenrc.json', JSON.stringify({ rules: { placeholder: 'off', 'no-such-rule': 'off', lone: 'loud' }, profile: 'novel' }));
      write('a.txt', UNFILLED);
      write('b.txt', CLEAN);
      const run = gongwen(['check', '--locale', 'en', 'a.txt', 'b.txt'], dir);
      assert.equal(run.status, 0, run.stdout);
      assert.deepEqual(run.stderr.split('\n').filter(Boolean), [
        '"rules.no-such-rule" in ".gongwenrc.json" is ignored: expected a rule ID of the catalogue. The rest of the file applies.',
        '"rules.lone" in ".gongwenrc.json" is ignored: expected a rule ID of the catalogue. The rest of the file applies.',
        '"profile" in ".gongwenrc.json" is ignored: expected "auto", "speech" or "regulation". The rest of the file applies.',
      ]);
      assert.ok(!run.stdout.includes(' placeholder '));
    });
  });
});
