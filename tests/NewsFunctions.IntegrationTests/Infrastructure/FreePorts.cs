using System.Net;
using System.Net.Sockets;

namespace NewsFunctions.IntegrationTests.Infrastructure;

public static class FreePorts
{
    private static readonly HashSet<int> Given = [];

    // A port the system says is free, never one given before in this process: the system may hand
    // a port that was just released to the next caller, and fixtures starting at once (an Azurite
    // and another fixture's host) would then both be told to listen on it.
    public static int Next()
    {
        while (true)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            lock (Given)
            {
                if (Given.Add(port))
                {
                    return port;
                }
            }
        }
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
