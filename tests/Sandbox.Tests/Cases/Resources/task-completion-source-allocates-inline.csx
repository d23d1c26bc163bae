// A continuation the script runs inline with SetResult, right after a large framework allocation: the allocation
// is the script's and must be charged, not forgotten when the awaiting method resumes.
var kept = new List<string>();
for (var i = 0; i < 2000; i++)
{
    var signal = new TaskCompletionSource();
    var waiting = Keep(signal.Task);
    var chunk = new string('y', 100_000);
    kept.Add(chunk);
    signal.SetResult();
    await waiting;
}

return kept.Count;

async Task Keep(Task signal)
{
    await signal;
}
