using ScriptHost.Sandbox.Invocation;
using ScriptHost.Storage.Logs;

namespace ScriptHost.Invocation;

/// <summary>One run of a function: what the sandbox reported, the HTTP answer it maps to, and the lines it logged.</summary>
internal sealed record FunctionRunResult(InvocationResult Invocation, IResult Http, int HttpStatus, IReadOnlyList<LogEntry> Logs, string InvocationId);
