import assert from 'node:assert/strict';
import { test } from 'node:test';
import { encodePath, functionApi, monthBefore, pathOfUrl, query, serviceApi } from '../src/api/urls';
import { formText, withQuery } from '../src/views/testRequest';
import { lines } from '../src/text/lines';
import { sparklinePoints } from '../src/views/sparkline';

test('encodePath_SegmentsWithSpacesAndPercent_EncodedSlashesKept', () => {
  assert.equal(encodePath('/a b/100%/ü'), 'a%20b/100%25/%C3%BC');
});

test('functionApi_NestedPath_BuildsTheManagementPath', () => {
  assert.equal(functionApi('demo', '/hello/world', '/versions/2'), '/api/services/demo/functions/hello/world/versions/2');
  assert.equal(serviceApi('my svc', '/logs'), '/api/services/my%20svc/logs');
});

test('query_UnsetValuesLeftOut_OthersEncoded', () => {
  assert.equal(query({ environment: 'dev', function: undefined, since: '', limit: 5, key: 'a/b c' }), '?environment=dev&limit=5&key=a%2Fb+c');
  assert.equal(query({ environment: null }), '');
});

test('monthBefore_AcrossAYear_CountsBackCalendarMonths', () => {
  const now = new Date(Date.UTC(2026, 1, 15)); // February 2026
  assert.deepEqual([0, 1, 2, 5].map(n => monthBefore(now, n)), ['2026-02', '2026-01', '2025-12', '2025-09']);
});

test('pathOfUrl_FullUrl_KeepsPathAndQuery', () => {
  assert.equal(pathOfUrl('https://hooks.example.com/demo@dev/sms?x=1'), '/demo@dev/sms?x=1');
  assert.equal(pathOfUrl('/demo/sms'), '/demo/sms');
});

test('formText_RepeatedNamesAndEmptyNames_KeptInOrderEmptyDropped', () => {
  assert.equal(formText([['Body', 'HOURS please'], ['', 'x'], ['MediaUrl0', 'a&b'], ['Body', '2']]), 'Body=HOURS+please&MediaUrl0=a%26b&Body=2');
  assert.equal(withQuery('/demo/sms', [['Body', 'hi']]), '/demo/sms?Body=hi');
  assert.equal(withQuery('/demo/sms?a=1', [['Body', 'hi']]), '/demo/sms?a=1&Body=hi');
  assert.equal(withQuery('/demo/sms', []), '/demo/sms');
});

test('lines_OneEntryALine_BlankLinesAndSpacesDropped', () => {
  assert.deepEqual(lines(' api.twilio.com \r\n\n*.example.com\n'), ['api.twilio.com', '*.example.com']);
});

test('sparklinePoints_LargestValueAtTheTop_OldestLeft', () => {
  assert.equal(sparklinePoints([0, 10], 10, 12), '0.0,11.0 10.0,1.0');
  assert.equal(sparklinePoints([], 10, 12), '');
});
