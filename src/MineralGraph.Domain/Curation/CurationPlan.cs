using MineralGraph.Domain.Model;

namespace MineralGraph.Domain.Curation;

/// <summary>
/// A checked change, ready to write: the entity or relation as it will be, and as it was. Stores write exactly
/// this; they never re-interpret the command.
/// </summary>
public sealed record CurationPlan(CurationCommand Command)
{
    public Entity? EntityBefore { get; init; }
    public Entity? EntityAfter { get; init; }
    public Relation? RelationBefore { get; init; }
    public Relation? RelationAfter { get; init; }
    /// <summary>For a new source, its full text when given.</summary>
    public string? SourceText { get; init; }
    /// <summary>For a merge, the id that now resolves to <see cref="EntityAfter"/>.</summary>
    public string? MergedId { get; init; }

    /// <summary>The history record of this plan applied as change number <paramref name="sequence"/>: before and after as JSON snapshots.</summary>
    public Change ToChange(long sequence, DateTimeOffset at, string actor) => new(
        sequence, at, actor, Command.Operation, Targets,
        EntityBefore is { } eb ? GraphJson.Snapshot(eb) : RelationBefore is { } rb ? GraphJson.Snapshot(rb) : null,
        EntityAfter is { } ea ? GraphJson.Snapshot(ea) : RelationAfter is { } ra ? GraphJson.Snapshot(ra) : null,
        Command.IdempotencyKey);

    /// <summary>The ids whose history shows this change: the entity or relation changed, and a relation's two ends.</summary>
    public IReadOnlyList<string> Targets =>
        new[] { EntityAfter?.Id, MergedId, RelationAfter?.Id, RelationAfter?.From, RelationAfter?.To }.OfType<string>().Distinct().ToList();
}
