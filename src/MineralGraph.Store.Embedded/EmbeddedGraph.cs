using MineralGraph.Domain.Model;
using MineralGraph.Domain.Ranking;
using MineralGraph.Domain.Seed;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Text;
using MineralGraph.Store.Embedded.Indexes;

namespace MineralGraph.Store.Embedded;

/// <summary>
/// One immutable snapshot of the graph with every index the operations read. Entities and relations are
/// addressed by array position internally; relations are stored in the order every list of relations is
/// given in (kind name, then id), so an adjacency list sorted by position is already in answer order.
/// A new snapshot is built whole and swapped in by <see cref="EmbeddedGraphStore.Replace"/>; readers never lock.
/// </summary>
public sealed class EmbeddedGraph
{
    internal Entity[] Entities { get; }
    /// <summary>Ordered by kind name (<see cref="RelationKinds.Name"/>), then id, both ordinal.</summary>
    internal Relation[] Relations { get; }
    internal Dictionary<string, int> EntityPositions { get; }
    internal Dictionary<string, int> RelationPositions { get; }
    /// <summary>Each relation's rank when all relations are ordered by id alone.</summary>
    internal int[] RelationIdRanks { get; }
    /// <summary>Where each relation kind's run starts and ends in <see cref="Relations"/>.</summary>
    internal (int Start, int End)[] KindRanges { get; }
    internal int[] FromPositions { get; }
    internal int[] ToPositions { get; }
    internal Adjacency Outgoing { get; }
    internal Adjacency Incoming { get; }
    /// <summary>Each entity's recorded ties, retracted ones included (a self-loop once): what <see cref="Hubs"/> counts.</summary>
    internal int[] Degrees { get; }
    /// <summary>Whether each entity is a hub (<see cref="Hubs.IsHub(Entity, int)"/>).</summary>
    internal bool[] IsHub { get; }
    /// <summary>Whether each relation is a tie between actors (<see cref="TieClasses"/>).</summary>
    internal bool[] IsActorTie { get; }
    /// <summary><see cref="SearchText.Fold"/> of each entity's name: the key every "by name" order uses.</summary>
    internal string[] FoldedNames { get; }
    internal EntityOrders Orders { get; }
    internal NameIndex Names { get; }
    internal GraphCounts Counts { get; }
    /// <summary>Merged entity ids (old → survivor); every id a query names is resolved through it.</summary>
    internal IReadOnlyDictionary<string, string> MergedInto { get; }

    /// <summary>Each source's held text as served (source id → text).</summary>
    internal IReadOnlyDictionary<string, SourceText> Texts { get; }
    /// <summary>The relations citing each source, by position; built on first use (most snapshots are never asked).</summary>
    internal Lazy<Dictionary<string, List<int>>> Citing { get; }
    /// <summary>The whole graph's and each very connected entity's timeline items in timeline order; each built on first use.</summary>
    internal TimelineIndex Timeline { get; }

    public static EmbeddedGraph Build(SeedGraph seed) => new(seed.Entities, seed.Relations, seed.MergedInto, seed.Texts);

