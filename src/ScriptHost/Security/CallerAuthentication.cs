using ScriptHost.Serving;
using ScriptHost.Storage.Services;

namespace ScriptHost.Security;

/// <summary>Resolves the bearer key of a management request to a <see cref="CallerIdentity"/>.</summary>
internal sealed class CallerAuthentication(AdminKey adminKey, LiveServices live)
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
        if (adminKey.Matches(hash))
        {
            return CallerIdentity.Admin;
        }

        return live.FindByKeyHash(hash) is { } service ? new CallerIdentity(false, service.Name) : CallerIdentity.Anonymous;
    }
}
