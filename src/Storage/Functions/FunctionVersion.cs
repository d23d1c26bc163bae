namespace ScriptHost.Storage.Functions;

/// <summary>
/// One immutable version of a function: its source, and <see cref="BuildKey"/>, the key the compiler gave it when the
/// version was made, under which the blob store keeps its compiled image (<see cref="Blobs.IBlobStore.GetImageAsync"/>);
/// a reader that needs the image asks for it there, so reading a version never reads an image nobody uses.
/// </summary>
public sealed record FunctionVersion(
    string Service,
    string Path,
    int Number,
    string Source,
    string SourceSha256,
    string BuildKey,
    DateTimeOffset CreatedAt);
