namespace ScriptHost.Cli.Project;

/// <summary>The folder convention's names, in one place for the scanner, <c>init</c> and <c>new</c>.</summary>
internal static class ProjectLayout
{
    public const string FunctionsFolder = "functions";
    public const string AssetsFolder = "assets";
    public const string LibFolder = "lib";
    public const string FunctionExtension = ".csx";
    public const string LibExtension = ".cs";
    public const string EnvFile = ".env";

    /// <summary>Local state (the local server's data): never deployed, gitignored by <c>init</c>.</summary>
    public const string StateFolder = ".scripthost";

    /// <summary>The environment-specific file layered over <see cref="EnvFile"/>: <c>.env.dev</c>.</summary>
    public static string EnvFileFor(string environment) => $"{EnvFile}.{environment}";
}
