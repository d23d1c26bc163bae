using ScriptHost.Storage.Validation;

namespace ScriptHost.Cli.Project;

/// <summary>
/// The hashes a bundle names content by, computed exactly as the server does (src/Storage/Validation/ContentHash.cs,
/// compiled into this tool): a function's or shared code file's hash is SHA-256 of its source text's UTF-8 bytes
/// (<c>ContentHash.OfText</c>, as BuildRunner and LiteDbBuildStore hash stored sources); an asset's is SHA-256 of its
/// raw bytes (<c>ContentHash.Of</c>, as LiteDbBlobStore addresses blobs). Sources are read as UTF-8 text without a
/// byte-order mark — the text the bundle sends as a JSON string — so the hash matches what the server stores.
/// </summary>
internal static class ProjectHashing
{
    public static string OfSource(string source) => ContentHash.OfText(source);

    public static string OfFile(string fullPath) => ContentHash.Of(File.ReadAllBytes(fullPath));
}
