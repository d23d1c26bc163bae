using Microsoft.AspNetCore.Mvc;

namespace ScriptHost.Problems;

/// <summary>RFC 9457 problem details for every error the API answers with, built in one place so they read alike.</summary>
internal static class Problem
{
    public static IResult Of(int status, string title, string detail, IDictionary<string, object?>? extensions = null)
    {
        var problem = new ProblemDetails
        {
            Status = status,
            Title = title,
            Detail = detail,
            Type = $"https://httpstatuses.io/{status}",
        };
        if (extensions is not null)
        {
            foreach (var (key, value) in extensions)
            {
                problem.Extensions[key] = value;
            }
        }

        return TypedResults.Problem(problem);
    }

    public static IResult BadRequest(string detail, IDictionary<string, object?>? extensions = null) =>
        Of(StatusCodes.Status400BadRequest, "Bad request", detail, extensions);

    public static IResult Unauthorized() =>
        Of(StatusCodes.Status401Unauthorized, "Unauthorized", "Send a valid key as 'Authorization: Bearer <key>'.");

    public static IResult NotFound(string detail) => Of(StatusCodes.Status404NotFound, "Not found", detail);

    public static IResult Conflict(string detail) => Of(StatusCodes.Status409Conflict, "Conflict", detail);

    public static IResult Forbidden(string detail) => Of(StatusCodes.Status403Forbidden, "Forbidden", detail);

    /// <summary>A compile of the service answered at its limit but is still running; no new one starts until it stops.</summary>
    public static IResult CompileStillRunning() => Of(
        StatusCodes.Status429TooManyRequests,
        "Compile still running",
        "An earlier compile of this service passed the compile limit and is still running; nothing was compiled or changed. Simplify that script and try again once it stops.");

    /// <summary>A function that kept ending its workers is suspended for a while.</summary>
    public static IResult FunctionSuspended(string detail, TimeSpan retryAfter) => new RetryAfterResult(
        Of(StatusCodes.Status503ServiceUnavailable, "Function suspended", detail, new Dictionary<string, object?> { ["retryAfterSeconds"] = Seconds(retryAfter) }),
        retryAfter);

    /// <summary>No worker is free for the service and the pool may not grow.</summary>
    public static IResult WorkersExhausted(string detail) => new RetryAfterResult(
        Of(StatusCodes.Status503ServiceUnavailable, "No worker available", detail, new Dictionary<string, object?> { ["retryAfterSeconds"] = 1 }),
        TimeSpan.FromSeconds(1));

    /// <summary>No worker could be started for the invocation; the host's log says why (it is the operator's to read, not the caller's).</summary>
    public static IResult WorkerStartFailed() => new RetryAfterResult(
        Of(
            StatusCodes.Status503ServiceUnavailable,
            "Worker did not start",
            "No worker process could be started to run this function; retry shortly. The host's log says why.",
            new Dictionary<string, object?> { ["retryAfterSeconds"] = 1 }),
        TimeSpan.FromSeconds(1));

    private static int Seconds(TimeSpan span) => (int)Math.Max(1, Math.Ceiling(span.TotalSeconds));

    /// <summary>A problem answered with a <c>Retry-After</c> header.</summary>
    private sealed class RetryAfterResult(IResult problem, TimeSpan retryAfter) : IResult, IStatusCodeHttpResult
    {
        public int? StatusCode => (problem as IStatusCodeHttpResult)?.StatusCode;

        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = Seconds(retryAfter).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return problem.ExecuteAsync(httpContext);
        }
    }
}
