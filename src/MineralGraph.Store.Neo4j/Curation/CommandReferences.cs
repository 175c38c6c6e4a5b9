using MineralGraph.Domain.Curation;
using MineralGraph.Domain.Model;

namespace MineralGraph.Store.Neo4j.Curation;

/// <summary>
/// The ids a curation request names, i.e. everything <see cref="CurationRules"/> will ask the graph about it:
/// entities (ends, evidence sources, a country, the entity itself), the sources whose text a quote is checked
/// against, relations (the one retracted, an explicit new id, disputes), for a new relation without an id
/// the kind and ends its id is made from, and the two entities whose ties to each other the rules check (<see cref="Pair"/>:
/// a merge's, which must not be tied; a new relation's ends, whose claims of the same tie a denial or an affirmation
/// disputes). Ids are kept as written; the lookup resolves merged ones.
/// </summary>
internal sealed record CommandReferences(
    IReadOnlyCollection<string> EntityIds,
    IReadOnlyCollection<string> TextIds,
    IReadOnlyCollection<string> RelationIds,
    (string Kind, string From, string To)? Generated,
    (string First, string Second)? Pair = null)
{
    public static CommandReferences Of(CurationCommand command)
    {
        var entities = new HashSet<string>(StringComparer.Ordinal);
        var texts = new HashSet<string>(StringComparer.Ordinal);
        var relations = new HashSet<string>(StringComparer.Ordinal);
        (string, string, string)? generated = null;
        (string, string)? pair = null;
        void Entity(string? id) { if (id is not null) entities.Add(id); }
        void Relation(string? id) { if (id is not null) relations.Add(id); }

        switch (command)
        {
            case AddSource c:
                Entity(c.Id);
                break;
            case CreateEntity c:
                Entity(c.Id);
                Entity(c.Fields.Country);
                break;
            case UpdateEntity c:
                Entity(c.Id);
                Entity(c.Fields.Country);
                break;
            case MergeEntities c:
                Entity(c.SurvivorId);
                Entity(c.MergedId);
                if (c.SurvivorId is not null && c.MergedId is not null) pair = (c.SurvivorId, c.MergedId);
                break;
            case AssertRelation c:
                Entity(c.From);
                Entity(c.To);
                Relation(c.Id);
                foreach (var other in c.DisputedBy ?? []) Relation(other);
                foreach (var evidence in c.Evidence ?? [])
                {
                    Entity(evidence.Source);
                    if (evidence.Source is { } source) texts.Add(source);
                }
                if (c.From is not null && c.To is not null) pair = (c.From, c.To);
                if (c.Id is null && c.Kind is not null && RelationKinds.TryParse(c.Kind.Trim(), out var kind) && c.From is not null && c.To is not null)
                    generated = (kind.Name().ToLowerInvariant().Replace('_', '-'), c.From, c.To);
                break;
            case RetractRelation c:
                Relation(c.Id);
                break;
            default:
                throw new ArgumentException($"unknown command {command.GetType().Name}", nameof(command));
        }
        return new CommandReferences(entities, texts, relations, generated, pair);
    }
}
