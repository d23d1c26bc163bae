using ScriptHost.Sandbox.Compilation;
using ScriptHost.Storage.Builds;
using ScriptHost.Storage.Functions;

namespace ScriptHost.Deployments;

/// <summary>One change a single-item management route makes to an environment's live build (the simple path).</summary>
internal abstract record EnvironmentChange(string Path)
{
    /// <summary>
    /// Adds or replaces the function at <see cref="EnvironmentChange.Path"/>, already compiled with the build's shared
    /// code, as the stored version <paramref name="Version"/> chooses: a new one for a deploy, the one rolled back to;
    /// <see cref="Warnings"/> are what that compile reported, kept with the build (none when it reused an image).
    /// </summary>
    public sealed record PutFunction(
        string Path,
        string Source,
        FunctionVisibility Visibility,
        FunctionLimits Limits,
        CompiledScript Compiled,
        FunctionVersionChoice Version,
        IReadOnlyList<ScriptDiagnostic>? Warnings = null)
        : EnvironmentChange(Path);

    public sealed record RemoveFunction(string Path) : EnvironmentChange(Path);

    /// <summary>Adds or replaces an asset whose blob is already stored.</summary>
    public sealed record PutAsset(BuildAssetReference Asset) : EnvironmentChange(Asset.Path);

    public sealed record RemoveAsset(string Path) : EnvironmentChange(Path);
}
