using MineralGraph.Domain.Model;

namespace MineralGraph.Domain.Store.ReadAhead;

/// <summary>
/// What a store read below a root read, keyed as the caller will ask for it: entities by the id asked (a country id
/// merged into another names the survivor; an unknown id is null), pages of relations by their query, relations by
/// id (null for an unknown id). Each value is what the store's own operation would return for that key.
/// </summary>
public sealed class ReadAheadAnswers
{
    public Dictionary<string, Entity?> Entities { get; } = new(StringComparer.Ordinal);

    public Dictionary<RelationListQuery, Page<Relation>> Pages { get; } = new(RelationListQueryComparer.Instance);

    public Dictionary<string, Relation?> Relations { get; } = new(StringComparer.Ordinal);

    public bool IsEmpty => Entities.Count == 0 && Pages.Count == 0 && Relations.Count == 0;
}

/// <summary>A root read's value and what was read below it.</summary>
public sealed record ReadResult<T>(T Value, ReadAheadAnswers Ahead);
