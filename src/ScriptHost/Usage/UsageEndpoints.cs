using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using ScriptHost.Api.Contracts.Usage;
using ScriptHost.Problems;
using ScriptHost.Security;
using ScriptHost.Storage;

namespace ScriptHost.Usage;

/// <summary>
/// <c>GET /api/services/{service}/usage?month=YYYY-MM[&amp;environment=dev]</c>: invocations per function (and environment) and what Twilio Functions would
/// charge for them at its published rate (10,000 a month free, then $0.0001 each).
/// </summary>
internal static partial class UsageEndpoints
{
    public const int FreeInvocationsPerMonth = 10_000;
    public const decimal PricePerInvocation = 0.0001m;

    public static void MapUsage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/services/{service}/usage", GetAsync).WithTags("Usage").AddEndpointFilter<ServiceAccessFilter>();
    }

    private static async Task<Results<Ok<UsageDto>, ProblemHttpResult>> GetAsync(
        string service, string? month, string? environment, IScriptHostStore store, CancellationToken cancellationToken)
    {
        month ??= DateTimeOffset.UtcNow.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        if (!Month().IsMatch(month))
        {
            return Problem.BadRequest("'month' must be YYYY-MM.");
        }

        if (Logs.HistoryFilters.CheckEnvironment(environment) is { } badEnvironment)
        {
            return badEnvironment;
        }

        var counters = await store.Usage.GetUsageAsync(service, month, environment, cancellationToken);
        var total = counters.Sum(c => c.Invocations);
        var billable = Math.Max(0, total - FreeInvocationsPerMonth);
        return TypedResults.Ok(new UsageDto(
            month,
            total,
            FreeInvocationsPerMonth,
            billable,
            billable * PricePerInvocation,
            [.. counters.Select(c => new FunctionUsageDto(c.FunctionPath, c.Invocations, c.Environment))]));
    }

    [GeneratedRegex("^[0-9]{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex Month();
}
