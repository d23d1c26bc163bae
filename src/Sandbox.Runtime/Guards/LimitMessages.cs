using System.Globalization;

namespace ScriptHost.Sandbox.Guards;

/// <summary>The wording of limit errors, in one place so every path reports a limit the same way.</summary>
public static class LimitMessages
{
    /// <summary>The message for <paramref name="limit"/> under <paramref name="limits"/>.</summary>
    public static string For(LimitKind limit, InvocationLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return limit switch
        {
            LimitKind.Time => string.Create(CultureInfo.InvariantCulture, $"The function exceeded its time limit of {limits.WallTime.TotalMilliseconds:0} ms."),
            LimitKind.Memory => string.Create(CultureInfo.InvariantCulture, $"The function exceeded its memory limit of {limits.MemoryBytes / (1024 * 1024)} MB."),
            LimitKind.Stack => string.Create(CultureInfo.InvariantCulture, $"The function exceeded its stack limit of {limits.MaxStackDepth} nested calls or {limits.MaxStackBytes / 1024} KB of stack."),
            LimitKind.Output => string.Create(CultureInfo.InvariantCulture, $"The function exceeded its output limit of {limits.MaxOutputBytes / 1024} KB."),
            _ => "The function exceeded a limit.",
        };
    }

    /// <summary>The exception a guard throws for <paramref name="limit"/>.</summary>
    public static ScriptLimitExceededException Exception(LimitKind limit, InvocationLimits limits) => new(limit, For(limit, limits));
}
