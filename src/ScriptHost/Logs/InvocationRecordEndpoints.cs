using InvocationStatus = ScriptHost.Storage.Invocations.InvocationStatus;
using Microsoft.AspNetCore.Http.HttpResults;
using ScriptHost.Api.Contracts.Logs;
using ScriptHost.Problems;
using ScriptHost.Security;
using ScriptHost.Storage;
using ScriptHost.Storage.Invocations;

namespace ScriptHost.Logs;

/// <summary>
/// <c>GET /api/services/{service}/invocations</c>: the service's invocation records, newest first — outcome, HTTP
/// status, duration and, for failures, the error and its script line — filtered by function, status and time.
/// </summary>
internal static class InvocationRecordEndpoints
{
    public static void MapInvocationRecords(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/services/{service}/invocations", QueryAsync)
            .WithTags("Invocations")
            .AddEndpointFilter<ServiceAccessFilter>();

    private static async Task<Results<Ok<List<InvocationRecordDto>>, ProblemHttpResult>> QueryAsync(
        string service,
        string? function,
        string? status,
        DateTimeOffset? since,
        int? limit,
        string? environment,
        IScriptHostStore store,
        CancellationToken cancellationToken)
    {
        InvocationStatus? wanted = null;
        if (status is not null)
        {
            if (!HistoryFilters.TryParseName<InvocationStatus>(status, out var parsed))
            {
                return Problem.BadRequest($"'status' must be one of: {string.Join(", ", Enum.GetNames<InvocationStatus>().Select(Lower))}.");
            }

            wanted = parsed;
        }

        if ((HistoryFilters.CheckLimit(limit) ?? HistoryFilters.CheckEnvironment(environment)) is { } badFilter)
        {
            return badFilter;
        }

        var records = await store.Invocations.QueryInvocationsAsync(
            service,
            new InvocationQuery { FunctionPath = HistoryFilters.FunctionPath(function), Environment = environment, Status = wanted, Since = since, Limit = limit ?? HistoryFilters.DefaultLimit },
            cancellationToken);
        return TypedResults.Ok(records.Select(InvocationRecordDto.From).ToList());
    }

    private static string Lower(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
