using System.Text;
using Microsoft.Net.Http.Headers;

namespace ScriptHost.RequestBodies;

/// <summary>
/// The one rule for which request bodies are JSON and which charsets a JSON body may declare. The management API's
/// JSON binding and the invocation route's body reader both decode by it, so a charset this runtime cannot decode is
/// refused alike on every route (415) instead of failing deep inside a reader.
/// </summary>
internal static class JsonBodyEncoding
{
    /// <summary>True for <c>application/json</c> and any <c>+json</c> media type, as the framework's JSON binding reads them.</summary>
    public static bool IsJson(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return false;
        }

        var semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        var mediaType = (semicolon < 0 ? contentType : contentType[..semicolon]).AsSpan().Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The encoding a JSON body's <paramref name="contentType"/> declares (UTF-8 when it names none), or a reason it
    /// cannot be decoded: a Content-Type that does not parse, or a charset this runtime has no encoding for.
    /// </summary>
    public static bool TryGetEncoding(string contentType, out Encoding encoding, out string? refusal)
    {
        encoding = Encoding.UTF8;
        refusal = null;
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType))
        {
            refusal = $"The Content-Type header '{contentType}' is not a valid media type.";
            return false;
        }

        var charset = mediaType.Charset;
        if (!charset.HasValue || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // As the framework reads it: at most one pair of quotes around the name.
        var name = charset.Length > 2 && charset[0] == '"' && charset[^1] == '"' ? charset.Substring(1, charset.Length - 2) : charset.Value!;
        try
        {
            encoding = Encoding.GetEncoding(name);
            return true;
        }
        catch (ArgumentException)
        {
            refusal = $"The charset '{name}' is not supported: send JSON as UTF-8.";
            return false;
        }
    }
}
