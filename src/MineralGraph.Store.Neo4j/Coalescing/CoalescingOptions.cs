using Microsoft.Extensions.Configuration;

namespace MineralGraph.Store.Neo4j.Coalescing;

/// <summary>
/// Settings of <see cref="ReadCoalescer"/> (section <c>Coalescing</c>). With <see cref="Enabled"/> false every read
/// is sent alone (still at most <see cref="Neo4jOptions.MaxReadsInFlight"/> at once).
/// </summary>
public sealed class CoalescingOptions
{
    public const string Section = "Coalescing";

    /// <summary>Whether reads of one statement text waiting at the same moment are sent as one statement.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The most reads one coalesced statement answers; more wait for the next.</summary>
    public int MaxBatch { get; set; } = 64;

    internal void Apply(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        if (bool.TryParse(section["Enabled"], out var enabled)) Enabled = enabled;
        if (int.TryParse(section["MaxBatch"], out var batch)) MaxBatch = batch;
    }

    public IEnumerable<string> Problems()
    {
        if (MaxBatch is < 1 or > 1000) yield return $"{Section}:MaxBatch must be between 1 and 1000 (it is {MaxBatch})";
    }
}
