using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Flora.Sdk.IntegrationTests;

/// <summary>
/// HTTP/1.1 over a bare socket, for bodies no HttpClient would send: a length that does not match, a body that
/// drips, bytes that are not UTF-8. Reads the answer until the server closes (requests say <c>Connection: close</c>).
/// </summary>
internal static class RawHttp
{
    /// <summary>Sends <paramref name="head"/> (request line and headers, CRLF-separated, without the blank line) and the body chunks.</summary>
    public static async Task<RawResponse> SendAsync(Uri server, string head, IEnumerable<byte[]> chunks, TimeSpan chunkDelay = default)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port, timeout.Token);
        var stream = tcp.GetStream();
        var reading = ReadAllAsync(stream, timeout.Token);
        try
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head + "\r\nConnection: close\r\n\r\n"), timeout.Token);
            foreach (var chunk in chunks)
            {
                if (reading.IsCompleted)
                {
                    break;
                }

                await stream.WriteAsync(chunk, timeout.Token);
                if (chunkDelay > TimeSpan.Zero)
                {
                    await Task.Delay(chunkDelay, timeout.Token);
                }
            }
        }
        catch (IOException)
        {
            // The server answered and closed while the rest of the body was still being sent: that is the answer.
        }

        return Parse(await reading);
    }

    public static IEnumerable<byte[]> Body(byte[] body, int chunkSize = 64 * 1024) => body.Chunk(chunkSize);

    /// <summary>Reads until the server closes or the whole response (headers and Content-Length body) is in, whichever is first.</summary>
    private static async Task<byte[]> ReadAllAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        using var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while (!IsComplete(received) && (read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (IOException) when (received.Length > 0)
        {
            // A reset after the response (the server closed with unread request bytes): keep what arrived.
        }

        return received.ToArray();
    }

    private static bool IsComplete(MemoryStream received)
    {
        var text = Encoding.Latin1.GetString(received.GetBuffer(), 0, (int)received.Length);
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (split < 0)
        {
            return false;
        }

        var header = text[..split].Split("\r\n").FirstOrDefault(h => h.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        return header is not null && received.Length - (split + 4) >= long.Parse(header["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static RawResponse Parse(byte[] raw)
    {
        var text = Encoding.UTF8.GetString(raw);
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(split > 0, $"The emulator sent no HTTP response ({raw.Length} bytes): '{text}'");
        var statusLine = text[..text.IndexOf("\r\n", StringComparison.Ordinal)];
        var status = int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        return new RawResponse(status, text[..split], text[(split + 4)..]);
    }
}

/// <summary>A response read by <see cref="RawHttp"/>.</summary>
internal sealed record RawResponse(int StatusCode, string Headers, string Body)
{
    /// <summary>The envelope's <c>error.code</c> and <c>error.message</c>; fails the test when the body is not FLORA's error envelope.</summary>
    public (string Code, string Message) Error()
    {
        using var document = JsonDocument.Parse(Body);
        var error = document.RootElement.GetProperty("error");
        return (error.GetProperty("code").GetString()!, error.GetProperty("message").GetString()!);
    }
}
