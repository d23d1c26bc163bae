using System.Net;
using System.Text.Json;

namespace ScriptHost.Api.Client;

/// <summary>
/// A non-2xx answer of the management API, read as its RFC 9457 problem: status, title, detail and, for validation
/// problems, the errors by field. <see cref="OneLine"/> is what a terminal shows.
/// </summary>
public sealed class ApiProblemException : Exception
{
    public ApiProblemException()
        : this(HttpStatusCode.InternalServerError, null, null, new Dictionary<string, string[]>(), string.Empty)
    {
    }

    public ApiProblemException(string message)
        : base(message)
    {
        Errors = new Dictionary<string, string[]>();
        Body = string.Empty;
    }

    public ApiProblemException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = new Dictionary<string, string[]>();
        Body = string.Empty;
    }

    public ApiProblemException(HttpStatusCode status, string? title, string? detail, IReadOnlyDictionary<string, string[]> errors, string body)
        : base(Describe((int)status, title, detail, errors))
    {
        Status = status;
        Title = title;
        Detail = detail;
        Errors = errors;
        Body = body;
    }

    public HttpStatusCode Status { get; }

    public string? Title { get; }

    public string? Detail { get; }

    /// <summary>
    /// The problem's <c>errors</c>: messages by field for a validation problem (<c>functions[0].source</c>); for a
    /// compile refusal (a function PUT's or a snippet's 422), each diagnostic under <c>line:column</c>.
    /// </summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <summary>The answer's body as it came (a problem document, or whatever a proxy answered instead).</summary>
    public string Body { get; }

    /// <summary>The problem on one line: <c>422 Build failed: functions[0].source: 'source' is required.</c></summary>
    public string OneLine => Message;

    /// <summary>Reads a refusal: its problem document when it has one, else its status and the start of its body.</summary>
    public static ApiProblemException From(HttpStatusCode status, string? reasonPhrase, string body)
    {
        string? title = null;
        string? detail = null;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                title = Text(root, "title");
                detail = Text(root, "detail");
                if (root.TryGetProperty("errors", out var listed))
                {
                    ReadErrors(listed, errors);
                }
            }
        }
        catch (JsonException)
        {
            // Not a problem document (a proxy's HTML page, say): the status and the start of the body say enough.
            detail = body.Length > 200 ? body[..200] + "…" : body;
        }

        return new ApiProblemException(status, title ?? reasonPhrase, string.IsNullOrWhiteSpace(detail) ? null : detail, errors, body);
    }

    private static void ReadErrors(JsonElement listed, Dictionary<string, string[]> errors)
    {
        if (listed.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in listed.EnumerateObject())
            {
                errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                    ? [.. field.Value.EnumerateArray().Select(message => message.ToString())]
                    : [field.Value.ToString()];
            }
        }
        else if (listed.ValueKind == JsonValueKind.Array)
        {
            // Compile diagnostics: {id, severity, message, line, column, ...}.
            foreach (var diagnostic in listed.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.Object))
            {
                var at = diagnostic.TryGetProperty("line", out var line) && diagnostic.TryGetProperty("column", out var column)
                    ? $"{line}:{column}"
                    : "source";
                var message = $"{Text(diagnostic, "id")} {Text(diagnostic, "message")}".Trim();
                errors[at] = errors.TryGetValue(at, out var before) ? [.. before, message] : [message];
            }
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Describe(int status, string? title, string? detail, IReadOnlyDictionary<string, string[]> errors)
    {
        var line = $"{status} {title ?? "Error"}";
        if (!string.IsNullOrWhiteSpace(detail) && detail != title)
        {
            line += ": " + detail.Trim();
        }

        var fields = errors.Select(error => $"{error.Key}: {string.Join(" ", error.Value)}").ToList();
        if (fields.Count > 0)
        {
            line += (detail is null ? ": " : " — ") + string.Join("; ", fields);
        }

        return line.ReplaceLineEndings(" ");
    }
}
