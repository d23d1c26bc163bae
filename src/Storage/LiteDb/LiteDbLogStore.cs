using LiteDB;
using ScriptHost.Storage.Logs;
using ScriptHost.Storage.Validation;

namespace ScriptHost.Storage.LiteDb;

internal sealed class LiteDbLogStore(LiteDbContext context) : ILogStore
{
    public Task AppendLogsAsync(IReadOnlyList<LogEntry> entries, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.NotNull(entries, nameof(entries));
        ServiceTimeline.Append(context, LiteDbCollections.Logs, entries, entry => entry.Service, entry => entry.Timestamp, ToEntry);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<LogEntry>> QueryLogsAsync(string service, LogQuery query, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        Guard.NotNull(query, nameof(query));
        Guard.Limit(query.Limit);

        var minimumLevel = (int?)query.MinimumLevel;
        var result = ServiceTimeline.NewestFirst(
            context,
            LiteDbCollections.Logs,
            service,
            query.Since,
            query.Limit,
            entry => (query.FunctionPath is null || entry["functionPath"].AsString == query.FunctionPath)
                && (query.Environment is null || JournalEnvironment.Of(entry) == query.Environment)
                && (minimumLevel is null || entry["level"].AsInt32 >= minimumLevel),
            FromEntry);
        return Task.FromResult(result);
    }

    public Task<int> ApplyLogRetentionAsync(RetentionPolicy policy, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.NotNull(policy, nameof(policy));
        return Task.FromResult(Retention.Apply(context, LiteDbCollections.Logs, policy));
    }

    // The service and timestamp are the segment's and ServiceTimeline's to store.
    private static BsonDocument ToEntry(LogEntry entry) => new()
    {
        ["functionPath"] = entry.FunctionPath,
        ["version"] = entry.Version,
        ["invocationId"] = entry.InvocationId,
        ["level"] = (int)entry.Level,
        ["message"] = StorableText.Repair(entry.Message),
        ["environment"] = entry.Environment,
    };

    private static LogEntry FromEntry(BsonDocument document, string service) => new(
        service,
        document["functionPath"].AsString,
        document["version"].AsInt32,
        document["invocationId"].AsString,
        (FunctionLogLevel)document["level"].AsInt32,
        document["message"].AsString,
        BsonConvert.ToTime(document["timestamp"]),
        JournalEnvironment.Of(document));
}
