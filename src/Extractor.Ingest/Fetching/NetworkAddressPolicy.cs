using System.Net;
using System.Net.Sockets;

namespace Extractor.Ingest.Fetching;

/// <summary>Decides whether a resolved address is on the public internet; everything else needs explicit permission.</summary>
public static class NetworkAddressPolicy
{
    private static readonly IPNetwork[] NonPublicV4 =
    [
        IPNetwork.Parse("0.0.0.0/8"),
        IPNetwork.Parse("10.0.0.0/8"),
        IPNetwork.Parse("100.64.0.0/10"),
        IPNetwork.Parse("127.0.0.0/8"),
        IPNetwork.Parse("169.254.0.0/16"),
        IPNetwork.Parse("172.16.0.0/12"),
        IPNetwork.Parse("192.0.0.0/24"),
        IPNetwork.Parse("192.168.0.0/16"),
        IPNetwork.Parse("198.18.0.0/15"),
        IPNetwork.Parse("224.0.0.0/4"),
        IPNetwork.Parse("240.0.0.0/4"),
    ];

    private static readonly IPNetwork[] NonPublicV6 =
    [
        IPNetwork.Parse("::/128"),
        IPNetwork.Parse("::1/128"),
        IPNetwork.Parse("fc00::/7"),
        IPNetwork.Parse("fe80::/10"),
        IPNetwork.Parse("ff00::/8"),
    ];

    // NAT64 (RFC 6052) embeds an IPv4 address in its last 32 bits; judge the embedded address.
    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");

    // Deprecated IPv4-compatible form ::a.b.c.d, still routed to the IPv4 address by some stacks.
    private static readonly IPNetwork IPv4Compatible = IPNetwork.Parse("::/96");

    public static bool IsPublic(IPAddress address)
    {
        var normalized = Normalize(address);
        var ranges = normalized.AddressFamily == AddressFamily.InterNetwork ? NonPublicV4 : NonPublicV6;
        return !ranges.Any(range => range.Contains(normalized));
    }

    public static bool IsPermitted(IPAddress address, IReadOnlyList<IPNetwork> allowedPrivateNetworks)
    {
        if (IsPublic(address))
        {
            return true;
        }

        var normalized = Normalize(address);
        return allowedPrivateNetworks.Any(network => network.Contains(normalized));
    }

    private static IPAddress Normalize(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6
            && (Nat64.Contains(address) || (IPv4Compatible.Contains(address) && !IsLoopbackOrUnspecifiedV6(address))))
        {
            var bytes = address.GetAddressBytes();
            return new IPAddress(bytes.AsSpan(12, 4));
        }

        return address;
    }

    private static bool IsLoopbackOrUnspecifiedV6(IPAddress address) =>
        address.Equals(IPAddress.IPv6Loopback) || address.Equals(IPAddress.IPv6Any);
}
