namespace MineralGraph.Store.Neo4j.QueryApi;

/// <summary>Whether a statement only reads. Reads may be retried and routed to any cluster member; writes neither.</summary>
public enum AccessMode
{
    Read,
    Write,
}
