using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace ScriptHost.Assets;

/// <summary>
/// The media type an uploaded asset is stored and served with. A type the uploader chose is kept; a missing one, or a
/// form type, is taken from the file extension. curl sends <c>--data-binary @logo.png</c> as
/// <c>application/x-www-form-urlencoded</c> unless told otherwise, so a form type says how the bytes were sent, not
/// what they are.
/// </summary>
internal static class AssetContentType
{
    /// <summary>What an asset whose extension says nothing is served as.</summary>
    public const string Unknown = "application/octet-stream";

    // The framework's table (the one static files are served by), kept current by ASP.NET Core rather than by hand.
    private static readonly FileExtensionContentTypeProvider ByExtension = new();

    /// <summary>The type to store for an asset at <paramref name="path"/> uploaded with <paramref name="declared"/>.</summary>
    public static string For(string path, string? declared)
    {
        if (!string.IsNullOrWhiteSpace(declared) && !IsFormType(declared))
        {
            return declared;
        }

        return ByExtension.TryGetContentType(path, out var inferred) ? inferred : Unknown;
    }

    /// <summary>
    /// True when <paramref name="contentType"/> can be stored and served back as a response header: printable ASCII
    /// that parses as a media type.
    /// </summary>
    public static bool IsServable(string contentType) =>
        contentType.All(c => c is >= ' ' and <= '~') && MediaTypeHeaderValue.TryParse(contentType, out _);

    private static bool IsFormType(string declared) =>
        MediaTypeHeaderValue.TryParse(declared, out var parsed)
        && (parsed.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
            || parsed.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase));
}
