// An error thrown after an await names this file and line too (shared-code-throws-in-sync-helper: synchronous ones).
public static class Checks
{
    public static async Task NotEmptyAsync(string value)
    {
        await Task.Yield();
        if (value.Length == 0)
            throw new ArgumentException("empty");
    }
}
