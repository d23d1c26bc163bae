using Microsoft.Extensions.Options;

namespace ScriptHost.Workers;

/// <summary>
/// Services penalized for a limit trip in one of their workers, until <see cref="WorkerPoolOptions.TripPenaltySeconds"/>
/// after their last trip: while penalized, a service's workers weigh <see cref="Confinement.CpuWeight.Penalized"/>.
/// Not thread-safe: the pool calls it under its lock.
/// </summary>
internal sealed class TripPenalties(IOptions<WorkerPoolOptions> options, TimeProvider clock)
{
    private readonly Dictionary<string, DateTimeOffset> _until = new(StringComparer.Ordinal);

    /// <summary>Penalizes <paramref name="service"/> from now; true when it was not penalized before.</summary>
    public bool Penalize(string service)
    {
        var seconds = options.Value.TripPenaltySeconds;
        if (seconds == 0)
        {
            return false;
        }

        var wasPenalized = IsPenalized(service);
        _until[service] = clock.GetUtcNow().AddSeconds(seconds);
        return !wasPenalized;
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
        return true;
    }

    /// <summary>Forgets <paramref name="service"/> (it was deleted, or moved in-process).</summary>
    public void Forget(string service) => _until.Remove(service);
}
