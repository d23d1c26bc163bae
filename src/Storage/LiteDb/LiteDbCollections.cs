using LiteDB;

namespace ScriptHost.Storage.LiteDb;

/// <summary>
/// Collection names, document keys and indexes. Composite keys put the service first and join parts with
/// '|', which no service name, path or variable name may contain, so "everything of service X" is a prefix
/// or an indexed <c>service</c> field, and uniqueness of (service, path) is the primary key itself.
/// </summary>
internal static class LiteDbCollections
{
    public const string Services = "services";
    public const string Settings = "settings";
    public const string Functions = "functions";
    public const string Versions = "function_versions";
    public const string Environment = "environment";
    public const string KeyValue = "kv";
    public const string KeyValueTotals = "kv_totals";
    public const string Logs = "logs";
    public const string Invocations = "invocations";
    public const string Usage = "usage";
    public const string AssetFiles = "asset_files";
    public const string AssetChunks = "asset_chunks";

    public const string AdminSettingsId = "admin";

    public static string Key(string service, string part) => service + "|" + part;

    public static string VersionKey(string service, string path, int version) =>
        Key(service, path) + "|" + version.ToString("D10", System.Globalization.CultureInfo.InvariantCulture);

    public static string UsageKey(string service, string functionPath, string month) =>
        Key(service, functionPath) + "|" + month;

    /// <summary>Everything of a service sorts between these two keys ('}' follows '|' in ordinal order).</summary>
    public static (string From, string To) ServiceKeyRange(string service) => (service + "|", service + "}");

    public static void EnsureIndexes(LiteDatabase database)
    {
        database.GetCollection(Functions).EnsureIndex("service", "$.service");
        database.GetCollection(Versions).EnsureIndex("function", "$.function");
        database.GetCollection(Versions).EnsureIndex("service", "$.service");
        database.GetCollection(Environment).EnsureIndex("service", "$.service");
        database.GetCollection(KeyValue).EnsureIndex("service", "$.service");
        ServiceTimeline.EnsureIndexes(database, Logs);
        ServiceTimeline.EnsureIndexes(database, Invocations);
        database.GetCollection(Usage).EnsureIndex("service", "$.service");
    }
}
