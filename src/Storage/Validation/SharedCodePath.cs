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
}
