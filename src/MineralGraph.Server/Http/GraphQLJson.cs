using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL.Execution;
using GraphQL.SystemTextJson;

namespace MineralGraph.Server.Http;

/// <summary>
/// The System.Text.Json serializer for requests and answers, exposing its options so the endpoint can write an
/// answer synchronously into the response pipe. Non-ASCII text stays readable ("Economía", not "Econom\u00EDa");
/// the answer is JSON, never embedded in HTML, so relaxed escaping is safe.
/// </summary>
public sealed class GraphQLJson(IErrorInfoProvider errors)
    : GraphQLSerializer(options => options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, errors)
{
    public JsonSerializerOptions Options => SerializerOptions;

    /// <summary>For writing answers: the same escaping; the serializer's converters produce valid JSON, so the writer need not re-check it.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
}
