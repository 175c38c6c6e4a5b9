using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;

namespace MineralGraph.GraphQL.Types;

// The objects resolvers hand to graph types. Relations travel with the day their validity is judged on
// (the query's asOf, or today) so every relation in a result can say VALID or UNKNOWN for that day.

/// <summary>A value together with the day relations inside it are judged on.</summary>
public sealed record At<T>(T Value, DateOnly On);

/// <summary>One item of a paginated list and its cursor.</summary>
public sealed record Edge<T>(T Node, string Cursor);

/// <summary>A page of one entity's relations.</summary>
public sealed record RelationPage(Page<Relation> Page, string EntityId, DateOnly On);

/// <summary>A relation seen from one of its ends.</summary>
public sealed record RelationEdge(At<Relation> Node, string Cursor, RelationDirection Direction, string OtherId);

/// <summary>The graph around <see cref="Center"/>.</summary>
public sealed record Neighbourhood(Entity Center, Subgraph Graph, DateOnly On);

/// <summary>One hop of a path, in the order the path walks it: its <paramref name="Position"/> (0 first) and strength.</summary>
public sealed record PathStep(Entity From, At<Relation> Relation, Entity To, int Position, Domain.Ranking.TieStrength Strength)
{
    public bool Forward => Relation.Value.From == From.Id;
}

/// <summary>Relay page info, computed from a store page.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor)
{
    public static PageInfo Of<T>(Page<T> page) => new(
        page.HasNextPage,
        page.Offset > 0,
        page.Items.Count > 0 ? Cursor.Encode(page.Offset) : null,
        page.Items.Count > 0 ? Cursor.Encode(page.Offset + page.Items.Count - 1) : null);
}
