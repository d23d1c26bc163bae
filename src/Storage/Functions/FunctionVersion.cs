namespace ScriptHost.Storage.Functions;

/// <summary>
/// One immutable version of a function: its source, and the compiled assembly image stored under
/// <see cref="BuildKey"/> (the key the compiler gave it when the version was made), so a restarted host serves it
/// without recompiling.
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
