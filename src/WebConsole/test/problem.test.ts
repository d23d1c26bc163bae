import assert from 'node:assert/strict';
import { test } from 'node:test';
import { problemLines, problemText, toProblem } from '../src/api/problem';

test('problemLines_TitleDetailAndFieldErrors_OneLineEach', () => {
  const lines = problemLines({
    title: 'Bad request', status: 400, detail: 'The body has errors.',
    errors: { name: ['Use lower-case letters.', 'Too long.'], value: 'Required.' },
  });
  assert.deepEqual(lines, ['Bad request', 'The body has errors.', 'name: Use lower-case letters.', 'name: Too long.', 'value: Required.']);
});

test('problemText_NoTitle_UsesTheStatus', () => {
  assert.equal(problemText({ status: 503 }), 'HTTP 503');
});

test('problemLines_ErrorsAsAList_AreNotListedAsFields', () => {
  // A deploy's 422 carries its compile errors as a list of diagnostics: they become markers, not field lines.
  assert.deepEqual(problemLines({ title: 'Compile errors', detail: 'The function does not compile.', errors: [{ id: 'CS0103' }] }),
    ['Compile errors', 'The function does not compile.']);
});

test('toProblem_JsonProblemBody_KeptWithItsFields', () => {
  const problem = toProblem(404, 'Not Found', '{"title":"Not found","status":404,"detail":"No service \'x\'."}');
  assert.equal(problem.title, 'Not found');
  assert.equal(problem.detail, "No service 'x'.");
});

test('toProblem_NotJson_TitleFromStatusTextDetailFromBody', () => {
  assert.deepEqual(toProblem(502, 'Bad Gateway', 'upstream down\n'), { status: 502, title: 'Bad Gateway', detail: 'upstream down' });
});
