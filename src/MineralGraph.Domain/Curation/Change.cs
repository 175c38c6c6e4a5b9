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
    string? IdempotencyKey);
