namespace MineralGraph.Domain.Store.ReadAhead;

// What a caller will read below the entities and relations a root read returns, so a store can answer both in one
// go (the Neo4j store: one statement). The GraphQL layer builds these from a root field's selection; a store never
// needs to know GraphQL. Reading more than is needed is harmless (the caller looks up what it asks for); reading
// less only costs the caller a fetch of its own.

/// <summary>Below an entity: pages of its relations and its country.</summary>
public sealed record EntityNeeds
{
    /// <summary>Nothing below: the entity alone.</summary>
    public static readonly EntityNeeds Nothing = new();

    /// <summary>Pages of the entity's relations (<c>relations(…)</c>), each once.</summary>
    public IReadOnlyList<PageNeeds> Pages { get; init; } = [];

    /// <summary>The entity its <see cref="Model.Entity.Country"/> names, when set; null when not needed.</summary>
    public EntityNeeds? Country { get; init; }

    public bool IsEmpty => Pages.Count == 0 && Country is null;
}

/// <summary>
/// One page of an entity's relations: <see cref="Query"/> with its <see cref="RelationListQuery.EntityId"/> left
/// blank (each entity's own id is filled in), what each relation of the page needs, and, when not null, what the
/// entity at each relation's other end needs.
/// </summary>
public sealed record PageNeeds(RelationListQuery Query, RelationNeeds Items, EntityNeeds? Other)
{
    /// <summary>The page of this entity's relations.</summary>
    public RelationListQuery For(string entityId) => Query with { EntityId = entityId };
}

/// <summary>Below a relation: its ends, the relations disputing it, the sources its evidence cites.</summary>
public sealed record RelationNeeds
{
    public static readonly RelationNeeds Nothing = new();

    /// <summary>The entity the relation starts from; null when not needed.</summary>
    public EntityNeeds? From { get; init; }

    public EntityNeeds? To { get; init; }

    /// <summary>The relations <see cref="Model.Relation.DisputedBy"/> names (by id); null when not needed.</summary>
    public RelationNeeds? DisputedBy { get; init; }

    /// <summary>
    /// Below each source its evidence cites (stores always fill <see cref="Model.Evidence.Source"/>, so only what
    /// lies below a source needs reading); null when nothing does.
    /// </summary>
    public EntityNeeds? Sources { get; init; }

    public bool IsEmpty => From is null && To is null && DisputedBy is null && Sources is null;
}

/// <summary>What is needed below every entity and every relation a root read returns.</summary>
public sealed record ReadNeeds(EntityNeeds Entities, RelationNeeds Relations)
{
    public static readonly ReadNeeds Nothing = new(EntityNeeds.Nothing, RelationNeeds.Nothing);

    public bool IsEmpty => Entities.IsEmpty && Relations.IsEmpty;
}
