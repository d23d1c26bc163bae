namespace ScriptHost.Api.Contracts.Builds;

/// <summary>
/// A bundle as <c>POST /api/services/{service}/builds</c> takes it: the contract the console, the CLI and scripts share.
/// Fields are only ever added, never renamed. Missing lists are empty.
/// </summary>
public sealed record BundleRequest(
    IReadOnlyList<BundleFunction?>? Functions,
    IReadOnlyList<BundleAsset?>? Assets,
    IReadOnlyList<BundleLibFile?>? Lib);

/// <summary>
/// A function of a bundle: its path, its C# source (<c>source</c>) or the SHA-256 of a source a stored version of that
/// path has (<c>sha256</c>, so an unchanged function is not sent again), exactly one of them; its visibility and,
/// optionally, its limits (as the function PUT route takes them).
/// </summary>
public sealed record BundleFunction(string? Path, string? Source, string? Visibility, int? TimeoutMs, int? MemoryMb, string? Sha256 = null);

/// <summary>
/// An asset of a bundle: its content (<c>contentBase64</c>) or the SHA-256 of content the service already has
/// (<c>sha256</c>), exactly one of them; <c>contentType</c> is inferred from the extension when missing.
/// </summary>
public sealed record BundleAsset(string? Path, string? Visibility, string? ContentBase64, string? Sha256, string? ContentType);

/// <summary>
/// A shared-code file of a bundle: a path under <c>lib/</c> ending in <c>.cs</c>, and its C# source (<c>source</c>) or
/// the SHA-256 of a shared-code file in a build one of the service's environments serves (<c>sha256</c>), exactly one.
/// </summary>
public sealed record BundleLibFile(string? Path, string? Source, string? Sha256 = null);
