using System.Net;
using System.Net.Sockets;

namespace NewsFunctions.IntegrationTests.Infrastructure;

public static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static Task WaitUntilListeningAsync(int port, TimeSpan timeout, Func<bool>? hasExited = null)
        => Poll.UntilAsync(
            async () =>
            {
                if (hasExited?.Invoke() == true)
                {
                    throw new InvalidOperationException($"The process meant to listen on {port} exited.");
                }

                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return true;
            },
            connected => connected,
            timeout,
            $"something to listen on port {port}",
            notYet: ex => ex is SocketException);
}
