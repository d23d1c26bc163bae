using ScriptHost.Problems;
using ScriptHost.Security;
using ScriptHost.Storage;
using ScriptHost.Storage.Invocations;

namespace ScriptHost.Invocations;

/// <summary>
/// <c>GET /api/services/{service}/invocations</c>: the service's invocation records, newest first — outcome, HTTP
/// status, duration and, for failures, the error and its script line — filtered by function, status and time.
/// </summary>
internal static class InvocationRecordEndpoints
{
    private const int MaxLimit = 1000;

    public static void MapInvocationRecords(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/services/{service}/invocations", QueryAsync)
            .WithTags("Invocations")
            .AddEndpointFilter<ServiceAccessFilter>();

    private static async Task<IResult> QueryAsync(
        string service,
        string? function,
        string? status,
        DateTimeOffset? since,
        int? limit,
        IScriptHostStore store,
        CancellationToken cancellationToken)
    {
        InvocationStatus? wanted = null;
        if (status is not null)
        {
            if (!Enum.TryParse<InvocationStatus>(status, ignoreCase: true, out var parsed) || int.TryParse(status, out _))
            {
                return Problem.BadRequest($"'status' must be one of: {string.Join(", ", Enum.GetNames<InvocationStatus>().Select(Lower))}.");
            }

            wanted = parsed;
        }

        if (limit is < 1 or > MaxLimit)
        {
            return Problem.BadRequest($"'limit' must be between 1 and {MaxLimit}.");
        }

        var path = function is null ? null : "/" + function.TrimStart('/');
        var records = await store.Invocations.QueryInvocationsAsync(
            service,
            new InvocationQuery { FunctionPath = path, Status = wanted, Since = since, Limit = limit ?? 100 },
            cancellationToken);
        return TypedResults.Ok(records.Select(Describe));
    }

    private static object Describe(InvocationRecord record) => new
    {
        timestamp = record.Timestamp,
        function = record.FunctionPath,
        version = record.Version,
        invocationId = record.InvocationId,
        status = Lower(record.Status.ToString()),
        httpStatus = record.HttpStatus,
        durationMs = record.DurationMs,
        error = record.ErrorType is null ? null : new { type = record.ErrorType, message = record.ErrorMessage, line = record.ErrorLine },
    };

    private static string Lower(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
