using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Audiobook.TtsServer.Tests.TestSupport;

/// <summary>A hand-written WebSocket upgrade request over TCP, to read the status line and JSON body of a refused handshake
/// (ClientWebSocket does not expose the body).</summary>
internal static class RawHandshake
{
    public static async Task<(int Status, JsonObject? Body)> SendAsync(LocalTtsServer server, string model, string? authorization) =>
        (await SendWithHeadersAsync(server, model, authorization)).Response;

    /// <summary>Like <see cref="SendAsync"/>, also returning the raw response headers.</summary>
    public static async Task<((int Status, JsonObject? Body) Response, string Headers)> SendWithHeadersAsync(LocalTtsServer server, string model, string? authorization)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.BaseUri.Host, server.BaseUri.Port);
        var stream = tcp.GetStream();
        var request = new StringBuilder()
            .Append("GET /api-ws/v1/realtime?model=").Append(model).Append(" HTTP/1.1\r\n")
            .Append("Host: ").Append(server.BaseUri.Authority).Append("\r\n")
            .Append("Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n")
            .Append("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n");
        if (authorization is not null)
        {
            request.Append("Authorization: ").Append(authorization).Append("\r\n");
        }

        await stream.WriteAsync(Encoding.ASCII.GetBytes(request.Append("\r\n").ToString()));
        var response = new MemoryStream();
        var buffer = new byte[4096];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var read = await stream.ReadAsync(buffer, timeout.Token);
            if (read == 0)
            {
                break;
            }

            response.Write(buffer, 0, read);
            var text = Encoding.UTF8.GetString(response.ToArray());
            var headerEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (headerEnd < 0)
            {
                continue;
            }

            var status = int.Parse(text.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
            if (status == 101)
            {
                return ((101, null), text[..headerEnd]);
            }

            var body = text[(headerEnd + 4)..];
            var length = text[..headerEnd].Split("\r\n").FirstOrDefault(h => h.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
            var chunked = text[..headerEnd].Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase);
            if (length is not null && Encoding.UTF8.GetByteCount(body) >= int.Parse(length.Split(':')[1].Trim(), System.Globalization.CultureInfo.InvariantCulture))
            {
                return ((status, JsonNode.Parse(body)!.AsObject()), text[..headerEnd]);
            }

            if (chunked && body.EndsWith("0\r\n\r\n", StringComparison.Ordinal))
            {
                var json = body[(body.IndexOf("\r\n", StringComparison.Ordinal) + 2)..];
                return ((status, JsonNode.Parse(json[..(json.LastIndexOf('}') + 1)])!.AsObject()), text[..headerEnd]);
            }
        }

        throw new InvalidOperationException("Incomplete HTTP response: " + Encoding.UTF8.GetString(response.ToArray()));
    }
}
