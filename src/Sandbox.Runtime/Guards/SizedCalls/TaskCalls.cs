using System.ComponentModel;

namespace ScriptHost.Sandbox.Guards.SizedCalls;

/// <summary>
/// <see cref="Task.Delay(int)"/> and its overloads as scripts get them: a delay ends when the invocation's time runs
/// out or any limit trips, whatever token the script passed or left out, and its timer never outlives the
/// invocation's wall time. Without this, <c>await Task.Delay(int.MaxValue)</c> in a task the script never awaited
/// would keep a timer, the state machine it resumes and so the script's load context alive for 24 days.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class TaskCalls
{
    [Replaces(typeof(Task), nameof(Task.Delay))]
    public static Task Delay(int millisecondsDelay) => Delay(millisecondsDelay, CancellationToken.None);

    [Replaces(typeof(Task), nameof(Task.Delay))]
    public static Task Delay(int millisecondsDelay, CancellationToken cancellationToken) =>
        millisecondsDelay < Timeout.Infinite
            ? Task.Delay(millisecondsDelay, cancellationToken) // the framework's own argument exception
            : Delay(TimeSpan.FromMilliseconds(millisecondsDelay), cancellationToken);

    [Replaces(typeof(Task), nameof(Task.Delay))]
    public static Task Delay(TimeSpan delay) => Delay(delay, CancellationToken.None);

    [Replaces(typeof(Task), nameof(Task.Delay))]
    public static Task Delay(TimeSpan delay, CancellationToken cancellationToken)
    {
        if (InvocationBudget.Current is not { } budget || (delay < TimeSpan.Zero && delay != Timeout.InfiniteTimeSpan))
        {
            return Task.Delay(delay, cancellationToken);
        }

        budget.ThrowIfTripped();
        CancellationToken invocationToken;
        try
        {
            invocationToken = budget.Token;
        }
        catch (ObjectDisposedException)
        {
            // The invocation answered between the check above and here; its budget is tripped now.
            budget.ThrowIfTripped();
            throw;
        }

        var remaining = budget.RemainingTime;
        var delayed = delay == Timeout.InfiniteTimeSpan || delay >= remaining
            ? UntilTheTimeRunsOut(budget, remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, invocationToken)
            : Task.Delay(delay, invocationToken);
        return cancellationToken.CanBeCanceled && cancellationToken != invocationToken
            ? delayed.WaitAsync(cancellationToken)
            : delayed;
    }

    /// <summary>
    /// A delay the invocation's time cannot cover never completes normally: when the time is up it trips the time
    /// limit and fails with it, rather than racing the budget's own timer and letting the script carry on.
    /// </summary>
    private static async Task UntilTheTimeRunsOut(InvocationBudget budget, TimeSpan remaining, CancellationToken invocationToken)
    {
        await Task.Delay(remaining, invocationToken).ConfigureAwait(false);
        budget.Trip(LimitKind.Time);
        budget.ThrowIfTripped();
    }
}
