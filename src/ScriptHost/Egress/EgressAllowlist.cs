using System.Globalization;
using System.Net;

namespace ScriptHost.Egress;

/// <summary>
/// The host names a service may call: exact names (case-insensitive, IDNs compared in their ASCII form, a trailing
/// dot ignored), <c>*.example.com</c> for any subdomain of example.com (not example.com itself), and literal IP
/// addresses. <see cref="TryParseEntry"/> is the one rule for what an entry may be — the settings endpoint refuses
/// anything else, and an entry stored before the rule existed that breaks it never matches anything.
/// </summary>
internal sealed class EgressAllowlist
{
    private static readonly IdnMapping Idn = new();

    // Entries are names a person typed: held to the host-name grammar (letters, digits, hyphens per label), so a URL,
    // a port or a path is refused with a reason instead of being saved as a name no request can ever match.
    private static readonly IdnMapping StrictIdn = new() { UseStd3AsciiRules = true };

    private readonly HashSet<string> _exactHosts = new(StringComparer.Ordinal);
    private readonly List<string> _subdomainSuffixes = [];

    /// <summary>Builds the allowlist from <paramref name="entries"/>.</summary>
    public EgressAllowlist(IEnumerable<string> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            if (!TryParseEntry(entry, out var normalized, out _))
            {
                continue;
            }

            if (normalized.StartsWith("*.", StringComparison.Ordinal))
            {
                _subdomainSuffixes.Add(normalized[1..]);
            }
            else
            {
                _exactHosts.Add(normalized);
            }
        }
    }

    /// <summary>
    /// Parses an allowlist entry into its canonical form — a lower-case ASCII host name (IDNs in punycode, no trailing
    /// dot), <c>*.</c> and such a name of at least two labels, or a literal IP address — or says why it is not one.
    /// No scheme, port, path, user info or other wildcard: egress goes to ports 80 and 443 only
    /// (<see cref="EgressPolicy"/>), so a port would either repeat the scheme's or never be reachable.
    /// </summary>
    public static bool TryParseEntry(string? entry, out string normalized, out string? error)
    {
        normalized = string.Empty;
        var text = entry?.Trim() ?? string.Empty;
        error = text switch
        {
            "" => "is empty",
            _ when text.Contains("://", StringComparison.Ordinal) => "has a scheme: name the host only, e.g. 'api.example.com'",
            _ when text.IndexOfAny(['/', '\\', '?', '#']) >= 0 => "has a path: name the host only, e.g. 'api.example.com'",
            _ when text.Contains('@', StringComparison.Ordinal) => "has user info: name the host only, e.g. 'api.example.com'",
            _ => null,
        };
        if (error is not null)
        {
            return false;
        }

        if (text.StartsWith('[') && !text.EndsWith(']'))
        {
            error = "has a port or an unclosed '[': egress goes to ports 80 and 443 only, so name the address without one";
            return false;
        }

        var literal = text.StartsWith('[') ? text[1..^1] : text;
        if (TryParseLiteral(literal, out var address))
        {
            normalized = address.ToString();
            return true;
        }

        if (text.Contains(':', StringComparison.Ordinal))
        {
            error = "has a port or is not an address: egress goes to ports 80 and 443 only, so name the host without one";
            return false;
        }

        var isWildcard = text.StartsWith("*.", StringComparison.Ordinal);
        var name = (isWildcard ? text[2..] : text).TrimEnd('.');
        if (name.Contains('*', StringComparison.Ordinal))
        {
            error = "has a wildcard other than a leading '*.' (e.g. '*.example.com')";
            return false;
        }

        if (!TryAsciiHostName(name, out var ascii))
        {
            error = "is not a host name: labels of letters, digits and hyphens separated by dots";
            return false;
        }

        if (isWildcard && !ascii.Contains('.', StringComparison.Ordinal))
        {
            // "*.com" would open a whole top-level domain.
            error = "is a wildcard over a top-level domain: name at least two labels after '*.'";
            return false;
        }

        normalized = isWildcard ? "*." + ascii : ascii;
        return true;
    }

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

    /// <summary>
    /// The ASCII form of a host name: STD3 labels (letters, digits, hyphens), at most 253 characters, and not all
    /// digits in its last label (no top-level domain is; such text is a mistyped address).
    /// </summary>
    private static bool TryAsciiHostName(string name, out string ascii)
    {
        ascii = string.Empty;
        if (name.Length == 0)
        {
            return false;
        }

        try
        {
            ascii = StrictIdn.GetAscii(name).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return false;
        }

        var lastLabel = ascii[(ascii.LastIndexOf('.') + 1)..];
        return ascii.Length <= 253 && !lastLabel.All(char.IsAsciiDigit);
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
