using System.Net;
using System.Net.Sockets;

namespace ChatGuard.Gateway.Tests.Infrastructure;

/// <summary>Ports for the servers the tests start (gateway processes, Redis, PostgreSQL) on the loopback interface.</summary>
public static class LoopbackPort
{
    /// <summary>A port the system just handed out as free: another process could take it before the caller binds it,
    /// a race the tests accept for servers that cannot be told to pick their own port and report it.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
