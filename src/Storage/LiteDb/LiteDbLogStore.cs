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
        ServiceTimeline.Append(context, LiteDbCollections.Logs, entries, entry => entry.Service, ToDocument);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<LogEntry>> QueryLogsAsync(string service, LogQuery query, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        Guard.NotNull(query, nameof(query));
        Guard.Limit(query.Limit);

        var logs = ServiceTimeline.Matching(context, LiteDbCollections.Logs, service, query.FunctionPath, query.Since);
        if (query.MinimumLevel is { } level)
        {
            logs = logs.Where(Query.GTE("level", (int)level));
        }

        var result = ServiceTimeline.NewestFirst(logs, query.Limit, FromDocument);
        return Task.FromResult(result);
    }

    public Task<int> ApplyLogRetentionAsync(RetentionPolicy policy, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.NotNull(policy, nameof(policy));
        return Task.FromResult(Retention.Apply(context, LiteDbCollections.Logs, policy));
    }

    private static BsonDocument ToDocument(LogEntry entry) => new()
    {
        ["service"] = entry.Service,
        ["functionPath"] = entry.FunctionPath,
        ["version"] = entry.Version,
        ["invocationId"] = entry.InvocationId,
        ["level"] = (int)entry.Level,
        ["message"] = entry.Message,
        ["timestamp"] = BsonConvert.FromTime(entry.Timestamp),
    };

    private static LogEntry FromDocument(BsonDocument document) => new(
        document["service"].AsString,
        document["functionPath"].AsString,
        document["version"].AsInt32,
        document["invocationId"].AsString,
        (FunctionLogLevel)document["level"].AsInt32,
        document["message"].AsString,
        BsonConvert.ToTime(document["timestamp"]));
}
