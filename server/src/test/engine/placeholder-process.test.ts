import * as assert from 'node:assert/strict';
import { analyze } from '../../engine';
import { covered, draft, messageOf } from '../helpers';

const RULE = 'placeholder-process';
const NOTICE = draft('云溪县人民政府文件', '云政发〔2026〕×号', '签发人：', '关于做好春耕生产工作的通知', '各乡镇人民政府：', '现将有关事项通知如下。', '云溪县人民政府', '××××年××月××日');

function processFindings(text: string, finalMode = false) {
  return analyze(text, { rules: {}, level3Dot: '.', finalMode }).findings.filter((f) => f.rule === RULE);
}

describe(RULE, () => {
  it('flags the document number, an empty 签发人 and the date line as information while drafting', () => {
    const found = processFindings(NOTICE);
    assert.deepEqual(found.map((f) => covered(NOTICE, f)), ['×', '签发人：', '××××年××月××日']);
    assert.ok(found.every((f) => f.severity === 'information'));
    assert.ok(messageOf(found[2]!).includes('7.3.5.4'));
  });

  it('flags an empty 签发人 on the 发文字号 line of a 上行文 (GB/T 9704-2012 7.2.6)', () => {
    const report = draft('临川市人民政府文件', '临政发〔2025〕15号　　　　签发人：', '关于申请老旧小区改造资金的请示');
    const found = processFindings(report);
    assert.deepEqual(found.map((f) => covered(report, f)), ['签发人：']);
    assert.deepEqual(processFindings(draft('临政发〔2025〕15号　　　　签发人：王建华')), []);
    // Asking for a 签发人 in running text is not an empty field.
    assert.deepEqual(processFindings('请在报送时注明签发人：'), []);
  });

  it('takes a template\'s year in the 发文字号 (〔20XX〕X号) and a 成文日期 in Chinese numerals (二〇XX年X月X日) for process fields, not placeholders', () => {
    const template = draft('滨江委发〔20XX〕X号', '关于开展活动的通知', '各单位：', '现将有关事项通知如下。', '中共滨江县委', '二〇XX年X月X日');
    const found = analyze(template).findings;
    assert.deepEqual(found.map((f) => `${f.rule}:${covered(template, f)}`), [`${RULE}:20XX`, `${RULE}:X`, `${RULE}:二〇XX年X月X日`]);
    assert.match(messageOf(found[0]!), /发文字号中的年份“20XX”尚未填写/);
  });

  it('reads a serial written with 第 (`〔2025〕第×号`, as 复议决定书 and 信访 replies write it) as the same process field', () => {
    const decision = draft('临川市人民政府', '行政复议决定书', '', '临府复决字〔2025〕第×号', '', '申请人：王某。');
    assert.deepEqual(analyze(decision).findings.filter((f) => f.rule !== 'placeholder-vague').map((f) => [f.rule, covered(decision, f)]), [[RULE, '×']]);
    assert.deepEqual(processFindings(draft('东住建信复〔2025〕第37号')), []);
  });

  it('raises them to errors in final mode', () => {
    assert.ok(processFindings(NOTICE, true).every((f) => f.severity === 'error'));
  });

  it('are not also reported as placeholders', () => {
    assert.deepEqual(analyze(NOTICE).findings.filter((f) => f.rule === 'placeholder'), []);
  });

  it('accepts filled-in fields, and treats X月X日 in the text as a placeholder', () => {
    assert.deepEqual(processFindings(draft('云政发〔2026〕15号', '签发人：王建华', '2026年3月18日')), []);
    const text = '会议定于X月X日召开。';
    assert.deepEqual(analyze(text).findings.map((f) => f.rule), ['placeholder']);
  });

  it('takes a serial left blank (临政办发〔2026〕  号) and a date line left blank (2026年　　月　　日) for process fields', () => {
    const notice = draft('临政办发〔2026〕  号', '关于印发方案的通知', '各单位：', '现将方案印发给你们。', '临河县人民政府办公室', '2026年　　月　　日');
    assert.deepEqual(analyze(notice).findings.map((f) => `${f.rule}:${covered(notice, f)}`), [`${RULE}:  `, `${RULE}:2026年　　月　　日`]);
    // A form's own blank date, with no year, is for whoever fills it in.
    assert.deepEqual(analyze(draft('回执', '填报人：', '　　年　　月　　日')).findings, []);
    // With no year under the issuing organ's name, it is the 成文日期 left blank; under a contract's party, a date to sign.
    const blank = draft('现将方案印发给你们。', '临河县人民政府', '　　年　　月　　日');
    assert.deepEqual(analyze(blank).findings.map((f) => `${f.rule}:${covered(blank, f).trim()}`), [`${RULE}:年　　月　　日`]);
    assert.deepEqual(analyze(draft('乙方（盖章）：云岭市恒信科技有限公司', '联系电话：0871-68812357', '　　　　　　年　　月　　日')).findings, []);
    // Under a form's `（盖章）` or `申报单位（盖章）` (a 申报书's 推荐意见), the date of whoever stamps it.
    assert.deepEqual(analyze(draft('县财政部门意见：', '　　　　　　（盖章）', '　　　　　　年　　月　　日')).findings, []);
    assert.deepEqual(analyze(draft('本单位承诺材料真实。', '　　　　　　申报单位（盖章）', '　　　　　　年　　月　　日')).findings, []);
    // A blank year in the 发文字号 too (`平政发〔　　〕　号`).
    const number = draft('平政发〔　　〕　号', '关于表彰的决定');
    assert.deepEqual(analyze(number).findings.map((f) => f.rule), [RULE, RULE]);
  });

  it('takes the date under a personal letter\'s signature (申请人：, 汇报人：) for the writer\'s to fill in, not a 成文日期', () => {
    for (const signer of ['申请人：周子航', '汇报人：李明', '　　　　检查人：王芳']) {
      const text = draft('敬爱的党组织：', '我志愿加入中国共产党。', signer, '20XX年X月X日');
      assert.deepEqual(analyze(text).findings.map((f) => `${f.rule}:${covered(text, f)}`), ['placeholder:20XX年X月X日'], signer);
    }
    // Under an issuing organ's name it is the 成文日期, filled when the document is signed.
    const notice = draft('各单位：', '现将有关事项通知如下。', '中共滨江县委办公室', '20XX年X月X日');
    assert.deepEqual(analyze(notice).findings.map((f) => f.rule), [RULE]);
  });
});

