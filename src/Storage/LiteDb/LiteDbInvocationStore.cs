using LiteDB;
using ScriptHost.Storage.Invocations;
using ScriptHost.Storage.Logs;
using ScriptHost.Storage.Validation;

namespace ScriptHost.Storage.LiteDb;

internal sealed class LiteDbInvocationStore(LiteDbContext context) : IInvocationStore
{
    public Task AppendInvocationsAsync(IReadOnlyList<InvocationRecord> records, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.NotNull(records, nameof(records));
        ServiceTimeline.Append(context, LiteDbCollections.Invocations, records, record => record.Service, record => record.Timestamp, ToEntry);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<InvocationRecord>> QueryInvocationsAsync(string service, InvocationQuery query, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        Guard.NotNull(query, nameof(query));
        Guard.Limit(query.Limit);

        var status = query.Status?.ToString();
        var result = ServiceTimeline.NewestFirst(
            context,
            LiteDbCollections.Invocations,
            service,
            query.Since,
            query.Limit,
            entry => (query.FunctionPath is null || entry["functionPath"].AsString == query.FunctionPath)
                && (query.Environment is null || JournalEnvironment.Of(entry) == query.Environment)
                && (status is null || entry["status"].AsString == status),
            FromEntry);
        return Task.FromResult(result);
    }

    public Task<int> ApplyInvocationRetentionAsync(RetentionPolicy policy, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.NotNull(policy, nameof(policy));
        return Task.FromResult(Retention.Apply(context, LiteDbCollections.Invocations, policy));
    }

    // The service and timestamp are the segment's and ServiceTimeline's to store.
    private static BsonDocument ToEntry(InvocationRecord record) => new()
    {
        ["functionPath"] = record.FunctionPath,
        ["version"] = record.Version,
        ["invocationId"] = record.InvocationId,
        ["status"] = record.Status.ToString(),
        ["httpStatus"] = record.HttpStatus,
        ["durationMs"] = record.DurationMs,
        // A script's own exception text: repaired rather than refused, so one record cannot fail the batch it is in.
        ["errorType"] = BsonConvert.FromNullable(StorableText.RepairNullable(record.ErrorType)),
        ["errorMessage"] = BsonConvert.FromNullable(StorableText.RepairNullable(record.ErrorMessage)),
        ["errorLine"] = BsonConvert.FromNullable(record.ErrorLine),
        ["errorColumn"] = BsonConvert.FromNullable(record.ErrorColumn),
        ["errorFile"] = BsonConvert.FromNullable(StorableText.RepairNullable(record.ErrorFile)),
        ["environment"] = record.Environment,
    };

    private static InvocationRecord FromEntry(BsonDocument document, string service) => new(
        service,
        document["functionPath"].AsString,
        document["version"].AsInt32,
        document["invocationId"].AsString,
        BsonConvert.ToEnum<InvocationStatus>(document["status"]),
        document["httpStatus"].AsInt32,
        document["durationMs"].AsDouble,
        BsonConvert.ToTime(document["timestamp"]),
        BsonConvert.ToNullableString(document["errorType"]),
        BsonConvert.ToNullableString(document["errorMessage"]),
        BsonConvert.ToNullableInt32(document["errorLine"]),
        JournalEnvironment.Of(document),
        // Entries written before columns and files were kept have neither.
        document.TryGetValue("errorColumn", out var column) ? BsonConvert.ToNullableInt32(column) : null,
        document.TryGetValue("errorFile", out var file) ? BsonConvert.ToNullableString(file) : null);
}
