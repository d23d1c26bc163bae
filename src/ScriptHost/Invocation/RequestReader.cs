using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace ScriptHost.Invocation;

/// <summary>Reads a function request's body (bounded) and parameters: query, form, multipart fields or JSON.</summary>
internal static class RequestReader
{
    /// <summary>Thrown when the body is larger than allowed.</summary>
    internal sealed class BodyTooLargeException(long limit) : Exception($"The request body is larger than {limit} bytes.");

    /// <summary>Thrown when the body does not parse as its content type says.</summary>
    internal sealed class MalformedBodyException(string message) : Exception(message);

    public static async Task<IncomingRequest> ReadAsync(HttpRequest request, long maxBodyBytes, CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(request, maxBodyBytes, cancellationToken);
        var query = request.Query.Select(p => p).ToList();
        var mediaType = MediaType(request.ContentType);

        if (mediaType is "application/json" || (mediaType?.EndsWith("+json", StringComparison.Ordinal) ?? false))
        {
            if (body.Length == 0)
            {
                return new IncomingRequest(body, query, [], BodyIsJson: true, Json: null);
            }

            JsonNode? json;
            try
            {
                json = JsonNode.Parse(body);
            }
            catch (JsonException exception)
            {
                throw new MalformedBodyException($"The JSON body is malformed: {exception.Message}");
            }

            return new IncomingRequest(body, query, Flatten(json), BodyIsJson: true, json);
        }

        if (mediaType is "application/x-www-form-urlencoded")
        {
            var form = new FormReader(Encoding.UTF8.GetString(body)).ReadForm();
            return new IncomingRequest(body, query, [.. form], BodyIsJson: false, Json: null);
        }

        if (mediaType is "multipart/form-data")
        {
            request.Body = new MemoryStream(body, writable: false);
            try
            {
                var form = await request.ReadFormAsync(cancellationToken);
                return new IncomingRequest(body, query, [.. form], BodyIsJson: false, Json: null);
            }
            catch (InvalidDataException exception)
            {
                throw new MalformedBodyException($"The multipart body is malformed: {exception.Message}");
            }
        }

        return new IncomingRequest(body, query, [], BodyIsJson: false, Json: null);
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, long maxBodyBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBodyBytes)
        {
            throw new BodyTooLargeException(maxBodyBytes);
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
                throw new MalformedBodyException($"The body ended before the {length} bytes its Content-Length announced.");
            }

            return exact;
        }

        using var buffer = new MemoryStream();
        var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBodyBytes)
                {
                    throw new BodyTooLargeException(maxBodyBytes);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
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
