using ScriptHost.Storage.Builds;
using ScriptHost.Storage.Errors;

namespace ScriptHost.Storage.Validation;

/// <summary>Checks for environments, builds, deployments and blobs; every backend validates with these before writing.</summary>
internal static partial class Guard
{
    public static void EnvironmentName(string? name, string parameterName = "environment")
    {
        if (!Validation.EnvironmentName.IsValid(name))
        {
            throw new StorageValidationException(parameterName, $"Environment name '{name}' is invalid: use 1–{Validation.EnvironmentName.MaxLength} lowercase letters, digits or hyphens.");
        }
    }

    public static void Sha256(string? hash, string parameterName = "sha256")
    {
        if (!ContentHash.IsValid(hash))
        {
            throw new StorageValidationException(parameterName, $"'{hash}' is not a SHA-256: use {ContentHash.Length} lowercase hex digits.");
        }
    }

    public static void Id(int id, string parameterName)
    {
        if (id < 1)
        {
            throw new StorageValidationException(parameterName, $"{id} is not a valid {parameterName}: numbers start at 1.");
        }
    }

    public static void BuildRequest(BuildRequest? request)
    {
        NotNull(request, "request");
        ServiceName(request!.Service);
        Defined(request.Origin, "origin");
        if (request.BaseBuildId is { } baseBuild)
        {
            Id(baseBuild, "baseBuildId");
        }

        NotNull(request.Functions, "functions");
        NotNull(request.Assets, "assets");
        NotNull(request.Lib, "lib");
        AtMost(request.Functions.Count, BuildLimits.MaxFunctions, "functions");
        AtMost(request.Assets.Count, BuildLimits.MaxAssets, "assets");
        AtMost(request.Lib.Count, BuildLimits.MaxLibFiles, "lib");
        for (var index = 0; index < request.Functions.Count; index++)
        {
            var function = request.Functions[index];
            NotNull(function, $"functions[{index}]");
            At($"functions[{index}]", () =>
            {
                FunctionPath(function.Path);
                Defined(function.Visibility, "visibility");
                Limits(function.Limits);
                Sha256(function.SourceSha256, "sourceSha256");
            });
        }

        for (var index = 0; index < request.Assets.Count; index++)
        {
            var asset = request.Assets[index];
            NotNull(asset, $"assets[{index}]");
            At($"assets[{index}]", () =>
            {
                AssetPath(asset.Path);
                Defined(asset.Visibility, "visibility");
                ContentType(asset.ContentType);
                Sha256(asset.Sha256);
            });
        }

        for (var index = 0; index < request.Lib.Count; index++)
        {
            var file = request.Lib[index];
            NotNull(file, $"lib[{index}]");
            At($"lib[{index}]", () =>
            {
                if (!SharedCodePath.IsValid(file.Path))
                {
                    throw new StorageValidationException("path", $"Shared-code path '{file.Path}' is invalid: a path under '{SharedCodePath.Folder}' ending in '{SharedCodePath.Extension}'.");
                }

                Source(file.Source);
                WellFormedText(file.Source, "source");
            });
        }

        Unique(request.Functions.Select(function => function.Path), "functions");
        Unique(request.Assets.Select(asset => asset.Path), "assets");
        Unique(request.Lib.Select(file => file.Path), "lib");
    }

    public static void CompiledFunctions(IReadOnlyList<CompiledBuildFunction>? functions)
    {
        NotNull(functions, "functions");
        AtMost(functions!.Count, BuildLimits.MaxFunctions, "functions");
        for (var index = 0; index < functions.Count; index++)
        {
            var function = functions[index];
            NotNull(function, $"functions[{index}]");
            At($"functions[{index}]", () =>
            {
                FunctionPath(function.Path);
                Source(function.Source);
                WellFormedText(function.Source, "source");
                Defined(function.Visibility, "visibility");
                Limits(function.Limits);
                ImageKey(function.ImageKey);
                if (!function.Image.IsEmpty)
                {
                    Image(function.Image);
                }

                NotNull(function.Version, "version");
                if (function.Version.ExistingNumber is { } existing)
                {
                    VersionNumber(existing);
                }
            });
        }

        Unique(functions.Select(function => function.Path), "functions");
    }

