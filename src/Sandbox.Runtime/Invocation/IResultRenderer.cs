using ScriptHost.Sandbox.Guards;

namespace ScriptHost.Sandbox.Invocation;

/// <summary>
/// Turns what a script returned into what its caller keeps (for the server: the response body). It runs on the
/// script's thread, right after the script's task completes and inside the same budget and watchdog, because
/// rendering runs the script's own code — property getters, <c>ToString</c> overrides, enumerators — and must stop
/// at the script's limits like the rest of it.
/// </summary>
public interface IResultRenderer
{
    /// <summary>
    /// Renders <paramref name="value"/>, charging what it outputs to <paramref name="budget"/>. What it returns must
    /// hold nothing of the script's (plain data), since it outlives the budget. Exceptions are mapped like the
    /// script's own.
    /// </summary>
    object? Render(object? value, InvocationBudget budget);
}
