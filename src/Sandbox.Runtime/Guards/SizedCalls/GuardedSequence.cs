namespace ScriptHost.Sandbox.Guards.SizedCalls;

/// <summary>
/// Sequences whose every step is a guard: a framework loop that consumes one (<c>ToList</c>, <c>Count</c>,
/// <c>string.Join</c>) runs the guard on each element, so it stops at the time or memory limit while it runs, and its
/// thread is free again. They implement only <see cref="IEnumerable{T}"/>: LINQ finds no count or list to take a
/// shortcut through, so every element really passes through <c>MoveNext</c>.
/// </summary>
internal static class GuardedSequence
{
    /// <summary><paramref name="source"/>, with a guard step before each element.</summary>
    public static IEnumerable<T> Of<T>(IEnumerable<T> source)
    {
        foreach (var item in source)
        {
            AllocationGate.Step();
            yield return item;
        }
    }

    /// <summary>
    /// <paramref name="source"/>, with a guard step before each string that also refuses it when the text consumed so
    /// far (each string plus <paramref name="separatorLength"/>), which the consumer is about to copy, no longer fits.
    /// </summary>
    public static IEnumerable<string?> Strings(IEnumerable<string?> source, int separatorLength)
    {
        long chars = 0;
        foreach (var item in source)
        {
            chars = Bytes.Plus(chars, (long)(item?.Length ?? 0) + separatorLength);
            AllocationGate.Step(Bytes.OfChars(chars));
            yield return item;
        }
    }

    /// <summary>What <c>string.Concat&lt;T&gt;</c> and <c>string.Join&lt;T&gt;</c> do with each element, as a string to measure.</summary>
    public static IEnumerable<string?> AsStrings<T>(IEnumerable<T> source)
    {
        foreach (var item in source)
        {
            yield return item?.ToString();
        }
    }
}