    public static void Diagnostics(IReadOnlyList<BuildDiagnostic>? diagnostics, string? reason)
    {
        NotNull(diagnostics, "diagnostics");
        if (diagnostics!.Count > BuildLimits.MaxDiagnostics)
        {
            throw new ValueTooLargeException(diagnostics.Count, BuildLimits.MaxDiagnostics, $"{diagnostics.Count} diagnostics; a build keeps at most {BuildLimits.MaxDiagnostics}.");
        }

        for (var index = 0; index < diagnostics.Count; index++)
        {
            var diagnostic = diagnostics[index];
            NotNull(diagnostic, $"diagnostics[{index}]");
            At($"diagnostics[{index}]", () =>
            {
                if (string.IsNullOrEmpty(diagnostic.Id) || diagnostic.Id.Length > MaxBuildKeyLength)
                {
                    throw new StorageValidationException("id", $"A diagnostic id must be 1–{MaxBuildKeyLength} characters.");
                }

                Defined(diagnostic.Severity, "severity");
                Message(diagnostic.Message, "message");
                if (diagnostic.File is { } file && (file.Length > StoragePath.MaxLength || file.Any(char.IsControl)))
                {
                    throw new StorageValidationException("file", $"A diagnostic's file must be at most {StoragePath.MaxLength} printable characters.");
                }

                if (diagnostic.Line < 0 || diagnostic.Column < 0 || diagnostic.EndLine < 0 || diagnostic.EndColumn < 0)
                {
                    throw new StorageValidationException("line", "Diagnostic lines and columns must not be negative.");
                }
            });
        }

        if (reason is not null)
        {
            Message(reason, "reason");
        }
    }

    /// <summary>The diagnostics a build completes with: as <see cref="Diagnostics"/>, and warnings only.</summary>
    public static void Warnings(IReadOnlyList<BuildDiagnostic>? diagnostics)
    {
        Diagnostics(diagnostics, reason: null);
        for (var index = 0; index < diagnostics!.Count; index++)
        {
            if (diagnostics[index].Severity != BuildDiagnosticSeverity.Warning)
            {
                throw new StorageValidationException($"diagnostics[{index}].severity", $"diagnostics[{index}]: a completed build has no errors; a build with an error fails.");
            }
        }
    }

    public static void CompiledPaths(IReadOnlyCollection<string>? paths)
    {
        if (paths is null)
        {
            return;
        }

        AtMost(paths.Count, BuildLimits.MaxFunctions, "compiledPaths");
        foreach (var path in paths)
        {
            NotNull(path, "compiledPaths");
        }
    }

    public static void Message(string? message, string parameterName)
    {
        if (message is null || message.Length > BuildLimits.MaxMessageLength)
        {
            throw new StorageValidationException(parameterName, $"The {parameterName} must be at most {BuildLimits.MaxMessageLength} characters.");
        }
    }

    private static void AtMost(int count, int maximum, string parameterName)
    {
        if (count > maximum)
        {
            throw new StorageValidationException(parameterName, $"{count} {parameterName}; a build holds at most {maximum}.");
        }
    }

    private static void Unique(IEnumerable<string> paths, string parameterName)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (!seen.Add(path))
            {
                throw new StorageValidationException(parameterName, $"'{path}' appears twice in {parameterName}.");
            }
        }
    }

    // Runs an item's checks and names the item in what they throw ("assets[3].path"), so a caller can point at it.
    private static void At(string item, Action check)
    {
        try
        {
            check();
        }
        catch (StorageValidationException exception)
        {
            throw new StorageValidationException($"{item}.{exception.ParameterName}", $"{item}: {exception.Message}");
        }
        catch (ValueTooLargeException exception)
        {
            throw new ValueTooLargeException(exception.ActualBytes, exception.MaximumBytes, $"{item}: {exception.Message}");
        }
    }
}
