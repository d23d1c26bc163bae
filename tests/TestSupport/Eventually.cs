namespace ScriptHost.TestSupport;

/// <summary>
/// Bounded polling for what the server writes in the background (the journal flushes in batches): retries until the
/// condition holds, then fails with the last observation if it never does.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    public static async Task<T> MatchesAsync<T>(Func<Task<T>> observe, Func<T, bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (true)
        {
            var value = await observe();
            if (condition(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting for {what}; last saw: {value}");
            }

            await Task.Delay(100);
        }
    }
}
