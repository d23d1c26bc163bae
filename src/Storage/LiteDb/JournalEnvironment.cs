using LiteDB;
using ScriptHost.Storage.Validation;

namespace ScriptHost.Storage.LiteDb;

/// <summary>The environment of a stored log entry, invocation record or usage counter: those written before environments existed have none and are production's.</summary>
internal static class JournalEnvironment
{
    public static string Of(BsonDocument document) =>
        document.TryGetValue("environment", out var environment) && environment.IsString ? environment.AsString : EnvironmentName.Production;
}
