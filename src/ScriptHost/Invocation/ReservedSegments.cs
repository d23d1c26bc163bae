namespace ScriptHost.Invocation;

/// <summary>First path segments that belong to the host itself and can never name a service.</summary>
internal static class ReservedSegments
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "api", "health", "openapi", "console", "metrics",
    };
}
