namespace ScriptHost.Storage.Functions;

/// <summary>
/// One immutable deployment of a function: its source and the compiled assembly image, so a restarted
/// host serves it without recompiling. Only the build (<see cref="BuildKey"/> + <see cref="AssemblyImage"/>)
/// may be replaced later, e.g. after a compiler upgrade; the source never changes.
/// </summary>
public sealed record FunctionVersion(
    string Service,
    string Path,
    int Number,
    string Source,
    string SourceSha256,
    string BuildKey,
    ReadOnlyMemory<byte> AssemblyImage,
    DateTimeOffset CreatedAt);
