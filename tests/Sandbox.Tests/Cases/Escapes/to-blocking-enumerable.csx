async IAsyncEnumerable<int> Numbers()
{
    await Task.Yield();
    yield return 1;
}

return Numbers().ToBlockingEnumerable().Sum();
