using System.Buffers;
using System.Text;
using ScriptHost.Functions;

namespace ScriptHost.Egress;

/// <summary>Reads a response whole into an <see cref="HttpResult"/>, refusing bodies over the size limit.</summary>
internal static class OutboundResponseReader
{
    public static async Task<HttpResult> ReadAsync(HttpResponseMessage response, string host, int maxBytes, CancellationToken cancellationToken)
    {
        var headers = ReadHeaders(response);

        // Refuse up front when the server says how big the body is; otherwise count as it arrives.
        if (response.Content.Headers.ContentLength > maxBytes)
        {
            throw TooLarge(host, maxBytes);
        }

        var body = await ReadBodyAsync(response.Content, host, maxBytes, cancellationToken).ConfigureAwait(false);
        return new HttpResult((int)response.StatusCode, headers, Decode(body, response.Content.Headers.ContentType?.CharSet));
    }

    private static Dictionary<string, string> ReadHeaders(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers.NonValidated.Concat(response.Content.Headers.NonValidated))
        {
            var key = name.ToLowerInvariant();
            var joined = string.Join(", ", values);
            headers[key] = headers.TryGetValue(key, out var earlier) ? earlier + ", " + joined : joined;
        }

        return headers;
    }

    private static async Task<MemoryStream> ReadBodyAsync(HttpContent content, string host, int maxBytes, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var body = new MemoryStream();
            var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
            try
            {
                int read;
                while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    if (body.Length + read > maxBytes)
                    {
                        throw TooLarge(host, maxBytes);
                    }

                    body.Write(chunk, 0, read);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }

            body.Position = 0;
            return body;
        }
    }

    private static string Decode(MemoryStream body, string? charset)
    {
        var encoding = Encoding.UTF8;
        if (!string.IsNullOrWhiteSpace(charset))
        {
            try
            {
                encoding = Encoding.GetEncoding(charset.Trim('"', ' '));
            }
            catch (ArgumentException)
            {
                // An unknown charset is the server's mistake; UTF-8 is the most useful guess.
            }
        }

        using var reader = new StreamReader(body, encoding, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static EgressDeniedException TooLarge(string host, int maxBytes) =>
        new(host, null, $"the response body is larger than the {FormatSize(maxBytes)} limit");

    private static string FormatSize(int bytes) =>
        bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MB" : bytes % 1024 == 0 ? $"{bytes / 1024} KB" : $"{bytes} bytes";
}
