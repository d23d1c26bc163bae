using System.Text;
using ScriptHost.Sandbox.Compilation.SharedCode;
using ScriptHost.Storage.Validation;

namespace ScriptHost.Cli.Project;

/// <summary>
/// Reads a folder by the convention: <c>functions/**/*.csx</c> (path = URL path without the extension),
/// <c>assets/**</c>, <c>lib/**/*.cs</c>. Paths are checked with the server's own rules (StoragePath, SharedCodeRules,
/// compiled into this tool), so a name the server would refuse is reported here, with its file, before any upload.
/// Dot-files (<c>.gitkeep</c>, <c>.DS_Store</c>) are skipped: they are never content.
/// </summary>
internal static class ProjectScanner
{
    // Strict UTF-8: a source that is not valid UTF-8 is reported rather than silently changed by replacement characters.
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ProjectScan Scan(string root)
    {
        var problems = new List<string>();
        var functions = ScanFunctions(root, problems);
        var assets = ScanAssets(root, problems);
        var lib = ScanLib(root, problems);
        return new ProjectScan(root, functions, assets, lib, problems);
    }

    private static List<LocalFunction> ScanFunctions(string root, List<string> problems)
    {
        var functions = new List<LocalFunction>();
        foreach (var (file, fullPath) in Files(root, ProjectLayout.FunctionsFolder).Where(file => file.Relative.EndsWith(ProjectLayout.FunctionExtension, StringComparison.Ordinal)))
        {
            var (name, suffixVisibility) = VisibilityConvention.FromFileName(Path.GetFileNameWithoutExtension(file));
            var folder = Path.GetDirectoryName(file[(ProjectLayout.FunctionsFolder.Length + 1)..])!.Replace('\\', '/');
            var path = StoragePath.Normalize(folder.Length == 0 ? name : $"{folder}/{name}", out var pathError);
            if (path is null)
            {
                problems.Add($"{file}: {pathError}");
                continue;
            }

            if (ReadSource(fullPath, file, problems) is not { } source)
            {
                continue;
            }

            var frontMatter = VisibilityConvention.FromFrontMatter(source);
            if (suffixVisibility is not null && frontMatter is not null && suffixVisibility != frontMatter)
            {
                problems.Add($"{file}: the file name says {Lower(suffixVisibility.Value)} but its first line says {Lower(frontMatter.Value)}; keep one.");
                continue;
            }

            functions.Add(new LocalFunction(path, suffixVisibility ?? frontMatter ?? Visibility.Public, file, source, ProjectHashing.OfSource(source)));
        }

        ReportDuplicates(functions.Select(function => (function.Path, function.File)), "function", problems);
        return functions;
    }

    private static List<LocalAsset> ScanAssets(string root, List<string> problems)
    {
        var assets = new List<LocalAsset>();
        foreach (var (file, fullPath) in Files(root, ProjectLayout.AssetsFolder))
        {
            var (name, visibility) = VisibilityConvention.FromFileName(Path.GetFileName(file));
            var folder = Path.GetDirectoryName(file[(ProjectLayout.AssetsFolder.Length + 1)..])!.Replace('\\', '/');
            var path = StoragePath.Normalize(folder.Length == 0 ? name : $"{folder}/{name}", out var pathError);
            if (path is null)
            {
                problems.Add($"{file}: {pathError}");
                continue;
            }

            assets.Add(new LocalAsset(path, visibility ?? Visibility.Public, file, fullPath, new FileInfo(fullPath).Length, ProjectHashing.OfFile(fullPath)));
        }

        ReportDuplicates(assets.Select(asset => (asset.Path, asset.File)), "asset", problems);
        return assets;
    }

    private static List<LocalLibFile> ScanLib(string root, List<string> problems)
    {
        var lib = new List<LocalLibFile>();
        foreach (var (file, fullPath) in Files(root, ProjectLayout.LibFolder).Where(file => file.Relative.EndsWith(ProjectLayout.LibExtension, StringComparison.Ordinal)))
        {
            if (SharedCodeRules.PathError(file) is { } pathError)
            {
                problems.Add($"{file}: {pathError}");
                continue;
            }

            if (ReadSource(fullPath, file, problems) is { } source)
            {
                lib.Add(new LocalLibFile(file, source, ProjectHashing.OfSource(source)));
            }
        }

        if (lib.Count > SharedCodeRules.MaxFiles)
        {
            problems.Add($"{ProjectLayout.LibFolder}/: {lib.Count} shared code files; a build takes at most {SharedCodeRules.MaxFiles}.");
        }

        return lib;
    }

    /// <summary>The files under <paramref name="folder"/>, relative to the root with forward slashes, in a stable order.</summary>
    private static IEnumerable<(string Relative, string FullPath)> Files(string root, string folder)
    {
        var start = Path.Combine(root, folder);
        if (!Directory.Exists(start))
        {
            return [];
        }

        return Directory.EnumerateFiles(start, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
            .Select(fullPath => (Relative: Path.GetRelativePath(root, fullPath).Replace('\\', '/'), FullPath: fullPath))
            .Where(file => !file.Relative.Split('/').Any(segment => segment.StartsWith('.')))
            .OrderBy(file => file.Relative, StringComparer.Ordinal);
    }

    private static string? ReadSource(string fullPath, string file, List<string> problems)
    {
        try
        {
            // The reader drops a UTF-8 byte-order mark, as the text sent in a bundle's JSON has none.
            return File.ReadAllText(fullPath, s_strictUtf8);
        }
        catch (DecoderFallbackException)
        {
            problems.Add($"{file}: not valid UTF-8 text.");
            return null;
        }
    }

    private static void ReportDuplicates(IEnumerable<(string Path, string File)> items, string kind, List<string> problems)
    {
        foreach (var group in items.GroupBy(item => item.Path, StringComparer.Ordinal).Where(group => group.Count() > 1))
        {
            problems.Add($"{string.Join(", ", group.Select(item => item.File))}: these files are all the {kind} {group.Key}; keep one.");
        }
    }

    private static string Lower(Visibility visibility) => visibility.ToString().ToLowerInvariant();
}
