using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Net.Http.Headers;
using ScriptHost.Functions;
using ScriptHost.Problems;
using ScriptHost.Sandbox.Invocation;

namespace ScriptHost.Invocation;

/// <summary>
/// Maps what a function returned to the HTTP response: string → text/plain, TwiML → text/xml, <see cref="Response"/>
/// → as built, bytes → octet-stream, null → empty 200, anything else → JSON. Errors become problem details: the
/// script's own exception → 500 with its line, time limit → 504, other limits → 500 naming the limit.
/// </summary>
internal static class FunctionResultWriter
{
    public static IResult ToHttpResult(InvocationResult result, JsonSerializerOptions jsonOptions, long maxResponseBytes)
    {
        if (!result.Succeeded)
        {
            return ErrorResult(result.Status, result.Error!);
        }

        try
        {
            var rendered = Render(result.Value, jsonOptions);
            if (rendered.Body.Length > maxResponseBytes)
            {
                return ErrorResult(InvocationStatus.OutputLimitExceeded, new ScriptError(
                    "OutputLimitExceeded",
                    $"The function's response is larger than its output limit of {maxResponseBytes / 1024} KB.",
                    null,
                    null));
            }

            return new RenderedFunctionResult(rendered);
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException or InvalidOperationException)
        {
            return ErrorResult(InvocationStatus.Faulted, new ScriptError(
                exception.GetType().FullName!, "The function's result could not be serialized as JSON: " + exception.Message, null, null));
        }
    }

    public static IResult ErrorResult(InvocationStatus status, ScriptError error)
    {
        var extensions = new Dictionary<string, object?> { ["errorType"] = error.Type };
        if (error.Line is { } line)
        {
            extensions["line"] = line;
        }

        if (error.Column is { } column)
        {
            extensions["column"] = column;
        }

        return status switch
        {
            InvocationStatus.TimeLimitExceeded => Problem.Of(StatusCodes.Status504GatewayTimeout, "Time limit exceeded", error.Message, extensions),
            InvocationStatus.MemoryLimitExceeded => Problem.Of(StatusCodes.Status500InternalServerError, "Memory limit exceeded", error.Message, extensions),
            InvocationStatus.StackLimitExceeded => Problem.Of(StatusCodes.Status500InternalServerError, "Stack limit exceeded", error.Message, extensions),
            InvocationStatus.OutputLimitExceeded => Problem.Of(StatusCodes.Status500InternalServerError, "Output limit exceeded", error.Message, extensions),
            _ => Problem.Of(StatusCodes.Status500InternalServerError, "Function error", error.Message, extensions),
        };
    }

    /// <summary>The status, headers, cookies and body bytes a function's value turns into.</summary>
    internal static RenderedResponse Render(object? value, JsonSerializerOptions jsonOptions)
    {
        switch (value)
        {
            case null:
                return new RenderedResponse(200, null, [], [], []);
            case string text:
                return new RenderedResponse(200, "text/plain; charset=utf-8", [], [], Encoding.UTF8.GetBytes(text));
            case byte[] bytes:
                return new RenderedResponse(200, "application/octet-stream", [], [], bytes);
            case Response response:
                return RenderResponse(response, jsonOptions);
            case JsonNode node:
                return new RenderedResponse(200, "application/json; charset=utf-8", [], [], Encoding.UTF8.GetBytes(node.ToJsonString()));
            default:
                if (TwimlDocument.TryRender(value) is { } xml)
                {
                    return new RenderedResponse(200, "text/xml", [], [], Encoding.UTF8.GetBytes(xml));
                }

                return new RenderedResponse(200, "application/json; charset=utf-8", [], [], JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), jsonOptions));
        }
    }

    private static RenderedResponse RenderResponse(Response response, JsonSerializerOptions jsonOptions)
    {
        var body = response.Body is null ? new RenderedResponse(response.StatusCode, null, [], [], []) : Render(response.Body, jsonOptions);
        var explicitType = response.Headers.LastOrDefault(h => h.Key.Equals(HeaderNames.ContentType, StringComparison.OrdinalIgnoreCase)).Value;
        var headers = response.Headers.Where(h => !h.Key.Equals(HeaderNames.ContentType, StringComparison.OrdinalIgnoreCase)).ToList();
        return new RenderedResponse(response.StatusCode, explicitType ?? body.ContentType, headers, [.. response.Cookies], body.Body);
    }
}

/// <summary>A function's answer, ready to write.</summary>
internal sealed record RenderedResponse(
    int StatusCode,
    string? ContentType,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    IReadOnlyList<ResponseCookie> Cookies,
    byte[] Body);

/// <summary>Writes a <see cref="RenderedResponse"/>.</summary>
internal sealed class RenderedFunctionResult(RenderedResponse response) : IResult
{
    public RenderedResponse Response => response;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var http = httpContext.Response;
        http.StatusCode = response.StatusCode;
        if (response.ContentType is not null)
        {
            http.ContentType = response.ContentType;
        }

        foreach (var (name, value) in response.Headers)
        {
            http.Headers.Append(name, value);
        }

        foreach (var cookie in response.Cookies)
        {
            if (cookie.Remove)
            {
                http.Cookies.Delete(cookie.Name);
                continue;
            }

            http.Cookies.Append(cookie.Name, cookie.Value, new Microsoft.AspNetCore.Http.CookieOptions
            {
                MaxAge = cookie.Options.MaxAge,
                Path = cookie.Options.Path,
                Domain = cookie.Options.Domain,
                Secure = cookie.Options.Secure,
                HttpOnly = cookie.Options.HttpOnly,
                SameSite = cookie.Options.SameSite?.ToUpperInvariant() switch
                {
                    "STRICT" => Microsoft.AspNetCore.Http.SameSiteMode.Strict,
                    "LAX" => Microsoft.AspNetCore.Http.SameSiteMode.Lax,
                    "NONE" => Microsoft.AspNetCore.Http.SameSiteMode.None,
                    _ => Microsoft.AspNetCore.Http.SameSiteMode.Unspecified,
                },
            });
        }

        http.ContentLength = response.Body.Length;
        return response.Body.Length == 0 ? Task.CompletedTask : http.Body.WriteAsync(response.Body).AsTask();
    }
}
