// Tests for syntaxes/gongwen.tmLanguage.json, tokenized with the same engine
// VS Code uses (vscode-textmate + vscode-oniguruma). Plain ESM, no build step:
//   npx mocha --config .mocharc.grammar.json
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vsctm from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const GRAMMAR_PATH = path.join(root, 'syntaxes', 'gongwen.tmLanguage.json');
const LANGUAGE_CONFIGURATION_PATH = path.join(root, 'language-configuration.json');
const SEED_PATH = path.join(root, 'samples', 'seed-speech.txt');
const WASM_PATH = path.join(root, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm');

const H1 = 'markup.heading.1.gongwen';
const H2 = 'markup.heading.2.gongwen';
const H3 = 'markup.heading.3.gongwen';
const H4 = 'markup.heading.4.gongwen';
const CHAPTER = 'markup.heading.chapter.gongwen';
const SECTION = 'markup.heading.section.gongwen';
const ARTICLE = 'markup.heading.article.gongwen';
const ORDINAL = 'punctuation.definition.heading.ordinal.gongwen';
const MARKDOWN_PREFIX = 'punctuation.definition.heading.markdown.gongwen';
const TITLE = 'entity.name.section.gongwen';
const TERMINATOR = 'punctuation.terminator.heading.gongwen';
const SERIES = 'keyword.other.series.gongwen';
const PLACEHOLDER = 'invalid.illegal.placeholder.gongwen';
const LEFTOVER = 'invalid.deprecated.leftover.gongwen';
const DOUBLE = 'string.quoted.double.gongwen';
const SINGLE = 'string.quoted.single.gongwen';
const BOOK_TITLE = 'string.quoted.other.title.gongwen';
const STRING_BEGIN = 'punctuation.definition.string.begin.gongwen';
const STRING_END = 'punctuation.definition.string.end.gongwen';
const CLAUSE = 'markup.heading.clause.gongwen';
const ANY_HEADING = [H1, H2, H3, H4, CHAPTER, SECTION, ARTICLE, CLAUSE];

const NBSP = '\u00a0';
const IDEOGRAPHIC_SPACE = '\u3000';

/** @type {import('vscode-textmate').IGrammar} */
let grammar;

before(async () => {
  const wasm = fs.readFileSync(WASM_PATH);
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) =>
      scopeName === 'text.gongwen' ? vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null,
  });
  grammar = await registry.loadGrammar('text.gongwen');
  assert.ok(grammar, 'grammar text.gongwen loads');
});

/** Tokenizes lines in order, carrying the rule stack; returns one token list per line. */
function tokenizeLines(lines) {
  let stack = vsctm.INITIAL;
  return lines.map((line) => {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    return result.tokens.map((t) => ({
      text: line.slice(t.startIndex, Math.min(t.endIndex, line.length)),
      start: t.startIndex,
      scopes: t.scopes,
    }));
  });
}

function tokens(line) {
  return tokenizeLines([line])[0];
}

/** The texts of the maximal runs of adjacent tokens that carry `scope`. */
function spansIn(lineTokens, scope) {
  const spans = [];
  let current;
  for (const token of lineTokens) {
    if (token.scopes.includes(scope)) {
      current = (current ?? '') + token.text;
    } else if (current !== undefined) {
      spans.push(current);
      current = undefined;
    }
  }
  if (current !== undefined && current !== '') spans.push(current);
  return spans;
}

function spans(line, scope) {
  return spansIn(tokens(line), scope);
}

/** The scopes of the token that starts exactly where `needle` starts in `line`. */
function scopesAt(line, needle) {
  const at = line.indexOf(needle);
  assert.ok(at >= 0, `${JSON.stringify(needle)} occurs in ${JSON.stringify(line)}`);
  const token = tokens(line).find((t) => t.start <= at && at < t.start + t.text.length);
  assert.ok(token, `a token covers ${JSON.stringify(needle)}`);
  return token.scopes;
}

