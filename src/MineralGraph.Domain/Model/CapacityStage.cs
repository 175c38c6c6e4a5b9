namespace MineralGraph.Domain.Model;

/// <summary>A step of the supply chain that a government, company or project can hold capacity in.</summary>
public enum CapacityStage
{
    Mining,
    Processing,
    Refining,
    Reserves,
}
