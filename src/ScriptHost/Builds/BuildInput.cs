using ScriptHost.Sandbox.Compilation.SharedCode;
using ScriptHost.Storage.Assets;
using ScriptHost.Storage.Functions;

namespace ScriptHost.Builds;

/// <summary>
/// What a build is made of, checked whole (<see cref="BundleValidator"/>) and ready to store and compile: functions by
/// stored path (<c>/sms</c>), assets with their content or the hash of stored content, shared code by bundle path
/// (<c>lib/x.cs</c>).
/// </summary>
internal sealed record BuildInput(
    IReadOnlyList<BuildInputFunction> Functions,
    IReadOnlyList<BuildInputAsset> Assets,
    IReadOnlyList<SharedCodeFile> Lib);

/// <summary>A function to compile into a build.</summary>
internal sealed record BuildInputFunction(string Path, string Source, FunctionVisibility Visibility, FunctionLimits Limits);

/// <summary>An asset of a build: <see cref="Content"/> to store, or null when <see cref="Sha256"/> names content the service has.</summary>
internal sealed record BuildInputAsset(string Path, AssetVisibility Visibility, string ContentType, byte[]? Content, string? Sha256);
