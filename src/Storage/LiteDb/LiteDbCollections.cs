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

    /// <summary>Function records of databases written before builds; <see cref="EnvironmentsMigration"/> reads and removes them.</summary>
    public const string Functions = "functions";
    public const string Versions = "function_versions";
    public const string Environment = "environment";
    public const string KeyValue = "kv";
    public const string KeyValueTotals = "kv_totals";
    public const string Logs = "logs";
    public const string Invocations = "invocations";
    public const string Usage = "usage";

    /// <summary>Asset files of databases written before builds (<see cref="LegacyAssetFiles"/>).</summary>
    public const string AssetFiles = "asset_files";
    public const string AssetChunks = "asset_chunks";
    public const string DeploymentEnvironments = "environments";
    public const string Builds = "builds";
    public const string Deployments = "deployments";
    public const string Sequences = "sequences";
    public const string CompiledImages = "compiled_images";
    public const string AssetBlobFiles = "asset_blob_files";
    public const string AssetBlobChunks = "asset_blob_chunks";
    public const string LibSources = "lib_sources";

    public const string AdminSettingsId = "admin";

    public static string Key(string service, string part) => service + "|" + part;

    public static string VersionKey(string service, string path, int version) =>
        Key(service, path) + "|" + version.ToString("D10", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// A usage counter's key. Counters written before environments existed are keyed <c>service|path|month</c> and read
    /// as production's (<see cref="LiteDbUsageStore"/> adds them to production's counter of the same path and month).
    /// </summary>
    public static string UsageKey(string service, string environment, string functionPath, string month) =>
        Key(service, environment) + "|" + functionPath + "|" + month;

    /// <summary>A build's or a deployment's key: the number as ten digits, so keys sort by number within a service.</summary>
    public static string NumberKey(string service, int number) =>
        Key(service, number.ToString("D10", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Everything of a service sorts between these two keys ('}' follows '|' in ordinal order).</summary>
    public static (string From, string To) ServiceKeyRange(string service) => (service + "|", service + "}");

    public static void EnsureIndexes(LiteDatabase database)
    {
        database.GetCollection(Versions).EnsureIndex("function", "$.function");
        database.GetCollection(Versions).EnsureIndex("service", "$.service");
        database.GetCollection(Environment).EnsureIndex("service", "$.service");
        database.GetCollection(KeyValue).EnsureIndex("service", "$.service");
        ServiceTimeline.EnsureIndexes(database, Logs);
        ServiceTimeline.EnsureIndexes(database, Invocations);
        database.GetCollection(Usage).EnsureIndex("service", "$.service");

        // Unique: a host label names one (service, environment) pair; the stores check first, this is the backstop.
        database.GetCollection(DeploymentEnvironments).EnsureIndex("label", "$.label", unique: true);
        database.GetCollection(Builds).EnsureIndex("status", "$.status");
        database.GetCollection(Deployments).EnsureIndex("scope", "$.scope");
    }
}
