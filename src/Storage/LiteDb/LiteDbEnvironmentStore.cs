using LiteDB;
using ScriptHost.Storage.EnvironmentVariables;
using ScriptHost.Storage.Validation;

namespace ScriptHost.Storage.LiteDb;

/// <summary>
/// Variables keyed "service|name" (service defaults, the only kind before environments) or "service|environment|name"
/// (an environment's values, with an <c>environment</c> field). Names and environment names never contain '|', so the
/// two kinds of keys cannot meet.
/// </summary>
internal sealed class LiteDbEnvironmentStore(LiteDbContext context) : IEnvironmentStore
{
    public Task<EnvironmentVariable> SetVariableAsync(VariableScope scope, string name, string value, bool isSecret, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        GuardScope(scope);
        Guard.VariableName(name);
        Guard.VariableValue(value);

        var variable = new EnvironmentVariable(name, value, isSecret, context.Now, scope.Environment);
        context.Write(database =>
        {
            LiteDbServiceStore.RequireExisting(database, scope.Service);
            if (scope.Environment is { } environment)
            {
                LiteDbDeploymentEnvironmentStore.Require(database, scope.Service, environment);
            }

            var document = new BsonDocument
            {
                ["_id"] = KeyOf(scope, name),
                ["service"] = scope.Service,
                ["name"] = name,
                ["value"] = value,
                ["isSecret"] = isSecret,
                ["updatedAt"] = BsonConvert.FromTime(variable.UpdatedAt),
            };
            if (scope.Environment is not null)
            {
                document["environment"] = scope.Environment;
            }

            database.GetCollection(LiteDbCollections.Environment).Upsert(document);
        });
        return Task.FromResult(variable);
    }

    public Task<bool> DeleteVariableAsync(VariableScope scope, string name, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        GuardScope(scope);
        Guard.VariableName(name);

        var deleted = context.Write(database => database.GetCollection(LiteDbCollections.Environment).Delete(KeyOf(scope, name)));
        return Task.FromResult(deleted);
    }

    public Task<IReadOnlyList<EnvironmentVariable>> ListVariablesAsync(VariableScope scope, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        GuardScope(scope);

        IReadOnlyList<EnvironmentVariable> variables = [.. AllOf(context.Database, scope.Service)
            .Where(variable => variable.Environment == scope.Environment)
            .OrderBy(variable => variable.Name, StringComparer.Ordinal)];
        return Task.FromResult(variables);
    }

    public Task<IReadOnlyList<EnvironmentVariable>?> ListEffectiveVariablesAsync(string service, string environment, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        Guard.EnvironmentName(environment, nameof(environment));

        var effective = context.Read(database =>
        {
            if (LiteDbDeploymentEnvironmentStore.Find(database, service, environment) is null)
            {
                return null;
            }

            var variables = AllOf(database, service);
            return EffectiveVariables.Merge(
                variables.Where(variable => variable.Environment is null),
                variables.Where(variable => variable.Environment == environment));
        });
        return Task.FromResult(effective);
    }

    /// <summary>Deletes an environment's own variables; called inside the environment-deletion transaction.</summary>
    public static void DeleteAllOf(LiteDatabase database, string service, string environment)
    {
        var environmentKeys = LiteDbCollections.ServiceKeyRange(LiteDbCollections.Key(service, environment));
        database.GetCollection(LiteDbCollections.Environment).DeleteMany(Query.Between("_id", environmentKeys.From, environmentKeys.To));
    }

    private static List<EnvironmentVariable> AllOf(LiteDatabase database, string service) =>
        [.. database.GetCollection(LiteDbCollections.Environment)
            .Find(Query.EQ("service", service))
            .Select(document => new EnvironmentVariable(
                document["name"].AsString,
                document["value"].AsString,
                document["isSecret"].AsBoolean,
                BsonConvert.ToTime(document["updatedAt"]),
                document.TryGetValue("environment", out var environment) ? BsonConvert.ToNullableString(environment) : null))];

    private static string KeyOf(VariableScope scope, string name) =>
        scope.Environment is null
            ? LiteDbCollections.Key(scope.Service, name)
            : LiteDbCollections.Key(LiteDbCollections.Key(scope.Service, scope.Environment), name);

    private static void GuardScope(VariableScope? scope)
    {
        Guard.NotNull(scope, nameof(scope));
        Guard.ServiceName(scope!.Service);
        if (scope.Environment is not null)
        {
            Guard.EnvironmentName(scope.Environment);
        }
    }
}
