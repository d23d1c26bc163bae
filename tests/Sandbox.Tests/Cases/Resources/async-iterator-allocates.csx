// An async iterator that hands out large strings the consumer keeps. Each string is built by one framework call
// just before yield return, which resumes the waiting consumer inline: the allocation must be charged then.
async IAsyncEnumerable<string> Chunks()
{
    for (var i = 0; i < 2000; i++)
    {
        await Task.Yield();
        yield return new string('x', 100_000);
    }
}

var kept = new List<string>();
await foreach (var chunk in Chunks())
{
    kept.Add(chunk);
}

return kept.Count;
