using FunctionLogLevel = ScriptHost.Storage.Logs.FunctionLogLevel;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using ScriptHost.Api.Contracts.Logs;
using ScriptHost.Problems;
using ScriptHost.Security;
using ScriptHost.Storage;
using ScriptHost.Storage.Logs;

namespace ScriptHost.Logs;

/// <summary>
/// <c>GET /api/services/{service}/logs</c> (newest first, filtered) and <c>GET .../logs/stream</c> (Server-Sent
/// Events: a live tail of every line the service's functions log, <c>event: log</c>, and of every invocation that
/// ends, <c>event: invocation</c>, so a client can pick out failures as they happen).
/// </summary>
internal static class LogEndpoints
{
    public static void MapLogs(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/services/{service}/logs").WithTags("Logs").AddEndpointFilter<ServiceAccessFilter>();
        group.MapGet("/", QueryAsync);
        group.MapGet("/stream", StreamAsync).Produces<LogEntryDto>(StatusCodes.Status200OK, "text/event-stream");
    }

    private static async Task<Results<Ok<List<LogEntryDto>>, ProblemHttpResult>> QueryAsync(
        string service,
        string? function,
        string? level,
        DateTimeOffset? since,
        int? limit,
        string? environment,
        IScriptHostStore store,
        CancellationToken cancellationToken)
    {
        FunctionLogLevel? minimum = null;
        if (level is not null)
        {
            if (!HistoryFilters.TryParseName<FunctionLogLevel>(level, out var parsed))
            {
                return Problem.BadRequest("'level' must be info, warn or error.");
            }

            minimum = parsed;
        }

        if ((HistoryFilters.CheckLimit(limit) ?? HistoryFilters.CheckEnvironment(environment)) is { } badFilter)
        {
            return badFilter;
        }

        var entries = await store.Logs.QueryLogsAsync(
            service,
            new LogQuery { FunctionPath = HistoryFilters.FunctionPath(function), Environment = environment, MinimumLevel = minimum, Since = since, Limit = limit ?? HistoryFilters.DefaultLimit },
            cancellationToken);
        return TypedResults.Ok(entries.Select(LogEntryDto.From).ToList());
    }

    /// <summary>
    /// Each event's data is a <see cref="LogEntryDto"/> (<c>event: log</c>) or an <see cref="InvocationRecordDto"/>
    /// (<c>event: invocation</c>, after the lines that invocation logged), written as the API writes them everywhere else.
    /// The query route's filters apply: <c>function</c> and <c>environment</c> to both kinds, <c>level</c> (the
    /// lowest) to log lines; invocation records are not leveled, so a tail of errors still sees each invocation end.
    /// </summary>
    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> StreamAsync(
        string service,
        string? function,
        string? level,
        string? environment,
        HttpContext http,
        LogBroadcaster broadcaster,
        IOptions<JsonOptions> json,
        CancellationToken cancellationToken)
    {
        FunctionLogLevel minimum = FunctionLogLevel.Info;
        if (level is not null && !HistoryFilters.TryParseName(level, out minimum))
        {
            return Problem.BadRequest("'level' must be info, warn or error.");
        }

        if (HistoryFilters.CheckEnvironment(environment) is { } badEnvironment)
        {
            return badEnvironment;
        }

        var functionPath = HistoryFilters.FunctionPath(function);
        bool Wanted(string path, string inEnvironment) =>
            (functionPath is null || path == functionPath) && (environment is null || inEnvironment == environment);

        // Subscribed before the stream is acknowledged: a client that sees the opening comment misses nothing after it.
        using var subscription = broadcaster.Subscribe(service);
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        await http.Response.WriteAsync(": tailing logs of " + service + "\n\n", cancellationToken);
        await http.Response.Body.FlushAsync(cancellationToken);
        try
        {
            await foreach (var tailEvent in subscription.ReadAllAsync(cancellationToken))
            {
                var wanted = tailEvent.Log is { } line
                    ? Wanted(line.FunctionPath, line.Environment) && line.Level >= minimum
                    : Wanted(tailEvent.InvocationEnded!.FunctionPath, tailEvent.InvocationEnded.Environment);
                if (!wanted)
                {
                    continue;
                }

                var frame = tailEvent.Log is { } entry
                    ? "event: log\ndata: " + JsonSerializer.Serialize(LogEntryDto.From(entry), json.Value.SerializerOptions)
                    : "event: invocation\ndata: " + JsonSerializer.Serialize(InvocationRecordDto.From(tailEvent.InvocationEnded!), json.Value.SerializerOptions);
                await http.Response.WriteAsync(frame + "\n\n", cancellationToken);
                await http.Response.Body.FlushAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away: the normal end of a tail.
        }

        return TypedResults.Empty;
    }
}
