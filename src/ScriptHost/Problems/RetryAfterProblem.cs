using Microsoft.AspNetCore.Http.HttpResults;

namespace ScriptHost.Problems;

/// <summary>A problem answered with a <c>Retry-After</c> header: the caller may try again after that many seconds.</summary>
internal sealed class RetryAfterProblem(ProblemHttpResult problem, TimeSpan retryAfter) : IResult, IStatusCodeHttpResult
{
    public int? StatusCode => problem.StatusCode;

    /// <summary>Whole seconds, at least one: what the header and the problem's <c>retryAfterSeconds</c> say.</summary>
    public static int Seconds(TimeSpan span) => (int)Math.Max(1, Math.Ceiling(span.TotalSeconds));

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers.RetryAfter = Seconds(retryAfter).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return problem.ExecuteAsync(httpContext);
    }
}
