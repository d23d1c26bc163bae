using ScriptHost.Api.Contracts.Assets;
using ScriptHost.Api.Contracts.Builds;
using ScriptHost.Api.Contracts.Functions;
using ScriptHost.Cli.Project;

namespace ScriptHost.Cli.Deploying;

/// <summary>
/// Compares the folder with the environment's live build by SHA-256: an unchanged function, asset or shared-code file
/// is named by its hash (the server takes it from what it stores), a changed or new one is sent in full. What only the
/// live build has is carried over by hash, or left out with <c>prune</c>. Limits set on the server (the folder has no
/// way to say them) stay with their path.
/// </summary>
internal static class BundlePlanner
{
    public const string FunctionKind = "function";
    public const string AssetKind = "asset";
    public const string LibKind = "lib";

    public static BundlePlan Plan(ProjectScan scan, BuildDto? live, bool prune)
    {
        var sent = new List<DeployItem>();
        var unchanged = new List<DeployItem>();
        var removed = new List<DeployItem>();
        var wouldRemove = new List<DeployItem>();

        var liveFunctions = (live?.Functions ?? []).ToDictionary(function => function.Path, StringComparer.Ordinal);
        var functions = new List<BundleFunction?>();
        foreach (var function in scan.Functions)
        {
            var visibility = Wire(function.Visibility);
            liveFunctions.TryGetValue(function.Path, out var before);
            if (before?.Sha256 == function.Sha256)
            {
                functions.Add(new BundleFunction(function.Path, Source: null, visibility, before.TimeoutMs, before.MemoryMb, Sha256: function.Sha256));
                unchanged.Add(new DeployItem(FunctionKind, function.Path));
            }
            else
            {
                functions.Add(new BundleFunction(function.Path, function.Source, visibility, before?.TimeoutMs, before?.MemoryMb));
                sent.Add(new DeployItem(FunctionKind, function.Path));
            }
        }

        var localFunctionPaths = scan.Functions.Select(function => function.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var remote in liveFunctions.Values.Where(function => !localFunctionPaths.Contains(function.Path)))
        {
            var item = new DeployItem(FunctionKind, remote.Path);
            if (prune)
            {
                removed.Add(item);
            }
            else
            {
                functions.Add(new BundleFunction(remote.Path, Source: null, Name(remote.Visibility), remote.TimeoutMs, remote.MemoryMb, Sha256: remote.Sha256));
                wouldRemove.Add(item);
            }
        }

        var liveAssets = live?.Assets ?? [];
        var knownContent = liveAssets.Select(asset => asset.Sha256).ToHashSet(StringComparer.Ordinal);
        var liveAssetsByPath = liveAssets.ToDictionary(asset => asset.Path, StringComparer.Ordinal);
        var assets = new List<BundleAsset?>();
        foreach (var asset in scan.Assets)
        {
            var visibility = Name(Enum.Parse<AssetVisibility>(asset.Visibility.ToString()));
            if (knownContent.Contains(asset.Sha256))
            {
                assets.Add(new BundleAsset(asset.Path, visibility, ContentBase64: null, asset.Sha256, ContentType: null));
                (liveAssetsByPath.TryGetValue(asset.Path, out var before) && before.Sha256 == asset.Sha256 ? unchanged : sent).Add(new DeployItem(AssetKind, asset.Path));
            }
            else
            {
                assets.Add(new BundleAsset(asset.Path, visibility, Convert.ToBase64String(File.ReadAllBytes(asset.FullPath)), Sha256: null, ContentType: null));
                sent.Add(new DeployItem(AssetKind, asset.Path));
            }
        }

        var localAssetPaths = scan.Assets.Select(asset => asset.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var remote in liveAssets.Where(asset => !localAssetPaths.Contains(asset.Path)))
        {
            var item = new DeployItem(AssetKind, remote.Path);
            if (prune)
            {
                removed.Add(item);
            }
            else
            {
                assets.Add(new BundleAsset(remote.Path, Name(remote.Visibility), ContentBase64: null, remote.Sha256, remote.ContentType));
                wouldRemove.Add(item);
            }
        }

        var liveLib = live?.Lib ?? [];
        var liveLibHashes = liveLib.Select(file => file.Sha256).ToHashSet(StringComparer.Ordinal);
        var lib = new List<BundleLibFile?>();
        foreach (var file in scan.Lib)
        {
            if (liveLibHashes.Contains(file.Sha256))
            {
                lib.Add(new BundleLibFile(file.Path, Source: null, Sha256: file.Sha256));
                unchanged.Add(new DeployItem(LibKind, file.Path));
            }
            else
            {
                lib.Add(new BundleLibFile(file.Path, file.Source));
                sent.Add(new DeployItem(LibKind, file.Path));
            }
        }

        var localLibPaths = scan.Lib.Select(file => file.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var remote in liveLib.Where(file => !localLibPaths.Contains(file.Path)))
        {
            var item = new DeployItem(LibKind, remote.Path);
            if (prune)
            {
                removed.Add(item);
            }
            else
            {
                lib.Add(new BundleLibFile(remote.Path, Source: null, Sha256: remote.Sha256));
                wouldRemove.Add(item);
            }
        }

        return new BundlePlan(new BundleRequest(functions, assets, lib), sent, unchanged, removed, wouldRemove);
    }

    private static string Wire(Visibility visibility) => Name(Enum.Parse<FunctionVisibility>(visibility.ToString()));

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString().ToLowerInvariant();
}