function headingScopes(line) {
  return ANY_HEADING.filter((scope) => spans(line, scope).length > 0);
}

const seedLines = fs.readFileSync(SEED_PATH, 'utf8').split(/\r\n|\r|\n/);
/** A line of the seed speech by its 1-based number. */
const seed = (n) => seedLines[n - 1];

describe('grammar and language configuration files', () => {
  it('the grammar is valid JSON with scopeName text.gongwen and name Gongwen', () => {
    const raw = JSON.parse(fs.readFileSync(GRAMMAR_PATH, 'utf8'));
    assert.equal(raw.scopeName, 'text.gongwen');
    assert.equal(raw.name, 'Gongwen');
    assert.ok(Array.isArray(raw.patterns) && raw.patterns.length > 0);
  });

  it('every regular expression in the grammar compiles with Oniguruma', () => {
    const raw = JSON.parse(fs.readFileSync(GRAMMAR_PATH, 'utf8'));
    const found = [];
    const walk = (node, where) => {
      if (Array.isArray(node)) node.forEach((child, i) => walk(child, `${where}[${i}]`));
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (['match', 'begin', 'end', 'while'].includes(key) && typeof value === 'string') found.push([`${where}.${key}`, value]);
          else walk(value, `${where}.${key}`);
        }
      }
    };
    walk(raw, '$');
    assert.ok(found.length > 20, `found ${found.length} patterns`);
    for (const [where, source] of found) {
      assert.doesNotThrow(() => new oniguruma.OnigScanner([source]).dispose(), `${where} compiles: ${source}`);
    }
  });

  it('every include in the grammar resolves to a repository entry', () => {
    const raw = JSON.parse(fs.readFileSync(GRAMMAR_PATH, 'utf8'));
    const text = JSON.stringify(raw);
    for (const [, name] of text.matchAll(/"include":"#([^"]+)"/g)) {
      assert.ok(raw.repository[name], `#${name} is defined`);
    }
  });

  it('the language configuration is valid JSON with the full-width pairs and no comment syntax', () => {
    const config = JSON.parse(fs.readFileSync(LANGUAGE_CONFIGURATION_PATH, 'utf8'));
    assert.equal(config.comments, undefined);
    const pairs = (list) => list.map((p) => (Array.isArray(p) ? p.join('') : p.open + p.close));
    for (const pair of ['（）', '《》', '【】', '()', '[]', '{}']) {
      assert.ok(pairs(config.brackets).includes(pair), `brackets has ${pair}`);
    }
    for (const pair of ['（）', '《》', '“”', '‘’', '【】', '()', '[]', '{}', '""']) {
      assert.ok(pairs(config.autoClosingPairs).includes(pair), `autoClosingPairs has ${pair}`);
      assert.ok(pairs(config.surroundingPairs).includes(pair), `surroundingPairs has ${pair}`);
    }
    // Auto-closing only before punctuation or white space, never in the middle of Chinese text.
    assert.ok(!/\p{Script=Han}/u.test(config.autoCloseBefore));
    assert.ok(config.autoCloseBefore.includes('，') && config.autoCloseBefore.includes('。'));
  });
});

