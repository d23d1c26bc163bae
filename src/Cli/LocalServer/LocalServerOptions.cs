namespace ScriptHost.Cli.LocalServer;

/// <summary>
/// How to start the local server: on which port, keeping its data under which folder's <c>.scripthost/</c>, and from
/// which <c>ScriptHost.dll</c> (null: the tool's own <c>server/</c>).
/// </summary>
internal sealed record LocalServerOptions(string ProjectRoot, int Port, string? ServerAssembly = null)
{
    public static readonly TimeSpan DefaultStartTimeout = TimeSpan.FromSeconds(120);

    public TimeSpan StartTimeout { get; init; } = DefaultStartTimeout;
}
