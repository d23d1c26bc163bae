using ScriptHost.Api.Contracts.Logs;

namespace ScriptHost.Api.Contracts.Snippets;

/// <summary>A snippet to run once, and the event it gets.</summary>
public sealed record RunRequest(string? Source, Dictionary<string, string>? Event);

/// <summary>What a snippet answered (status, type, body as text), the error it ended with, what it logged, how long it ran.</summary>
public sealed record SnippetRunDto(
    int Status,
    string? ContentType,
    string Body,
    ScriptErrorDto? Error,
    IReadOnlyList<LogEntryDto> Logs,
    double DurationMs);

/// <summary>The error a snippet ended with: the exception type (or the limit), its message, and where in the script.</summary>
public sealed record ScriptErrorDto(string Type, string Message, int? Line, int? Column);
