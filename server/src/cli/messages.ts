/**
 * What the command line says, in the two languages the product speaks.
 */
import { formatMessage, type Locale, type MessageArgs } from '../engine/findings';

const CLI_MESSAGES = {
  help: {
    zh: [
      '用法：gongwen check [选项] <文件或文件夹…>',
      '',
      '提交前检查讲话稿、公文草稿（.txt、.md、.gw、.gongwen）的序号、结构层次和未填写的内容。',
      '文件夹会逐层查找上述文件（跳过 node_modules 和以“.”开头的文件夹）。',
      '可读取 UTF-8（带或不带 BOM）、UTF-16（带 BOM）和 GBK/GB18030 编码的文件；',
      '按各文件所在文件夹或其上级最近的 .gongwenrc.json 设置检查。',
      '',
      '选项：',
      '  --format text|json   输出格式（默认 text：每处问题一行“文件:行:列 规则 说明”）',
      '  --locale zh|en       说明文字的语言（默认中文；LANG/LC_ALL 以 en 开头时为英文）',
      '  --final              定稿检查：“placeholder-vague”“template-leftover”的警告也须改正，',
      '                       尚未填写的发文字号、签发人、成文日期（placeholder-process）记为错误',
      '                       （.gongwenrc.json 中 "finalMode": true 效果相同）',
      '  -h, --help           显示本帮助',
      '  -v, --version        显示版本',
      '',
      '退出码：0 没有须改正的问题；1 尚有须改正的问题（错误，定稿检查时另含上述警告）；',
      '        2 用法有误、文件无法读取或 .gongwenrc.json 无法使用。',
    ].join('\n'),
    en: [
      'Usage: gongwen check [options] <files or folders...>',
      '',
      'Checks the numbering, structure and unfilled placeholders of Chinese speeches and',
      'official documents (.txt, .md, .gw, .gongwen) before they are submitted.',
      'Folders are searched for such files (skipping node_modules and folders starting with ".").',
      'Reads UTF-8 (with or without BOM), UTF-16 (with BOM) and GBK/GB18030 files;',
      'the nearest .gongwenrc.json in or above a file\'s folder applies.',
      '',
      'Options:',
      '  --format text|json   output format (default text: one line per finding, "file:line:col rule message")',
      '  --locale zh|en       language of the messages (default Chinese; English when LANG/LC_ALL starts with en)',
      '  --final              final check: warnings of "placeholder-vague" and "template-leftover" must be fixed too,',
      '                       and unfilled process fields (placeholder-process) are errors',
      '                       (the same as "finalMode": true in .gongwenrc.json)',
      '  -h, --help           show this help',
      '  -v, --version        show the version',
      '',
      'Exit codes: 0 nothing must be fixed; 1 findings remain that must be fixed (errors, and in',
      '            final mode the warnings above); 2 usage error, unreadable file or unusable .gongwenrc.json.',
    ].join('\n'),
  },
  usageHint: { zh: '运行“gongwen --help”查看用法。', en: 'Run "gongwen --help" for usage.' },
  noCommand: { zh: '缺少命令：请使用“gongwen check <文件或文件夹…>”。', en: 'No command given: use "gongwen check <files or folders...>".' },
  unknownCommand: { zh: '未知命令“{command}”：目前只有“check”。', en: 'Unknown command "{command}": the only command is "check".' },
  unknownOption: { zh: '未知选项“{option}”。', en: 'Unknown option "{option}".' },
  missingValue: { zh: '选项“{option}”缺少取值（{expected}）。', en: 'Option "{option}" needs a value ({expected}).' },
  badValue: { zh: '选项“{option}”的取值“{value}”无效（应为 {expected}）。', en: 'Option "{option}" does not take "{value}" (expected {expected}).' },
  noFlagValue: { zh: '选项“{option}”不带取值。', en: 'Option "{option}" takes no value.' },
  noFiles: { zh: '请给出要检查的文件或文件夹。', en: 'Give the files or folders to check.' },
  missing: { zh: '找不到“{file}”：{detail}。', en: 'Cannot find "{file}": {detail}.' },
  'errno.ENOENT': { zh: '没有这个文件或文件夹', en: 'no such file or folder' },
  'errno.EACCES': { zh: '没有读取权限', en: 'permission denied' },
  'errno.ENOTDIR': { zh: '路径中有一部分不是文件夹', en: 'a part of the path is not a folder' },
  'errno.EISDIR': { zh: '这是文件夹，不是文件', en: 'it is a folder, not a file' },
  unlistable: { zh: '无法打开文件夹“{file}”：{detail}。', en: 'Cannot open the folder "{file}": {detail}.' },
  empty: {
    zh: '文件夹“{file}”中没有可检查的文件（.txt、.md、.gw、.gongwen）。',
    en: 'The folder "{file}" holds no files to check (.txt, .md, .gw, .gongwen).',
  },
  unreadable: { zh: '无法读取“{file}”：{detail}，未检查。', en: 'Cannot read "{file}": {detail}; it is not checked.' },
  'decode.office': {
    zh: '无法检查“{file}”：这是 Word、WPS 或 PDF 文档，不是纯文本文件；请先另存为 .txt 再检查。',
    en: 'Cannot check "{file}": it is a Word, WPS or PDF document, not a plain-text file; save it as .txt first.',
  },
  noChinese: {
    zh: '“{file}”中没有中文，不是公文稿件，未检查。',
    en: '"{file}" holds no Chinese text and is not checked.',
  },
  'decode.binary': {
    zh: '无法检查“{file}”：文件含有二进制数据，不是文本文件。',
    en: 'Cannot check "{file}": it contains binary data and is not a text file.',
  },
  'decode.utf-8-bom': {
    zh: '无法检查“{file}”：文件以 UTF-8 的 BOM 开头，但内容不是有效的 UTF-8，可能已损坏。',
    en: 'Cannot check "{file}": it starts with a UTF-8 byte order mark but is not valid UTF-8; it may be damaged.',
  },
  'decode.utf-16': {
    zh: '无法检查“{file}”：文件以 UTF-16 的 BOM 开头，但内容不是有效的 UTF-16，可能已损坏。',
    en: 'Cannot check "{file}": it starts with a UTF-16 byte order mark but is not valid UTF-16; it may be damaged.',
  },
  'decode.unknown': {
    zh: '无法检查“{file}”：既不是 UTF-8、UTF-16 也不是 GBK/GB18030 编码，无法可靠识别其中的文字；如是文本文件，请另存为 UTF-8 再检查。',
    en: 'Cannot check "{file}": it is neither UTF-8, UTF-16 nor GBK/GB18030 text, so its characters cannot be read reliably; if it is a text file, save it as UTF-8 first.',
  },
  rcBroken: {
    zh: '无法使用“{file}”（{detail}），其中的设置未生效，暂按默认设置检查。',
    en: 'Cannot use "{file}" ({detail}); its settings are not applied, the defaults are used instead.',
  },
  rcProblem: {
    zh: '“{file}”中的“{key}”无效，已忽略（应为{expected}），其余设置照常生效。',
    en: '"{key}" in "{file}" is ignored: expected {expected}. The rest of the file applies.',
  },
  badPattern: {
    zh: '“{file}”中 {key} 的正则表达式“{pattern}”写法有误，已跳过；其余模式照常使用。',
    en: 'The regular expression "{pattern}" in {key} of "{file}" is invalid ({error}); it is skipped, the other patterns still apply.',
  },
  nothingChecked: { zh: '没有检查任何文件。', en: 'No file was checked.' },
} as const;

