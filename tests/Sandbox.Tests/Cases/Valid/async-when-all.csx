// Awaiting host calls concurrently with Task.WhenAll, and async local functions.
async Task<int> WorkAsync(int value)
{
    await DelayAsync(1);
    return value * 10;
}

var results = await Task.WhenAll(WorkAsync(1), WorkAsync(2), WorkAsync(3));
await Task.WhenAll(new[] { DelayAsync(1), DelayAsync(2) });
var first = await Task.WhenAny(Task.FromResult(7));
results.Sum() + await first + await ValueTask.FromResult(1)
