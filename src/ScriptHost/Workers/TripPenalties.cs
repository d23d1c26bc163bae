using Microsoft.Extensions.Options;

namespace ScriptHost.Workers;

/// <summary>
/// Services penalized for tripping limits in their workers: a service is penalized at its second trip within
/// <see cref="WorkerPoolOptions.TripPenaltySeconds"/>, until that long after its last trip. A single trip costs nothing
/// more than its worker (a slow upstream's one timeout is not abuse); a service that keeps tripping limits pays for its
/// own spins and replacements. Not thread-safe: the pool calls it under its lock.
/// </summary>
internal sealed class TripPenalties(IOptions<WorkerPoolOptions> options, TimeProvider clock)
{
    private readonly Dictionary<string, DateTimeOffset> _lastTrip = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _until = new(StringComparer.Ordinal);

    private TimeSpan Window => TimeSpan.FromSeconds(options.Value.TripPenaltySeconds);

    /// <summary>Counts a trip of <paramref name="service"/>; true when that penalizes it now and it was not before.</summary>
    public bool RecordTrip(string service)
    {
        if (Window == TimeSpan.Zero)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var trippedRecently = _lastTrip.TryGetValue(service, out var last) && now - last < Window;
        _lastTrip[service] = now;
        if (!trippedRecently)
        {
            return false;
        }

        var wasPenalized = IsPenalized(service);
        _until[service] = now + Window;
        return !wasPenalized;
    }

    /// <summary>How many services are penalized now.</summary>
    public int PenalizedCount
    {
        get
        {
            var now = clock.GetUtcNow();
            return _until.Values.Count(until => now < until);
        }
    }

    /// <summary>Whether <paramref name="service"/> is penalized now.</summary>
    public bool IsPenalized(string service) => _until.TryGetValue(service, out var until) && clock.GetUtcNow() < until;

    /// <summary>Ends <paramref name="service"/>'s penalty when its time is up; true when that happened now.</summary>
    public bool EndIfDue(string service)
    {
        if (_until.Count == 0 || !_until.TryGetValue(service, out var until) || clock.GetUtcNow() < until)
        {
            return false;
        }

        _until.Remove(service);
        _lastTrip.Remove(service);
        return true;
    }

    /// <summary>Forgets <paramref name="service"/> (it was deleted, or moved in-process).</summary>
    public void Forget(string service)
    {
        _until.Remove(service);
        _lastTrip.Remove(service);
    }
}
