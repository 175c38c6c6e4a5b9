using MineralGraph.Domain.Time;

namespace MineralGraph.Domain.Model;

/// <summary>
/// A directed, dated, cited tie between two entities: <c>From</c> <c>Kind</c> <c>To</c>. A <see cref="Denied"/>
/// relation is the opposite claim: its source says the tie does not hold.
/// </summary>
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
    /// True when the evidence says the tie does NOT hold ("the United States is not formally part of the initiative").
    /// A denied claim is shown with its evidence and disputes any claim of the same tie, but is never walked as a tie.
    /// </summary>
    public bool Denied { get; init; }
    /// <summary>A figure the sources give for the tie (an investment, a stake, a capacity, a number of participants).</summary>
    public Amount? Amount { get; init; }

    /// <summary>
    /// Whether a neighbourhood, a path or the allies' question may walk this relation as a tie: not retracted, and
    /// not denied (a denied claim says there is no tie to walk).
    /// </summary>
    public bool IsWalkable => Retraction is null && !Denied;

    /// <summary>
    /// Whether the tie held on <paramref name="date"/>: Invalid when it began after it or ended before it, or when
    /// the sources give its start only as expected (a tie still to come is not yet true on any day); Valid when a
    /// known start lies on or before it and the tie is not known to have ended by then; Unknown when the start is
    /// missing, or when it has ended, or is expected to end, at a date the sources do not settle.
    /// </summary>
    public Validity ValidityOn(DateOnly date)
    {
        if (Since is { Expected: true }) return Validity.Invalid;
        if (Since is { } since && since.Earliest > date) return Validity.Invalid;
        if (Until is { Expected: false } until && until.Latest < date) return Validity.Invalid;
        if (Since is null) return Validity.Unknown;
        if (Since.Value.Latest > date) return Validity.Unknown;     // e.g. since 2025, asked about 2025-03
        if (Until is { } end && (end.Expected || end.Precision != DatePrecision.Day) && end.Earliest <= date) return Validity.Unknown; // may have ended then
        if (Until is null && IsCurrent == Truth.False) return Validity.Unknown; // ended, date unknown
        return Validity.Valid;
    }

    /// <summary>The other end, seen from <paramref name="entityId"/>.</summary>
    public string OtherEnd(string entityId) => From == entityId ? To : From;

    /// <summary>
    /// True when this claim and <paramref name="other"/> are the same tie (kind and ends), one affirmed and one denied:
    /// such claims dispute each other whether or not a curator listed the dispute. Retracted claims dispute nothing.
    /// </summary>
    public bool Contradicts(Relation other) =>
        Kind == other.Kind && From == other.From && To == other.To && Denied != other.Denied &&
        Retraction is null && other.Retraction is null;
}
