using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using MineralGraph.Server.Tests.Infrastructure;

namespace MineralGraph.Server.Tests.Embedded;

/// <summary>
/// Clients that fail on their side, sent over a raw socket to a real server (Kestrel): a body slower than Kestrel's
/// minimum data rate, a body cut short, a connection dropped mid-body. Each gets a 4xx when anyone is left to read
/// it, and none leaves an error in the server's log: nobody may raise 5xx alerts at will.
/// </summary>
[Collection(nameof(SlowClientsAlone))]
public sealed class SlowClientTests(EmbeddedServerProcessFixture fixture) : IClassFixture<EmbeddedServerProcessFixture>
{
    const string Body = """{"query":"{ node(id: \"government/mexico\") { name } }"}""";

    static string Headers(int contentLength) =>
        $"POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: {contentLength}\r\n\r\n";

    async Task<Socket> ConnectAsync()
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(fixture.Server.BaseAddress.Host, fixture.Server.BaseAddress.Port);
        return socket;
    }

    /// <summary>Everything the server sends until it closes the connection or <paramref name="timeout"/> passes.</summary>
    static async Task<string> ReadAnswerAsync(Socket socket, TimeSpan timeout)
    {
        using var stop = new CancellationTokenSource(timeout);
        var received = new List<byte>();
        var buffer = new byte[4096];
        try
        {
            while (true)
            {
                var n = await socket.ReceiveAsync(buffer, SocketFlags.None, stop.Token);
                if (n == 0) break;
                received.AddRange(buffer.AsSpan(0, n).ToArray());
                var text = Encoding.UTF8.GetString(received.ToArray());
                // One answer is enough: headers and a body of the length they declare.
                if (text.IndexOf("\r\n\r\n", StringComparison.Ordinal) is var end and > 0 &&
                    (text.EndsWith("\r\n0\r\n\r\n", StringComparison.Ordinal) ||
                     System.Text.RegularExpressions.Regex.Match(text, @"Content-Length: (\d+)", System.Text.RegularExpressions.RegexOptions.IgnoreCase) is { Success: true } length &&
                     Encoding.UTF8.GetByteCount(text[(end + 4)..]) >= int.Parse(length.Groups[1].Value)))
                    break;
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (SocketException)
        {
        }
        return Encoding.UTF8.GetString(received.ToArray());
    }

    static (int Status, JsonElement Body) Parse(string answer)
    {
        Assert.StartsWith("HTTP/1.1 ", answer);
        var status = int.Parse(answer.AsSpan(9, 3));
        var headersEnd = answer.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var body = answer[(headersEnd + 4)..];
        if (answer[..headersEnd].Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase)) body = Unchunk(body);
        return (status, JsonDocument.Parse(body).RootElement.Clone());
    }

    static string Unchunk(string chunked)
    {
        var body = new StringBuilder();
        var at = 0;
        while (at < chunked.Length)
        {
            var lineEnd = chunked.IndexOf("\r\n", at, StringComparison.Ordinal);
            var size = Convert.ToInt32(chunked[at..lineEnd], 16);
            if (size == 0) break;
            body.Append(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return body.ToString();
    }

    void AssertNoErrorLogged()
    {
        var errors = fixture.Server.Output.Split('\n').Where(l => l.StartsWith("fail:", StringComparison.Ordinal) || l.StartsWith("crit:", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 0, "the server logged errors:\n" + fixture.Server.Output);
    }

    [Fact]
    public async Task BodySlowerThanTheMinimumRate_Is408_WithoutAnErrorLog()
    {
        using var socket = await ConnectAsync();
        await socket.SendAsync(Encoding.ASCII.GetBytes(Headers(1000)));
        // 10 bytes a second: Kestrel's minimum is 240 bytes a second after a 5 s grace period.
        var watch = Stopwatch.StartNew();
        var answer = "";
        var reading = ReadAnswerAsync(socket, TimeSpan.FromSeconds(30));
        while (!reading.IsCompleted && watch.Elapsed < TimeSpan.FromSeconds(30))
        {
            try
            {
                await socket.SendAsync(Encoding.ASCII.GetBytes(new string(' ', 10)));
            }
            catch (SocketException)
            {
                break; // the server closed the connection
            }
            await Task.WhenAny(reading, Task.Delay(1000));
        }
        answer = await reading;

        var (status, body) = Parse(answer);
        Assert.Equal(408, status);
        Assert.Equal("REQUEST_TIMEOUT", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("too slowly", body.GetProperty("errors")[0].GetProperty("message").GetString());
        await Task.Delay(500);
        AssertNoErrorLogged();
    }

    [Fact]
    public async Task MalformedChunkedBody_Is400_WithoutAnErrorLog()
    {
        using var socket = await ConnectAsync();
        await socket.SendAsync(Encoding.ASCII.GetBytes(
            "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" +
            "5\r\n{\"que\r\nzz-not-a-chunk-size\r\n"));
        var (status, body) = Parse(await ReadAnswerAsync(socket, TimeSpan.FromSeconds(30)));
        Assert.Equal(400, status);
        Assert.Equal("INVALID_REQUEST", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        await Task.Delay(500);
        AssertNoErrorLogged();
    }

    [Fact]
    public async Task ConnectionDroppedMidBody_LeavesNoErrorLog_AndTheServerStillAnswers()
    {
        using (var socket = await ConnectAsync())
        {
            await socket.SendAsync(Encoding.ASCII.GetBytes(Headers(1000) + Body));
            await Task.Delay(200);
            socket.LingerState = new LingerOption(true, 0); // close with a reset, as a crashed client would
            socket.Close();
        }
        await Task.Delay(1000);
        AssertNoErrorLogged();
        using var http = new HttpClient { BaseAddress = fixture.Server.BaseAddress };
        (await http.PostGraphQLAsync("{ node(id: \"government/mexico\") { name } }")).AssertOk();
    }
}

[CollectionDefinition(nameof(SlowClientsAlone), DisableParallelization = true)]
public sealed class SlowClientsAlone;
