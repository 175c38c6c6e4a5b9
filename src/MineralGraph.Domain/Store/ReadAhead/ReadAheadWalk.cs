using MineralGraph.Domain.Model;

namespace MineralGraph.Domain.Store.ReadAhead;

/// <summary>
/// Answers <see cref="IGraphStore.ReadAsync{T}"/> with a store's own operations: the root read, then one level of the
/// needs at a time, each level one <see cref="IGraphStore.GetRelationsAsync"/>, one <see cref="IGraphStore.GetEntitiesAsync"/>
/// and one <see cref="IGraphStore.GetRelationsByIdAsync"/> for all its keys (none for a key already read). This is what
/// "the same answer as the separate calls" means for a store that reads the needs its own way.
/// <list type="bullet">
/// <item>An entity's page: <see cref="PageNeeds.For"/> its id; the other end of each relation of the page is
/// <see cref="Relation.OtherEnd"/> of that id. Its country: the entity its <see cref="Entity.Country"/> names.</item>
/// <item>A relation's ends: <see cref="Relation.From"/>, <see cref="Relation.To"/>; the disputing relations: each id of
/// <see cref="Relation.DisputedBy"/>; its sources: each <see cref="Evidence.Source"/>.</item>
/// </list>
/// </summary>
public static class ReadAheadWalk
{
    public static async Task<ReadResult<T>> ReadAsync<T>(IGraphStore store, RootRead<T> root, ReadNeeds needs, CancellationToken cancellationToken)
    {
        var value = await root.RunAsync(store, cancellationToken);
        var ahead = new ReadAheadAnswers();
        if (needs.IsEmpty) return new ReadResult<T>(value, ahead);
        var level = new Level();
        foreach (var entity in root.EntitiesOf(value)) level.Below(entity, needs.Entities);
        foreach (var relation in root.RelationsOf(value)) level.Below(relation, needs.Relations);
        while (!level.IsEmpty)
        {
            await level.ReadAsync(store, ahead, cancellationToken);
            level = level.Next(ahead);
        }
        return new ReadResult<T>(value, ahead);
    }

    /// <summary>The keys one level reads, each with what is needed below what it names.</summary>
    sealed class Level
    {
        readonly List<(RelationListQuery Query, PageNeeds Needs)> pages = [];
        readonly List<(string Id, EntityNeeds Needs)> entityIds = [];
        readonly List<(string Id, RelationNeeds Needs)> relationIds = [];

        public bool IsEmpty => pages.Count == 0 && entityIds.Count == 0 && relationIds.Count == 0;

        public void Below(Entity entity, EntityNeeds needs)
        {
            foreach (var page in needs.Pages) pages.Add((page.For(entity.Id), page));
            if (needs.Country is { } country && entity.Country is { } id) entityIds.Add((id, country));
        }

        public void Below(Relation relation, RelationNeeds needs)
        {
            if (needs.From is { } from) entityIds.Add((relation.From, from));
            if (needs.To is { } to) entityIds.Add((relation.To, to));
            if (needs.DisputedBy is { } disputedBy)
            {
                foreach (var id in relation.DisputedBy) relationIds.Add((id, disputedBy));
            }
            if (needs.Sources is { } below)
            {
                // Sources come with their evidence: what lies below them is read on this level.
                foreach (var evidence in relation.Evidence)
                {
                    if (evidence.Source is { } source) Below(source, below);
                }
            }
        }

        public async Task ReadAsync(IGraphStore store, ReadAheadAnswers ahead, CancellationToken cancellationToken)
        {
            var queries = pages.Select(p => p.Query).Distinct(RelationListQueryComparer.Instance).Where(q => !ahead.Pages.ContainsKey(q)).ToList();
            if (queries.Count > 0)
            {
                var found = await store.GetRelationsAsync(queries, cancellationToken);
                for (var i = 0; i < queries.Count; i++) ahead.Pages[queries[i]] = found[i];
            }
            var ids = Unread(entityIds.Select(p => p.Id), ahead.Entities);
            if (ids.Count > 0)
            {
                var found = await store.GetEntitiesAsync(ids, cancellationToken);
                for (var i = 0; i < ids.Count; i++) ahead.Entities[ids[i]] = found[i];
            }
            var relationKeys = Unread(relationIds.Select(p => p.Id), ahead.Relations);
            if (relationKeys.Count > 0)
            {
                var found = await store.GetRelationsByIdAsync(relationKeys, cancellationToken);
                for (var i = 0; i < relationKeys.Count; i++) ahead.Relations[relationKeys[i]] = found[i];
            }
        }

        static List<string> Unread<TValue>(IEnumerable<string> ids, Dictionary<string, TValue> read) =>
            ids.Distinct(StringComparer.Ordinal).Where(id => !read.ContainsKey(id)).ToList();

        /// <summary>The level below: what the entities, relations and pages just read need.</summary>
        public Level Next(ReadAheadAnswers ahead)
        {
            var next = new Level();
            foreach (var (query, needs) in pages)
            {
                foreach (var relation in ahead.Pages[query].Items)
                {
                    next.Below(relation, needs.Items);
                    if (needs.Other is { } other) next.entityIds.Add((relation.OtherEnd(query.EntityId), other));
                }
            }
            foreach (var (id, needs) in entityIds)
            {
                if (ahead.Entities[id] is { } entity) next.Below(entity, needs);
            }
            foreach (var (id, needs) in relationIds)
            {
                if (ahead.Relations[id] is { } relation) next.Below(relation, needs);
            }
            return next;
        }
    }
}
