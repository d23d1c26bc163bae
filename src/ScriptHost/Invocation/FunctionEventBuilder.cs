using ScriptHost.Functions;

namespace ScriptHost.Invocation;

/// <summary>Builds a function's <see cref="FunctionEvent"/>: query and body merged, body values winning.</summary>
internal static class FunctionEventBuilder
{
    /// <summary>An event from single-valued parameters (a function calling another, a snippet run).</summary>
    public static FunctionEvent FromParameters(IEnumerable<KeyValuePair<string, string>>? parameters) =>
        new((parameters ?? []).ToDictionary(p => p.Key, p => (IReadOnlyList<string>)[p.Value], StringComparer.Ordinal));

    public static FunctionEvent Build(IncomingRequest request)
    {
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (key, value) in request.QueryParameters)
        {
            values[key] = [.. value.Select(v => v ?? string.Empty)];
        }

        foreach (var (key, value) in request.BodyParameters)
        {
            values[key] = [.. value.Select(v => v ?? string.Empty)];
        }

        foreach (var empty in values.Where(p => p.Value.Count == 0).Select(p => p.Key).ToList())
        {
            values[empty] = [string.Empty];
        }

        return new FunctionEvent(values, request.Json);
    }
}
