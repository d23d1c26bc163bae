namespace ScriptHost.Storage.Functions;

/// <summary>What a deploy stores: a new version's source and build, and the function's visibility and limits.</summary>
public sealed record FunctionDeployment(
    string Service,
    string Path,
    string Source,
    string BuildKey,
    ReadOnlyMemory<byte> AssemblyImage,
    FunctionVisibility Visibility,
    FunctionLimits Limits);
