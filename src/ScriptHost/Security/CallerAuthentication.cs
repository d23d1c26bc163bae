using System.Security.Cryptography;
using ScriptHost.Serving;
using ScriptHost.Storage.Services;

namespace ScriptHost.Security;

/// <summary>Resolves the bearer key of a management request to a <see cref="CallerIdentity"/>.</summary>
internal sealed class CallerAuthentication(AdminKey adminKey, LiveServices live, TimeProvider clock)
{
    public CallerIdentity Identify(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) || header.Length == scheme.Length)
        {
            return CallerIdentity.Anonymous;
        }

        var hash = KeyHash.Compute(header[scheme.Length..].Trim());
        var now = clock.GetUtcNow();
        switch (adminKey.Match(hash, now))
        {
            case KeyMatch.Current:
                return CallerIdentity.Admin;
            case KeyMatch.RotatedOut:
                return CallerIdentity.Admin with { IsRotatedOutKey = true };
        }

        return live.FindByKeyHash(hash, now) is { } service
            ? new CallerIdentity(false, service.Name) { IsRotatedOutKey = !CryptographicOperations.FixedTimeEquals(service.ApiKeyHash, hash) }
            : CallerIdentity.Anonymous;
    }
}
