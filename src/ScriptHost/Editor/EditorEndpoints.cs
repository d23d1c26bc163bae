using Microsoft.AspNetCore.Http.HttpResults;
using ScriptHost.Api.Contracts.Builds;
using ScriptHost.Api.Contracts.Editor;
using ScriptHost.Builds;
using ScriptHost.Deployments;
using ScriptHost.Problems;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Compilation.SharedCode;
using ScriptHost.Sandbox.Editing;
using ScriptHost.Sandbox.Editing.Workspace;
using ScriptHost.Security;
using ScriptHost.Serving;

namespace ScriptHost.Editor;

/// <summary>
/// <c>POST /api/services/{service}/editor/diagnostics|completions|hover|signature</c>: what the console's editor asks while an
/// author types, against the chosen environment's live shared code. Each is bounded (the compiler's size and depth
/// limits, a time limit, a few at once per service), ends when the caller goes away, and waits behind the service's
/// compile gate like a deploy.
/// </summary>
internal static class EditorEndpoints
{
    public static void MapEditor(this IEndpointRouteBuilder app)
    {
        var editor = app.MapGroup("/api/services/{service}/editor").WithTags("Editor").AddEndpointFilter<ServiceAccessFilter>();
        editor.MapPost("/diagnostics", DiagnosticsAsync).ProducesProblem(StatusCodes.Status429TooManyRequests);
        editor.MapPost("/completions", CompletionsAsync).ProducesProblem(StatusCodes.Status429TooManyRequests);
        editor.MapPost("/hover", HoverAsync).ProducesProblem(StatusCodes.Status429TooManyRequests);
        editor.MapPost("/signature", SignatureAsync).ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    private static async Task<Results<Ok<EditorDiagnosticsDto>, ProblemHttpResult, RetryAfterProblem>> DiagnosticsAsync(
        string service, EditorRequestDto? body, LiveServices live, EditorGate gate, ScriptCompiler compiler, CancellationToken cancellationToken)
    {
        return await WithinBoundsAsync<EditorDiagnosticsDto>(service, body, live, gate, async (state, lib, request) =>
        {
            var result = await compiler.DiagnoseAsync(request.Source, fileName: null, lib, cancellationToken);
            state.TrackOverrun(result);
            return new EditorDiagnosticsDto(
                [.. BuildDiagnostics.Collect(result.Diagnostics).Select(BuildDiagnosticDto.From)]);
        });
    }

    private static Task<Results<Ok<CompletionAnswer>, ProblemHttpResult, RetryAfterProblem>> CompletionsAsync(
        string service, EditorRequestDto? body, LiveServices live, EditorGate gate, ScriptEditor editor, CancellationToken cancellationToken) =>
        WithinBoundsAsync(service, body, live, gate, (_, _, request) => editor.CompleteAsync(request, cancellationToken));

    private static Task<Results<Ok<QuickInfoAnswer>, ProblemHttpResult, RetryAfterProblem>> HoverAsync(
        string service, EditorRequestDto? body, LiveServices live, EditorGate gate, ScriptEditor editor, CancellationToken cancellationToken) =>
        WithinBoundsAsync(service, body, live, gate, (_, _, request) => editor.QuickInfoAsync(request, cancellationToken));

    private static Task<Results<Ok<SignatureHelpAnswer>, ProblemHttpResult, RetryAfterProblem>> SignatureAsync(
        string service, EditorRequestDto? body, LiveServices live, EditorGate gate, ScriptEditor editor, CancellationToken cancellationToken) =>
        WithinBoundsAsync(service, body, live, gate, (_, _, request) => editor.SignatureHelpAsync(request, cancellationToken));

    /// <summary>The checks every editor route shares: a valid body and position, a known environment, the service's gates.</summary>
    private static async Task<Results<Ok<T>, ProblemHttpResult, RetryAfterProblem>> WithinBoundsAsync<T>(
        string service,
        EditorRequestDto? body,
        LiveServices live,
        EditorGate gate,
        Func<ServiceState, IReadOnlyList<SharedCodeFile>, EditorRequest, Task<T>> answer)
    {
        if (body?.Source is not { } source)
        {
            return Problem.BadRequest("'source' is required.", Errors("source", "'source' is required."));
        }

        if (!ScriptPosition.TryGetOffset(source, body.Line, body.Column, out _))
        {
            return Problem.BadRequest(
                "'line' and 'column' (1-based) must name a position in 'source'.",
                Errors(body.Line < 1 ? "line" : "column", "Outside the source."));
        }

        live.TryGetService(service, out var state);
        if (!state.TryGetEnvironment(body.Environment, out var environment))
        {
            return Problem.UnknownEnvironment(service, body.Environment!);
        }

        if (state.HasOverrunningCompile)
        {
            return Problem.CompileStillRunning();
        }

        using var slot = gate.TryEnter(service);
        if (slot is null)
        {
            return new RetryAfterProblem(
                Problem.Of(
                    StatusCodes.Status429TooManyRequests,
                    "Too many editor requests",
                    "This service has as many editor requests running as it may; retry shortly.",
                    new Dictionary<string, object?> { ["retryAfterSeconds"] = 1 }),
                TimeSpan.FromSeconds(1));
        }

        var lib = environment.Live.Lib;
        return TypedResults.Ok(await answer(state, lib, new EditorRequest(source, body.Line, body.Column, lib)));
    }

    private static Dictionary<string, object?> Errors(string field, string message) =>
        new() { ["errors"] = new Dictionary<string, string[]> { [field] = [message] } };
}
