// An async iterator that never ends, consumed by await foreach: each step hops through the thread pool.
async IAsyncEnumerable<int> Forever()
{
    var i = 0;
    while (true)
    {
        await Task.Yield();
        yield return i++;
    }
}

var sum = 0L;
await foreach (var value in Forever())
{
    sum += value;
}

return sum;
