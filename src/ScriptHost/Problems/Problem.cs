using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ScriptHost.Problems;

/// <summary>RFC 9457 problem details for every error the API answers with, built in one place so they read alike.</summary>
internal static class Problem
{
    public static ProblemHttpResult Of(int status, string title, string detail, IDictionary<string, object?>? extensions = null)
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

    public static ProblemHttpResult BadRequest(string detail, IDictionary<string, object?>? extensions = null) =>
        Of(StatusCodes.Status400BadRequest, "Bad request", detail, extensions);

    public static ProblemHttpResult Unauthorized() =>
        Of(StatusCodes.Status401Unauthorized, "Unauthorized", "Send a valid key as 'Authorization: Bearer <key>'.");

    public static ProblemHttpResult NotFound(string detail) => Of(StatusCodes.Status404NotFound, "Not found", detail);

    public static ProblemHttpResult UnknownEnvironment(string service, string environment) =>
        NotFound($"Service '{service}' has no environment '{environment}'.");

    public static ProblemHttpResult Conflict(string detail) => Of(StatusCodes.Status409Conflict, "Conflict", detail);

    public static ProblemHttpResult Forbidden(string detail) => Of(StatusCodes.Status403Forbidden, "Forbidden", detail);

    /// <summary>A compile of the service answered at its limit but is still running; no new one starts until it stops.</summary>
    public static ProblemHttpResult CompileStillRunning() => Of(
        StatusCodes.Status429TooManyRequests,
        "Compile still running",
        "An earlier compile of this service passed the compile limit and is still running; nothing was compiled or changed. Simplify that script and try again once it stops.");

    /// <summary>A function that kept ending its workers is suspended for a while.</summary>
    public static RetryAfterProblem FunctionSuspended(string detail, TimeSpan retryAfter) => new(
        Of(StatusCodes.Status503ServiceUnavailable, "Function suspended", detail, new Dictionary<string, object?> { ["retryAfterSeconds"] = RetryAfterProblem.Seconds(retryAfter) }),
        retryAfter);

    /// <summary>No worker is free for the service and the pool may not grow.</summary>
    public static RetryAfterProblem WorkersExhausted(string detail) => new(
        Of(StatusCodes.Status503ServiceUnavailable, "No worker available", detail, new Dictionary<string, object?> { ["retryAfterSeconds"] = 1 }),
        TimeSpan.FromSeconds(1));

    /// <summary>No worker could be started for the invocation; the host's log says why (it is the operator's to read, not the caller's).</summary>
    public static RetryAfterProblem WorkerStartFailed() => new(
        Of(
            StatusCodes.Status503ServiceUnavailable,
            "Worker did not start",
            "No worker process could be started to run this function; retry shortly. The host's log says why.",
            new Dictionary<string, object?> { ["retryAfterSeconds"] = 1 }),
        TimeSpan.FromSeconds(1));
}