describe('user placeholder patterns', () => {
  const config = (extraPatterns: string[], ignore: string[] = []) => ({ rules: {}, level3Dot: '.' as const, placeholders: { extraPatterns, ignore } });

  it('flags matches of gongwen.placeholders.extraPatterns', () => {
    const text = '完成情况【待定】，负责人〈姓名〉。';
    const found = analyze(text, config(['【待定】', '〈[^〉]*〉'])).findings;
    assert.deepEqual(found.map((f) => `${f.rule}:${covered(text, f)}`), ['placeholder:【待定】', 'placeholder:〈姓名〉']);
  });

  it('leaves alone what gongwen.placeholders.ignore matches', () => {
    const text = '推广XX牌农机，由XX同志负责。';
    const found = analyze(text, config([], ['XX牌'])).findings;
    assert.deepEqual(found.map((f) => covered(text, f)), ['XX']);
    assert.equal(found[0]!.range.start.character, 9);
  });

  it('skips an invalid pattern and keeps the others working', () => {
    const text = '完成情况【待定】。';
    const found = analyze(text, config(['(?<=情况)【', '【待定】'])).findings;
    assert.deepEqual(found.map((f) => covered(text, f)), ['【待定】']);
  });

  it('cannot hang on a pattern that backtracks catastrophically elsewhere', () => {
    // (a+)+$ takes exponential time in a backtracking engine on this input; RE2 is linear.
    const text = 'a'.repeat(5000) + 'b';
    const found = analyze(text, config(['(a+)+$'])).findings;
    assert.deepEqual(found, []);
  });
});
