using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace MineralGraph.Server.Tests.Infrastructure;

/// <summary>One server-sent event as the SSE spec assembles it: its type, its id (the last id seen), its data lines joined.</summary>
public sealed record SseEvent(string Type, string? Id, string Data)
{
    public JsonElement Json => JsonDocument.Parse(Data).RootElement;

    /// <summary>The first error's extensions.code, or null.</summary>
    public string? ErrorCode => Type == "next" && Json.TryGetProperty("errors", out var errors) && errors[0].TryGetProperty("extensions", out var x) &&
                                x.TryGetProperty("code", out var code) ? code.GetString() : null;

    public string ErrorMessage => Json.GetProperty("errors")[0].GetProperty("message").GetString()!;
}

/// <summary>
/// A real SSE client: it sends a GraphQL request with <c>Accept: text/event-stream</c> over a real socket and reads the
/// answer line by line, per the event-stream interpretation rules (fields, comments, blank line dispatch).
/// <see cref="ReceiveBufferBytes"/> fixes the socket's receive buffer, so a test can make a small, slow reader.
/// </summary>
public sealed class SseClient : IAsyncDisposable
{
    readonly HttpClient http;
    HttpResponseMessage? response;
    StreamReader? reader;
    string? lastId;

    public SseClient(Uri baseAddress, int? receiveBufferBytes = null)
    {
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.Zero, MaxConnectionsPerServer = 1 };
        if (receiveBufferBytes is { } size)
        {
            handler.ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true, ReceiveBufferSize = size };
                await socket.ConnectAsync(context.DnsEndPoint, ct);
                return new NetworkStream(socket, ownsSocket: true);
            };
        }
        http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = Timeout.InfiniteTimeSpan };
    }

    public HttpStatusCode Status => response!.StatusCode;

    public string? MediaType => response!.Content.Headers.ContentType?.MediaType;

    /// <summary>Comment lines read so far (heartbeats).</summary>
    public int Comments { get; private set; }

    /// <summary>POSTs the request; returns once the answer's headers are in.</summary>
    public async Task OpenAsync(string query, object? variables = null, string? lastEventId = null, string? key = null, HttpMethod? method = null)
    {
        // A new request on this client replaces the previous answer.
        reader?.Dispose();
        response?.Dispose();
        HttpRequestMessage request;
        if (method == HttpMethod.Get)
        {
            request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query) +
                (variables is null ? "" : "&variables=" + Uri.EscapeDataString(JsonSerializer.Serialize(variables))));
        }
        else
        {
            request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
            };
        }
        request.Headers.TryAddWithoutValidation("Accept", "text/event-stream");
        if (lastEventId is not null) request.Headers.TryAddWithoutValidation("Last-Event-ID", lastEventId);
        if (key is not null) request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + key);
        response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        reader = new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8);
    }

    /// <summary>The next event, or null when the stream ended; fails when none comes within <paramref name="timeout"/>.</summary>
    public async Task<SseEvent?> ReadEventAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        string? type = null;
        var data = new StringBuilder();
        var hasData = false;
        while (true)
        {
            string? line;
            try
            {
                line = await reader!.ReadLineAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"no event within {timeout}");
            }
            catch (IOException)
            {
                return null; // the server cut the connection
            }
            if (line is null) return null;
            if (line.Length == 0)
            {
                // Blank line: dispatch (an event with no data field is not dispatched, per the spec)
                if (hasData) return new SseEvent(type ?? "message", lastId, data.ToString());
                type = null;
                continue;
            }
            if (line[0] == ':')
            {
                Comments++;
                continue;
            }
            var colon = line.IndexOf(':');
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? "" : line[(colon + 1)..];
            if (value.StartsWith(' ')) value = value[1..];
            switch (field)
            {
                case "event":
                    type = value;
                    break;
                case "data":
                    if (hasData) data.Append('\n');
                    data.Append(value);
                    hasData = true;
                    break;
                case "id":
                    lastId = value;
                    break;
            }
        }
    }

    /// <summary>The rest of the answer as text (a refused request's JSON body).</summary>
    public Task<string> ReadToEndAsync() => reader!.ReadToEndAsync();

    public async ValueTask DisposeAsync()
    {
        reader?.Dispose();
        response?.Dispose();
        http.Dispose();
        await Task.CompletedTask;
    }
}