export type CliMessage = keyof typeof CLI_MESSAGES;

/** A file system error in words a user can act on (the code itself when it is an unusual one). */
export function describeError(locale: Locale, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const known = code === 'EPERM' ? 'EACCES' : code;
  if (known && `errno.${known}` in CLI_MESSAGES) return say(locale, `errno.${known}` as CliMessage);
  return code ?? (error instanceof Error ? error.message : String(error));
}

export function say(locale: Locale, key: CliMessage, args?: MessageArgs): string {
  return formatMessage(CLI_MESSAGES, { key, args }, locale);
}

export interface Counts {
  /** Files read and checked. */
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly information: number;
  readonly hints: number;
  /** Findings that must be fixed before the drafts are submitted. */
  readonly blocking: number;
  /** Files that could not be read (and were not checked). */
  readonly unreadable: number;
}

function plural(n: number, one: string, many: string = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The last line of the text output: what was found, and whether the drafts may go.
 * `brokenRc`: how many .gongwenrc.json files could not be used (the defaults were applied instead).
 */
export function summaryLine(locale: Locale, c: Counts, brokenRc = 0): string {
  const total = c.errors + c.warnings + c.information + c.hints;
  const incomplete = c.unreadable > 0 || brokenRc > 0;
  if (locale === 'zh') {
    const parts = [
      c.errors && `错误 ${c.errors} 处`,
      c.warnings && `警告 ${c.warnings} 处`,
      c.information && `信息 ${c.information} 处`,
      c.hints && `提示 ${c.hints} 处`,
    ].filter(Boolean);
    const counts =
      total > 0
        ? `共 ${c.files} 个文件，发现 ${total} 处问题（${parts.join('、')}）`
        : c.files === 1
          ? '1 个文件已检查，未发现问题'
          : `${c.files} 个文件均已检查，未发现问题`;
    const verdict =
      c.blocking > 0
        ? `，尚有 ${c.blocking} 处须改正，改正后方可提交。`
        : incomplete
          ? '，但检查不完整，暂不能确认可以提交。'
          : total > 0
            ? '，没有必须改正的问题，其余各处请酌情处理后提交。'
            : '，可以提交。';
    const notes = [
      c.unreadable > 0 ? `另有 ${c.unreadable} 个文件无法读取，未能检查。` : '',
      brokenRc > 0 ? `有 ${brokenRc} 个 .gongwenrc.json 无法使用，已按默认设置检查。` : '',
    ];
    return counts + verdict + notes.join('');
  }
  const parts = [
    c.errors && plural(c.errors, 'error'),
    c.warnings && plural(c.warnings, 'warning'),
    c.information && `${c.information} info`,
    c.hints && plural(c.hints, 'hint'),
  ].filter(Boolean);
  const counts = `${plural(c.files, 'file')} checked, ` + (total > 0 ? `${plural(total, 'problem')} (${parts.join(', ')})` : 'no problems found');
  const verdict =
    c.blocking > 0
      ? `; ${c.blocking} must be fixed: not ready to submit.`
      : incomplete
        ? '; the check is incomplete, so the drafts cannot be cleared yet.'
        : total > 0
          ? '; none must be fixed: ready to submit.'
          : ': ready to submit.';
  const notes = [
    c.unreadable > 0 ? ` ${plural(c.unreadable, 'file')} could not be read and ${c.unreadable === 1 ? 'was' : 'were'} not checked.` : '',
    brokenRc > 0 ? ` ${brokenRc} .gongwenrc.json ${brokenRc === 1 ? 'file' : 'files'} could not be used; the defaults were applied.` : '',
  ];
  return counts + verdict + notes.join('');
}
