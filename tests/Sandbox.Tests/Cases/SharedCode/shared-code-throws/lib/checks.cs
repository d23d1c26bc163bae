// An async method's frame is never inlined into its caller, so the error names this file and line. (A small
// synchronous method may be inlined by the JIT; its error then carries the caller's line, as in a function.)
public static class Checks
{
    public static async Task NotEmptyAsync(string value)
    {
        await Task.Yield();
        if (value.Length == 0)
            throw new ArgumentException("empty");
    }
}
