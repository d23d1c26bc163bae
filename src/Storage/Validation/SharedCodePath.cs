namespace ScriptHost.Storage.Validation;

/// <summary>
/// The rule for a build's shared-code files: a <see cref="StoragePath"/> under <c>/lib/</c> ending in <c>.cs</c>
/// (e.g. <c>/lib/greeting.cs</c>). A bundle's <c>lib/x.cs</c> is stored as <c>/lib/x.cs</c>.
/// </summary>
public static class SharedCodePath
{
    public const string Folder = "/lib/";

    public const string Extension = ".cs";

    public static bool IsValid(string? path) =>
        StoragePath.IsValid(path)
        && path!.StartsWith(Folder, StringComparison.Ordinal)
        && path.EndsWith(Extension, StringComparison.Ordinal)
        && path.Length > Folder.Length + Extension.Length;

    /// <summary>
    /// The stored form of a bundle's relative path (<c>lib/x.cs</c> → <c>/lib/x.cs</c>). The one conversion between the
    /// two spellings: bundles, the compiler and diagnostics use the relative one, storage this one.
    /// </summary>
    public static string ToStored(string relativePath) => "/" + relativePath;

    /// <summary>The relative form bundles, the compiler and diagnostics use (<c>/lib/x.cs</c> → <c>lib/x.cs</c>).</summary>
    public static string ToRelative(string storedPath) => storedPath.StartsWith('/') ? storedPath[1..] : storedPath;
}
