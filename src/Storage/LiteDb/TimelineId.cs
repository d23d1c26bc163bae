using System.Globalization;

namespace ScriptHost.Storage.LiteDb;

/// <summary>
/// The primary key of a <see cref="ServiceTimeline"/> segment: <c>service|ticks|sequence</c>, the ticks of its newest
/// entry as 19 digits. Keys sort by service, then time, so the primary key LiteDB always keeps answers every read
/// ("this service's newest", "since T") and the per-service deletes; the range of one service's keys is
/// <see cref="LiteDbCollections.ServiceKeyRange"/>.
/// </summary>
internal static class TimelineId
{
    // Unique within the process; the random start makes two processes' keys for the same tick differ too.
    private static long s_sequence = Random.Shared.NextInt64();

    public static string New(string service, DateTimeOffset timestamp) =>
        string.Create(CultureInfo.InvariantCulture, $"{service}|{timestamp.UtcTicks:D19}|{(ulong)Interlocked.Increment(ref s_sequence):x16}");

    /// <summary>The lowest key of the service's segments whose newest entry is at or after <paramref name="time"/>.</summary>
    public static string At(string service, DateTimeOffset time) =>
        string.Create(CultureInfo.InvariantCulture, $"{service}|{time.UtcTicks:D19}");
}
