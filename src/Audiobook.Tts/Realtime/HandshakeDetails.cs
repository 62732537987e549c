using System.Globalization;
using System.Net.WebSockets;

namespace Audiobook.Tts.Realtime;

/// <summary>Reads what a rejected WebSocket upgrade left behind (status and <c>Retry-After</c>), which
/// <see cref="ClientWebSocketOptions.CollectHttpResponseDetails"/> makes available.</summary>
internal static class HandshakeDetails
{
    public static int Status(ClientWebSocket socket) => (int)socket.HttpStatusCode;

    public static TimeSpan? RetryAfter(ClientWebSocket socket)
    {
        if (socket.HttpResponseHeaders is not { } headers)
        {
            return null;
        }

        foreach (var (name, values) in headers)
        {
            if (!string.Equals(name, "Retry-After", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var value in values)
            {
                if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
                {
                    return TimeSpan.FromSeconds(seconds);
                }
            }
        }

        return null;
    }
}
