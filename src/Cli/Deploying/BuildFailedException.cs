namespace ScriptHost.Cli.Deploying;

/// <summary>
/// The folder did not build: its problems or compile errors as compiler-style lines (<c>file:line:col: error …</c>),
/// and a one-line summary. Nothing was deployed.
/// </summary>
internal sealed class BuildFailedException(string summary, IReadOnlyList<string> lines) : Exception(summary)
{
    public IReadOnlyList<string> Lines { get; } = lines;
}
