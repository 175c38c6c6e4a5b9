namespace MineralGraph.Domain.Store;

/// <summary>
/// The most a caller may ask of a read query, so no request can make the server do unbounded work: the one source
/// the GraphQL schema (its argument checks and descriptions) and the export parameters read.
/// </summary>
public static class QueryCaps
{
    /// <summary>Items per page: entities, relations, search hits, changes.</summary>
    public const int PageSize = 100;
    /// <summary>Relations followed from each node of a neighbourhood.</summary>
    public const int LimitPerNode = 100;
    /// <summary>Ids in one <c>nodes(ids)</c> call.</summary>
    public const int Ids = 100;
    /// <summary>How many relations away a neighbourhood may reach.</summary>
    public const int NeighbourhoodDepth = 3;
    /// <summary>The longest path searched for, in relations.</summary>
    public const int PathHops = 6;
    /// <summary>Paths in one answer.</summary>
    public const int Paths = 10;
    /// <summary>The fewest and the most entities whose common ties one <c>commonTies</c> call looks for.</summary>
    public const int CommonTiesMinIds = 2, CommonTiesMaxIds = 5;
    /// <summary>Common ties in one answer.</summary>
    public const int CommonTies = 100;
    /// <summary>Entities whose timeline one <c>timeline</c> call gathers.</summary>
    public const int TimelineIds = 20;
    /// <summary>Timeline items per page.</summary>
    public const int TimelineItems = 100;
    /// <summary>Characters of a source's held text in one <c>text(offset, length)</c> slice.</summary>
    public const int TextSlice = 200_000;
}
