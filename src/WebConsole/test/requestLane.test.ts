import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RequestLane } from '../src/editor/requestLane';

const delay = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

test('RequestLane_ThreeRequests_RunOneAtATimeInOrder', async () => {
  const lane = new RequestLane(0);
  const log: string[] = [];
  let running = 0;
  const send = (name: string) => lane.run(new AbortController().signal, async () => {
    running++;
    assert.equal(running, 1);
    log.push(`start ${name}`);
    await delay(5);
    log.push(`end ${name}`);
    running--;
    return name;
  });

  assert.deepEqual(await Promise.all([send('a'), send('b'), send('c')]), ['a', 'b', 'c']);
  assert.deepEqual(log, ['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
});

test('RequestLane_AbortedBeforeItsTurn_IsNeverSent', async () => {
  const lane = new RequestLane(0);
  const sent: string[] = [];
  const first = lane.run(new AbortController().signal, async () => { sent.push('first'); await delay(5); });
  const superseded = new AbortController();
  const second = lane.run(superseded.signal, async () => { sent.push('second'); });
  superseded.abort();

  await first;
  await assert.rejects(second, (error: Error) => error.name === 'AbortError');
  assert.deepEqual(sent, ['first']);
});