describe('heading lines', () => {
  it('level 1 一、 from the seed speech: ordinal and title get distinct scopes', () => {
    const line = seed(19);
    assert.equal(line, '一、摆脱思想束缚，切实增强主动适应新常态的意识');
    assert.deepEqual(spans(line, H1), [line]);
    assert.deepEqual(spans(line, ORDINAL), ['一、']);
    assert.deepEqual(spans(line, 'constant.numeric.ordinal.level1.gongwen'), ['一、']);
    assert.deepEqual(spans(line, TITLE), ['摆脱思想束缚，切实增强主动适应新常态的意识']);
    assert.ok(!scopesAt(line, '摆脱').includes(ORDINAL));
  });

  it('level 1 一 to 九十九, with or without a Markdown prefix', () => {
    assert.deepEqual(spans('十一、其他事项', 'constant.numeric.ordinal.level1.gongwen'), ['十一、']);
    assert.deepEqual(spans('二十三、附则', 'constant.numeric.ordinal.level1.gongwen'), ['二十三、']);
    assert.deepEqual(spans('## 一、总体要求', MARKDOWN_PREFIX), ['## ']);
    assert.deepEqual(spans('## 一、总体要求', TITLE), ['总体要求']);
    assert.deepEqual(spans('> 二、主要任务', H1), ['> 二、主要任务']);
  });

  it('level 2 run-in heading: the title ends at the first 。 and the body is not heading', () => {
    const line = seed(26);
    assert.ok(line.startsWith('（一）要在认清差距中强化发展意识。我县'));
    assert.deepEqual(spans(line, ORDINAL), ['（一）']);
    assert.deepEqual(spans(line, 'constant.numeric.ordinal.level2.gongwen'), ['（一）']);
    assert.deepEqual(spans(line, TITLE), ['要在认清差距中强化发展意识']);
    assert.deepEqual(spans(line, H2), ['（一）要在认清差距中强化发展意识。']);
    assert.deepEqual(spans(line, TERMINATOR), ['。']);
    assert.ok(!scopesAt(line, '我县').some((s) => s.startsWith('markup.heading') || s === TITLE));
  });

  it('the title also ends at ：！？', () => {
    assert.deepEqual(spans('（二）工作目标：到年底完成', TITLE), ['工作目标']);
    assert.deepEqual(spans('一、必须坚持！这是前提', TITLE), ['必须坚持']);
    assert.deepEqual(spans('1.为什么要改？因为', TITLE), ['为什么要改']);
  });

  it('level 2 indented with four U+00A0 (seed line 38), and its body keeps its series marker', () => {
    const line = seed(38);
    assert.ok(line.startsWith(NBSP.repeat(4) + '（一）严明政治规矩。一是要守纪律'));
    assert.deepEqual(spans(line, H2), [NBSP.repeat(4) + '（一）严明政治规矩。']);
    assert.deepEqual(spans(line, ORDINAL), ['（一）']);
    assert.deepEqual(spans(line, TITLE), ['严明政治规矩']);
    assert.deepEqual(spans(line, SERIES), ['一是', '二是']);
  });

  for (const [label, indent] of [
    ['ASCII spaces', '  '],
    ['a tab', '\t'],
    ['U+3000', IDEOGRAPHIC_SPACE.repeat(2)],
    ['U+00A0', NBSP],
    ['a BOM', '\ufeff'],
  ]) {
    it(`leading white space is skipped: ${label}`, () => {
      assert.deepEqual(spans(`${indent}三、狠抓落实`, ORDINAL), ['三、']);
      assert.deepEqual(spans(`${indent}（二）突出重点`, ORDINAL), ['（二）']);
      assert.deepEqual(spans(`${indent}1.加强领导`, ORDINAL), ['1.']);
      assert.deepEqual(spans(`${indent}（1）想象力`, ORDINAL), ['（1）']);
    });
  }

  it('level 3 1. and 1． (digits + a dot not followed by a digit)', () => {
    assert.deepEqual(spans('1.加强组织领导。各地要', 'constant.numeric.ordinal.level3.gongwen'), ['1.']);
    assert.deepEqual(spans('1.加强组织领导。各地要', TITLE), ['加强组织领导']);
    assert.deepEqual(spans('12．完善制度', 'constant.numeric.ordinal.level3.gongwen'), ['12．']);
    assert.deepEqual(spans(`${IDEOGRAPHIC_SPACE}${IDEOGRAPHIC_SPACE}2．强化督查`, H3), [`${IDEOGRAPHIC_SPACE}${IDEOGRAPHIC_SPACE}2．强化督查`]);
    assert.deepEqual(spans('- 3. 列表中的标题', MARKDOWN_PREFIX), ['- ']);
  });

  it('level 4 （1）', () => {
    assert.deepEqual(spans('（1）想象力。要', 'constant.numeric.ordinal.level4.gongwen'), ['（1）']);
    assert.deepEqual(spans('（1）想象力。要', H4), ['（1）想象力。']);
    assert.deepEqual(spans('（12）其他', TITLE), ['其他']);
  });

  it('regulation headings 第X章 第X节 第X条 (an article has no title, its text is body)', () => {
    assert.deepEqual(spans(`第一章${IDEOGRAPHIC_SPACE}总则`, CHAPTER), [`第一章${IDEOGRAPHIC_SPACE}总则`]);
    assert.deepEqual(spans(`第一章${IDEOGRAPHIC_SPACE}总则`, 'constant.numeric.ordinal.chapter.gongwen'), ['第一章']);
    assert.deepEqual(spans(`第一章${IDEOGRAPHIC_SPACE}总则`, TITLE), ['总则']);
    assert.deepEqual(spans('第二节 监督检查', SECTION), ['第二节 监督检查']);
    assert.deepEqual(spans('第二节 监督检查', TITLE), ['监督检查']);
    const article = '第一百二十三条 为了规范公文处理工作，制定本办法。';
    assert.deepEqual(spans(article, ARTICLE), ['第一百二十三条']);
    assert.deepEqual(spans(article, 'constant.numeric.ordinal.article.gongwen'), ['第一百二十三条']);
    assert.deepEqual(spans(article, TITLE), []);
    // Not headings: an ordinal word running into ordinary text.
    assert.deepEqual(headingScopes('第三节课上，老师说'), []);
    assert.deepEqual(headingScopes('第一条道路是'), []);
    // A report's parts stand where chapters do.
    assert.deepEqual(spans(`第二部分${IDEOGRAPHIC_SPACE}2026年工作安排`, CHAPTER), [`第二部分${IDEOGRAPHIC_SPACE}2026年工作安排`]);
  });

  it('decimal clause numbers of a plan (2.1, 4.2.2), not amounts (1.5 亿元)', () => {
    assert.deepEqual(spans('4.2.2 响应措施', 'constant.numeric.ordinal.clause.gongwen'), ['4.2.2']);
    assert.deepEqual(spans('4.2.2 响应措施', TITLE), ['响应措施']);
    assert.deepEqual(spans('3.1.1 思想准备。加强宣传教育。', TITLE), ['思想准备']);
    assert.deepEqual(spans('2.1 市级指挥机构', CLAUSE), ['2.1 市级指挥机构']);
    assert.deepEqual(headingScopes('1.5 亿元用于排水设施改造。'), []);
    assert.ok(headingScopes('2.1 市级指挥机构').includes(CLAUSE));
  });

  it('miswritten ordinals are still headings (the language server reports the mark)', () => {
    assert.deepEqual(spans('（一）、工作目标', ORDINAL), ['（一）、']);
    assert.deepEqual(spans('(二)工作措施', ORDINAL), ['(二)']);
    assert.deepEqual(spans('一．总体要求', ORDINAL), ['一．']);
    assert.deepEqual(spans('1、加强领导', ORDINAL), ['1、']);
  });

  it('pitfalls: ranges, decimals, attachment lists and in-text ordinals are not headings', () => {
    for (const line of [
      '一、二月份，全县完成投资',
      '一、二季度经济运行平稳',
      '一、二班的同学',
      '一、二、三季度',
      '1、2月份的数据',
      '1.5亿元的项目资金已经到位',
      '附件：1.×××',
      '包括：（1）想象力；（2）创造力。',
      '要做到一、二、三',
      '他说：一、要认真',
    ]) {
      assert.deepEqual(headingScopes(line), [], line);
    }
  });
});

