using ScriptHost.Api.Contracts.Logs;

namespace ScriptHost.Api.Client.Logs;

/// <summary>Filters of <c>GET .../invocations</c>: a function path, an outcome, a start, how many, an environment (all optional).</summary>
public sealed record InvocationQuery(
    string? Function = null, InvocationStatus? Status = null, DateTimeOffset? Since = null, int? Limit = null, string? Environment = null);
