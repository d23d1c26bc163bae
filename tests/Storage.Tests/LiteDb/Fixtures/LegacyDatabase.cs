using System.Security.Cryptography;
using System.Text;
using ScriptHost.Storage.Assets;
using ScriptHost.Storage.Functions;
using ScriptHost.Storage.Invocations;
using ScriptHost.Storage.Logs;
using ScriptHost.Storage.Services;
using ScriptHost.Storage.Usage;

namespace ScriptHost.Storage.Tests.LiteDb.Fixtures;

/// <summary>
/// What the checked-in database <c>legacy-d6a9016.litedb</c> holds and the code that wrote it: <see cref="WriteAsync"/>,
/// run through the store API as it was at commit d6a9016 (before environments, builds and deployments), so the file
/// has that commit's layout — images inside version documents, no environments, journal entries and usage counters
/// without an environment. It ran in a console program referencing src/Storage at that commit, on a new database opened
/// with <c>StorageOptions.TimeProvider</c> fixed at <see cref="WrittenAt"/>. Running it at a later commit writes that
/// commit's layout instead, which is not a legacy database: keep the file, and change this writer only together with a
/// file written by the old code.
/// </summary>
internal static class LegacyDatabase
{
    public const string FileName = "legacy-d6a9016.litedb";

    /// <summary>The clock the writer ran with; every stored timestamp is this or a minute after it.</summary>
    public static readonly DateTimeOffset WrittenAt = new(2025, 6, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Services with functions and assets, with assets only, and with nothing.</summary>
    public const string Shop = "shop";
    public const string AssetsOnly = "shop-eu";
    public const string Empty = "empty";

    /// <summary>Versions written per function path of <see cref="Shop"/>, oldest first, and the active one.</summary>
    public static readonly (string Path, string[] Sources, int Active, FunctionVisibility Visibility, FunctionLimits Limits)[] Functions =
    [
        ("/sms", ["return \"sms one\";", "return \"sms two\";"], 2, FunctionVisibility.Public, FunctionLimits.Default),

        // Three versions, then rolled back to the first: build 1 must take version 1, not the latest.
        ("/voice", ["return \"voice one\";", "return \"voice two\";", "return \"voice three\";"], 1, FunctionVisibility.Protected, FunctionLimits.Default),
        ("/hook", ["return \"hook\";"], 1, FunctionVisibility.Protected, new FunctionLimits(TimeoutMs: 5000, MemoryMb: 64)),

        // The same source as /sms version 1: one compiled image under one key serves both after the migration.
        ("/private/helper", ["return \"sms one\";"], 1, FunctionVisibility.Private, FunctionLimits.Default),
    ];

    /// <summary>Assets per service: two with the same content (one blob), a public and a private one.</summary>
    public static readonly (string Service, string Path, string ContentType, AssetVisibility Visibility, byte[] Content)[] Assets =
    [
        (Shop, "/audio/hello.mp3", "audio/mpeg", AssetVisibility.Public, [0x49, 0x44, 0x33, 1, 2, 3, 4, 5]),
        (Shop, "/data/config.json", "application/json", AssetVisibility.Private, Encoding.UTF8.GetBytes("{\"greeting\":\"hi\"}")),
        (Shop, "/same-a.txt", "text/plain", AssetVisibility.Public, Encoding.UTF8.GetBytes("same content")),
        (Shop, "/same-b.txt", "text/plain", AssetVisibility.Private, Encoding.UTF8.GetBytes("same content")),
        (AssetsOnly, "/index.html", "text/html", AssetVisibility.Public, Encoding.UTF8.GetBytes("<h1>eu</h1>")),
    ];

    /// <summary>Service-level variables of <see cref="Shop"/>: (name, value, secret).</summary>
    public static readonly (string Name, string Value, bool IsSecret)[] Variables =
    [
        ("GREETING", "hello", false),
        ("TWILIO_AUTH_TOKEN", "token-123", true),
    ];

    /// <summary>Log lines of <see cref="Shop"/>, oldest first, each logged by /sms version 2.</summary>
    public static readonly string[] LogMessages = ["first line", "second line", "third line"];

    /// <summary>Invocations of /sms counted in June 2025.</summary>
    public const long SmsInvocations = 42;

    /// <summary>The build key the server would give <paramref name="source"/>: a hash of a compiler fingerprint and the source.</summary>
    public static string KeyFor(string source) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("fixture-fingerprint\n" + source)));

    /// <summary>A stand-in assembly image, the same for the same source (as a deterministic compile gives).</summary>
    public static byte[] ImageFor(string source) => Encoding.UTF8.GetBytes("MZ-image-of:" + source);

    public static async Task WriteAsync(IScriptHostStore store)
    {
        var none = CancellationToken.None;
        foreach (var service in new[] { Shop, AssetsOnly, Empty })
        {
            await store.Services.CreateServiceAsync(service, KeyHash.Compute("key-of-" + service), new ServiceSettings(), none);
        }

        foreach (var (path, sources, active, visibility, limits) in Functions)
        {
            foreach (var source in sources)
            {
                await store.Functions.DeployAsync(new FunctionDeployment(Shop, path, source, KeyFor(source), ImageFor(source), visibility, limits), none);
            }

            if (active != sources.Length)
            {
                await store.Functions.ActivateVersionAsync(Shop, path, active, none);
            }
        }

        foreach (var (service, path, contentType, visibility, content) in Assets)
        {
            await store.Assets.PutAssetAsync(service, path, content, contentType, visibility, none);
        }

        foreach (var (name, value, isSecret) in Variables)
        {
            await store.Environment.SetVariableAsync(Shop, name, value, isSecret, none);
        }

        await store.Logs.AppendLogsAsync(
            [.. LogMessages.Select((message, minute) => new LogEntry(Shop, "/sms", 2, "inv-" + minute, FunctionLogLevel.Info, message, WrittenAt.AddMinutes(minute)))],
            none);
        await store.Invocations.AppendInvocationsAsync(
            [new InvocationRecord(Shop, "/sms", 2, "inv-0", InvocationStatus.Succeeded, 200, 1.5, WrittenAt)],
            none);
        await store.Usage.AddUsageAsync([new UsageIncrement(Shop, "/sms", UsageMonth.From(WrittenAt), SmsInvocations)], none);
        await store.KeyValue.SetAsync(Shop, "counter", "7", none);
    }
}
