using System.Globalization;
using System.Net;

namespace ScriptHost.Egress;

/// <summary>
/// The host names a service may call: exact names (case-insensitive, IDNs compared in their ASCII form, a trailing
/// dot ignored), <c>*.example.com</c> for any subdomain of example.com (not example.com itself), and literal IP
/// addresses. Entries that are none of these never match anything.
/// </summary>
internal sealed class EgressAllowlist
{
    private static readonly IdnMapping Idn = new();

    private readonly HashSet<string> _exactHosts = new(StringComparer.Ordinal);
    private readonly List<string> _subdomainSuffixes = [];

    /// <summary>Builds the allowlist from <paramref name="entries"/>.</summary>
    public EgressAllowlist(IEnumerable<string> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            if (!TryNormalizeEntry(entry, out var host, out var isWildcard))
            {
                continue;
            }

            if (isWildcard)
            {
                _subdomainSuffixes.Add("." + host);
            }
            else
            {
                _exactHosts.Add(host);
            }
        }
    }

    /// <summary>True when <paramref name="entry"/> is a valid allowlist entry (for validating a service's settings when they are saved).</summary>
    public static bool IsValidEntry(string entry) => TryNormalizeEntry(entry, out _, out _);

    /// <summary>True when <paramref name="host"/> (a URL's host: a name or a literal address) is allowed.</summary>
    public bool Allows(string host)
    {
        if (!TryNormalizeHost(host, out var normalized))
        {
            return false;
        }

        if (_exactHosts.Contains(normalized))
        {
            return true;
        }

        // Wildcards are for names only: "*.0.0.1" must not admit 127.0.0.1.
        if (TryParseLiteral(normalized, out _))
        {
            return false;
        }

        foreach (var suffix in _subdomainSuffixes)
        {
            if (normalized.Length > suffix.Length && normalized.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lower-cased ASCII form of a host name, or the canonical text of a literal address.</summary>
    internal static bool TryNormalizeHost(string host, out string normalized)
    {
        normalized = string.Empty;
        var trimmed = host.Trim();
        if (trimmed.StartsWith('[') && trimmed.EndsWith(']'))
        {
            trimmed = trimmed[1..^1];
        }

        if (TryParseLiteral(trimmed, out var address))
        {
            normalized = address.ToString();
            return true;
        }

        trimmed = trimmed.TrimEnd('.');
        if (trimmed.Length == 0 || trimmed.Contains('*', StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            normalized = Idn.GetAscii(trimmed).ToLowerInvariant();
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool TryNormalizeEntry(string entry, out string host, out bool isWildcard)
    {
        host = string.Empty;
        isWildcard = false;
        if (string.IsNullOrWhiteSpace(entry))
        {
            return false;
        }

        var trimmed = entry.Trim();
        if (trimmed.StartsWith("*.", StringComparison.Ordinal))
        {
            isWildcard = true;
            trimmed = trimmed[2..];

            // "*.com" would open a whole top-level domain; "*.1.2.3" is not a name.
            if (!trimmed.Contains('.', StringComparison.Ordinal) || TryParseLiteral(trimmed, out _))
            {
                return false;
            }
        }

        return TryNormalizeHost(trimmed, out host);
    }

    /// <summary>
    /// A literal address as a URL carries one: IPv6 in any form, IPv4 only as a canonical dotted quad. Other IPv4
    /// spellings ("127.1", "0x7f.0.0.1", "2130706433") are treated as names, which no allowlist entry matches, and are
    /// still caught after resolution.
    /// </summary>
    internal static bool TryParseLiteral(string text, out IPAddress address)
    {
        if (IPAddress.TryParse(text, out var parsed)
            && (parsed.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6
                ? text.Contains(':', StringComparison.Ordinal)
                : string.Equals(parsed.ToString(), text, StringComparison.Ordinal)))
        {
            address = parsed;
            return true;
        }

        address = IPAddress.None;
        return false;
    }
}