describe('series markers', () => {
  it('一是 二是 三是 四是 after clause marks (seed line 30)', () => {
    assert.deepEqual(spans(seed(30), SERIES), ['一是', '二是', '三是', '四是']);
  });

  it('首先， 其次， 第三， at paragraph starts (seed lines 21–23) and 第一， 第二， after 。 (seed line 27)', () => {
    assert.deepEqual(spans(seed(21), SERIES), ['首先']);
    assert.deepEqual(spans(seed(22), SERIES), ['其次']);
    assert.deepEqual(spans(seed(23), SERIES), ['第三']);
    assert.deepEqual(spans(seed(27), SERIES), ['第一', '第二']);
  });

  it('all families', () => {
    assert.deepEqual(spans('一要提高认识，二要加强领导，三要狠抓落实。', SERIES), ['一要', '二要', '三要']);
    assert.deepEqual(spans('一抓项目，二抓招商。', SERIES), ['一抓', '二抓']);
    assert.deepEqual(spans('其一，思想认识不到位；其二，工作作风不扎实。', SERIES), ['其一', '其二']);
    assert.deepEqual(spans('第一，统一思想；第二，明确责任：第三、狠抓落实。', SERIES), ['第一', '第二', '第三']);
    assert.deepEqual(spans('首先，要提高认识。其次，要明确责任。再次，要强化措施。最后，要加强督查。', SERIES), [
      '首先',
      '其次',
      '再次',
      '最后',
    ]);
    assert.deepEqual(spans('一方面要稳增长，另一方面要防风险。', SERIES), ['一方面', '另一方面']);
    assert.deepEqual(spans('首先要提高认识。其次是加强领导。', SERIES), ['首先', '其次']);
  });

  it('after brackets, quotes and indentation', () => {
    assert.deepEqual(spans('（一是抓好落实）', SERIES), ['一是']);
    assert.deepEqual(spans('要做到“一是讲政治，二是守规矩”', SERIES), ['一是', '二是']);
    assert.deepEqual(spans(`${IDEOGRAPHIC_SPACE}${IDEOGRAPHIC_SPACE}一是加强学习。`, SERIES), ['一是']);
  });

  it('pitfalls: words that contain an ordinal are not series members', () => {
    for (const line of [
      '统一是关键',
      '说一是一，说二是二',
      '一是一，二是二。',
      '第一书记要驻村。',
      '要在第一时间到场。第一时间报告',
      '这是第一次。第一次会议',
      '他是第一责任人。第一责任人要',
      '打通最后一公里。最后一公里',
      '在这一方面我们的部门要',
      '乳源倒数第一，新丰倒数第二，',
      '把抓落实作为第一要务。',
      '第一、二批项目',
      '首先我想说',
      '再次强调',
    ]) {
      assert.deepEqual(spans(line, SERIES), [], line);
    }
  });
});

