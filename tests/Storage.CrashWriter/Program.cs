// Writes to a ScriptHost store until it is killed, printing one line per acknowledged write:
//   "kv <n>"       after KeyValue.SetAsync("key-<n>") returned,
//   "deploy <v>"   after a build of /crash made version v and its deployment to production returned,
//   "journal <n>"  after Journal.FlushAsync returned with n log entries (and n usage counts) queued so far.
// The durability test kills this process with SIGKILL and checks every printed write is in the database.
// With a third argument n, the process SIGKILLs itself right after acknowledging its n-th key-value write:
// that lands the kill in the narrowest window, just after a commit returned.
// "builds <database-path> complete|deploy <delay-ms>" runs BuildsWriter instead: builds and deployments, killed mid-write.
using ScriptHost.Storage;
using ScriptHost.Storage.Builds;
using ScriptHost.Storage.Errors;
using ScriptHost.Storage.Functions;
using ScriptHost.Storage.LiteDb;
using ScriptHost.Storage.Logs;
using ScriptHost.Storage.Services;
using ScriptHost.Storage.Validation;

if (args is ["builds", var buildsDatabase, var killPoint, var delay])
{
    return await BuildsWriter.RunAsync(buildsDatabase, killPoint, int.Parse(delay, System.Globalization.CultureInfo.InvariantCulture));
}

if (args.Length is not (2 or 3))
{
    Console.Error.WriteLine("usage: Storage.CrashWriter <database-path> <first-index> [kill-self-after-n-writes]");
    return 2;
}

var databasePath = args[0];
var firstIndex = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
var killSelfAfter = args.Length == 3 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : int.MaxValue;
const string Service = "crash";

await using var store = LiteDbStore.Open(new StorageOptions { DatabasePath = databasePath, JournalFlushInterval = TimeSpan.FromMilliseconds(50) });
try
{
    await store.Services.CreateServiceAsync(Service, KeyHash.Compute("key"), new ServiceSettings { KeyValueQuota = new KeyValueQuota(null, null) }, CancellationToken.None);
}
catch (StorageConflictException)
{
    // A previous run created it.
}

Console.WriteLine("ready");
var journalEntries = 0;
for (var index = firstIndex; ; index++)
{
    await store.KeyValue.SetAsync(Service, $"key-{index}", new string('x', 200 + (index % 700)), CancellationToken.None);
    Console.WriteLine($"kv {index}");
    if (index - firstIndex + 1 >= killSelfAfter)
    {
        System.Diagnostics.Process.GetCurrentProcess().Kill();
    }

    if (index % 10 == 0)
    {
        // What a one-function deploy writes: a build with the function's new version, deployed to production.
        var image = new byte[1000 + (index % 5000)];
        var source = $"return {index};";
        var function = new CompiledBuildFunction("/crash", source, FunctionVisibility.Public, FunctionLimits.Default, ContentHash.OfText(source), image, Reused: false)
        {
            Version = FunctionVersionChoice.Next,
        };
        var reference = new BuildFunctionReference(function.Path, function.Visibility, function.Limits, ContentHash.OfText(source));
        var queued = await store.Builds.CreateQueuedAsync(new BuildRequest(Service, BuildOrigin.FunctionPut, [reference], [], []), CancellationToken.None);
        var built = await store.Builds.CompleteAsync(Service, queued.Id, [function], [], CancellationToken.None);
        await store.Deployments.DeployAsync(Service, EnvironmentName.Production, built.Id, CancellationToken.None);
        Console.WriteLine($"deploy {built.Functions[0].FunctionVersion}");
    }

    for (var entry = 0; entry < 3; entry++)
    {
        store.Journal.Append(new LogEntry(Service, "/crash", 1, $"inv-{index}", FunctionLogLevel.Info, $"entry {index}/{entry}", DateTimeOffset.UtcNow));
        store.Journal.CountInvocation(Service, "/crash", DateTimeOffset.UtcNow);
        journalEntries++;
    }

    if (index % 7 == 0)
    {
        await store.Journal.FlushAsync(CancellationToken.None);
        Console.WriteLine($"journal {journalEntries}");
    }
}
