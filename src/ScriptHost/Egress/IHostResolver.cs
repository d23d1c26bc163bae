using System.Net;

namespace ScriptHost.Egress;

/// <summary>Resolves a host name to its addresses. An interface so tests can map test names without real DNS.</summary>
internal interface IHostResolver
{
    /// <summary>The addresses <paramref name="host"/> resolves to right now (empty when none).</summary>
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}
