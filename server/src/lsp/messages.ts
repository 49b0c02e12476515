/**
 * The server's own texts (beyond the rules' messages), in Chinese and English.
 */
import { formatMessage, type Locale } from '../engine';
import type { MessageArgs } from '../engine/findings';

export const LEVEL_NAMES: Readonly<Record<string, { zh: string; en: string }>> = {
  'decimal-1': { zh: '条款编号（一级）', en: 'clause number (level 1)' },
  'decimal-2': { zh: '条款编号（二级）', en: 'clause number (level 2)' },
  'decimal-3': { zh: '条款编号（三级）', en: 'clause number (level 3)' },
  'decimal-4': { zh: '条款编号（四级）', en: 'clause number (level 4)' },
  chapter: { zh: '章序号', en: 'chapter ordinal' },
  section: { zh: '节序号', en: 'section ordinal' },
  article: { zh: '条序号', en: 'article ordinal' },
  1: { zh: '第一层序号', en: 'level 1 ordinal' },
  2: { zh: '第二层序号', en: 'level 2 ordinal' },
  3: { zh: '第三层序号', en: 'level 3 ordinal' },
  4: { zh: '第四层序号', en: 'level 4 ordinal' },
  5: { zh: '第五层序号（超出四层）', en: 'level 5 ordinal (beyond the four levels)' },
  series: { zh: '序次语', en: 'ordinal word' },
};

export const SERVER_MESSAGES = {
  tooLarge: {
    zh: '“{name}”有 {size} 个字符，超过 gongwen.maxFileSize 设定的 {limit}，本文件不做检查。',
    en: '"{name}" has {size} characters, more than gongwen.maxFileSize ({limit}); it is not checked.',
  },
  fixAll: { zh: '自动修正所有可安全修正的问题', en: 'Fix all safely fixable problems' },
  renumber: { zh: '这一组序号重新编号', en: 'Renumber this list' },
  renumberLabel: { zh: '公文：重新编号', en: 'Gongwen: renumber' },
  renumberNothing: { zh: '序号连续，无需重新编号。', en: 'The numbering is already consecutive; nothing to renumber.' },
  deleteLeftoverLines: { zh: '删除全文 {count} 行遗留文字（广告、水印、页码、页眉等）', en: 'Delete all {count} leftover lines (advertising, watermarks, page numbers, running headers)' },
  renumberNoList: {
    zh: '光标处没有成组的序号。请把光标放在要重新编号的标题或序次语所在行，或用“全文序号重新编号”。',
    en: 'There is no numbered list at the cursor. Put the cursor on a line of the list to renumber, or renumber the whole document.',
  },
  ignoreText: { zh: '不再提示“{phrase}”（加入忽略列表）', en: 'Stop flagging "{phrase}" (add it to the ignore list)' },
  turnOffRule: { zh: '关闭“{title}”检查（{rule}）', en: 'Turn off the check "{title}" ({rule})' },
  completionAfter: { zh: '{level}，接在“{after}”之后', en: '{level}, after "{after}"' },
  completionChild: { zh: '{level}，“{after}”下的第一项', en: '{level}, first item under "{after}"' },
  completionFirst: { zh: '{level}，全文第一项', en: '{level}, the first item' },
  hover: {
    zh: '**{path}**\n\n{level}，规范写法为“{standard}”；本组共 {count} 项，这是第 {index} 项。',
    en: '**{path}**\n\n{level}; standard form "{standard}"; item {index} of {count} in its list.',
  },
  hoverOutOfPlace: {
    zh: '**{path}**\n\n{level}；本组共 {count} 项，这是第 {index} 项，按顺序应为“{expected}”。',
    en: '**{path}**\n\n{level}; item {index} of {count} in its list, where "{expected}" belongs.',
  },
  rcBroken: {
    zh: '无法读取“{file}”（{detail}），其中的设置未生效，暂按编辑器设置检查。',
    en: 'Could not read "{file}" ({detail}); its settings are not applied, the editor settings are used instead.',
  },
  badPattern: {
    zh: '{setting} 中的正则表达式“{pattern}”写法有误，已跳过；其余模式照常使用。',
    en: 'The regular expression "{pattern}" in {setting} is invalid ({error}); it is skipped, the other patterns still apply.',
  },
  rcProblems: {
    zh: '“{file}”中有无效的设置，已忽略，其余设置照常生效：{problems}。',
    en: 'Invalid settings in "{file}" are ignored; the rest of the file applies: {problems}.',
  },
  rcProblem: {
    zh: '“{key}”应为{expected}',
    en: '"{key}" should be {expected}',
  },
  rcProblemSeparator: { zh: '；', en: '; ' },
  openRcFile: { zh: '打开文件', en: 'Open the file' },
} as const;

export type ServerMessage = keyof typeof SERVER_MESSAGES;

export function say(locale: Locale, key: ServerMessage, args: MessageArgs = {}): string {
  return formatMessage(SERVER_MESSAGES, { key, args }, locale);
}
