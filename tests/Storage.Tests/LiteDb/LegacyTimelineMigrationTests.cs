using System.Globalization;
using LiteDB;
using ScriptHost.Storage.Logs;

namespace ScriptHost.Storage.Tests.LiteDb;

public sealed class LegacyTimelineMigrationTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Open_LogsWithInt64KeysAndOldIndexes_KeepsThemQueryableAndDropsTheIndexes()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");
        await temporary.CreateServiceAsync("shop-eu");
        await temporary.Store.DisposeAsync();
        WriteLegacyLogs(temporary.Options.DatabasePath, ("shop", 1, "old first"), ("shop-eu", 2, "other service"), ("shop", 3, "old second"));

        await temporary.ReopenAsync();
        await temporary.Store.Logs.AppendLogsAsync([new LogEntry("shop", "/a", 1, "inv-new", FunctionLogLevel.Info, "new", Start.AddMinutes(4))], CancellationToken.None);
        var logs = await temporary.Store.Logs.QueryLogsAsync("shop", new LogQuery(), CancellationToken.None);
        await temporary.Store.DisposeAsync();

        Assert.Equal(["new", "old second", "old first"], logs.Select(entry => entry.Message));
        var indexes = IndexNames(temporary.Options.DatabasePath, "logs");
        Assert.Contains("_id", indexes);
        Assert.DoesNotContain("service", indexes);
        Assert.DoesNotContain("timestamp", indexes);
        await temporary.ReopenAsync();
    }

    private static LiteDatabase OpenRaw(string path) => new(new ConnectionString
    {
        Filename = path,
        Connection = ConnectionType.Direct,
        Collation = new Collation(CultureInfo.InvariantCulture.LCID, CompareOptions.Ordinal),
    });

    // The layout before TimelineId keys: auto Int64 keys, and service and timestamp indexes.
    private static void WriteLegacyLogs(string path, params (string Service, int Minute, string Message)[] entries)
    {
        using var database = OpenRaw(path);
        var logs = database.GetCollection("logs", BsonAutoId.Int64);
        logs.EnsureIndex("service", "$.service");
        logs.EnsureIndex("timestamp", "$.timestamp");
        foreach (var (service, minute, message) in entries)
        {
            logs.Insert(new BsonDocument
            {
                ["service"] = service,
                ["functionPath"] = "/a",
                ["version"] = 1,
                ["invocationId"] = "inv-" + minute,
                ["level"] = (int)FunctionLogLevel.Info,
                ["message"] = message,
                ["timestamp"] = Start.AddMinutes(minute).UtcTicks,
            });
        }

        database.Checkpoint();
    }

    private static List<string> IndexNames(string path, string collection)
    {
        using var database = OpenRaw(path);
        return [.. database.GetCollection("$indexes").Find(Query.EQ("collection", collection)).Select(index => index["name"].AsString)];
    }
}
