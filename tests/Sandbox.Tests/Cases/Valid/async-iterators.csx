// IAsyncEnumerable<T>: async iterators, await foreach, WithCancellation, ConfigureAwait, [EnumeratorCancellation].
using System.Runtime.CompilerServices;

async IAsyncEnumerable<int> Pages(int count, [EnumeratorCancellation] CancellationToken token = default)
{
    for (var page = 1; page <= count; page++)
    {
        token.ThrowIfCancellationRequested();
        await Task.Yield();
        yield return page;
    }
}

async IAsyncEnumerable<string> Labels(IAsyncEnumerable<int> numbers)
{
    await foreach (var number in numbers)
    {
        if (number % 2 == 0)
        {
            yield return $"page {number}";
        }
    }
}

var total = 0;
await foreach (var page in Pages(4))
{
    total += page;
}

await foreach (var page in Pages(3).WithCancellation(Cancellation).ConfigureAwait(false))
{
    total += page * 10;
}

await foreach (var page in Pages(2, Cancellation))
{
    total += page * 100;
}

var labels = new List<string>();
await foreach (var label in Labels(Pages(5)))
{
    labels.Add(label);
}

await using (var enumerator = Pages(2).GetAsyncEnumerator())
{
    while (await enumerator.MoveNextAsync())
    {
        total += enumerator.Current * 1000;
    }
}

// Stopping early disposes the iterator, which runs its finally.
var log = new List<string>();
async IAsyncEnumerable<int> Guarded()
{
    try
    {
        yield return 1;
        await Task.Yield();
        yield return 2;
    }
    finally
    {
        log.Add("disposed");
    }
}

await foreach (var first in Guarded())
{
    log.Add($"got {first}");
    break;
}

var completed = 0;
await foreach (var task in Task.WhenEach(Task.FromResult(1), Task.FromResult(2)))
{
    completed += await task;
}

return new { Total = total, Labels = labels, Log = log, Completed = completed };
