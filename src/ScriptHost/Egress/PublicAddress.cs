using System.Net;

namespace ScriptHost.Egress;

/// <summary>
/// Decides whether an IP address is a public, globally routed unicast address a function may reach. Default deny for
/// IPv6 (only global unicast 2000::/3 qualifies) and an explicit block list for IPv4 drawn from the IANA special-purpose
/// registries: anything "not globally reachable" there is refused, so documentation and benchmarking ranges go too.
/// Addresses that embed an IPv4 address (IPv4-mapped, NAT64, 6to4) are judged by the address they embed.
/// </summary>
internal static class PublicAddress
{
    private static readonly (IPNetwork Network, string Reason)[] BlockedIPv4 =
    [
        (IPNetwork.Parse("0.0.0.0/8"), "an unspecified ('this network') address"),
        (IPNetwork.Parse("10.0.0.0/8"), "a private address"),
        (IPNetwork.Parse("100.64.0.0/10"), "a shared (carrier-grade NAT) address"),
        (IPNetwork.Parse("127.0.0.0/8"), "a loopback address"),
        (IPNetwork.Parse("169.254.0.0/16"), "a link-local address (where cloud metadata services live)"),
        (IPNetwork.Parse("172.16.0.0/12"), "a private address"),
        (IPNetwork.Parse("192.0.0.0/24"), "an IETF protocol assignment address"),
        (IPNetwork.Parse("192.0.2.0/24"), "a documentation address"),
        (IPNetwork.Parse("192.88.99.0/24"), "a 6to4 relay address"),
        (IPNetwork.Parse("192.168.0.0/16"), "a private address"),
        (IPNetwork.Parse("198.18.0.0/15"), "a benchmarking address"),
        (IPNetwork.Parse("198.51.100.0/24"), "a documentation address"),
        (IPNetwork.Parse("203.0.113.0/24"), "a documentation address"),
        (IPNetwork.Parse("224.0.0.0/4"), "a multicast address"),
        (IPNetwork.Parse("255.255.255.255/32"), "the broadcast address"),
        (IPNetwork.Parse("240.0.0.0/4"), "a reserved address"),
    ];

    private static readonly IPNetwork GlobalUnicastIPv6 = IPNetwork.Parse("2000::/3");

    private static readonly (IPNetwork Network, string Reason)[] BlockedIPv6 =
    [
        (IPNetwork.Parse("::1/128"), "a loopback address"),
        (IPNetwork.Parse("::/128"), "an unspecified address"),
        (IPNetwork.Parse("fe80::/10"), "a link-local address"),
        (IPNetwork.Parse("fec0::/10"), "a site-local address"),
        (IPNetwork.Parse("fc00::/7"), "a private (unique local) address"),
        (IPNetwork.Parse("ff00::/8"), "a multicast address"),
        (IPNetwork.Parse("64:ff9b:1::/48"), "a local-use NAT64 address"),
        (IPNetwork.Parse("100::/64"), "a discard-only address"),

        // Inside 2000::/3 but not globally reachable: Teredo and other IETF assignments, documentation, SRv6.
        (IPNetwork.Parse("2001::/23"), "an IETF protocol assignment address"),
        (IPNetwork.Parse("2001:db8::/32"), "a documentation address"),
        (IPNetwork.Parse("3fff::/20"), "a documentation address"),
        (IPNetwork.Parse("5f00::/16"), "a segment-routing address"),
    ];

    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");

    /// <summary>True when <paramref name="address"/> is public; otherwise false with the reason it is not.</summary>
    public static bool IsPublic(IPAddress address, out string reason)
    {
        ArgumentNullException.ThrowIfNull(address);

        if (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
        {
            return IsPublicIPv4(address, out reason);
        }

        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            reason = "not an IP address";
            return false;
        }

        // A translator or the host's own dual-stack socket would deliver these to the embedded IPv4 address.
        if (address.IsIPv4MappedToIPv6)
        {
            return IsPublicIPv4(address.MapToIPv4(), out reason);
        }

        var bytes = address.GetAddressBytes();
        if (Nat64.Contains(address))
        {
            return IsPublicIPv4(new IPAddress(bytes.AsSpan(12, 4)), out reason);
        }

        if (SixToFour.Contains(address))
        {
            return IsPublicIPv4(new IPAddress(bytes.AsSpan(2, 4)), out reason);
        }

        foreach (var (network, blockedReason) in BlockedIPv6)
        {
            if (network.Contains(address))
            {
                reason = blockedReason;
                return false;
            }
        }

        if (!GlobalUnicastIPv6.Contains(address))
        {
            reason = "not a global unicast address";
            return false;
        }

        reason = string.Empty;
        return true;
    }

    private static bool IsPublicIPv4(IPAddress address, out string reason)
    {
        foreach (var (network, blockedReason) in BlockedIPv4)
        {
            if (network.Contains(address))
            {
                reason = blockedReason;
                return false;
            }
        }

        reason = string.Empty;
        return true;
    }
}
