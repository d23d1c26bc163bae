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

            // Checked here rather than repaired: a name that could hold '|' would make keys ambiguous, and the journal
            // drops a whole batch that fails, so the caller must find out at the source.
            Guard.EnvironmentName(increment.Environment);
        }

        context.Write(database =>
        {
            var existing = new ServiceExistenceCache(database);
            var counters = database.GetCollection(LiteDbCollections.Usage);

            // Read-modify-write is safe: the write gate serializes every writer of this collection.
            foreach (var group in increments
                .Where(increment => existing.Contains(increment.Service))
                .GroupBy(increment => LiteDbCollections.UsageKey(increment.Service, increment.Environment, increment.FunctionPath, increment.Month), StringComparer.Ordinal))
            {
                var first = group.First();
                var added = group.Sum(increment => increment.Invocations);
                var document = counters.FindById(group.Key);
                counters.Upsert(new BsonDocument
                {
                    ["_id"] = group.Key,
                    ["service"] = first.Service,
                    ["environment"] = first.Environment,
                    ["functionPath"] = first.FunctionPath,
                    ["month"] = first.Month,
                    ["invocations"] = (document?["invocations"].AsInt64 ?? 0) + added,
                });
            }
        });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<UsageCounter>> GetUsageAsync(string service, string month, string? environment, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        if (!UsageMonth.IsValid(month))
        {
            throw new StorageValidationException(nameof(month), $"Month '{month}' is not YYYY-MM.");
        }

        if (environment is not null)
        {
            Guard.EnvironmentName(environment);
        }

        // A counter written before environments existed (key "service|path|month") and production's counter of the
        // same path and month are one counter: summed here, so an upgrade needs no rewrite of the usage collection.
        IReadOnlyList<UsageCounter> counters = context.Database.GetCollection(LiteDbCollections.Usage)
            .Find(Query.EQ("service", service))
            .Where(document => document["month"].AsString == month)
            .Select(document => (Environment: JournalEnvironment.Of(document), Path: document["functionPath"].AsString, Invocations: document["invocations"].AsInt64))
            .Where(counter => environment is null || counter.Environment == environment)
            .GroupBy(counter => (counter.Environment, counter.Path))
            .Select(group => new UsageCounter(service, group.Key.Path, month, group.Sum(counter => counter.Invocations), group.Key.Environment))
            .OrderBy(counter => counter.FunctionPath, StringComparer.Ordinal)
            .ThenBy(counter => counter.Environment, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(counters);
    }
}
