using System.Globalization;

namespace ScriptHost.Storage.LiteDb;

/// <summary>
/// The primary key of a log entry or invocation record: <c>service|ticks|sequence</c>, ticks as 19 digits.
/// Keys sort by service, then time, so one index (the primary key LiteDB always keeps) answers every read
/// ("this service's newest", "since T") and every delete (a service, its entries older than T). Measured: with
/// an Int64 key plus <c>service</c> and <c>timestamp</c> indexes, each entry cost three index inserts, and
/// index maintenance was the largest share of the journal's CPU under load.
/// </summary>
internal static class TimelineId
{
    // Unique within the process; the random start makes two processes' keys for the same tick differ too.
    private static long s_sequence = Random.Shared.NextInt64();

    public static string New(string service, DateTimeOffset timestamp) =>
        string.Create(CultureInfo.InvariantCulture, $"{service}|{timestamp.UtcTicks:D19}|{(ulong)Interlocked.Increment(ref s_sequence):x16}");

    /// <summary>The lowest key of the service's entries at or after <paramref name="time"/>.</summary>
    public static string At(string service, DateTimeOffset time) =>
        string.Create(CultureInfo.InvariantCulture, $"{service}|{time.UtcTicks:D19}");

    /// <summary>Below every key of the service ('|' ends the service name in each key).</summary>
    public static string First(string service) => service + "|";

    /// <summary>Above every key of the service ('}' follows '|' in ordinal order).</summary>
    public static string Last(string service) => service + "}";
}
