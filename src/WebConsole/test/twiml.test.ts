import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isXml, prettyJson, prettyXml } from '../src/text/twiml';

test('prettyXml_TwimlOnOneLine_IndentsElementsKeepsTextInline', () => {
  const twiml = '<?xml version="1.0" encoding="utf-8"?><Response><Message><Body>Open 9-5</Body></Message><Redirect method="POST">/next</Redirect></Response>';
  assert.equal(prettyXml(twiml), [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<Response>',
    '  <Message>',
    '    <Body>Open 9-5</Body>',
    '  </Message>',
    '  <Redirect method="POST">/next</Redirect>',
    '</Response>',
  ].join('\n'));
});

test('prettyXml_SelfClosingElements_DoNotIndentWhatFollows', () => {
  assert.equal(prettyXml('<Response><Pause length="2"/><Hangup/></Response>'), '<Response>\n  <Pause length="2"/>\n  <Hangup/>\n</Response>');
});

test('prettyXml_NotXml_AnsweredUnchanged', () => {
  assert.equal(prettyXml('plain text < 3'), 'plain text < 3');
});

test('prettyXml_EntitiesAndAttributes_KeptAsTheyAre', () => {
  assert.equal(prettyXml('<Say voice="alice">Fish &amp; chips</Say>'), '<Say voice="alice">Fish &amp; chips</Say>');
});

test('isXml_TwimlContentTypes_Recognized', () => {
  assert.ok(isXml('text/xml; charset=utf-8'));
  assert.ok(isXml('application/xml'));
  assert.ok(isXml('application/rss+xml'));
  assert.ok(!isXml('text/plain'));
  assert.ok(!isXml(null));
});

test('prettyJson_Json_IndentedTwoSpaces', () => {
  assert.equal(prettyJson('{"a":[1]}'), '{\n  "a": [\n    1\n  ]\n}');
  assert.equal(prettyJson('not json'), 'not json');
});
