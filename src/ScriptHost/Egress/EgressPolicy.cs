using System.Net;
using ScriptHost.Functions;

namespace ScriptHost.Egress;

/// <summary>
/// What one service's functions may call: an http URL on port 80 or an https URL on port 443 whose host is on the
/// service's allowlist or the host-wide default hosts, is not a cloud-metadata or internal-only name, and whose every
/// address (checked again after each DNS resolution, at connect time) is public. Refusals throw
/// <see cref="EgressDeniedException"/>.
/// </summary>
internal sealed class EgressPolicy
{
    // Names that reach instance metadata or host-internal services on common clouds and resolvers. They never have a
    // business being called from a function, so they are refused even if a service allowlists them.
    private static readonly HashSet<string> ForbiddenNames = new(StringComparer.Ordinal)
    {
        "localhost",
        "metadata",
        "metadata.google.internal",
        "metadata.goog",
        "metadata.azure.com",
        "instance-data",
        "instance-data.ec2.internal",
        "kubernetes.default",
        "kubernetes.default.svc",
    };

    // Special-use and private-use top-level domains (RFC 6761, RFC 6762, ICANN's .internal): never public services.
    private static readonly string[] ForbiddenSuffixes = [".localhost", ".local", ".internal", ".home.arpa", ".localdomain"];

    private readonly EgressAllowlist _allowlist;

    /// <summary>Creates the policy for a service from its own allowlist and the host-wide default hosts.</summary>
    public EgressPolicy(IEnumerable<string> serviceHosts, IEnumerable<string> defaultHosts)
    {
        ArgumentNullException.ThrowIfNull(serviceHosts);
        ArgumentNullException.ThrowIfNull(defaultHosts);
        _allowlist = new EgressAllowlist(serviceHosts.Concat(defaultHosts));
    }

    /// <summary>Refuses <paramref name="url"/> unless its scheme, port, host and (for a literal) address are allowed.</summary>
    public void CheckUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri)
        {
            throw new EgressDeniedException(url.OriginalString, null, "the URL is not absolute");
        }

        var host = url.IdnHost;
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            throw new EgressDeniedException(host, null, $"the scheme '{url.Scheme}' is not allowed (only http and https are)");
        }

        // Other ports are where admin consoles, databases and debug endpoints listen; the web's own ports suffice.
        var defaultPort = url.Scheme == Uri.UriSchemeHttps ? 443 : 80;
        if (url.Port != defaultPort)
        {
            throw new EgressDeniedException(host, null, $"port {url.Port} is not allowed ({url.Scheme} may only use port {defaultPort})");
        }

        // Credentials in the URL are a classic way to disguise the real host ("https://api.twilio.com@evil.example/").
        if (url.UserInfo.Length > 0)
        {
            throw new EgressDeniedException(host, null, "credentials in the URL are not allowed (send an Authorization header)");
        }

        if (!EgressAllowlist.TryNormalizeHost(host, out var normalized))
        {
            throw new EgressDeniedException(host, null, "the host name is not valid");
        }

        if (EgressAllowlist.TryParseLiteral(normalized, out var literal))
        {
            CheckAddress(normalized, literal);
        }
        else if (IsForbiddenName(normalized))
        {
            throw new EgressDeniedException(host, null, "it is a metadata or internal-only host name");
        }
        else if (!normalized.Contains('.', StringComparison.Ordinal))
        {
            // A single label is completed by the machine's DNS search domains: it names something local by design.
            throw new EgressDeniedException(host, null, "single-label host names are not allowed (use the fully qualified name)");
        }

        if (!_allowlist.Allows(normalized))
        {
            throw new EgressDeniedException(host, null, "it is not on the service's egress allowlist");
        }
    }

    /// <summary>
    /// Refuses <paramref name="host"/> unless every one of <paramref name="addresses"/> (what it just resolved to) is
    /// public. All of them, not just the one about to be used: a name that mixes public and internal addresses is a
    /// rebinding attempt or a misconfiguration, and either way must not be reached.
    /// </summary>
    public static void CheckResolvedAddresses(string host, IReadOnlyList<IPAddress> addresses)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        if (addresses.Count == 0)
        {
            throw new EgressDeniedException(host, null, "it did not resolve to any address");
        }

        foreach (var address in addresses)
        {
            CheckAddress(host, address);
        }
    }

    private static void CheckAddress(string host, IPAddress address)
    {
        if (!PublicAddress.IsPublic(address, out var reason))
        {
            throw new EgressDeniedException(host, address.ToString(), reason);
        }
    }

    private static bool IsForbiddenName(string normalizedHost) =>
        ForbiddenNames.Contains(normalizedHost)
        || ForbiddenSuffixes.Any(suffix => normalizedHost.EndsWith(suffix, StringComparison.Ordinal));
}
