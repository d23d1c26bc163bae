using ScriptHost.Problems;
using ScriptHost.Sandbox.Invocation;
using ScriptHost.Storage.Logs;

namespace ScriptHost.Invocation;

/// <summary>One run of a function: what the sandbox reported, the HTTP answer it maps to, and the lines it logged.</summary>
internal sealed record FunctionRunResult(InvocationResult Invocation, IResult Http, int HttpStatus, IReadOnlyList<LogEntry> Logs, string InvocationId)
{
    /// <summary>Why the function did not run at all (suspended, or no worker free); null when it ran.</summary>
    public RetryAfterProblem? Refusal { get; init; }

    /// <summary>False when the function did not run at all: <see cref="Refusal"/> (also its <see cref="Http"/>) says why.</summary>
    public bool Ran => Refusal is null;

    /// <summary>
    /// The answer as text, as a calling function or the snippet runner sees it: the rendered body, or — when the
    /// answer is a problem — the error's message labelled as problem JSON.
    /// </summary>
    public (int Status, string? ContentType, string Body) AsText() => Http is RenderedFunctionResult rendered
        ? (rendered.Response.StatusCode, rendered.Response.ContentType, System.Text.Encoding.UTF8.GetString(rendered.Response.Body))
        : (HttpStatus, "application/problem+json", Invocation.Error?.Message ?? string.Empty);
}
