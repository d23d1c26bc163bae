using Microsoft.AspNetCore.Http.HttpResults;
using ScriptHost.Problems;

namespace ScriptHost.Logs;

/// <summary>The query filters the log, invocation-record and usage routes share: limit, function, environment, and enum names.</summary>
internal static class HistoryFilters
{
    public const int DefaultLimit = 100;

    public const int MaxLimit = 1000;

    /// <summary>A 400 problem when <paramref name="limit"/> is out of range, else null.</summary>
    public static ProblemHttpResult? CheckLimit(int? limit) =>
        limit is < 1 or > MaxLimit ? Problem.BadRequest($"'limit' must be between 1 and {MaxLimit}.") : null;

    /// <summary>A 400 problem when <paramref name="environment"/> is given but is no environment name, else null.</summary>
    public static ProblemHttpResult? CheckEnvironment(string? environment) =>
        environment is not null && !Storage.Validation.EnvironmentName.IsValid(environment)
            ? Problem.BadRequest($"'environment' must be an environment name (1-{Storage.Validation.EnvironmentName.MaxLength} lowercase letters, digits or '-').")
            : null;

    /// <summary>The function filter as a stored path (leading slash), or null for every function.</summary>
    public static string? FunctionPath(string? function) => function is null ? null : "/" + function.TrimStart('/');

    /// <summary>Parses an enum member by name, ignoring case; numbers are refused, so only the documented names pass.</summary>
    public static bool TryParseName<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum =>
        Enum.TryParse(text, ignoreCase: true, out value) && !int.TryParse(text, out _);
}
