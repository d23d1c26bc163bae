using ScriptHost.Cli.Hosting;

namespace ScriptHost.Cli.Commands;

/// <summary>
/// Checks, before any change, that the key may manage the service the command works on (<c>GET /api/caller</c>): a
/// service key for another service is named as such instead of ending in a bare 403 or 404 half-way.
/// </summary>
internal static class ServiceAccess
{
    public static async Task EnsureAsync(Connection connection, CancellationToken cancellationToken)
    {
        var caller = await connection.Client.GetCallerAsync(cancellationToken);
        if (!caller.Admin && !string.Equals(caller.Service, connection.Service, StringComparison.Ordinal))
        {
            throw new CliException(
                $"the key is a service key for '{caller.Service}', not for '{connection.Service}' (the service named by --service, SCRIPTHOST_SERVICE or scripthost.json); use that service's key or name '{caller.Service}'.");
        }
    }
}
