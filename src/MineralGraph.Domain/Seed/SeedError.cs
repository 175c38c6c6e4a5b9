namespace MineralGraph.Domain.Seed;

/// <summary>One problem in graph-seed: where it is (file relative to the seed folder, 1-based line, field) and what is wrong.</summary>
public sealed record SeedError(string File, int Line, string Field, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Field}: {Message}";
}
