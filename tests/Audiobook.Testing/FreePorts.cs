using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Audiobook.Testing;

/// <summary>A free loopback port for a server a test starts later (or restarts on the same port). Taken below the
/// kernel's ephemeral range, so an outgoing connection of some other test can never be handed the port between the
/// check here and the server's bind.</summary>
public static class FreePorts
{
    private const int Lowest = 20000;

    public static int Next()
    {
        var below = EphemeralRangeStart();
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var port = Random.Shared.Next(Lowest, below);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // In use: try another.
            }
        }

        throw new InvalidOperationException($"no free loopback port between {Lowest} and {below}");
    }

    private static int EphemeralRangeStart()
    {
        const string path = "/proc/sys/net/ipv4/ip_local_port_range";
        return File.Exists(path) && int.TryParse(File.ReadAllText(path).Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries)[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start) && start > Lowest + 1000
            ? start
            : 32768;
    }
}
