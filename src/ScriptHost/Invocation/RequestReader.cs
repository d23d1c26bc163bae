using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using ScriptHost.RequestBodies;

namespace ScriptHost.Invocation;

/// <summary>
/// Reads a function request's body (bounded) and parameters: query, form, multipart fields or JSON. A body that
/// cannot be read as its content type says is refused here, where it is read, with a
/// <see cref="BadHttpRequestException"/> carrying its 4xx status (400 malformed, 413 too large, 415 unknown charset);
/// <see cref="Hosting.ClientErrorExceptionHandler"/> answers it as problem details.
/// </summary>
internal static class RequestReader
{
    public static async Task<IncomingRequest> ReadAsync(HttpRequest request, long maxBodyBytes, CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(request, maxBodyBytes, cancellationToken);
        var query = request.Query.Select(p => p).ToList();
        var mediaType = MediaType(request.ContentType);

        if (JsonBodyEncoding.IsJson(request.ContentType))
        {
            if (!JsonBodyEncoding.TryGetEncoding(request.ContentType!, out var encoding, out var refusal))
            {
                throw new BadHttpRequestException(refusal!, StatusCodes.Status415UnsupportedMediaType);
            }

            // Read as the management API reads JSON: a declared charset other than UTF-8 is decoded, not misread.
            if (encoding.CodePage != Encoding.UTF8.CodePage)
            {
                body = Encoding.Convert(encoding, Encoding.UTF8, body);
            }

            if (body.Length == 0)
            {
                return new IncomingRequest(body, query, [], BodyIsJson: true, Json: null);
            }

            var json = ParseJson(body);
            return new IncomingRequest(body, query, Flatten(json), BodyIsJson: true, json);
        }

        if (mediaType is "application/x-www-form-urlencoded")
        {
            try
            {
                // FormReader's own limits (1,024 fields, 2,048-character names) bound the work a form can cause.
                var form = new FormReader(Encoding.UTF8.GetString(body)).ReadForm();
                return new IncomingRequest(body, query, [.. form], BodyIsJson: false, Json: null);
            }
            catch (InvalidDataException exception)
            {
                throw Malformed($"The form body is not accepted: {exception.Message}");
            }
        }

        if (mediaType is "multipart/form-data")
        {
            request.Body = new MemoryStream(body, writable: false);
            try
            {
                var form = await request.ReadFormAsync(cancellationToken);
                return new IncomingRequest(body, query, [.. form], BodyIsJson: false, Json: null);
            }
            catch (Exception exception) when (exception is InvalidDataException or IOException)
            {
                // The body is an in-memory copy: an IOException here is the multipart parser running out of body
                // (a missing closing boundary), never the network.
                throw Malformed($"The multipart body is malformed: {exception.Message}");
            }
        }

        return new IncomingRequest(body, query, [], BodyIsJson: false, Json: null);
    }

    /// <summary>
    /// Parses a JSON body whole, checking every string and property name decodes: <see cref="JsonNode"/> decodes
    /// strings lazily, so a lone surrogate escape (<c>"\ud800"</c>) or invalid UTF-8 would otherwise throw later,
    /// in the host or in the function. Such text is refused (I-JSON, RFC 7493 §2.1, forbids it) rather than passed
    /// on as a string that no JSON or UTF-8 writer can write back out.
    /// </summary>
    private static JsonNode? ParseJson(byte[] body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && !IsDecodable(ref reader))
                {
                    throw Malformed($"The JSON body holds a string that is not valid Unicode (a lone surrogate or invalid UTF-8) at byte {reader.TokenStartIndex}.");
                }
            }

            return JsonNode.Parse(body);
        }
        catch (JsonException exception)
        {
            throw Malformed($"The JSON body is malformed: {exception.Message}");
        }
    }

    private static bool IsDecodable(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return Utf8.IsValid(reader.ValueSpan);
        }

        try
        {
            reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static BadHttpRequestException Malformed(string detail) => new(detail, StatusCodes.Status400BadRequest);

    private static BadHttpRequestException TooLarge(long limit) =>
        new($"The request body is larger than {limit} bytes.", StatusCodes.Status413PayloadTooLarge);

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, long maxBodyBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBodyBytes)
        {
            throw TooLarge(maxBodyBytes);
        }

        if (request.ContentLength == 0)
        {
            return [];
        }

        // Twilio always sends Content-Length: read straight into an array of that size, with no copying.
        if (request.ContentLength is { } length)
        {
            var exact = new byte[length];
            try
            {
                await request.Body.ReadExactlyAsync(exact, cancellationToken);
            }
            catch (EndOfStreamException)
            {
                throw Malformed($"The body ended before the {length} bytes its Content-Length announced.");
            }

            return exact;
        }

        return await BoundedBody.ReadAsync(request.Body, maxBodyBytes, cancellationToken) ?? throw TooLarge(maxBodyBytes);
    }

    private static string? MediaType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return null;
        }

        var semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        return (semicolon < 0 ? contentType : contentType[..semicolon]).Trim().ToLowerInvariant();
    }

    /// <summary>
    /// A JSON object's top-level properties as string parameters: strings as they are, other scalars as their JSON
    /// text, arrays as repeated values, objects as JSON text. The typed tree stays available as <c>Event.Json</c>.
    /// </summary>
    private static List<KeyValuePair<string, StringValues>> Flatten(JsonNode? json)
    {
        var parameters = new List<KeyValuePair<string, StringValues>>();
        if (json is not JsonObject obj)
        {
            return parameters;
        }

        foreach (var (name, value) in obj)
        {
            var values = value is JsonArray array
                ? new StringValues([.. array.Select(Text)])
                : new StringValues(Text(value));
            parameters.Add(new(name, values));
        }

        return parameters;
    }

    private static string Text(JsonNode? node) => node switch
    {
        null => string.Empty,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => node.ToJsonString(),
    };
}
