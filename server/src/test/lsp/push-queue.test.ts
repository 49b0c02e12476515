/**
 * PushQueue: one push per document under way; changes meanwhile fold into one more.
 */
import * as assert from 'node:assert/strict';
import { PushQueue } from '../../lsp/push-queue';

/** A push that settles when the test says so, recording which document it pushed and when. */
function manualPushes() {
  const started: string[] = [];
  const pending: Array<() => void> = [];
  const queue = new PushQueue(
    (uri) =>
      new Promise<void>((resolve) => {
        started.push(uri);
        pending.push(resolve);
      }),
  );
  /** Lets the oldest push under way finish, then lets its follow-up start. */
  const finishOne = async (): Promise<void> => {
    pending.shift()!();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { queue, started, finishOne, underWay: () => pending.length };
}

describe('PushQueue', () => {
  it('pushes a change at once when no push of that document is under way', () => {
    const { queue, started } = manualPushes();
    queue.changed('a');
    queue.changed('b');
    assert.deepEqual(started, ['a', 'b']);
  });

  it('folds the changes made while a push is under way into one more push, after it', async () => {
    const { queue, started, finishOne } = manualPushes();
    queue.changed('a');
    for (let i = 0; i < 5; i++) queue.changed('a');
    assert.deepEqual(started, ['a'], 'nothing more until the first push is written');
    await finishOne();
    assert.deepEqual(started, ['a', 'a'], 'one push for the five changes');
    await finishOne();
    assert.deepEqual(started, ['a', 'a'], 'and no more after it');
    queue.changed('a');
    assert.deepEqual(started, ['a', 'a', 'a'], 'a later change is pushed at once');
  });

  it('pushes nothing more for a document closed while its push was under way', async () => {
    const { queue, started, finishOne, underWay } = manualPushes();
    queue.changed('a');
    queue.changed('a');
    queue.closed('a');
    await finishOne();
    assert.deepEqual(started, ['a']);
    assert.equal(underWay(), 0);
  });
});
