using LiteDB;
using ScriptHost.Storage.Errors;
using ScriptHost.Storage.Usage;
using ScriptHost.Storage.Validation;

namespace ScriptHost.Storage.LiteDb;

internal sealed class LiteDbUsageStore(LiteDbContext context) : IUsageStore
{
    public Task AddUsageAsync(IReadOnlyList<UsageIncrement> increments, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.NotNull(increments, nameof(increments));
        if (increments.Count == 0)
        {
            return Task.CompletedTask;
        }

        foreach (var increment in increments)
        {
            if (!UsageMonth.IsValid(increment.Month))
            {
                throw new StorageValidationException("month", $"Month '{increment.Month}' is not YYYY-MM.");
            }
        }

        context.Write(database =>
        {
            var existing = new ServiceExistenceCache(database);
            var counters = database.GetCollection(LiteDbCollections.Usage);

            // Read-modify-write is safe: the write gate serializes every writer of this collection.
            foreach (var group in increments
                .Where(increment => existing.Contains(increment.Service))
                .GroupBy(increment => LiteDbCollections.UsageKey(increment.Service, increment.FunctionPath, increment.Month), StringComparer.Ordinal))
            {
                var first = group.First();
                var added = group.Sum(increment => increment.Invocations);
                var document = counters.FindById(group.Key);
                counters.Upsert(new BsonDocument
                {
                    ["_id"] = group.Key,
                    ["service"] = first.Service,
                    ["functionPath"] = first.FunctionPath,
                    ["month"] = first.Month,
                    ["invocations"] = (document?["invocations"].AsInt64 ?? 0) + added,
                });
            }
        });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<UsageCounter>> GetUsageAsync(string service, string month, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        if (!UsageMonth.IsValid(month))
        {
            throw new StorageValidationException(nameof(month), $"Month '{month}' is not YYYY-MM.");
        }

        IReadOnlyList<UsageCounter> counters = context.Database.GetCollection(LiteDbCollections.Usage)
            .Find(Query.EQ("service", service))
            .Where(document => document["month"].AsString == month)
            .Select(document => new UsageCounter(
                document["service"].AsString,
                document["functionPath"].AsString,
                document["month"].AsString,
                document["invocations"].AsInt64))
            .OrderBy(counter => counter.FunctionPath, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(counters);
    }
}
