using ScriptHost.Api.Contracts.Logs;

namespace ScriptHost.Api.Client.Logs;

/// <summary>Filters of <c>GET .../logs</c>: a function path, a minimum level, a start, how many, an environment (all optional).</summary>
public sealed record LogQuery(
    string? Function = null, FunctionLogLevel? Level = null, DateTimeOffset? Since = null, int? Limit = null, string? Environment = null);
