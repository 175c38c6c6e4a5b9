using System.Text.RegularExpressions;
using MineralGraph.Domain.Time;

namespace MineralGraph.Domain.Model;

/// <summary>
/// A figure a source gives for a tie: "more than $70 million", "about 15% of MP's stock", "C$30 million in combined
/// funding". <see cref="Unit"/> is a currency code (USD, CAD) or a unit in lower-case words (percent, companies,
/// tonnes-per-month); <see cref="Basis"/> says what the figure counts where that matters ("contained metal", "of the
/// company's stock"); <see cref="Date"/> is the day or period it refers to; <see cref="Text"/> the source's own words.
/// </summary>
public sealed record Amount
{
    public required decimal Value { get; init; }
    public required string Unit { get; init; }
    public AmountQualifier Qualifier { get; init; } = AmountQualifier.Exactly;
    public string? Basis { get; init; }
    public PartialDate? Date { get; init; }
    public string? Text { get; init; }

    /// <summary>
    /// True when the source says the figure is at least <paramref name="bound"/>, in its unit: "exactly", "about" and
    /// "more than" figures of that value or more. An "up to" figure never is: the source allows any smaller amount.
    /// </summary>
    public bool IsAtLeast(AmountBound bound) =>
        Unit == bound.Unit && Qualifier != AmountQualifier.UpTo && Value >= bound.Value;
}

/// <summary>How the source hedges a figure.</summary>
public enum AmountQualifier
{
    /// <summary>The figure as stated, with no hedge ("a $400 million investment").</summary>
    Exactly,
    About,
    MoreThan,
    UpTo,
}

/// <summary>The least amount, in one unit, a list of ties asks for (<c>minAmount</c>).</summary>
public sealed record AmountBound(decimal Value, string Unit);

/// <summary>The names graph-seed and GraphQL give qualifiers, and the form of a unit.</summary>
public static partial class Amounts
{
    public static readonly IReadOnlyList<AmountQualifier> Qualifiers = Enum.GetValues<AmountQualifier>();

    public const int MaxUnitLength = 40;

    /// <summary><c>MoreThan</c> → <c>more-than</c>.</summary>
    public static string Name(this AmountQualifier qualifier) => qualifier switch
    {
        AmountQualifier.Exactly => "exactly",
        AmountQualifier.About => "about",
        AmountQualifier.MoreThan => "more-than",
        AmountQualifier.UpTo => "up-to",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier)),
    };

    public static bool TryParseQualifier(string name, out AmountQualifier qualifier)
    {
        foreach (var q in Qualifiers)
        {
            if (q.Name() == name) { qualifier = q; return true; }
        }
        qualifier = default;
        return false;
    }

    [GeneratedRegex("^([A-Z]{3}|[a-z]+(-[a-z]+)*)$")]
    private static partial Regex UnitShape();

    /// <summary>Why <paramref name="unit"/> is not a unit, or null: a currency code (USD) or lower-case words joined by '-' (percent, tonnes-per-month).</summary>
    public static string? UnitProblem(string unit) =>
        unit.Length > MaxUnitLength ? $"is {unit.Length} characters long; at most {MaxUnitLength} allowed"
        : UnitShape().IsMatch(unit) ? null
        : $"'{unit}' is not a unit: give a currency code (USD, CAD) or lower-case words joined by '-' (percent, companies, tonnes-per-month)";
}
