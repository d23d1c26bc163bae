using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ScriptHost.Workers;

/// <summary>
/// Functions that keep ending their workers (crashes, kills at a limit) are suspended for a while, answering 503, so
/// one function cannot grind the pool by making it start worker after worker.
/// </summary>
internal sealed class FunctionSuspensions(IOptions<WorkerPoolOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Strikes> _strikes = new(StringComparer.Ordinal);

    /// <summary>Counts one worker <paramref name="functionKey"/> ended; true when that suspends it.</summary>
    public bool RecordWorkerEnded(string functionKey)
    {
        var now = clock.GetUtcNow();
        var settings = options.Value;
        var strikes = _strikes.GetOrAdd(functionKey, _ => new Strikes());
        lock (strikes)
        {
            strikes.Times.RemoveAll(t => now - t > TimeSpan.FromSeconds(settings.CrashWindowSeconds));
            strikes.Times.Add(now);
            if (strikes.Times.Count >= settings.CrashesBeforeSuspension)
            {
                strikes.SuspendedUntil = now.AddSeconds(settings.SuspensionSeconds);
                strikes.Times.Clear();
                return true;
            }

            return false;
        }
    }

    /// <summary>How long <paramref name="functionKey"/> stays suspended, when it is.</summary>
    public bool IsSuspended(string functionKey, out TimeSpan remaining)
    {
        remaining = TimeSpan.Zero;
        if (!_strikes.TryGetValue(functionKey, out var strikes))
        {
            return false;
        }

        lock (strikes)
        {
            remaining = strikes.SuspendedUntil - clock.GetUtcNow();
            return remaining > TimeSpan.Zero;
        }
    }

    private sealed class Strikes
    {
        public List<DateTimeOffset> Times { get; } = [];

        public DateTimeOffset SuspendedUntil { get; set; }
    }
}
