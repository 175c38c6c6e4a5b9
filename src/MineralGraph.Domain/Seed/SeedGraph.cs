using MineralGraph.Domain.Model;
using MineralGraph.Domain.Text;

namespace MineralGraph.Domain.Seed;

/// <summary>A validated graph: every relation's ends exist, every evidence names a known source (filled in).</summary>
public sealed record SeedGraph(IReadOnlyList<Entity> Entities, IReadOnlyList<Relation> Relations)
{
    /// <summary>Ids of entities merged into another (old id → survivor id): the old id keeps resolving to the survivor.</summary>
    public IReadOnlyDictionary<string, string> MergedInto { get; init; } = new Dictionary<string, string>();

    /// <summary>Each source's held text as served (source id → text); sources without one are not in it.</summary>
    public IReadOnlyDictionary<string, SourceText> Texts { get; init; } = new Dictionary<string, SourceText>();

    public IReadOnlyDictionary<string, int> EntityCounts =>
        Entities.GroupBy(e => e.Kind.Prefix()).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());

    public IReadOnlyDictionary<string, int> RelationCounts =>
        Relations.GroupBy(r => r.Kind.Name()).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());

    public int EvidenceCount => Relations.Sum(r => r.Evidence.Count);
}

/// <summary>What loading a seed folder gave: a graph when there were no errors, otherwise every error found.</summary>
public sealed record SeedLoadResult(SeedGraph? Graph, IReadOnlyList<SeedError> Errors)
{
    public bool IsValid => Graph is not null && Errors.Count == 0;

    /// <summary>What could be read, valid or not: for reporting counts beside errors. Never load this.</summary>
    public SeedGraph Readable { get; init; } = new([], []);
}

/// <summary>Thrown when a component that needs a valid seed gets an invalid one.</summary>
public sealed class InvalidSeedException(IReadOnlyList<SeedError> errors)
    : Exception($"graph-seed is invalid ({errors.Count} error(s)); first: {errors.FirstOrDefault()}")
{
    public IReadOnlyList<SeedError> Errors { get; } = errors;
}
