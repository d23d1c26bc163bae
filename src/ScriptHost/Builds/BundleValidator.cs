using ScriptHost.Api.Contracts.Builds;
using ScriptHost.Assets;
using ScriptHost.Configuration;
using ScriptHost.Contracts;
using ScriptHost.FunctionManagement;
using ScriptHost.Sandbox.Compilation.SharedCode;
using ScriptHost.Storage;
using ScriptHost.Storage.Assets;
using ScriptHost.Storage.Blobs;
using ScriptHost.Storage.Builds;
using ScriptHost.Storage.Functions;
using ScriptHost.Storage.Validation;

namespace ScriptHost.Builds;

/// <summary>
/// Checks a whole bundle before anything of it is stored, and names every problem by the item it is in
/// (<c>functions[3].path</c>, <c>assets[0].sha256</c>), so one answer lists everything to fix. Paths follow the one
/// path rule (<see cref="StoragePath"/>), shared code the compiler's (<see cref="SharedCodeRules"/>), counts
/// <see cref="BuildLimits"/>. A function and an asset may not share a path: one would hide the other where both are served.
/// A bundle must serve something: an empty one is refused (<c>bundle</c>), and so is shared code without a function to
/// compile it with (<c>lib</c>): it would serve nothing, and its errors would go unreported until a function used it.
/// </summary>
internal static class BundleValidator
{
    public sealed record Outcome(BuildInput? Input, Dictionary<string, string[]> Errors);

    /// <summary>The <c>errors</c> key of a problem with the bundle as a whole rather than one of its items.</summary>
    public const string WholeBundleKey = "bundle";

    public static async Task<Outcome> ValidateAsync(
        string service, BundleRequest? bundle, IScriptHostStore store, ScriptHostOptions options, CancellationToken cancellationToken)
    {
        var storedSources = new StoredSources(service, store);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string key, string message)
        {
            if (!errors.TryGetValue(key, out var list))
            {
                errors[key] = list = [];
            }

            list.Add(message);
        }

        var functions = bundle?.Functions ?? [];
        var assets = bundle?.Assets ?? [];
        var lib = bundle?.Lib ?? [];
        CheckCount(functions.Count, BuildLimits.MaxFunctions, "functions", Add);
        CheckCount(assets.Count, BuildLimits.MaxAssets, "assets", Add);
        CheckCount(lib.Count, SharedCodeRules.MaxFiles, "lib", Add);
        if (functions.Count == 0 && assets.Count == 0 && lib.Count == 0)
        {
            Add(WholeBundleKey, "The bundle is empty: give at least one function (functions) or asset (assets).");
        }

        if (errors.Count > 0)
        {
            // Past a count limit the items are not worth checking one by one; an empty bundle has none.
            return Refused(errors);
        }

        if (functions.Count == 0 && lib.Count > 0)
        {
            Add("lib", "Shared code is compiled with each function of its build, and this bundle has no function: add the functions that use it, or leave 'lib' out.");
        }

        var functionPaths = new Dictionary<string, int>(StringComparer.Ordinal);
        var validFunctions = new List<BuildInputFunction>(functions.Count);
        for (var index = 0; index < functions.Count; index++)
        {
            var item = $"functions[{index}]";
            if (functions[index] is not { } function)
            {
                Add(item, "A function needs a path and a source.");
                continue;
            }

            var path = CheckPath(function.Path, item, Add);
            if (path is not null && FunctionPathRule.ReservedSegmentError(path) is { } reserved)
            {
                Add($"{item}.path", reserved);
                path = null;
            }

            if (path is not null && !functionPaths.TryAdd(path, index))
            {
                Add($"{item}.path", $"'{path}' is also the path of functions[{functionPaths[path]}]: each path names one function.");
            }

            var source = await CheckFunctionSourceAsync(function, path, item, storedSources, Add, cancellationToken);

            if (!VisibilityText.TryParse(function.Visibility, FunctionVisibility.Public, out var visibility))
            {
                Add($"{item}.visibility", VisibilityText.Rule);
            }

            if (function.TimeoutMs is { } timeout && (timeout < 100 || timeout > options.MaxTimeoutMs))
            {
                Add($"{item}.timeoutMs", $"'timeoutMs' must be between 100 and {options.MaxTimeoutMs}.");
            }

            if (function.MemoryMb is { } memory && (memory < 1 || memory > options.MaxMemoryMb))
            {
                Add($"{item}.memoryMb", $"'memoryMb' must be between 1 and {options.MaxMemoryMb}.");
            }

            if (path is not null && source is not null)
            {
                validFunctions.Add(new BuildInputFunction(path, source, visibility, new FunctionLimits(function.TimeoutMs, function.MemoryMb)));
            }
        }

