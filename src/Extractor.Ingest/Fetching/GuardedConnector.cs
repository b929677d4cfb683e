using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace Extractor.Ingest.Fetching;

/// <summary>
/// The <see cref="SocketsHttpHandler.ConnectCallback"/> that resolves DNS itself and connects only to
/// permitted addresses. Checking here, after resolution, covers redirects and DNS rebinding alike.
/// </summary>
public static class GuardedConnector
{
    /// <summary>The request option carrying the private networks a source may reach.</summary>
    public static readonly HttpRequestOptionsKey<IReadOnlyList<IPNetwork>> AllowedNetworksKey = new("Extractor.AllowedPrivateNetworks");

    public static SocketsHttpHandler CreateHandler() => new()
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
        UseCookies = false,
        UseProxy = false,
        ConnectTimeout = TimeSpan.FromSeconds(15),
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectCallback = ConnectAsync,
    };

    public static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        IReadOnlyList<IPNetwork> allowed = context.InitialRequestMessage.Options.TryGetValue(AllowedNetworksKey, out var networks)
            ? networks
            : [];
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        var permitted = addresses.Where(address => NetworkAddressPolicy.IsPermitted(address, allowed)).ToArray();
        if (permitted.Length == 0)
        {
            throw new BlockedAddressException(host, string.Join(", ", addresses.Select(a => a.ToString())));
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(permitted, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
