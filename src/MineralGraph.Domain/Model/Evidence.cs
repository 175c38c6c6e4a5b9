using System.Text.Json.Serialization;

namespace MineralGraph.Domain.Model;

/// <summary>
/// Why the graph says what it says: a document and the exact words in it. <see cref="Source"/> is filled in by
/// the store that returns the evidence so that callers never need a second lookup per citation.
/// </summary>
public sealed record Evidence(string SourceId, string Quote, string? Locator = null)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Entity? Source { get; init; }

    /// <summary>Who the document says the words come from ("Reuters", "Mexican reporting", "officials"), when it attributes them.</summary>
    public string? ReportedBy { get; init; }
}
