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
        if (entries.Count == 0)
        {
            return Task.CompletedTask;
        }

        context.Write(database =>
        {
            var existing = new ServiceExistenceCache(database);
            database.GetCollection(LiteDbCollections.Logs, BsonAutoId.Int64).InsertBulk(entries
                .Where(entry => existing.Contains(entry.Service))
                .Select(ToDocument));
        });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<LogEntry>> QueryLogsAsync(string service, LogQuery query, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        Guard.NotNull(query, nameof(query));
        Guard.Limit(query.Limit);

        var logs = context.Database.GetCollection(LiteDbCollections.Logs, BsonAutoId.Int64).Query().Where(Query.EQ("service", service));
        if (query.FunctionPath is not null)
        {
            logs = logs.Where(Query.EQ("functionPath", query.FunctionPath));
        }

        if (query.MinimumLevel is { } level)
        {
            logs = logs.Where(Query.GTE("level", (int)level));
        }

        if (query.Since is { } since)
        {
            logs = logs.Where(Query.GTE("timestamp", since.UtcTicks));
        }

        IReadOnlyList<LogEntry> result = logs
            .OrderByDescending("$.timestamp")
            .Limit(query.Limit)
            .ToEnumerable()
            .Select(FromDocument)
            .ToList();
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
