using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace ScriptHost.Sandbox.Guards.SizedCalls;

/// <summary>
/// Keeps every regular expression a script runs within the invocation's time. No guard runs inside the regex engine,
/// so its match timeout is the only thing that stops catastrophic backtracking: a script's timeout is clamped to the
/// time left, no timeout means the time left, and a timeout that fires at the invocation's deadline is the time
/// limit (<see cref="ReachedTimeLimit"/>), not a <see cref="RegexMatchTimeoutException"/> the script could catch and
/// retry. A timeout the script chose that fires earlier stays the script's own exception.
/// </summary>
/// <remarks>
/// An instance keeps the timeout it was built with, and a script may keep one in a static for later invocations, so
/// every matching call re-derives the timeout it may run with (<see cref="ForCall"/>) and, when the instance's is too
/// far off, runs on an equivalent instance built with the right one (kept beside the original, so a loop re-builds it
/// at most once per <see cref="Slack"/> of elapsed time).
/// </remarks>
internal static class RegexTimeouts
{
    /// <summary>How far an instance's timeout may be from the wanted one and still be used as it is.</summary>
    private static readonly TimeSpan Slack = TimeSpan.FromMilliseconds(100);

    /// <summary>The regex engine reads a millisecond tick count: a clamped timeout may fire this much before the deadline.</summary>
    private static readonly TimeSpan ClockTolerance = TimeSpan.FromMilliseconds(50);

    private const int SharedCapacity = 256;

    private static readonly ConditionalWeakTable<Regex, Origin> Origins = new();

    /// <summary>Instances for the static methods, like the framework's own regex cache but keyed by the requested timeout.</summary>
    private static readonly ConcurrentDictionary<(string Pattern, RegexOptions Options, TimeSpan Requested, string Culture), Regex> Shared = new();

    /// <summary>A new instance for a script's constructor call; <paramref name="requested"/> is infinite when the script gave none.</summary>
    public static Regex Create(string pattern, RegexOptions options, TimeSpan requested)
    {
        var regex = new Regex(pattern, options, Clamp(requested));
        Origins.AddOrUpdate(regex, new Origin(requested));
        return regex;
    }

    /// <summary>An instance for a static method's call, shared between calls with the same pattern, options and timeout.</summary>
    public static Regex ForStaticCall(string pattern, RegexOptions options, TimeSpan requested)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var key = (pattern, options, requested, CultureInfo.CurrentCulture.Name);
        if (!Shared.TryGetValue(key, out var regex))
        {
            if (Shared.Count >= SharedCapacity)
            {
                Shared.Clear();
            }

            regex = Shared.GetOrAdd(key, static k => Create(k.Pattern, k.Options, k.Requested));
        }

        return ForCall(regex);
    }

    /// <summary>
    /// The instance a matching call runs on: <paramref name="regex"/> itself when its timeout is (nearly) the one the
    /// call wants — the requested one, or the time left if that is shorter — else an equivalent instance that has it.
    /// </summary>
    public static Regex ForCall(Regex regex)
    {
        ArgumentNullException.ThrowIfNull(regex);
        if (InvocationBudget.Current is not { } budget)
        {
            return regex;
        }

        var remaining = TimeLeft(budget);
        var origin = Origins.TryGetValue(regex, out var known) ? known : null;
        var requested = origin?.Requested ?? regex.MatchTimeout;
        var wanted = requested == Regex.InfiniteMatchTimeout || requested > remaining ? remaining : requested;
        if (IsNear(regex.MatchTimeout, wanted))
        {
            return regex;
        }

        if (origin?.Equivalent is { } equivalent && IsNear(equivalent.MatchTimeout, wanted))
        {
            return equivalent;
        }

        equivalent = new Regex(regex.ToString(), regex.Options, wanted);
        if (origin is not null)
        {
            origin.Equivalent = equivalent;
        }

        return equivalent;
    }

    /// <summary>
    /// For a <see cref="RegexMatchTimeoutException"/> filter: true (and the time limit tripped) when the invocation is
    /// at its deadline, so the timeout was the clamp's and the caller throws <see cref="TimeLimit"/> instead.
    /// </summary>
    public static bool ReachedTimeLimit()
    {
        if (InvocationBudget.Current is not { } budget || budget.RemainingTime > ClockTolerance)
        {
            return false;
        }

        budget.Trip(LimitKind.Time);
        return true;
    }

    /// <summary>The exception of the tripped limit, thrown in place of the regex engine's timeout.</summary>
    public static Exception TimeLimit()
    {
        var budget = InvocationBudget.Current!;
        return LimitMessages.Exception(budget.Tripped ?? LimitKind.Time, budget.Limits);
    }

    private static TimeSpan Clamp(TimeSpan requested)
    {
        if (InvocationBudget.Current is not { } budget)
        {
            return requested;
        }

        var remaining = TimeLeft(budget);
        return requested == Regex.InfiniteMatchTimeout || requested > remaining ? remaining : requested;
    }

    /// <summary>The time left, at least a millisecond; the time limit when none is.</summary>
    private static TimeSpan TimeLeft(InvocationBudget budget)
    {
        var remaining = budget.RemainingTime;
        if (remaining < TimeSpan.FromMilliseconds(1))
        {
            budget.Trip(LimitKind.Time);
            budget.ThrowIfTripped();
        }

        return remaining;
    }

    private static bool IsNear(TimeSpan actual, TimeSpan wanted) =>
        actual != Regex.InfiniteMatchTimeout && actual <= wanted + Slack && actual >= wanted - Slack;

    /// <summary>What the script asked for when it built an instance, and the instance last used in its place.</summary>
    private sealed class Origin(TimeSpan requested)
    {
        public TimeSpan Requested { get; } = requested;

        public Regex? Equivalent
        {
            get => Volatile.Read(ref field);
            set => Volatile.Write(ref field, value);
        }
    }
}
