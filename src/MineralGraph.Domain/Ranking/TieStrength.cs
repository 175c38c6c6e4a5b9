using System.Globalization;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Time;

namespace MineralGraph.Domain.Ranking;

/// <summary>
/// How well one tie is supported, 0 to 100, and why: a journalist reads <see cref="Reasons"/> before printing it.
/// A tie starts at 100 and loses points: for resting on one (−30) or two (−10) independent sources, for quotes the
/// graph could not check against a held text (none −30, some −10), for being disputed (−30), for dates that cannot
/// tell (−10) or deny (−40) that it held on the day asked about, and for being topical rather than a tie between
/// actors (−20); never below 0.
/// </summary>
/// <param name="IndependentSources">Distinct publishers among the tie's citations, case ignored (a source without a publisher counts by itself).</param>
/// <param name="Quotes">The tie's citations.</param>
/// <param name="CheckedQuotes">Citations whose quote was checked against a text the graph holds.</param>
/// <param name="Validity">Whether its dates say it held on <paramref name="Day"/>.</param>
/// <param name="Day">The day it is judged on: the query's asOf, else today.</param>
public sealed record TieStrength(
    int Score, int IndependentSources, int Quotes, int CheckedQuotes, bool Disputed, Validity Validity, TieClass Tie,
    RelationKind Kind, DateOnly Day)
{
    public const int Full = 100;

    /// <summary>
    /// The strength of <paramref name="relation"/> (of class <paramref name="tie"/>) on <paramref name="day"/>.
    /// A quote counts as checked when its source is in the graph: graph-seed refuses any quote its source's held text
    /// (document or passages) does not contain, and curation any quote the text given with <c>addSource</c> does not;
    /// a source without held text cannot be cited at all.
    /// </summary>
    public static TieStrength Of(Relation relation, TieClass tie, DateOnly day)
    {
        var publishers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var checkedQuotes = 0;
        foreach (var e in relation.Evidence)
        {
            publishers.Add(e.Source?.Publisher is { } p && !string.IsNullOrWhiteSpace(p) ? "publisher:" + p.Trim() : "source:" + e.SourceId);
            if (e.Source is not null) checkedQuotes++;
        }
        var sources = publishers.Count;
        var quotes = relation.Evidence.Count;
        var disputed = relation.DisputedBy.Count > 0;
        var validity = relation.ValidityOn(day);
        var score = Full - SourcePoints(sources) - CheckPoints(checkedQuotes, quotes) - DisputePoints(disputed) - DatePoints(validity) - TiePoints(tie);
        return new TieStrength(Math.Max(0, score), sources, quotes, checkedQuotes, disputed, validity, tie, relation.Kind, day);
    }

    public static TieStrength Of(Relation relation, DateOnly day) => Of(relation, TieClasses.Of(relation), day);

    /// <summary>Every point of the score in words, each lost point with its number: "1 independent source (−30)".</summary>
    public IReadOnlyList<string> Reasons
    {
        get
        {
            var on = Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var kind = Kind.Name();
            return
            [
                Said(SourcePoints(IndependentSources), IndependentSources == 1 ? "1 independent source" : $"{IndependentSources} independent sources"),
                Said(CheckPoints(CheckedQuotes, Quotes), CheckedQuotes == Quotes
                    ? Quotes == 1 ? "its quote checked against the source's held text" : $"all {Quotes} quotes checked against their sources' held text"
                    : CheckedQuotes == 0 ? "no quote checked against a held text" : $"{CheckedQuotes} of {Quotes} quotes checked against a held text"),
                Said(DisputePoints(Disputed), Disputed ? "disputed by another source" : "not disputed"),
                Said(DatePoints(Validity), Validity switch
                {
                    Validity.Valid => $"its dates say it held on {on}",
                    Validity.Unknown => $"its dates cannot tell whether it held on {on}",
                    _ => $"its dates say it did not hold on {on}",
                }),
                Said(TiePoints(Tie), Tie == TieClass.Topical ? $"a topical tie ({kind}): the two only share a subject" : $"a tie between actors ({kind})"),
            ];
        }
    }

    static string Said(int points, string reason) =>
        points == 0 ? reason : string.Create(CultureInfo.InvariantCulture, $"{reason} (−{points})");

    static int SourcePoints(int sources) => sources switch { <= 1 => 30, 2 => 10, _ => 0 };

    static int CheckPoints(int checkedQuotes, int quotes) => checkedQuotes == quotes ? 0 : checkedQuotes == 0 ? 30 : 10;

    static int DisputePoints(bool disputed) => disputed ? 30 : 0;

    static int DatePoints(Validity validity) => validity switch { Validity.Valid => 0, Validity.Unknown => 10, _ => 40 };

    static int TiePoints(TieClass tie) => tie == TieClass.Topical ? 20 : 0;
}
