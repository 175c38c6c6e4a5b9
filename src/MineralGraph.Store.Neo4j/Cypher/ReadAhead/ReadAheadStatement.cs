using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Store.ReadAhead;
using MineralGraph.Store.Neo4j.QueryApi;
using static MineralGraph.Store.Neo4j.Mapping.ResultMaps;

namespace MineralGraph.Store.Neo4j.Cypher.ReadAhead;

/// <summary>A statement <see cref="ReadAheadCypher"/> built, and how its row becomes <see cref="ReadAheadAnswers"/>.</summary>
/// <param name="Pages">The pages of the needs tree in the order of the <c>aheadPages</c> column (entity ids left blank).</param>
internal sealed record ReadAheadStatement(CypherStatement Statement, IReadOnlyList<RelationListQuery> Pages)
{
    /// <summary>
    /// Entities by their own id and countries by the id asked; each entity's page of each tree page by its query, as
    /// <see cref="Neo4jGraphStore.GetRelationsAsync"/> answers it; disputing relations by the id asked.
    /// </summary>
    public ReadAheadAnswers Answers(QueryRow row, IReadOnlyDictionary<string, Entity> sources)
    {
        var answers = new ReadAheadAnswers();
        foreach (var entity in Entities(row["aheadEntities"])) answers.Entities[entity.Id] = entity;
        foreach (var country in List(row["aheadCountries"]).Select(Map))
            answers.Entities[(string)country["id"]!] = country["entity"] is string id ? answers.Entities[id] : null;
        var relations = Relations(row["aheadRelations"], sources).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var pageRows = List(row["aheadPages"]);
        for (var i = 0; i < Pages.Count; i++)
        {
            var query = Pages[i];
            foreach (var page in List(pageRows[i]).Select(Map))
            {
                var window = List(page["window"]).Select(id => relations[(string)id!]).ToList();
                var total = query.IncludeTotal ? (int?)(int)(long)page["total"]! : null;
                answers.Pages.TryAdd(query with { EntityId = (string)page["entity"]! }, new Page<Relation>(window, query.Offset, (bool)page["more"]!, total));
            }
        }
        foreach (var dispute in List(row["aheadDisputes"]).Select(Map))
            answers.Relations[(string)dispute["id"]!] = dispute["relation"] is string id ? relations[id] : null;
        return answers;
    }
}