describe('placeholders and template leftovers', () => {
  const cases = [
    ['刚才，X同志就书面印发', ['X']],
    ['考虑到我们是XX高速沿线的县', ['XX']],
    ['增长X%，多了X个百分点，完成X亿元', ['X', 'X', 'X']],
    ['《XX》等文件', ['XX']],
    ['20XX年工作要点', ['20XX']],
    ['202X年', ['202X']],
    ['20××年', ['20××']],
    ['××', ['××']],
    ['×××同志', ['×××']],
    ['Ｘ书记', ['Ｘ']],
    ['xx月xx日', ['xx', 'xx']],
    ['第X条', ['X']],
    ['〔2025〕×号', ['×']],
    ['姓名：____，电话：＿＿＿', ['____', '＿＿＿']],
    ['联系人：***', ['***']],
    ['□□县', ['□□']],
    ['○○同志', ['○○']],
    ['【待补】', ['【待补】']],
    ['【请填写】', ['【请填写】']],
    ['【此处待定】', ['【此处待定】']],
    ['[填写内容]', ['[填写内容]']],
    ['[补充数据]', ['[补充数据]']],
    ['{{姓名}}同志', ['{{姓名}}']],
    ['${field}', ['${field}']],
    ['--书记', ['--']],
  ];
  for (const [line, expected] of cases) {
    it(`placeholder: ${line}`, () => {
      assert.deepEqual(spans(line, PLACEHOLDER), expected);
    });
  }

  it('placeholders stay highlighted inside quotes, book titles and heading titles', () => {
    const line = '县委确定的“XX”发展思路，《XX》';
    const lineTokens = tokens(line);
    assert.deepEqual(spansIn(lineTokens, PLACEHOLDER), ['XX', 'XX']);
    const inQuote = lineTokens.find((t) => t.text === 'XX');
    assert.ok(inQuote.scopes.includes(DOUBLE));
    const inTitle = lineTokens.filter((t) => t.text === 'XX')[1];
    assert.ok(inTitle.scopes.includes(BOOK_TITLE));
    assert.deepEqual(spans('一、XX同志讲话要点', PLACEHOLDER), ['XX']);
    assert.ok(scopesAt('一、XX同志讲话要点', 'XX').includes(TITLE));
  });

  const neverFlag = [
    '拍X光片',
    'X射线检查',
    'X轴和Y轴',
    'XX染色体',
    '3×4的矩阵',
    '2×2车道',
    '二〇二五年',
    '二○○五年',
    'Windows XP系统',
    'XXL号',
    'iPhone X手机',
    '维生素B1',
    '任重道远……',
    '张某、李某',
    '某些、某种、某个',
    '《邓小平接见×××同志时的谈话》',
    '2024年1.5亿元',
    '**加粗**',
    '__init__',
  ];
  for (const line of neverFlag) {
    it(`never flagged: ${line}`, () => {
      assert.deepEqual(spans(line, PLACEHOLDER), []);
      assert.deepEqual(spans(line, LEFTOVER), []);
    });
  }

  it('a Markdown thematic break *** on its own line is not a placeholder', () => {
    assert.deepEqual(spans('***', PLACEHOLDER), []);
    assert.deepEqual(spans('* * *', PLACEHOLDER), []);
  });

  it('advertising and template instructions are leftovers', () => {
    assert.deepEqual(spans(seed(1), LEFTOVER), ['仅供学习', '禁止外传']);
    assert.deepEqual(spans('仅供学习 禁止外传', LEFTOVER), ['仅供学习', '禁止外传']);
    assert.deepEqual(spans(seed(9), LEFTOVER), ['会员群', 'QQ群']);
    assert.deepEqual(spans('关注公众号，免费下载', LEFTOVER), ['关注公众号', '免费下载']);
    assert.deepEqual(spans('全年完成投资（此处补充具体数据）。', LEFTOVER), ['（此处补充具体数据）']);
    assert.deepEqual(spans('具体措施（略）', LEFTOVER), ['（略）']);
    assert.deepEqual(spans('（根据实际情况填写）', LEFTOVER), ['（根据实际情况填写）']);
    assert.deepEqual(spans('（根据实际情况填写）', PLACEHOLDER), []);
  });
});

