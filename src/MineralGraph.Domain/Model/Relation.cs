using MineralGraph.Domain.Time;

namespace MineralGraph.Domain.Model;

/// <summary>A directed, dated, cited tie between two entities: <c>From</c> <c>Kind</c> <c>To</c>.</summary>
public sealed record Relation
{
    public required string Id { get; init; }
    public required RelationKind Kind { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    /// <summary>The role, title or capacity in words (e.g. "Secretary of the Economy").</summary>
    public string? Role { get; init; }
    public PartialDate? Since { get; init; }
    public PartialDate? Until { get; init; }
    public Truth IsCurrent { get; init; } = Truth.Unknown;
    public string? Note { get; init; }
    /// <summary>Ids of relations whose sources disagree with this one. Always symmetric.</summary>
    public IReadOnlyList<string> DisputedBy { get; init; } = [];
    public required IReadOnlyList<Evidence> Evidence { get; init; }
    /// <summary>Set when a curator withdrew the claim; null for a standing claim.</summary>
    public Retraction? Retraction { get; init; }

    /// <summary>
    /// Whether the tie held on <paramref name="date"/>: Invalid when it began after it or ended before it;
    /// Valid when a known start lies on or before it and the tie is not known to have ended by then;
    /// Unknown when the start is missing, or when it has ended at a date the sources do not give.
    /// </summary>
    public Validity ValidityOn(DateOnly date)
    {
        if (Since is { } since && since.Earliest > date) return Validity.Invalid;
        if (Until is { } until && until.Latest < date) return Validity.Invalid;
        if (Since is null) return Validity.Unknown;
        if (Since.Value.Latest > date) return Validity.Unknown;     // e.g. since 2025, asked about 2025-03
        if (Until is { } end && end.Precision != DatePrecision.Day && end.Earliest <= date) return Validity.Unknown; // may have ended that month or year
        if (Until is null && IsCurrent == Truth.False) return Validity.Unknown; // ended, date unknown
        return Validity.Valid;
    }

    /// <summary>The other end, seen from <paramref name="entityId"/>.</summary>
    public string OtherEnd(string entityId) => From == entityId ? To : From;
}
