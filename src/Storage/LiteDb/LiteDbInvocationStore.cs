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
        ServiceTimeline.Append(context, LiteDbCollections.Invocations, records, record => record.Service, ToDocument);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<InvocationRecord>> QueryInvocationsAsync(string service, InvocationQuery query, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        Guard.NotNull(query, nameof(query));
        Guard.Limit(query.Limit);

        var records = ServiceTimeline.Matching(context, LiteDbCollections.Invocations, service, query.FunctionPath, query.Since);
        if (query.Status is { } status)
        {
            records = records.Where(Query.EQ("status", status.ToString()));
        }

        var result = ServiceTimeline.NewestFirst(records, query.Limit, FromDocument);
        return Task.FromResult(result);
    }

    public Task<int> ApplyInvocationRetentionAsync(RetentionPolicy policy, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.NotNull(policy, nameof(policy));
        return Task.FromResult(Retention.Apply(context, LiteDbCollections.Invocations, policy));
    }

    private static BsonDocument ToDocument(InvocationRecord record) => new()
    {
        ["service"] = record.Service,
        ["functionPath"] = record.FunctionPath,
        ["version"] = record.Version,
        ["invocationId"] = record.InvocationId,
        ["status"] = record.Status.ToString(),
        ["httpStatus"] = record.HttpStatus,
        ["durationMs"] = record.DurationMs,
        ["timestamp"] = BsonConvert.FromTime(record.Timestamp),
        ["errorType"] = BsonConvert.FromNullable(record.ErrorType),
        ["errorMessage"] = BsonConvert.FromNullable(record.ErrorMessage),
        ["errorLine"] = BsonConvert.FromNullable(record.ErrorLine),
    };

    private static InvocationRecord FromDocument(BsonDocument document) => new(
        document["service"].AsString,
        document["functionPath"].AsString,
        document["version"].AsInt32,
        document["invocationId"].AsString,
        BsonConvert.ToEnum<InvocationStatus>(document["status"]),
        document["httpStatus"].AsInt32,
        document["durationMs"].AsDouble,
        BsonConvert.ToTime(document["timestamp"]),
        BsonConvert.ToNullableString(document["errorType"]),
        BsonConvert.ToNullableString(document["errorMessage"]),
        BsonConvert.ToNullableInt32(document["errorLine"]));
}