describe('quotes, book-title marks and brackets', () => {
  it('“…” ‘…’ 《…》 get string scopes with begin/end punctuation', () => {
    const line = '弘扬“三严三实”和‘钉钉子’精神，学习《条例》';
    const lineTokens = tokens(line);
    assert.deepEqual(spansIn(lineTokens, DOUBLE), ['“三严三实”']);
    assert.deepEqual(spansIn(lineTokens, SINGLE), ['‘钉钉子’']);
    assert.deepEqual(spansIn(lineTokens, BOOK_TITLE), ['《条例》']);
    assert.deepEqual(spansIn(lineTokens, STRING_BEGIN), ['“', '‘', '《']);
    assert.deepEqual(spansIn(lineTokens, STRING_END), ['”', '’', '》']);
  });

  it('quotes nest inside book titles and the other way round', () => {
    const line = '《关于“放管服”改革的意见》';
    assert.deepEqual(spans(line, BOOK_TITLE), [line]);
    assert.deepEqual(spans(line, DOUBLE), ['“放管服”']);
  });

  it('an unclosed quote ends with its line', () => {
    const [first, second] = tokenizeLines(['他说：“要抓落实', '第二段没有引号。']);
    assert.deepEqual(spansIn(first, DOUBLE), ['“要抓落实']);
    assert.deepEqual(spansIn(second, DOUBLE), []);
  });

  it('full-width brackets are punctuation', () => {
    assert.deepEqual(spans('各县（市、区）【通知】', 'punctuation.section.parens.begin.gongwen'), ['（']);
    assert.deepEqual(spans('各县（市、区）【通知】', 'punctuation.section.parens.end.gongwen'), ['）']);
    assert.deepEqual(spans('各县（市、区）【通知】', 'punctuation.section.brackets.begin.gongwen'), ['【']);
    assert.deepEqual(spans('各县（市、区）【通知】', 'punctuation.section.brackets.end.gongwen'), ['】']);
  });
});

