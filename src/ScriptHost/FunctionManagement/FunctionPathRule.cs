namespace ScriptHost.FunctionManagement;

/// <summary>
/// What a function's path may not hold beyond the storage path rule: the segment <c>versions</c>, because
/// <c>.../functions/{path}/versions/{n}</c> addresses a function's versions. Every way a function is named (the PUT
/// route, a build's bundle) asks here.
/// </summary>
internal static class FunctionPathRule
{
    public const string VersionsSegment = "versions";

    /// <summary>Why <paramref name="normalizedPath"/> cannot name a function, or <c>null</c> when it can.</summary>
    public static string? ReservedSegmentError(string normalizedPath) =>
        normalizedPath.Split('/').Contains(VersionsSegment, StringComparer.Ordinal)
            ? $"'{VersionsSegment}' is reserved in function paths: it addresses a function's versions."
            : null;
}
