using MineralGraph.Domain.Model;

namespace MineralGraph.Domain.Store;

/// <summary>
/// What a read query asks for when its caller does not say: the one source the query records, the GraphQL schema
/// and resolvers, and the export parameters read.
/// </summary>
public static class QueryDefaults
{
    /// <summary>Entities, relations or changes per page.</summary>
    public const int PageSize = 20;
    public const int SearchHits = 10;
    public const int NeighbourhoodDepth = 1;
    /// <summary>Relations followed from each node of a neighbourhood.</summary>
    public const int LimitPerNode = 25;
    /// <summary>Nodes in a neighbourhood; reaching it sets <see cref="Subgraph.Truncated"/>.</summary>
    public const int MaxNodes = 500;
    public const int PathHops = 4;
    public const int Paths = 3;
    public const PathThrough Through = PathThrough.Actors;
    public const int CommonTies = 10;
    /// <summary>Timeline items per page.</summary>
    public const int Timeline = 50;
    public const CapacityStage Stage = CapacityStage.Refining;
    /// <summary>The government whose restrictions <c>alliesSharingCapacity</c> looks at.</summary>
    public const string RestrictedBy = "government/china";
}
