// TaskCompletionSource: promises the script completes itself, awaited across Task.Yield.
async Task Produce(TaskCompletionSource<string> answer, TaskCompletionSource done)
{
    await Task.Yield();
    answer.SetResult("forty-two");
    await Task.Yield();
    done.TrySetResult();
}

var answer = new TaskCompletionSource<string>();
var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
var producing = Produce(answer, done);
var text = await answer.Task;
await done.Task;
await producing;

var failing = new TaskCompletionSource<int>();
failing.SetException(new InvalidOperationException("no value"));
string failure;
try
{
    await failing.Task;
    failure = "none";
}
catch (InvalidOperationException error)
{
    failure = error.Message;
}

var cancelled = new TaskCompletionSource<int>();
cancelled.TrySetCanceled();
var secondSet = cancelled.TrySetResult(1);

return new { text, failure, cancelled.Task.IsCanceled, secondSet, done.Task.IsCompletedSuccessfully };
