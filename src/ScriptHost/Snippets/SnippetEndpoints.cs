using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ScriptHost.Api.Contracts.Functions;
using ScriptHost.Api.Contracts.Logs;
using ScriptHost.Api.Contracts.Snippets;
using ScriptHost.Configuration;
using ScriptHost.FunctionManagement;
using ScriptHost.Functions;
using ScriptHost.Invocation;
using ScriptHost.Logs;
using ScriptHost.Problems;
using ScriptHost.Security;
using ScriptHost.Serving;

namespace ScriptHost.Snippets;

/// <summary>
/// <c>POST /api/services/{service}/run</c>: compiles and runs a snippet once, against the service's environment and
/// store, without storing it; answers with what it returned and logged, or its compile errors.
/// </summary>
internal static class SnippetEndpoints
{
    public static void MapSnippets(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/services/{service}/run", RunAsync).WithTags("Functions").AddEndpointFilter<ServiceAccessFilter>()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<Results<Ok<SnippetRunDto>, ProblemHttpResult, RetryAfterProblem>> RunAsync(
        string service,
        RunRequest? body,
        HttpRequest request,
        LiveServices live,
        FunctionDeployer deployer,
        FunctionRunner runner,
        IOptions<ScriptHostOptions> options,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body?.Source))
        {
            return Problem.BadRequest("'source' is required.");
        }

        live.TryGetService(service, out var state);
        if (await deployer.CompileForAsync(state, body.Source, cancellationToken) is not { } compiled)
        {
            return Problem.CompileStillRunning();
        }

        if (compiled.Script is null)
        {
            return Problem.Of(
                StatusCodes.Status422UnprocessableEntity,
                "Compile errors",
                "The snippet does not compile.",
                new Dictionary<string, object?> { ["errors"] = compiled.Errors.Select(DiagnosticDto.From).ToList() });
        }

        var functionRequest = new FunctionRequest("POST", $"/{service}/run", new Dictionary<string, string>(), new Dictionary<string, string>(), string.Empty);
        var limits = options.Value.LimitsFor(null, null);
        var run = await runner.RunSnippetAsync(
            state, compiled.Script, limits, FunctionEventBuilder.FromParameters(body.Event), functionRequest, PublicUrl.DomainName(request, options.Value), cancellationToken);
        if (run.Refusal is { } refusal)
        {
            return refusal;
        }

        var (status, contentType, responseBody) = run.AsText();
        var error = run.Invocation.Error is { } e ? new ScriptErrorDto(e.Type, e.Message, e.Line, e.Column) : null;
        return TypedResults.Ok(new SnippetRunDto(
            status,
            contentType,
            responseBody,
            error,
            [.. run.Logs.Select(LogEntryDto.From)],
            run.Invocation.Duration.TotalMilliseconds));
    }
}