describe('the whole seed speech', () => {
  let seedTokens;
  const linesWith = (scope) =>
    seedTokens.flatMap((lineTokens, i) => (lineTokens.some((t) => t.scopes.includes(scope)) ? [i + 1] : []));

  before(() => {
    seedTokens = tokenizeLines(seedLines);
  });

  it('tokenizes every line', () => {
    assert.equal(seedTokens.length, seedLines.length);
    seedTokens.forEach((lineTokens, i) => {
      assert.equal(lineTokens.map((t) => t.text).join(''), seedLines[i], `line ${i + 1} is fully covered`);
    });
  });

  it('finds the four level-1 headings on lines 19, 24, 29, 36', () => {
    assert.deepEqual(linesWith(H1), [19, 24, 29, 36]);
  });

  it('finds the level-2 headings and no level 3 or 4', () => {
    assert.deepEqual(linesWith(H2), [26, 27, 28, 31, 32, 33, 34, 35, 38, 39, 40, 41]);
    assert.deepEqual(linesWith(H3), []);
    assert.deepEqual(linesWith(H4), []);
  });

  it('heading titles never run into body text', () => {
    for (const lineTokens of seedTokens) {
      for (const title of spansIn(lineTokens, TITLE)) assert.ok(!/[。：！？]/.test(title), title);
    }
  });

  it('finds the placeholders and the advertising', () => {
    assert.deepEqual(linesWith(PLACEHOLDER), [18, 22, 27, 28, 31, 32, 33, 35, 42]);
    assert.deepEqual(linesWith(LEFTOVER), [1, 9]);
  });
});

// Hang guards, not timings (performance is measured by `npm run bench`): a
// pattern that backtracks catastrophically never finishes within mocha's timeout.
describe('hostile lines (patterns stay linear)', () => {
  it('tokenizes pathological 20 000-character lines completely', function () {
    this.timeout(60000);
    const n = 20000;
    const lines = {
      'X run': 'X'.repeat(n),
      'XaXa': 'Xa'.repeat(n / 2),
      '【待 run': '【待'.repeat(n / 2),
      '[ run': '['.repeat(n),
      '# run': '#'.repeat(n) + '文',
      'space run': ' '.repeat(n) + '文',
      'unclosed “': '“'.repeat(n),
      'unclosed 《': '《'.repeat(n),
      '一是 run': '一是'.repeat(n / 2),
      '○ run': '○'.repeat(n) + '一',
      '_ run': '_'.repeat(n) + 'a',
      '{{ run': '{{'.repeat(n / 2),
      'long heading': '一、' + '文'.repeat(n),
      '（此处 run': '（此处'.repeat(n / 3),
      'digit run': '1'.repeat(n) + '.',
    };
    for (const [label, line] of Object.entries(lines)) {
      const text = tokens(line).map((t) => t.text).join('');
      assert.equal(text, line, `${label}: tokens do not cover the line`);
    }
  });

  it('tokenizes fifty copies of the seed speech completely', function () {
    this.timeout(60000);
    const document = Array.from({ length: 50 }, () => seedLines).flat();
    const tokenized = tokenizeLines(document);
    assert.equal(tokenized.length, document.length);
  });
});
