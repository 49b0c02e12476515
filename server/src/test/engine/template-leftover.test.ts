import * as assert from 'node:assert/strict';
import { applyFix, covered, draft, findingsOf } from '../helpers';

const RULE = 'template-leftover';

describe(RULE, () => {
  for (const instruction of ['（此处补充具体数据）', '（略）', '（根据实际情况填写）']) {
    it(`flags the instruction ${instruction}`, () => {
      const text = `今年主要指标完成情况${instruction}。`;
      const [finding, ...rest] = findingsOf(text, RULE);
      assert.ok(finding);
      assert.equal(rest.length, 0);
      assert.equal(covered(text, finding), instruction);
    });
  }

  for (const ad of ['仅供学习 禁止外传', '欢迎加入QQ群：123456', '会员群：', '关注公众号获取更多范文', '来源：某某范文网', '免费下载更多资料']) {
    it(`flags the advertising line ${ad} anywhere`, () => {
      const text = draft('关于做好工作的通知', '各单位：', ad, '现将有关事项通知如下。');
      const found = findingsOf(text, RULE);
      assert.equal(found.length, 1);
      assert.equal(found[0]!.range.start.line, 2);
    });
  }

  it('flags every line of the advertising block at the top, and offers to delete a line', () => {
    const text = draft('仅供学习 禁止外传', '现在订阅立享全部资料', '', '在全县工作会议上的讲话', '同志们：');
    const found = findingsOf(text, RULE);
    assert.deepEqual(found.map((f) => f.range.start.line), [0, 1]);
    assert.equal(applyFix(text, found[1]!), draft('仅供学习 禁止外传', '', '在全县工作会议上的讲话', '同志们：'));
  });

  it('does not treat ordinary words as advertising in the body', () => {
    const text = draft('在全县工作会议上的讲话', '同志们：', '要做好党报党刊订阅工作，搭建政务服务平台，推动资源分享。', '各县（市、区）要抓好落实。');
    assert.deepEqual(findingsOf(text, RULE), []);
  });
});
