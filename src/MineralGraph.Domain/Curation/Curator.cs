namespace MineralGraph.Domain.Curation;

/// <summary>Someone allowed to change the graph, as identified by their API key.</summary>
public sealed record Curator(string Name, string Role)
{
    public const string CuratorRole = "curator";

    public bool MayCurate => Role == CuratorRole;
}
