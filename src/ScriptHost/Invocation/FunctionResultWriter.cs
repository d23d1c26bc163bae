using ScriptHost.Execution.Rendering;
using ScriptHost.Problems;
using ScriptHost.Sandbox.Invocation;

namespace ScriptHost.Invocation;

/// <summary>
/// Maps an invocation's outcome to HTTP: a completed one is the response <see cref="FunctionResultRenderer"/> rendered
/// inside the invocation; errors become problem details: the script's own exception → 500 with its line, column and,
/// when it was thrown in shared code, its file (<c>lib/x.cs</c>); time limit → 504, other limits → 500 naming the limit.
/// </summary>
internal static class FunctionResultWriter
{
    public static IResult ToHttpResult(InvocationResult result) =>
        result is { Succeeded: true, Value: RenderedResponse rendered }
            ? new RenderedFunctionResult(rendered)
            : ErrorResult(result.Status, result.Error ?? new ScriptError("FunctionError", "The function's result could not be rendered.", null, null));

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

        // Only shared code names its file: an error in the function's own source answers as before shared code existed.
        if (error.File is { } file)
        {
            extensions["file"] = file;
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
}

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
