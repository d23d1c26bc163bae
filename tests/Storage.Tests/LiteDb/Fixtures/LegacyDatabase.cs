using System.Security.Cryptography;
using System.Text;
using ScriptHost.Storage.Assets;
using ScriptHost.Storage.Functions;

namespace ScriptHost.Storage.Tests.LiteDb.Fixtures;

/// <summary>
/// What the checked-in database <c>legacy-d6a9016.litedb</c> holds. <c>LegacyDatabaseWriter.cs</c> beside this file
/// wrote it, through the store API as it was at commit d6a9016 (before environments, builds and deployments), so the
/// file has that commit's layout — function records naming their active version, images inside version documents,
/// assets as files, no environments, journal entries and usage counters without an environment. It ran in a console
/// program referencing src/Storage at that commit, on a new database opened with <c>StorageOptions.TimeProvider</c>
/// fixed at <see cref="WrittenAt"/>. That API is gone (the writer is kept as text, not compiled), and running any
/// writer at a later commit writes that commit's layout, which is not a legacy database: keep the file, and change
/// the writer only together with a file written by the old code.
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
}
