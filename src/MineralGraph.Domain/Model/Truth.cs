namespace MineralGraph.Domain.Model;

/// <summary>A yes/no fact the sources may not settle, such as whether a tie still holds.</summary>
public enum Truth
{
    Unknown,
    True,
    False,
}
