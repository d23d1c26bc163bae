using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace ScriptHost.FunctionApi.Tests.Prism;

/// <summary>
/// Twilio's OpenAPI descriptions of the products the shared folder does not hold (Verify v2, Lookups v2), as Twilio's
/// npm package <c>@twilio-alpha/mcp</c> (MIT) ships them: its <c>twilio-oai/spec/json/</c> holds Twilio's spec files,
/// byte for byte those of twilio-oai 2.3.4 (2025-07-03). Pinned by <c>TwilioOpenApi/package-lock.json</c>. The tests
/// read two files of it and none of the 184 packages it depends on (it is an MCP server), so instead of <c>npm ci</c>
/// they <c>npm pack</c> it (1.2 MB), check the tarball against the lock file's integrity, and extract only those files
/// (and its <c>package.json</c>, which names the licence) into <c>TwilioOpenApi/node_modules/@twilio-alpha/mcp/</c>
/// (git-ignored), once per checkout, under a lock that parallel test processes share.
/// </summary>
internal static class TwilioOpenApiPackage
{
    private const string PackageName = "@twilio-alpha/mcp";
    private const string SpecFolder = "twilio-oai/spec/json";
    private const string Origin = "npm @twilio-alpha/mcp (Prism/TwilioOpenApi/package-lock.json)";
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);

    public static string Directory => Path.Combine(TwilioSpecs.TestProjectDirectory, "Prism", "TwilioOpenApi");

    private static string ModulesDirectory => Path.Combine(Directory, "node_modules");

    private static string PackageDirectory => Path.Combine(ModulesDirectory, PackageName);

    // Which tarball the extracted files came from: its integrity, so a new pin in the lock file extracts again.
    private static string StampPath => Path.Combine(PackageDirectory, ".extracted-from");

    /// <summary>A spec this package provides, where it is extracted to.</summary>
    public static TwilioSpec Spec(string name, string host) =>
        new(name, host, Path.Combine(PackageDirectory, SpecFolder, name + ".json"), Origin);

    /// <summary>Extracts the package's files among <paramref name="specs"/> unless the pinned tarball's already are.</summary>
    public static async Task EnsureExtractedAsync(IEnumerable<TwilioSpec> specs)
    {
        var wanted = specs.Where(spec => spec.Origin == Origin).ToList();
        var pin = ReadPin();
        if (IsExtracted(wanted, pin.Integrity))
        {
            return;
        }

        System.IO.Directory.CreateDirectory(PackageDirectory);
        using var heldLock = await CrossProcessLock.AcquireAsync(Path.Combine(ModulesDirectory, ".extract.lock"), InstallTimeout);
        if (IsExtracted(wanted, pin.Integrity))
        {
            return; // Another test process extracted them while this one waited.
        }

        var packDirectory = Path.Combine(ModulesDirectory, $".pack-{Environment.ProcessId}");
        System.IO.Directory.CreateDirectory(packDirectory);
        try
        {
            var packed = await NodeProcess.NpmAsync(
                Directory, InstallTimeout, "pack", $"{PackageName}@{pin.Version}", "--pack-destination", packDirectory, "--json", "--ignore-scripts");
            var tarball = Path.Combine(packDirectory, JsonNode.Parse(packed)![0]!["filename"]!.GetValue<string>());
            EnsureIntegrity(tarball, pin.Integrity);
            Extract(tarball, wanted);
            File.WriteAllText(StampPath, pin.Integrity);
        }
        finally
        {
            System.IO.Directory.Delete(packDirectory, recursive: true);
        }
    }

    private static bool IsExtracted(IEnumerable<TwilioSpec> wanted, string integrity) =>
        File.Exists(StampPath) && File.ReadAllText(StampPath) == integrity && wanted.All(spec => spec.Exists);

    private static (string Version, string Integrity) ReadPin()
    {
        var lockFile = Path.Combine(Directory, "package-lock.json");
        var package = JsonNode.Parse(File.ReadAllText(lockFile))?["packages"]?["node_modules/" + PackageName]
            ?? throw new InvalidOperationException($"{lockFile} does not pin {PackageName}.");
        return (package["version"]!.GetValue<string>(), package["integrity"]!.GetValue<string>());
    }

    // npm checked the tarball against the registry's record; this checks it is the one the lock file pinned.
    private static void EnsureIntegrity(string tarball, string integrity)
    {
        const string Algorithm = "sha512-";
        if (!integrity.StartsWith(Algorithm, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The lock file pins {PackageName} by '{integrity}'; only {Algorithm} integrity is checked here.");
        }

        using var stream = File.OpenRead(tarball);
        var actual = Algorithm + Convert.ToBase64String(SHA512.HashData(stream));
        if (actual != integrity)
        {
            throw new InvalidOperationException($"npm packed {Path.GetFileName(tarball)} with integrity {actual}; the lock file pins {integrity}.");
        }
    }

    private static void Extract(string tarball, IReadOnlyList<TwilioSpec> wanted)
    {
        var targets = wanted.ToDictionary(spec => $"package/{SpecFolder}/{spec.Name}.json", spec => spec.Path, StringComparer.Ordinal);
        targets["package/package.json"] = Path.Combine(PackageDirectory, "package.json");
        System.IO.Directory.CreateDirectory(Path.Combine(PackageDirectory, SpecFolder));

        using var file = File.OpenRead(tarball);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new TarReader(gzip);
        var extracted = new HashSet<string>(StringComparer.Ordinal);
        while (reader.GetNextEntry() is { } entry)
        {
            if (targets.TryGetValue(entry.Name, out var target))
            {
                // Written aside and moved, so a reader in another process never sees half a file.
                var partial = target + ".partial";
                entry.ExtractToFile(partial, overwrite: true);
                File.Move(partial, target, overwrite: true);
                extracted.Add(entry.Name);
            }
        }

        var missing = targets.Keys.Where(name => !extracted.Contains(name)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(tarball)} has no {string.Join(", ", missing)}.");
        }
    }
}
