using MineralGraph.Domain.Time;

namespace MineralGraph.Domain.Model;

/// <summary>
/// Anything the graph names: a government, an official, a mineral, a document… Fields that only some kinds
/// use are null elsewhere (see graph-seed/README.md for which kind uses which).
/// </summary>
public sealed record Entity
{
    public required string Id { get; init; }
    public required EntityKind Kind { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public string Description { get; init; } = "";

    /// <summary>Sub-kind, e.g. <c>alliance</c> for an agreement or <c>export-control</c> for a measure.</summary>
    public string? Type { get; init; }
    /// <summary>active, planned, proposal, under-review, ended, suspended.</summary>
    public string? Status { get; init; }
    /// <summary>The id of the government an official, agency, company, project or measure belongs to.</summary>
    public string? Country { get; init; }
    public string? Iso { get; init; }
    public string? Symbol { get; init; }
    public string? Place { get; init; }
    /// <summary>When an event happened, an agreement began, a measure was announced, a source was published.</summary>
    public PartialDate? Date { get; init; }
    /// <summary>Further dated steps of an agreement, event or measure, each with its role (in force, suspended …).</summary>
    public IReadOnlyList<PartialDate> Dates { get; init; } = [];

    // Sources (documents) only.
    public string? Publisher { get; init; }
    public string? Author { get; init; }
    public string? Url { get; init; }
    /// <summary>Path of the document's text inside graph-seed, when the project holds it.</summary>
    public string? File { get; init; }
    /// <summary><c>seed</c> for the five seed articles, <c>external</c> for any other public document.</summary>
    public string? Origin { get; init; }
}
