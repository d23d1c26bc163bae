using LiteDB;
using ScriptHost.Storage.EnvironmentVariables;
using ScriptHost.Storage.Validation;

namespace ScriptHost.Storage.LiteDb;

internal sealed class LiteDbEnvironmentStore(LiteDbContext context) : IEnvironmentStore
{
    public Task<EnvironmentVariable> SetVariableAsync(string service, string name, string value, bool isSecret, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        Guard.VariableName(name);
        Guard.VariableValue(value);

        var variable = new EnvironmentVariable(name, value, isSecret, context.Now);
        context.Write(database =>
        {
            LiteDbServiceStore.RequireExisting(database, service);
            database.GetCollection(LiteDbCollections.Environment).Upsert(new BsonDocument
            {
                ["_id"] = LiteDbCollections.Key(service, name),
                ["service"] = service,
                ["name"] = name,
                ["value"] = value,
                ["isSecret"] = isSecret,
                ["updatedAt"] = BsonConvert.FromTime(variable.UpdatedAt),
            });
        });
        return Task.FromResult(variable);
    }

    public Task<bool> DeleteVariableAsync(string service, string name, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        Guard.VariableName(name);

        var deleted = context.Write(database => database.GetCollection(LiteDbCollections.Environment).Delete(LiteDbCollections.Key(service, name)));
        return Task.FromResult(deleted);
    }

    public Task<IReadOnlyList<EnvironmentVariable>> ListVariablesAsync(string service, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);

        IReadOnlyList<EnvironmentVariable> variables = context.Database.GetCollection(LiteDbCollections.Environment)
            .Find(Query.EQ("service", service))
            .Select(document => new EnvironmentVariable(
                document["name"].AsString,
                document["value"].AsString,
                document["isSecret"].AsBoolean,
                BsonConvert.ToTime(document["updatedAt"])))
            .OrderBy(variable => variable.Name, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(variables);
    }
}
