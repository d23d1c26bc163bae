using Microsoft.AspNetCore.Http.HttpResults;
using ScriptHost.Problems;

namespace ScriptHost.Logs;

/// <summary>The query filters the log and invocation-record routes share: limit, function, and enum names.</summary>
internal static class HistoryFilters
{
    public const int DefaultLimit = 100;

    public const int MaxLimit = 1000;

    /// <summary>A 400 problem when <paramref name="limit"/> is out of range, else null.</summary>
    public static ProblemHttpResult? CheckLimit(int? limit) =>
        limit is < 1 or > MaxLimit ? Problem.BadRequest($"'limit' must be between 1 and {MaxLimit}.") : null;

    /// <summary>The function filter as a stored path (leading slash), or null for every function.</summary>
    public static string? FunctionPath(string? function) => function is null ? null : "/" + function.TrimStart('/');

    /// <summary>Parses an enum member by name, ignoring case; numbers are refused, so only the documented names pass.</summary>
    public static bool TryParseName<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum =>
        Enum.TryParse(text, ignoreCase: true, out value) && !int.TryParse(text, out _);
}
