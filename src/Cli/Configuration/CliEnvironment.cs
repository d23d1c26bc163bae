namespace ScriptHost.Cli.Configuration;

/// <summary>
/// What the tool reads from the process around it — environment variables and the working folder — behind one seam,
/// so resolution can be tested without changing the test process's own environment.
/// </summary>
internal sealed record CliEnvironment(Func<string, string?> Variable, string CurrentDirectory)
{
    public static CliEnvironment FromProcess() => new(Environment.GetEnvironmentVariable, Directory.GetCurrentDirectory());

    /// <summary>A variable's value, or null when it is unset or empty (an empty value counts as unset).</summary>
    public string? Get(string name) => Variable(name) is { Length: > 0 } value ? value : null;
}
