using ScriptHost.Api.Client;

namespace ScriptHost.Cli.Commands;

/// <summary>A command's way to the server: the typed client (disposed with this), the server's URL as configured, the service.</summary>
internal sealed record Connection(ScriptHostClient Client, string Url, string Service) : IDisposable
{
    public void Dispose() => Client.Dispose();
}
