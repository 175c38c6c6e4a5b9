using MineralGraph.Domain.Model;

namespace MineralGraph.Domain.Store.ReadAhead;

/// <summary>
/// A read a GraphQL root field makes (one of the <see cref="IGraphStore"/> operations, as a value), whose entities
/// and relations the <see cref="ReadNeeds"/> of <see cref="IGraphStore.ReadAsync{T}"/> continue from. A closed set:
/// a store answering them in its own way switches over these types.
/// </summary>
public abstract record RootRead<T>
{
    private protected RootRead() { }

    /// <summary>The value, from the store's own operation.</summary>
    public abstract Task<T> RunAsync(IGraphStore store, CancellationToken cancellationToken);

    /// <summary>The entities in <paramref name="value"/> that <see cref="ReadNeeds.Entities"/> applies to.</summary>
    public abstract IEnumerable<Entity> EntitiesOf(T value);

    /// <summary>The relations in <paramref name="value"/> that <see cref="ReadNeeds.Relations"/> applies to.</summary>
    public virtual IEnumerable<Relation> RelationsOf(T value) => [];
}

/// <summary><see cref="IGraphStore.GetEntityAsync"/>.</summary>
public sealed record EntityRead(string Id) : RootRead<Entity?>
{
    public override Task<Entity?> RunAsync(IGraphStore store, CancellationToken cancellationToken) => store.GetEntityAsync(Id, cancellationToken);

    public override IEnumerable<Entity> EntitiesOf(Entity? value) => value is null ? [] : [value];
}

/// <summary><see cref="IGraphStore.GetEntitiesAsync"/>.</summary>
public sealed record EntitiesRead(IReadOnlyList<string> Ids) : RootRead<IReadOnlyList<Entity?>>
{
    public override Task<IReadOnlyList<Entity?>> RunAsync(IGraphStore store, CancellationToken cancellationToken) => store.GetEntitiesAsync(Ids, cancellationToken);

    public override IEnumerable<Entity> EntitiesOf(IReadOnlyList<Entity?> value) => value.OfType<Entity>();
}

/// <summary><see cref="IGraphStore.GetRelationAsync"/>.</summary>
public sealed record RelationRead(string Id) : RootRead<Relation?>
{
    public override Task<Relation?> RunAsync(IGraphStore store, CancellationToken cancellationToken) => store.GetRelationAsync(Id, cancellationToken);

    public override IEnumerable<Entity> EntitiesOf(Relation? value) => [];

    public override IEnumerable<Relation> RelationsOf(Relation? value) => value is null ? [] : [value];
}

/// <summary><see cref="IGraphStore.ListEntitiesAsync"/>.</summary>
public sealed record EntityListRead(EntityListQuery Query) : RootRead<Page<Entity>>
{
    public override Task<Page<Entity>> RunAsync(IGraphStore store, CancellationToken cancellationToken) => store.ListEntitiesAsync(Query, cancellationToken);

    public override IEnumerable<Entity> EntitiesOf(Page<Entity> value) => value.Items;
}

/// <summary><see cref="IGraphStore.SearchAsync"/>.</summary>
public sealed record SearchRead(SearchQuery Query) : RootRead<IReadOnlyList<SearchHit>>
{
    public override Task<IReadOnlyList<SearchHit>> RunAsync(IGraphStore store, CancellationToken cancellationToken) => store.SearchAsync(Query, cancellationToken);

    public override IEnumerable<Entity> EntitiesOf(IReadOnlyList<SearchHit> value) => value.Select(h => h.Entity);
}

/// <summary><see cref="IGraphStore.GetNeighbourhoodAsync"/>: needs apply to every node and every edge.</summary>
public sealed record NeighbourhoodRead(NeighbourhoodQuery Query) : RootRead<Subgraph>
{
    public override Task<Subgraph> RunAsync(IGraphStore store, CancellationToken cancellationToken) => store.GetNeighbourhoodAsync(Query, cancellationToken);

    public override IEnumerable<Entity> EntitiesOf(Subgraph value) => value.Nodes;

    public override IEnumerable<Relation> RelationsOf(Subgraph value) => value.Edges;
}

/// <summary><see cref="IGraphStore.FindPathsAsync"/>: needs apply to every node and relation of every path.</summary>
public sealed record PathsRead(PathQuery Query) : RootRead<IReadOnlyList<GraphPath>>
{
    public override Task<IReadOnlyList<GraphPath>> RunAsync(IGraphStore store, CancellationToken cancellationToken) => store.FindPathsAsync(Query, cancellationToken);

    public override IEnumerable<Entity> EntitiesOf(IReadOnlyList<GraphPath> value) => value.SelectMany(p => p.Nodes);

    public override IEnumerable<Relation> RelationsOf(IReadOnlyList<GraphPath> value) => value.SelectMany(p => p.Relations);
}

/// <summary>
/// <see cref="IGraphStore.FindAlliesSharingCapacityAsync"/>: needs apply to every entity (alliance, member, holder,
/// mineral, measure) and every relation (membership, capacity, based-in, group link, restriction, imposed-by) of the
/// answer alike.
/// </summary>
public sealed record CapacityRead(CapacityQuery Query) : RootRead<IReadOnlyList<CapacityShare>>
{
    public override Task<IReadOnlyList<CapacityShare>> RunAsync(IGraphStore store, CancellationToken cancellationToken) =>
        store.FindAlliesSharingCapacityAsync(Query, cancellationToken);

    public override IEnumerable<Entity> EntitiesOf(IReadOnlyList<CapacityShare> value) =>
        value.SelectMany(s => s.Members.SelectMany(m => m.Holdings.SelectMany(h => new[] { h.Holder, h.Mineral, h.RestrictedMineral }).Prepend(m.Government))
            .Concat(s.Minerals.SelectMany(r => r.Measure is null ? [r.Mineral] : new[] { r.Mineral, r.Measure }))
            .Prepend(s.Alliance));

    public override IEnumerable<Relation> RelationsOf(IReadOnlyList<CapacityShare> value) =>
        value.SelectMany(s => s.Members.SelectMany(m => m.Holdings.SelectMany(h => new[] { h.Capacity, h.BasedIn, h.GroupLink }).Prepend(m.Membership))
            .Concat(s.Minerals.SelectMany(r => new[] { r.Restriction, r.ImposedBy })))
            .OfType<Relation>();
}