        var assetPaths = new Dictionary<string, int>(StringComparer.Ordinal);
        var validAssets = new List<BuildInputAsset>(assets.Count);
        for (var index = 0; index < assets.Count; index++)
        {
            var item = $"assets[{index}]";
            if (assets[index] is not { } asset)
            {
                Add(item, "An asset needs a path and its content (contentBase64) or the SHA-256 of content the service has (sha256).");
                continue;
            }

            var path = CheckPath(asset.Path, item, Add);
            if (path is not null && !assetPaths.TryAdd(path, index))
            {
                Add($"{item}.path", $"'{path}' is also the path of assets[{assetPaths[path]}]: each path names one asset.");
            }
            else if (path is not null && functionPaths.TryGetValue(path, out var function))
            {
                Add($"{item}.path", $"'{path}' is also the path of functions[{function}]: a path serves a function or an asset, not both.");
            }

            if (!VisibilityText.TryParse(asset.Visibility, AssetVisibility.Public, out var visibility))
            {
                Add($"{item}.visibility", VisibilityText.Rule);
            }

            string? contentType = null;
            if (path is not null)
            {
                contentType = AssetContentType.For(path, asset.ContentType);
                if (!AssetContentType.IsServable(contentType))
                {
                    Add($"{item}.contentType", "'contentType' is not a valid media type (e.g. 'text/plain; charset=utf-8').");
                    contentType = null;
                }
            }

            var content = await CheckContentAsync(service, asset, item, store.Blobs, Add, cancellationToken);
            if (path is not null && contentType is not null && content is { } found)
            {
                validAssets.Add(new BuildInputAsset(path, visibility, contentType, found.Bytes, found.Sha256));
            }
        }

        var libPaths = new Dictionary<string, int>(StringComparer.Ordinal);
        var validLib = new List<SharedCodeFile>(lib.Count);
        for (var index = 0; index < lib.Count; index++)
        {
            var item = $"lib[{index}]";
            if (lib[index] is not { } file)
            {
                Add(item, "A shared-code file needs a path under 'lib/' and a source.");
                continue;
            }

            if (SharedCodeRules.PathError(file.Path) is { } pathError)
            {
                Add($"{item}.path", pathError);
            }
            else if (!libPaths.TryAdd(file.Path!, index))
            {
                Add($"{item}.path", $"'{file.Path}' is also the path of lib[{libPaths[file.Path!]}]: each path names one file.");
            }

            var libSource = await CheckLibSourceAsync(file, item, storedSources, Add, cancellationToken);
            if (libSource is not null && SharedCodeRules.PathError(file.Path) is null)
            {
                validLib.Add(new SharedCodeFile(file.Path!, libSource));
            }
        }

