namespace MineralGraph.Domain.Time;

/// <summary>Whether a tie held on a given date, as far as its dates tell.</summary>
public enum Validity
{
    /// <summary>Its dates say it held on that date.</summary>
    Valid,
    /// <summary>Its dates say it did not: it began later or ended earlier.</summary>
    Invalid,
    /// <summary>Its dates are missing or too coarse to tell; it is kept and flagged.</summary>
    Unknown,
}
