namespace ScriptHost.Cli.Project.DotEnv;

/// <summary>
/// The variables a folder gives an environment: <c>.env</c>, then <c>.env.{environment}</c> over it (a name in both
/// takes the environment's value). Missing files are simply empty.
/// </summary>
internal static class DotEnvFiles
{
    public static IReadOnlyDictionary<string, string> Load(string root, string? environment)
    {
        var variables = new Dictionary<string, string>(Read(Path.Combine(root, ProjectLayout.EnvFile)), StringComparer.Ordinal);
        if (environment is not null)
        {
            foreach (var (name, value) in Read(Path.Combine(root, ProjectLayout.EnvFileFor(environment))))
            {
                variables[name] = value;
            }
        }

        return variables;
    }

    public static IReadOnlyDictionary<string, string> Read(string path) =>
        File.Exists(path) ? DotEnvParser.Parse(File.ReadAllText(path), Path.GetFileName(path)) : new Dictionary<string, string>();
}
