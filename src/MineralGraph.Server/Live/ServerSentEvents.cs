using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text.Json;
using GraphQL;
using MineralGraph.Server.Http;

namespace MineralGraph.Server.Live;

/// <summary>
/// The event stream's wire format (GraphQL over SSE): <c>next</c> events whose data is one execution result as
/// single-line JSON (JSON escapes every line break, so one <c>data:</c> line holds it), with the change's sequence as
/// the event id; a <c>complete</c> event at the end; comment lines as heartbeats.
/// </summary>
public static class ServerSentEvents
{
    public const string MediaType = "text/event-stream";

    static readonly byte[] NextField = "event: next\n"u8.ToArray();
    static readonly byte[] IdField = "id: "u8.ToArray();
    static readonly byte[] DataField = "data: "u8.ToArray();
    static readonly byte[] EventEnd = "\n\n"u8.ToArray();
    static readonly byte[] CompleteEvent = "event: complete\ndata: \n\n"u8.ToArray();
    static readonly byte[] PingComment = ": ping\n\n"u8.ToArray();

    public static void WriteNext(PipeWriter writer, ExecutionResult result, long? id, JsonSerializerOptions options)
    {
        writer.Write(NextField);
        if (id is { } sequence)
        {
            writer.Write(IdField);
            writer.Write(System.Text.Encoding.ASCII.GetBytes(sequence.ToString(CultureInfo.InvariantCulture) + "\n"));
        }
        writer.Write(DataField);
        using (var json = new Utf8JsonWriter(writer, GraphQLJson.WriterOptions))
        {
            ExecutionResultWriter.Write(json, result, options);
        }
        writer.Write(EventEnd);
    }

    public static void WriteComplete(PipeWriter writer) => writer.Write(CompleteEvent);

    public static void WritePing(PipeWriter writer) => writer.Write(PingComment);

    /// <summary>Starts the 200 event-stream answer; proxies are asked not to buffer or transform it.</summary>
    public static void Start(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = MediaType + "; charset=utf-8";
        response.Headers.CacheControl = "no-cache, no-transform";
        response.Headers["X-Accel-Buffering"] = "no";
    }
}
