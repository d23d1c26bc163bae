namespace ScriptHost.Storage.Logs;

/// <summary>
/// Filters for <see cref="ILogStore.QueryLogsAsync"/>. Results are newest first by timestamp (entries with equal timestamps in no particular order); <see cref="Since"/> is inclusive;
/// <see cref="MinimumLevel"/> keeps that level and more severe ones.
/// </summary>
public sealed record LogQuery
{
    public string? FunctionPath { get; init; }

    /// <summary>Only entries of this environment; <c>null</c> for all.</summary>
    public string? Environment { get; init; }

    public FunctionLogLevel? MinimumLevel { get; init; }

    public DateTimeOffset? Since { get; init; }

    public int Limit { get; init; } = 100;
}
