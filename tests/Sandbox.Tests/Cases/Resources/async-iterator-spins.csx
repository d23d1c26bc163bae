// An async iterator that spins inside one step, on a pool thread, never yielding.
async IAsyncEnumerable<int> Spin()
{
    await Task.Yield();
    var i = 0;
    while (i >= 0)
    {
        i = (i + 1) % 1000;
    }

    yield return i;
}

await foreach (var value in Spin())
{
    return value;
}

return -1;
