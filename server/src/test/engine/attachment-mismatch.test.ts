import * as assert from 'node:assert/strict';
import { analyze, renumberEdits, type Finding } from '../../engine';
import { applyEdits, covered, draft, messageOf } from '../helpers';

/**
 * attachment-mismatch: each attachment's label and title against the attachment note above it
 * (GB/T 9704-2012 §7.3.7: 附件顺序号和附件标题应当与附件说明的表述一致).
 */
const NOTICE = ['关于开展安全生产检查的通知', '', '各乡镇人民政府：', '　　现就有关事项通知如下。', '　　一、检查范围', '　　全县所有生产经营单位。', '　　二、工作要求', '　　各单位要高度重视，认真组织。', ''];
const SIGNATURE = ['', '　　　　　　　　　　　　　　　　　　　　云溪县应急管理局', '　　　　　　　　　　　　　　　　　　　　2025年5月6日', ''];

function notice(note: string[], ...attachments: string[][]): string {
  return draft(...NOTICE, ...note, ...SIGNATURE, ...attachments.flatMap((a) => [...a, '内容从略。', '']));
}

const NOTE = ['　　附件：1.云溪县2025年安全生产检查表', '　　　　　2.检查组联系表'];

function mismatches(text: string): Finding[] {
  return analyze(text).findings.filter((f) => f.rule === 'attachment-mismatch');
}

describe('attachment-mismatch', () => {
  it('leaves labels and titles that agree with the note alone', () => {
    const text = notice(NOTE, ['附件1', '', '云溪县2025年安全生产检查表'], ['附件2', '', '检查组联系表']);
    assert.deepEqual(analyze(text).findings, []);
  });

  it('flags a label numbered past the note (an attachment deleted, its label not renumbered), and renumbering corrects it', () => {
    const text = notice(NOTE, ['附件1', '', '云溪县2025年安全生产检查表'], ['附件3', '', '检查组联系表']);
    const [finding, ...rest] = mismatches(text);
    assert.deepEqual(rest, []);
    assert.equal(covered(text, finding!), '附件3');
    assert.equal(messageOf(finding!), '附件说明只列了2个附件，此处却标“附件3”：附件顺序号应与附件说明一致，请补列附件说明或改正顺序号（GB/T 9704—2012 7.3.7）');
    assert.match(messageOf(finding!, 'en'), /lists 2 attachment\(s\), but this one is labelled "附件3"/);
    const renumbered = applyEdits(text, renumberEdits(analyze(text).model));
    assert.ok(renumbered.includes('\n附件2\n'));
    assert.deepEqual(mismatches(renumbered), []);
  });

  it('flags a title the note lists under another number', () => {
    const text = notice(NOTE, ['附件1', '', '检查组联系表'], ['附件2', '', '云溪县2025年安全生产检查表']);
    const found = mismatches(text);
    assert.deepEqual(found.map((f) => covered(text, f)), ['附件1', '附件2']);
    assert.equal(messageOf(found[0]!), '附件说明中“检查组联系表”是第2个附件，此处却标“附件1”：附件顺序号应与附件说明一致（GB/T 9704—2012 7.3.7）');
  });

  it('flags a title reworded on one side, with a fix for each side and neither in fix-all', () => {
    const text = notice(NOTE, ['附件1', '', '云溪县2025年安全生产专项检查表'], ['附件2', '', '检查组联系表']);
    const [finding, ...rest] = mismatches(text);
    assert.deepEqual(rest, []);
    assert.equal(covered(text, finding!), '云溪县2025年安全生产专项检查表');
    assert.equal(messageOf(finding!), '附件标题“云溪县2025年安全生产专项检查表”与附件说明中的“云溪县2025年安全生产检查表”不一致，两处表述应当一致（GB/T 9704—2012 7.3.7）');
    const [toNote, toTitle] = finding!.fixes!;
    assert.ok(toNote && toTitle && !toNote.safe && !toTitle.safe);
    const noteFixed = applyEdits(text, toNote.edits);
    assert.ok(noteFixed.includes('附件：1.云溪县2025年安全生产专项检查表'));
    assert.deepEqual(analyze(noteFixed).findings, []);
    const titleFixed = applyEdits(text, toTitle.edits);
    assert.ok(titleFixed.includes('\n云溪县2025年安全生产检查表\n内容从略。'));
    assert.deepEqual(analyze(titleFixed).findings, []);
  });

  it('compares a title set after the label on its line (`附件1：××`) and a single attachment with no number', () => {
    const colon = notice(NOTE, ['附件1：云溪县2025年安全生产检查表'], ['附件2：检查组成员联络表']);
    assert.deepEqual(mismatches(colon).map((f) => covered(colon, f)), ['检查组成员联络表']);
    const single = notice(['　　附件：云溪县2025年安全生产检查表'], ['附件', '', '云溪县2024年安全生产检查表']);
    assert.deepEqual(mismatches(single).map((f) => covered(single, f)), ['云溪县2024年安全生产检查表']);
    const second = notice(['　　附件：云溪县2025年安全生产检查表'], ['附件1', '', '云溪县2025年安全生产检查表'], ['附件2', '', '检查组联系表']);
    assert.deepEqual(mismatches(second).map((f) => covered(second, f)), ['附件2']);
  });

  it('does not flag attachments sent apart, remarks in the note, book-title marks, wrapped titles, or a line that is no title', () => {
    const three = ['　　附件：1.云溪县2025年安全生产检查表', '　　　　　2.检查情况统计表（Excel格式，另发）', '　　　　　3.检查组联系表（共2页）'];
    assert.deepEqual(mismatches(notice(three, ['附件1', '', '云溪县2025年安全生产检查表'], ['附件3', '', '检查组联系表'])), []);
    const marked = ['　　附件：1.《云溪县2025年安全生产检查工作方案》', '　　　　　2.检查组联系表'];
    assert.deepEqual(mismatches(notice(marked, ['附件1', '', '云溪县2025年安全生产检查工作方案'], ['附件2', '', '检查组联系表'])), []);
    const wrapped = notice(NOTE, ['附件1', '', '云溪县2025年安全生产', '检查表'], ['附件2', '', '检查组联系表']);
    assert.deepEqual(mismatches(wrapped), []);
    const sample = notice(NOTE, ['附件1', '', '（样表）'], ['附件2', '', '检查组联系表']);
    assert.deepEqual(mismatches(sample), []);
  });

  it('compares the attachments of each document of a compilation with its own note', () => {
    const first = notice(['　　附件：1.云溪县2025年安全生产工作要点', '　　　　　2.重点任务分解表'], ['附件1', '', '云溪县2025年安全生产工作要点'], ['附件2', '', '重点任务分解表']);
    const second = notice(['　　附件：1.检查组分组安排'], ['附件1', '', '检查组分组安排']);
    assert.deepEqual(mismatches(draft(first, second)), []);
  });
});
