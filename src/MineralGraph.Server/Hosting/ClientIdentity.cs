using System.Net;
using System.Net.Sockets;
using MineralGraph.Domain.Curation;

namespace MineralGraph.Server.Hosting;

/// <summary>
/// Who a request counts against, for rate limits and open event streams: the owner of its API key when the key is
/// one configured in <c>Curation:Keys</c> (any role), else its IP address, an IPv6 client by its /64 (which one host
/// usually holds whole). A key the server does not know counts as no key, so inventing keys buys nothing.
/// </summary>
public static class ClientIdentity
{
    public static string Of(HttpContext context)
    {
        if (context.RequestServices.GetService<CuratorKeys>()?.Authenticate(context.Request) is { } owner) return "key:" + owner.Name;
        var address = RemoteAddress(context);
        return address switch
        {
            null => "address:unknown",
            { AddressFamily: AddressFamily.InterNetworkV6 } => "address:" + Prefix64(address),
            _ => "address:" + address,
        };
    }

    /// <summary>The peer's address, an IPv4-mapped IPv6 one as IPv4; null without a network peer (a Unix socket, the in-process test host).</summary>
    public static IPAddress? RemoteAddress(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        return address is { IsIPv4MappedToIPv6: true } ? address.MapToIPv4() : address;
    }

    static string Prefix64(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