        return errors.Count > 0 ? Refused(errors) : new Outcome(new BuildInput(validFunctions, validAssets, validLib), []);
    }

    private static Outcome Refused(Dictionary<string, List<string>> errors) =>
        new(null, errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));

    private static void CheckCount(int count, int maximum, string key, Action<string, string> add)
    {
        if (count > maximum)
        {
            add(key, $"A build holds at most {maximum} {key}; this bundle has {count}.");
        }
    }

    private static string? CheckPath(string? raw, string item, Action<string, string> add)
    {
        if (string.IsNullOrEmpty(raw))
        {
            add($"{item}.path", "'path' is required.");
            return null;
        }

        var path = StoragePath.Normalize(raw, out var error);
        if (path is null)
        {
            add($"{item}.path", error!);
        }

        return path;
    }

    // A function's source as sent, or the stored one its sha256 names (only for a path that passed its checks).
    private static async Task<string?> CheckFunctionSourceAsync(
        BundleFunction function, string? path, string item, StoredSources storedSources, Action<string, string> add, CancellationToken cancellationToken)
    {
        if (function.Sha256 is null)
        {
            if (string.IsNullOrWhiteSpace(function.Source))
            {
                add($"{item}.source", "'source' is required (the C# script of the function), or 'sha256' naming a stored version's source.");
                return null;
            }

            return function.Source;
        }

        if (function.Source is not null)
        {
            add(item, "Give exactly one of 'source' (the C# script) and 'sha256' (the source of a stored version of this path).");
            return null;
        }

        if (!ContentHash.IsValid(function.Sha256))
        {
            add($"{item}.sha256", $"'sha256' must be {ContentHash.Length} lowercase hex digits.");
            return null;
        }

        if (path is null)
        {
            return null;
        }

        return await storedSources.FunctionSourceAsync(path, function.Sha256, cancellationToken) ?? Missing();

        string? Missing()
        {
            add($"{item}.sha256", $"No stored version of '{path}' has the source with SHA-256 {function.Sha256}: send it as 'source'.");
            return null;
        }
    }

    private static async Task<string?> CheckLibSourceAsync(
        BundleLibFile file, string item, StoredSources storedSources, Action<string, string> add, CancellationToken cancellationToken)
    {
        if (file.Sha256 is null)
        {
            if (file.Source is null)
            {
                add($"{item}.source", "'source' is required (the C# of the shared-code file), or 'sha256' naming one a live build of the service has.");
            }

            return file.Source;
        }

        if (file.Source is not null)
        {
            add(item, "Give exactly one of 'source' (the C# of the shared-code file) and 'sha256' (one a live build of the service has).");
            return null;
        }

        if (!ContentHash.IsValid(file.Sha256))
        {
            add($"{item}.sha256", $"'sha256' must be {ContentHash.Length} lowercase hex digits.");
            return null;
        }

        var source = await storedSources.LibSourceAsync(file.Sha256!, cancellationToken);
        if (source is null)
        {
            add($"{item}.sha256", $"No build live in an environment of the service has a shared-code file with SHA-256 {file.Sha256}: send it as 'source'.");
        }

        return source;
    }

    private static async Task<(byte[]? Bytes, string? Sha256)?> CheckContentAsync(
        string service, BundleAsset asset, string item, IBlobStore blobs, Action<string, string> add, CancellationToken cancellationToken)
    {
        if ((asset.ContentBase64 is null) == (asset.Sha256 is null))
        {
            add(item, "Give exactly one of 'contentBase64' (the content) and 'sha256' (content the service already has).");
            return null;
        }

        if (asset.ContentBase64 is { } base64)
        {
            try
            {
                return (Convert.FromBase64String(base64), null);
            }
            catch (FormatException)
            {
                add($"{item}.contentBase64", "'contentBase64' is not valid base64.");
                return null;
            }
        }

        if (!ContentHash.IsValid(asset.Sha256))
        {
            add($"{item}.sha256", $"'sha256' must be {ContentHash.Length} lowercase hex digits.");
            return null;
        }

        if (!await blobs.HasAssetBlobAsync(service, asset.Sha256!, cancellationToken))
        {
            add($"{item}.sha256", $"The service has no asset content with SHA-256 {asset.Sha256}: send it as 'contentBase64'.");
            return null;
        }

        return (null, asset.Sha256);
    }
}
