// ValueTask.AsTask() on an async iterator's step: the framework calls the iterator's IValueTaskSource.GetStatus
// from inside the iterator's own SetResult, outside any catch. The step ends only after the time limit tripped; a
// guard that threw there would end the process instead of answering with the limit.
async IAsyncEnumerable<int> Later()
{
    await Task.Delay(200);
    yield return 1;
}

var step = Later().GetAsyncEnumerator().MoveNextAsync().AsTask();
while (true)
{
}
