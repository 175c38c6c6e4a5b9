namespace MineralGraph.Domain.Curation;

/// <summary>
/// One applied change, as history shows it: who, when, which operation on which ids, and the entity or relation
/// before and after (JSON; null before a creation). <see cref="Sequence"/> orders changes.
/// </summary>
public sealed record Change(
    long Sequence,
    DateTimeOffset At,
    string Actor,
    string Operation,
    IReadOnlyList<string> Targets,
    string? Before,
    string? After,
    string? IdempotencyKey)
{
    /// <summary>
    /// The names of the ids <see cref="ChangeSummary.Mentions"/> lists (entity and source names), as the store knew
    /// them when it read the change; null when not looked up. Only for <see cref="ChangeSummary"/>.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Names { get; init; }

    /// <summary>The change in plain words (<see cref="ChangeSummary"/>).</summary>
    public string Summary => ChangeSummary.Of(this);
}