    /// <summary>
    /// Builds the indexes. Throws <see cref="ArgumentException"/> when ids repeat or a relation names an unknown
    /// entity, so a bad write can never produce a half-consistent snapshot.
    /// </summary>
    public EmbeddedGraph(IReadOnlyList<Entity> entities, IReadOnlyList<Relation> relations, IReadOnlyDictionary<string, string>? mergedInto = null,
        IReadOnlyDictionary<string, SourceText>? texts = null)
    {
        Texts = texts ?? new Dictionary<string, SourceText>();
        Citing = new Lazy<Dictionary<string, List<int>>>(CitingIndex);
        Timeline = new TimelineIndex(this);
        MergedInto = mergedInto is null ? new Dictionary<string, string>() : new Dictionary<string, string>(mergedInto, StringComparer.Ordinal);
        Entities = entities.ToArray();
        EntityPositions = new Dictionary<string, int>(Entities.Length, StringComparer.Ordinal);
        for (var i = 0; i < Entities.Length; i++)
        {
            if (!EntityPositions.TryAdd(Entities[i].Id, i)) throw new ArgumentException($"duplicate entity id '{Entities[i].Id}'", nameof(entities));
        }

        // One ordinal sort by id, then a stable bucket pass by kind name, gives (kind name, id) order and every
        // relation's id rank without sorting a million relations twice.
        var input = relations.Select(r => WithSources(r)).ToArray();
        var ids = input.Select(r => r.Id).ToArray();
        var byId = Enumerable.Range(0, input.Length).ToArray();
        Array.Sort(ids, byId, StringComparer.Ordinal);
        for (var k = 1; k < ids.Length; k++)
        {
            if (ids[k] == ids[k - 1]) throw new ArgumentException($"duplicate relation id '{ids[k]}'", nameof(relations));
        }
        var kindsByName = RelationKinds.All.OrderBy(k => k.Name(), StringComparer.Ordinal).ToArray();
        var bucketOf = new int[kindsByName.Length];
        for (var b = 0; b < kindsByName.Length; b++) bucketOf[(int)kindsByName[b]] = b;
        var bucketStarts = new int[kindsByName.Length + 1];
        foreach (var r in input) bucketStarts[bucketOf[(int)r.Kind] + 1]++;
        for (var b = 0; b < kindsByName.Length; b++) bucketStarts[b + 1] += bucketStarts[b];
        var next = bucketStarts[..^1];
        Relations = new Relation[input.Length];
        RelationIdRanks = new int[input.Length];
        for (var k = 0; k < byId.Length; k++)
        {
            var r = input[byId[k]];
            var j = next[bucketOf[(int)r.Kind]]++;
            Relations[j] = r;
            RelationIdRanks[j] = k;
        }

        RelationPositions = new Dictionary<string, int>(Relations.Length, StringComparer.Ordinal);
        FromPositions = new int[Relations.Length];
        ToPositions = new int[Relations.Length];
        for (var j = 0; j < Relations.Length; j++)
        {
            var r = Relations[j];
            RelationPositions[r.Id] = j;
            FromPositions[j] = EntityPositions.TryGetValue(r.From, out var f) ? f : throw new ArgumentException($"relation '{r.Id}' starts at unknown entity '{r.From}'", nameof(relations));
            ToPositions[j] = EntityPositions.TryGetValue(r.To, out var t) ? t : throw new ArgumentException($"relation '{r.Id}' ends at unknown entity '{r.To}'", nameof(relations));
        }

        KindRanges = new (int, int)[RelationKinds.All.Count];
        for (var j = 0; j < Relations.Length;)
        {
            var kind = Relations[j].Kind;
            var start = j;
            while (j < Relations.Length && Relations[j].Kind == kind) j++;
            KindRanges[(int)kind] = (start, j);
        }

        Outgoing = Adjacency.Build(Entities.Length, FromPositions);
        Incoming = Adjacency.Build(Entities.Length, ToPositions);
        Degrees = new int[Entities.Length];
        IsActorTie = new bool[Relations.Length];
        for (var j = 0; j < Relations.Length; j++)
        {
            Degrees[FromPositions[j]]++;
            if (ToPositions[j] != FromPositions[j]) Degrees[ToPositions[j]]++;
            IsActorTie[j] = TieClasses.Of(Relations[j].Kind, Entities[FromPositions[j]].Kind, Entities[ToPositions[j]].Kind) == TieClass.Actor;
        }
        IsHub = Entities.Select((e, i) => Hubs.IsHub(e, Degrees[i])).ToArray();
        FoldedNames = Entities.Select(e => SearchText.Fold(e.Name)).ToArray();
        Orders = new EntityOrders(Entities, FoldedNames);
        Names = new NameIndex(Entities);
        Counts = CountAll(Entities, Relations);
    }

    Dictionary<string, List<int>> CitingIndex()
    {
        var citing = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var j = 0; j < Relations.Length; j++)
        {
            foreach (var sourceId in Relations[j].Evidence.Select(e => e.SourceId).Distinct(StringComparer.Ordinal))
            {
                if (!citing.TryGetValue(sourceId, out var list)) citing[sourceId] = list = [];
                list.Add(j);
            }
        }
        return citing;
    }

    /// <summary>Seed loading fills evidence sources; relations written later may not have them yet.</summary>
    Relation WithSources(Relation relation)
    {
        if (relation.Evidence.All(e => e.Source is not null)) return relation;
        return relation with
        {
            Evidence = relation.Evidence
                .Select(e => e.Source is null && EntityPositions.TryGetValue(e.SourceId, out var s) ? e with { Source = Entities[s] } : e)
                .ToList(),
        };
    }

    static GraphCounts CountAll(Entity[] entities, Relation[] relations)
    {
        var byKind = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in entities) byKind[e.Kind.Prefix()] = byKind.GetValueOrDefault(e.Kind.Prefix()) + 1;
        var byRelationKind = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var evidence = 0;
        foreach (var r in relations)
        {
            if (r.Retraction is not null) continue; // withdrawn claims are kept for history, not counted
            byRelationKind[r.Kind.Name()] = byRelationKind.GetValueOrDefault(r.Kind.Name()) + 1;
            evidence += r.Evidence.Count;
        }
        return new GraphCounts(byKind, byRelationKind, evidence);
    }

    /// <summary>The position of the entity an id names, following merges (as <c>CuratedGraph.Resolve</c> does), or null.</summary>
    internal int? PositionOf(string id) => EntityPositions.TryGetValue(Resolve(id), out var i) ? i : null;

    internal string Resolve(string id)
    {
        for (var hops = 0; hops < 32 && MergedInto.TryGetValue(id, out var next); hops++) id = next;
        return id;
    }
}
