using System.Text.Json;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Store.ReadAhead;

namespace MineralGraph.Store.Tests.Contract;

/// <summary>
/// What <see cref="IGraphStore.ReadAsync{T}"/> promises, checked against the store's own operations: the value is the
/// root operation's; every key the level-by-level walk over the operations reads (<see cref="ReadAheadWalk"/>) is
/// there; and every key there (a store may read more) holds exactly what the operation answers for it. Values are
/// compared as JSON, so lists, dates and evidence count.
/// </summary>
public static class ReadAheadCheck
{
    /// <summary>Below every entity and relation: a page with everything below its relations, and the entity's country.</summary>
    public static readonly ReadNeeds Everything = Needs(
        new RelationListQuery { EntityId = "", First = 3, IncludeTotal = true },
        new RelationListQuery { EntityId = "", Kinds = [RelationKind.MemberOf, RelationKind.PartOf, RelationKind.HoldsReserves], Direction = RelationDirection.Outgoing, First = 2, Offset = 1 },
        new RelationListQuery { EntityId = "", Direction = RelationDirection.Incoming, AsOf = new DateOnly(2024, 6, 1), IncludeRetracted = true, First = 2, IncludeTotal = true });

    /// <summary>Two levels of pages (<paramref name="top"/>, then <paramref name="second"/> and <paramref name="third"/> at the other ends), with ends, countries, disputes and sources at each.</summary>
    public static ReadNeeds Needs(RelationListQuery top, RelationListQuery second, RelationListQuery third)
    {
        var leaf = new EntityNeeds { Pages = [new PageNeeds(third, RelationNeeds.Nothing, null)] };
        var ends = new RelationNeeds { From = leaf, To = new EntityNeeds { Country = EntityNeeds.Nothing }, DisputedBy = new RelationNeeds { From = EntityNeeds.Nothing }, Sources = leaf };
        var other = new EntityNeeds { Pages = [new PageNeeds(second, ends, leaf), new PageNeeds(third, RelationNeeds.Nothing, null)], Country = leaf };
        var entities = new EntityNeeds { Pages = [new PageNeeds(top, ends, other)], Country = leaf };
        return new ReadNeeds(entities, ends);
    }

    /// <summary>Checks <paramref name="store"/>'s answer to <paramref name="root"/> with <paramref name="needs"/>; the answer, for more checks.</summary>
    public static async Task<ReadResult<T>> SameAsOperationsAsync<T>(IGraphStore store, RootRead<T> root, ReadNeeds needs)
    {
        var read = await store.ReadAsync(root, needs);
        Assert.Equal(Json(await root.RunAsync(store, default)), Json(read.Value));

        var walked = await ReadAheadWalk.ReadAsync(store, root, needs, default);
        Assert.Empty(walked.Ahead.Entities.Keys.Except(read.Ahead.Entities.Keys));
        Assert.Empty(walked.Ahead.Relations.Keys.Except(read.Ahead.Relations.Keys));
        Assert.Empty(walked.Ahead.Pages.Keys.Except(read.Ahead.Pages.Keys, RelationListQueryComparer.Instance));

        var ids = read.Ahead.Entities.Keys.ToList();
        Assert.Equal(Json(await store.GetEntitiesAsync(ids)), Json(ids.Select(id => read.Ahead.Entities[id])));
        var relationIds = read.Ahead.Relations.Keys.ToList();
        Assert.Equal(Json(await store.GetRelationsByIdAsync(relationIds)), Json(relationIds.Select(id => read.Ahead.Relations[id])));
        var queries = read.Ahead.Pages.Keys.ToList();
        Assert.Equal(Json(await store.GetRelationsAsync(queries)), Json(queries.Select(q => read.Ahead.Pages[q])));
        return read;
    }

    static string Json<T>(T value) => JsonSerializer.Serialize(value, new JsonSerializerOptions { WriteIndented = true });
}
