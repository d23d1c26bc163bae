using ScriptHost.Api.Contracts.Logs;

namespace ScriptHost.Api.Client.Logs;

/// <summary>
/// Filters of <c>GET .../logs/stream</c>, applied by the server: a function path and an environment (log lines and
/// invocation records), a minimum level (log lines only). All optional.
/// </summary>
public sealed record LogTailFilter(string? Function = null, FunctionLogLevel? Level = null, string? Environment = null);
