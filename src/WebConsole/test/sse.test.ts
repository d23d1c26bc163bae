import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SseParser } from '../src/api/sse';

test('SseParser_EventSplitAcrossChunks_DispatchesOnceComplete', () => {
  const parser = new SseParser();
  assert.deepEqual(parser.feed('event: lo'), []);
  assert.deepEqual(parser.feed('g\ndata: {"a":'), []);
  const events = parser.feed('1}\n\n');
  assert.deepEqual(events, [{ event: 'log', data: '{"a":1}', id: undefined }]);
});

test('SseParser_CommentsAndOpeningLine_AreIgnored', () => {
  const parser = new SseParser();
  assert.deepEqual(parser.feed(': tailing logs of demo\n\n'), []);
  assert.deepEqual(parser.feed(':keep-alive\ndata: x\n\n'), [{ event: 'message', data: 'x', id: undefined }]);
});

test('SseParser_MultipleDataLines_JoinedWithNewlines', () => {
  const events = new SseParser().feed('event: invocation\ndata: one\ndata:two\n\n');
  assert.deepEqual(events.map(e => [e.event, e.data]), [['invocation', 'one\ntwo']]);
});

test('SseParser_CrLfSplitBetweenChunks_EndsTheLineOnce', () => {
  const parser = new SseParser();
  assert.deepEqual(parser.feed('data: a\r'), []);
  assert.deepEqual(parser.feed('\n\r'), [{ event: 'message', data: 'a', id: undefined }]);
  assert.deepEqual(parser.feed('\ndata: b\r\n\r\n'), [{ event: 'message', data: 'b', id: undefined }]);
});

test('SseParser_TwoEventsInOneChunk_BothDispatchedInOrder', () => {
  const events = new SseParser().feed('event: log\ndata: 1\n\nevent: invocation\ndata: 2\n\n');
  assert.deepEqual(events.map(e => e.event), ['log', 'invocation']);
});

test('SseParser_EventWithoutData_IsNotDispatched', () => {
  assert.deepEqual(new SseParser().feed('event: log\n\n'), []);
});
