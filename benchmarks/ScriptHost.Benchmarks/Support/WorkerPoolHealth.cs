using System.Diagnostics;
using System.Text.Json;

namespace ScriptHost.Benchmarks.Support;

/// <summary>What a ScriptHost's <c>/health</c> says of its worker pool and journal, and waiting for the pool to settle.</summary>
internal sealed record WorkerPoolHealth(int Workers, int Starting, int Idle, int JournalPending, IReadOnlyDictionary<string, long> Ended, JsonElement Confinement)
{
    public static async Task<WorkerPoolHealth> ReadAsync(HttpClient client, string baseUrl)
    {
        using var health = JsonDocument.Parse(await client.GetStringAsync(baseUrl + "/health"));
        var root = health.RootElement;
        var workers = root.GetProperty("workers");
        return new WorkerPoolHealth(
            workers.GetProperty("workers").GetInt32(),
            workers.GetProperty("starting").GetInt32(),
            workers.GetProperty("idle").GetInt32(),
            root.GetProperty("journalPending").GetInt32(),
            workers.GetProperty("ended").EnumerateObject().ToDictionary(e => e.Name, e => e.Value.GetInt64()),
            root.GetProperty("confinement").Clone());
    }

    /// <summary>Workers ended so far for <paramref name="reason"/> (a <c>WorkerExitReason</c> name, e.g. <c>TimeLimit</c>).</summary>
    public long EndedFor(string reason) => Ended.TryGetValue(reason, out var count) ? count : 0;

    /// <summary>
    /// Polls every 10 ms until <paramref name="accept"/> holds (at most 60 s); returns the health that satisfied it.
    /// </summary>
    public static async Task<WorkerPoolHealth> WaitAsync(HttpClient client, string baseUrl, Func<WorkerPoolHealth, bool> accept, string what)
    {
        var started = Stopwatch.GetTimestamp();
        WorkerPoolHealth health;
        do
        {
            health = await ReadAsync(client, baseUrl);
            if (accept(health))
            {
                return health;
            }

            await Task.Delay(10);
        }
        while (Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(60));

        throw new TimeoutException($"{baseUrl}: {what} not reached within 60 s (workers {health.Workers}, starting {health.Starting}, idle {health.Idle}, journal {health.JournalPending}; ended {string.Join(", ", health.Ended.Where(e => e.Value > 0).Select(e => $"{e.Key} {e.Value}"))}).");
    }

    /// <summary>
    /// Waits until the pool is at rest: <paramref name="idle"/> pre-started workers ready (the pool keeps no more), none
    /// starting, at most <paramref name="bound"/> workers bound (ended ones gone), and the journal drained, so nothing of
    /// the last step runs into the next measurement.
    /// </summary>
    public static Task<WorkerPoolHealth> WaitAtRestAsync(HttpClient client, string baseUrl, int idle, int bound) =>
        WaitAsync(
            client,
            baseUrl,
            h => h.Idle == idle && h.Starting == 0 && h.Workers - h.Idle <= bound && h.JournalPending == 0,
            $"a pool at rest ({idle} idle, at most {bound} bound)");
}
