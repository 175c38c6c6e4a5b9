using MineralGraph.Domain.Curation;
using MineralGraph.Domain.Model;
using MineralGraph.Store.Neo4j.Mapping;
using MineralGraph.Store.Neo4j.QueryApi;

namespace MineralGraph.Store.Neo4j.Curation;

/// <summary>
/// What the rules may ask about one request, read in one statement (<see cref="Cypher.CurationLookupCypher"/>)
/// inside the change's transaction. It answers only what was read: a question about any other id is a bug in
/// <see cref="CommandReferences"/> and fails loudly rather than being answered "not in the graph".
/// </summary>
internal sealed class Neo4jCurationLookup : ICurationLookup
{
    readonly CommandReferences asked;
    readonly Dictionary<string, Entity> entities = new(StringComparer.Ordinal);
    readonly Dictionary<string, string> texts = new(StringComparer.Ordinal);
    readonly HashSet<string> textsAsked = new(StringComparer.Ordinal);
    readonly Dictionary<string, Relation> relations = new(StringComparer.Ordinal);
    readonly string? stem;
    readonly List<string> between;

    public Neo4jCurationLookup(CommandReferences asked, QueryRow row)
    {
        this.asked = asked;
        foreach (var item in ResultMaps.List(row["entities"]))
        {
            var found = ResultMaps.Map(item);
            var entity = ResultMaps.Entity(found["entity"]);
            entities[(string)found["asked"]!] = entity;
            if (asked.TextIds.Contains((string)found["asked"]!)) textsAsked.Add(entity.Id);
            if (found["text"] is string text) texts[entity.Id] = text;
        }
        var noSources = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var relation in ResultMaps.Relations(row["relations"], noSources)) relations[relation.Id] = relation;
        foreach (var relation in ResultMaps.Relations(row["betweenRelations"], noSources)) relations[relation.Id] = relation;
        stem = row["stem"] as string;
        between = ResultMaps.List(row["between"]).OfType<string>().Order(StringComparer.Ordinal).ToList();
    }

    public Entity? Entity(string id) =>
        entities.TryGetValue(id, out var entity) ? entity
        : asked.EntityIds.Contains(id) ? null
        : throw new InvalidOperationException($"the curation lookup was not asked for entity '{id}'");

    public Relation? Relation(string id) =>
        relations.TryGetValue(id, out var relation) ? relation
        : asked.RelationIds.Contains(id) || between.Contains(id) || (stem is not null && id.StartsWith(stem, StringComparison.Ordinal)) ? null
        : throw new InvalidOperationException($"the curation lookup was not asked for relation '{id}'");

    /// <summary>Called with a source's own (resolved) id; the text is null when Neo4j holds none for it.</summary>
    public string? NormalisedSourceText(string sourceId) =>
        texts.TryGetValue(sourceId, out var text) ? text
        : textsAsked.Contains(sourceId) ? null
        : throw new InvalidOperationException($"the curation lookup was not asked for the text of '{sourceId}'");

    /// <summary>Called by the merge and assert rules with the two entities' own ids, which are those the request's pair resolved to.</summary>
    public IReadOnlyList<string> RelationsBetween(string entityId, string otherId) =>
        asked.Pair is { } pair && entities.GetValueOrDefault(pair.First)?.Id is { } s && entities.GetValueOrDefault(pair.Second)?.Id is { } m &&
        ((s == entityId && m == otherId) || (s == otherId && m == entityId))
            ? between
            : throw new InvalidOperationException($"the curation lookup was not asked for the relations between '{entityId}' and '{otherId}'");
}
