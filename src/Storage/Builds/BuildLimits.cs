namespace ScriptHost.Storage.Builds;

/// <summary>How much one build may hold; the build endpoint and the store check the same numbers.</summary>
public static class BuildLimits
{
    public const int MaxFunctions = 500;

    public const int MaxAssets = 1000;

    /// <summary>
    /// Shared-code files; their size is bounded by the bundle's and each file's source limit. The compiler's own limit
    /// (SharedCodeRules.MaxFiles, which this project cannot reference): every file is a tree compiled into each function.
    /// </summary>
    public const int MaxLibFiles = 100;

    /// <summary>Diagnostics stored with a build: a caller with more keeps the first ones (errors before warnings).</summary>
    public const int MaxDiagnostics = 2000;

    /// <summary>Longest diagnostic message or failure reason, in characters.</summary>
    public const int MaxMessageLength = 4000;
}
